import { SheetData, WorkbookData } from "../../../src/core/workbook/model";
import {
  UserAgencyProblem,
  createDirectory,
  findUserAgencySheet,
  parseAgencyCell,
  readUserAgencies,
  readUserAgencySheet,
} from "../../../src/core/agency";

const sheet = (rows: SheetData["rows"], name = "Danh mục cơ quan"): SheetData => ({ name, rows, merges: [] });

describe('sheet "Danh mục cơ quan"', () => {
  test("reads canonical names and aliases split by ';' or line breaks, with an optional title row", () => {
    const s = sheet([
      ["DANH MỤC CƠ QUAN CỦA ĐƠN VỊ"],
      ["STT", "Tên chuẩn", "Tên gọi khác", "Loại", "Cấp"],
      [1, "Trung tâm Văn hóa - Thể thao huyện", "TTVH-TT; Trung tâm VHTT\nTrung tâm Văn hóa", "cơ quan", "huyện"],
      [2, "Tổ công tác CCHC", null, "Nhóm", ""],
      [null, null, null, null, null],
      [3, "Sở Tư pháp", "STP", null, "tỉnh"],
    ]);
    const problems: UserAgencyProblem[] = [];
    const entries = readUserAgencies(s, problems);
    expect(problems).toEqual([]);
    expect(entries).toEqual([
      {
        canonical: "Trung tâm Văn hóa - Thể thao huyện",
        aliases: ["TTVH-TT", "Trung tâm VHTT", "Trung tâm Văn hóa"],
        kind: "agency",
        level: "district",
      },
      { canonical: "Tổ công tác CCHC", aliases: [], kind: "group" },
      { canonical: "Sở Tư pháp", aliases: ["STP"], level: "province" },
    ]);
    const dir = createDirectory(entries);
    expect(parseAgencyCell("Trung tâm VHTT; STP; Tổ công tác CCHC", dir).map((r) => [r.canonical, r.group])).toEqual([
      ["Trung tâm Văn hóa - Thể thao huyện", false],
      ["Sở Tư pháp", false],
      ["Tổ công tác CCHC", true],
    ]);
  });

  test("headers match loosely (case, marks, NFD)", () => {
    const s = sheet([
      ["TÊN CHUẨN".normalize("NFD"), "ten goi khac"],
      ["Ban Tiếp công dân tỉnh", "BTCD"],
    ]);
    expect(readUserAgencySheet(s)).toEqual({ entries: [{ canonical: "Ban Tiếp công dân tỉnh", aliases: ["BTCD"] }], problems: [] });
  });

  test("problems are reported, not thrown, and the bad rows skipped or merged", () => {
    const s = sheet([
      ["Tên chuẩn", "Tên gọi khác", "Loại", "Cấp"],
      ["", "XYZ", "", ""],
      ["Ban A", "", "bộ phận", "liên xã"],
      ["Ban B", "B1", "", ""],
      ["ban b", "B2", "", ""],
    ]);
    const r = readUserAgencySheet(s);
    expect(r.problems.map((p) => [p.row, p.code])).toEqual([
      [2, "MISSING_CANONICAL"],
      [3, "BAD_KIND"],
      [3, "BAD_LEVEL"],
      [5, "DUPLICATE"],
    ]);
    expect(r.entries).toEqual([
      { canonical: "Ban A", aliases: [] },
      { canonical: "Ban B", aliases: ["B1", "B2"] },
    ]);
  });

  test("a sheet without the header is one problem", () => {
    const r = readUserAgencySheet(
      sheet([
        ["a", "b"],
        ["c", "d"],
      ]),
    );
    expect(r.entries).toEqual([]);
    expect(r.problems[0]?.code).toBe("NO_HEADER");
  });

  test("the sheet is found by name, loosely", () => {
    const wb: WorkbookData = { name: "x.xlsx", sheets: [sheet([], "Phụ lục"), sheet([], "DANH MUC CO QUAN")] };
    expect(findUserAgencySheet(wb)?.name).toBe("DANH MUC CO QUAN");
    expect(findUserAgencySheet({ name: "y", sheets: [sheet([], "Phụ lục")] })).toBeUndefined();
  });
});
