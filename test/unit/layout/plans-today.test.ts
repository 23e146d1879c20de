import { nonPlanKind, recognizeTables } from "../../../src/core/layout/recognize";
import { readPlanContext } from "../../../src/core/plan/issuer";
import { sheet } from "../../helpers/sheet";

const HEADER = ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"];

describe("issuer and date from the lines above the table", () => {
  test.each([
    [
      ["ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH ĐẮK LẮK", "Số: 0155/KH-UBND", "Đắk Lắk, ngày 24 tháng 12 năm 2025"],
      { name: "UBND tỉnh Đắk Lắk", level: "province" },
      "2025-12-24",
    ],
    [["BỘ TƯ PHÁP", "Hà Nội, ngày 15 tháng 01 năm 2026"], { name: "Bộ Tư pháp", level: "central", kind: "ministry" }, "2026-01-15"],
    [["THỦ TƯỚNG CHÍNH PHỦ", "Hà Nội, ngày   tháng 3 năm 2025"], { name: "Thủ tướng Chính phủ", kind: "prime-minister" }, "2025-03"],
    [["VĂN PHÒNG CHÍNH PHỦ", "Hà Nội, ngày 16 tháng 11 năm 2025"], { name: "Văn phòng Chính phủ", level: "central" }, "2025-11-16"],
    [["ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH"], { name: "UBND thành phố Hồ Chí Minh", level: "province", centralCity: true }, null],
    [["UBND PHƯỜNG BẾN THÀNH"], { name: "UBND phường Bến Thành", level: "commune" }, null],
    [
      ["PHỤ LỤC", "(Kèm theo Quyết định 768/QĐ-UBND ngày 26/8/2021 của UBND tỉnh Quảng Ngãi)"],
      { name: "UBND tỉnh Quảng Ngãi", from: "citation" },
      "2021-08-26",
    ],
  ])("%j", (lines, issuer, date) => {
    const c = readPlanContext(lines);
    expect(c.issuer).toMatchObject(issuer);
    expect(c.date).toBe(date);
  });

  test("lines that name no issuer or date say so (null), not a guess", () => {
    expect(readPlanContext(["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026"])).toEqual({ issuer: null, date: null, dateFrom: null });
  });
});

describe("several tables on one sheet", () => {
  test("two appendix tables stacked, each with its title and header, are both read", () => {
    const s = sheet(
      "P",
      [
        ["BỘ TƯ PHÁP"],
        ["Hà Nội, ngày 15 tháng 01 năm 2026"],
        ["1. Các nhiệm vụ về chuyển đổi số"],
        HEADER,
        ["1.", "Rà soát văn bản", "Cục Kiểm tra văn bản", "Vụ Pháp chế", "Quý I/2026"],
        ["2. Các nhiệm vụ về cải cách hành chính"],
        HEADER,
        ["1.", "Đơn giản hóa thủ tục", "Văn phòng Bộ", "Các đơn vị thuộc Bộ", "Quý II/2026"],
      ],
      ["A3:E3", "A6:E6"],
    );
    const tables = recognizeTables(s);
    expect(tables.map((t) => [t.headerRows[0], t.tasks.map((x) => x.row)])).toEqual([
      [3, [4]],
      [6, [7]],
    ]);
    // The second table still knows who issued the plan (the lines at the top of the sheet).
    expect(tables[1]?.context.issuer?.name).toBe("Bộ Tư pháp");
  });

  test("a header repeated under a section of the same table does not start another table", () => {
    const s = sheet(
      "P",
      [
        HEADER,
        ["I", "Thể chế"],
        ["1", "Rà soát", "Sở Tư pháp", "", "Quý I/2026"],
        ["II", "Thủ tục"],
        HEADER,
        ["2", "Đơn giản hóa", "Sở Nội vụ", "", "Quý II/2026"],
      ],
      ["B2:E2", "B4:E4"],
    );
    const tables = recognizeTables(s);
    expect(tables).toHaveLength(1);
    expect(tables[0]?.tasks.map((t) => [t.row, t.section?.title])).toEqual([
      [2, "I. Thể chế"],
      [5, "II. Thủ tục"],
    ]);
  });
});

describe("not a plan", () => {
  test("a list of administrative procedures has no plan table and is named as such", () => {
    const s = sheet("TTHC", [
      ["DANH MỤC THỦ TỤC HÀNH CHÍNH"],
      ["TT", "Tên thủ tục hành chính", "Thời hạn giải quyết", "Địa điểm thực hiện", "Cơ quan thực hiện"],
      ["1", "Đăng ký khai sinh", "03 ngày làm việc", "UBND cấp xã", "UBND cấp xã"],
    ]);
    expect(recognizeTables(s)).toEqual([]);
    expect(nonPlanKind(s)).toBe("procedure-list");
    expect(nonPlanKind(sheet("P", [HEADER, ["1", "Rà soát", "Sở Tư pháp", "", "Quý I/2026"]]))).toBeNull();
  });
});
