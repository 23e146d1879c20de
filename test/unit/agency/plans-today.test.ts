import { parseAgencyCell } from "../../../src/core/agency";
import { brief, directory, read } from "./helpers";

/**
 * Cells as 2025–2026 plans write them (issue 10), taken from the real plans in test/fixtures/real and the
 * spec (§6). "* " marks a group, "? " an unknown name, "{…}" a stripped note.
 */
describe("central wording: one group each, never cut at its commas", () => {
  test.each([
    // The directory's name for this wording.
    ["Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", ["* Các bộ, ngành trung ương"]],
    ["UBND các tỉnh, thành phố trực thuộc trung ương", ["* UBND các tỉnh, thành phố trực thuộc trung ương"]],
    ["UBND các tỉnh, thành phố khác", ["* UBND các tỉnh, thành phố khác"]],
    ["Các địa phương có đảo", ["* Các địa phương có đảo"]],
    ["Các cơ quan Trung ương và địa phương", ["* Các cơ quan Trung ương và địa phương"]],
  ])("%j", (cell, expected) => {
    expect(read(cell)).toEqual(expected);
  });
});

describe("classes and named bodies the directory does not list are read by their form", () => {
  test.each([
    ["Doanh nghiệp, nhà cung cấp dịch vụ IoT, nhà đầu tư", ["* Các doanh nghiệp", "* Nhà cung cấp dịch vụ IoT", "* Nhà đầu tư"]],
    ["Các Trường Đại học, Cao đẳng trên địa bàn tỉnh", ["* Các Trường Đại học, Cao đẳng trên địa bàn tỉnh"]],
    ["Các trường: Đại học, Cao đẳng, Trung cấp trên địa bàn tỉnh", ["* Các trường Đại học, Cao đẳng, Trung cấp trên địa bàn tỉnh"]],
    ["Viện Nghiên cứu phát triển Thành phố", ["Viện Nghiên cứu phát triển Thành phố"]],
    ["Cục Tiền lương và Bảo hiểm xã hội", ["Cục Tiền lương và Bảo hiểm xã hội"]],
    ["Ban Quản lý các khu công nghệ cao và khu công nghiệp", ["Ban Quản lý các khu công nghệ cao và khu công nghiệp"]],
  ])("%j", (cell, expected) => {
    expect(read(cell)).toEqual(expected);
    for (const ref of parseAgencyCell(cell, directory)) if (ref.known && !directory.lookup(ref.text)) expect(ref.recognisedBy).toBe("form");
  });

  test("a name with no recognisable form is still unknown", () => {
    expect(read("Sở Vũ trụ")).toEqual(["? Sở Vũ trụ"]);
    expect(read("xyz khác")[0]).toMatch(/^\? /);
  });
});

describe("cells written as 2025 plans write them", () => {
  test.each([
    ["Bộ Công an với các nội dung về dữ liệu dân cư", ["Bộ Công an {với các nội dung về dữ liệu dân cư}"]],
    ["Sở Tài chính Sở Nội vụ", ["Sở Tài chính", "Sở Nội vụ"]],
    ["Sở Tư pháp/Sở Nội vụ", ["Sở Tư pháp", "Sở Nội vụ"]],
    ["Sở Sở Công Thương", ["Sở Công Thương"]],
    ["Ngân hàng nhà nước khu vực XII", ["Ngân hàng Nhà nước Chi nhánh Khu vực XII"]],
    ["Kho bạc Nhà nước khu vực 3", ["Kho bạc Nhà nước khu vực 3"]],
    ["Báo và Phát thanh, Truyền hình tỉnh Đồng Nai", ["Báo và Phát thanh, Truyền hình tỉnh"]],
    ["UBND thành phố Hà Nội, Thành phố Hồ Chí Minh", ["UBND thành phố Hà Nội", "UBND thành phố Hồ Chí Minh"]],
  ])("%j", (cell, expected) => {
    expect(read(cell)).toEqual(expected);
  });

  test("UBND cấp huyện, cấp xã stays two groups (the seeds' reading)", () => {
    expect(read("UBND cấp huyện, cấp xã")).toEqual(["* UBND cấp huyện", "* UBND cấp xã"]);
    expect(read("UBND cấp huyện và cấp xã")).toEqual(["* UBND cấp huyện", "* UBND cấp xã"]);
  });
});

describe("the plan's issuer changes the reading", () => {
  const city = { level: "province" as const, centralCity: true };
  test("in a centrally-run city's plan 'Công an Thành phố' is the city's police, a province-level body", () => {
    const inCity = parseAgencyCell("Công an Thành phố", directory, city).map(brief);
    expect(inCity).toEqual(["Công an tỉnh"]);
    expect(parseAgencyCell("Công an Thành phố", directory, city)[0]?.validUntil).toBeUndefined();
    // In a province's plan the same words are the police of a provincial city: a district body.
    expect(parseAgencyCell("Công an thành phố", directory)[0]?.level).toBe("district");
  });
});

describe("in a central plan a bare national name is the national body", () => {
  const central = { level: "central" as const };
  test("'Ngân hàng Nhà nước' is the State Bank in a Prime Minister's decision, the provincial branch otherwise", () => {
    expect(parseAgencyCell("Ngân hàng Nhà nước", directory, central).map((a) => a.canonical)).toEqual(["Ngân hàng Nhà nước Việt Nam"]);
    expect(parseAgencyCell("Ngân hàng Nhà nước", directory, { level: "province" as const }).map((a) => a.canonical)).toEqual([
      "Chi nhánh Ngân hàng Nhà nước tỉnh",
    ]);
  });
});

describe("the issuer's level reads bare office names", () => {
  test("in a commune's plan 'Phòng Kinh tế' and 'Văn phòng HĐND và UBND' are the commune's, not the ended district offices", () => {
    const commune = { level: "commune" as const };
    expect(parseAgencyCell("Phòng Kinh tế", directory, commune)[0]).toMatchObject({ canonical: "Phòng Kinh tế cấp xã", level: "commune" });
    expect(parseAgencyCell("Văn phòng HĐND và UBND", directory, commune)[0]?.validUntil).toBeUndefined();
    // Elsewhere (an older provincial plan) the same words are the district office, with its end date.
    expect(parseAgencyCell("Phòng Kinh tế", directory)[0]).toMatchObject({ level: "district", validUntil: "2025-06-30" });
    // "Sở …" in a commune's plan is still the province's department.
    expect(parseAgencyCell("Sở Tư pháp", directory, commune)[0]?.level).toBe("province");
  });

  test("'các Cục: …' in a ministry's plan are that ministry's departments", () => {
    expect(read("các Cục: Quản lý chất lượng, Kinh tế")).toEqual(["Cục Quản lý chất lượng", "Cục Kinh tế"]);
  });
});

describe("spelling: read right, reported", () => {
  test.each([
    ["Sở Nội vu", "Sở Nội vụ", "diacritics"],
    ["So Tu phap", "Sở Tư pháp", "diacritics"],
    ["Sở Tài chíinh", "Sở Tài chính", "typo"],
  ])("%s → %s (%s)", (cell, canonical, kind) => {
    const [ref] = parseAgencyCell(cell, directory);
    expect(ref).toMatchObject({ canonical, known: true, misspelled: kind });
  });

  test("a correct spelling, capitals, abbreviations and old tone marks are not slips", () => {
    for (const cell of ["Sở Tư pháp", "SỞ TƯ PHÁP", "Sở TT&TT", "Sở Văn hoá, Thể thao và Du lịch", "UBND tỉnh"])
      expect(parseAgencyCell(cell, directory)[0]?.misspelled).toBeUndefined();
  });
});
