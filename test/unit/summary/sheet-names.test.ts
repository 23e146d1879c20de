import fc from "fast-check";
import { agencySheetName, cleanSheetName, SHEET_NAME_MAX, SheetNamer, sheetNameKey, shortenAgencyName } from "../../../src/core/summary";

const FORBIDDEN = /[:\\/?*[\]]/;

function isLegal(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= SHEET_NAME_MAX &&
    !FORBIDDEN.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name.trim() === name &&
    name.toUpperCase() !== "HISTORY"
  );
}

describe("sheet names", () => {
  test("the long example of the brief gets a readable short form", () => {
    expect(agencySheetName("Sở Thông tin và Truyền thông")).toBe("Nhiệm vụ – Sở TT&TT");
  });

  test("short names stay whole; abbreviations apply only while too long", () => {
    expect(agencySheetName("Sở Nội vụ")).toBe("Nhiệm vụ – Sở Nội vụ");
    expect(agencySheetName("Văn phòng UBND tỉnh")).toBe("Nhiệm vụ – Văn phòng UBND tỉnh");
    expect(shortenAgencyName("Sở Lao động - Thương binh và Xã hội", 20)).toBe("Sở LĐTB&XH");
    expect(shortenAgencyName("Ủy ban nhân dân các huyện, thị xã, thành phố", 20)).toBe("UBND các huyện,TX,TP");
    expect(shortenAgencyName("Văn phòng Đoàn ĐBQH và HĐND tỉnh", 20)).toBe("VP Đoàn ĐBQH và HĐND");
  });

  test("a name with no known abbreviation is cut at a word boundary and marked", () => {
    const s = shortenAgencyName("Trung tâm Phục vụ hành chính công tỉnh Quảng Ngãi", 20);
    expect(s.length).toBeLessThanOrEqual(20);
    expect(s).toMatch(/…$/);
    expect(s).toBe("Trung tâm Phục vụ…");
  });

  test("forbidden characters are replaced, apostrophes at the ends removed, blanks and History avoided", () => {
    expect(cleanSheetName("Sở TN/MT: [2021]?*\\")).toBe("Sở TN-MT- (2021)---");
    expect(cleanSheetName("'Phụ lục'")).toBe("Phụ lục");
    expect(cleanSheetName("   ")).toBe("Trang");
    expect(cleanSheetName("history")).toBe("History (1)");
    expect(cleanSheetName("a".repeat(40))).toHaveLength(31);
  });

  test("never reuses a taken name, compared as Excel does (ignoring case)", () => {
    const namer = new SheetNamer(["TỔNG HỢP THEO QUÝ", "Sheet1"]);
    expect(namer.claim("Tổng hợp theo quý")).toBe("Tổng hợp theo quý (2)");
    expect(namer.claim("Tổng hợp theo quý")).toBe("Tổng hợp theo quý (3)");
    expect(namer.claim("sheet1")).toBe("sheet1 (2)");
    expect(namer.claim("Mới")).toBe("Mới");
  });

  test("a clash on a 31-character name shortens it to make room for the number", () => {
    const long = "Nhiệm vụ – VP Đoàn ĐBQH và HĐND";
    expect(long).toHaveLength(31);
    const namer = new SheetNamer([long]);
    const second = namer.claim(long);
    expect(second).toBe("Nhiệm vụ – VP Đoàn ĐBQH và (2)");
    expect(second.length).toBeLessThanOrEqual(31);
  });

  test("NFD and NFC spellings are one name", () => {
    const namer = new SheetNamer(["Phụ lục".normalize("NFD")]);
    expect(namer.claim("Phụ lục")).toBe("Phụ lục (2)");
  });

  test("property: any wishes against any taken names give legal names, unique among all", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 40, unit: "binary" }), { maxLength: 8 }),
        fc.array(fc.string({ maxLength: 50, unit: "binary" }), { maxLength: 12 }),
        (taken, wishes) => {
          const namer = new SheetNamer(taken);
          const keys = new Set(taken.map(sheetNameKey));
          for (const wish of wishes) {
            const name = namer.claim(wish);
            if (!isLegal(name)) return false;
            if (keys.has(sheetNameKey(name))) return false;
            keys.add(sheetNameKey(name));
          }
          return true;
        },
      ),
      { numRuns: 500 },
    );
  });

  test("property: agency sheet names are legal and deterministic for any agency text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (agency) => {
        const a = agencySheetName(agency);
        return isLegal(a) && a === agencySheetName(agency) && a.startsWith("Nhiệm vụ");
      }),
    );
  });
});
