import { recognizeTables } from "../../../src/core/layout/recognize";
import { reportTable } from "../../../src/core/report/build";
import { CellValue, MergedArea } from "../../../src/core/workbook/model";

/**
 * Where a header row is cut into tables standing side by side, and where it must not be: a real single table
 * (two numbering columns, a results block beyond a blank spacer column, notes) is one table with every column
 * it had; two genuine tables (each opening with TT, or with its own title, or a full header) are two.
 */

const sheet = (rows: CellValue[][], merges: MergedArea[] = []) => ({ name: "P", rows, merges });
const ranges = (rows: CellValue[][], merges: MergedArea[] = []) => recognizeTables(sheet(rows, merges)).map((t) => reportTable(t).range);

describe("a single table is never split", () => {
  test("STT | TT side by side: one table from column A, the first is the row number", () => {
    const rows: CellValue[][] = [
      ["STT", "TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian"],
      ["1", "1.1", "Rà soát văn bản", "Sở Tư pháp", "Quý IV/2026"],
    ];
    const tables = recognizeTables(sheet(rows));
    expect(tables.map((t) => reportTable(t).range)).toEqual(["A1:E2"]);
    expect(tables[0]?.columns.tt).toBe(0);
    expect(tables[0]?.columns.task).toBe(2);
    expect(tables[0]?.tasks.map((t) => t.lead)).toEqual(["Sở Tư pháp"]);
  });

  test("STT, a blank spacer column, then TT | Nhiệm vụ …: the STT column is kept, not dropped", () => {
    const rows: CellValue[][] = [
      ["STT", null, "TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian"],
      ["1", null, "1.1", "Rà soát văn bản", "Sở Tư pháp", "Quý IV/2026"],
    ];
    const tables = recognizeTables(sheet(rows));
    expect(tables).toHaveLength(1);
    expect(reportTable(tables[0]!).range).toBe("A1:F2");
    expect(tables[0]?.columns.tt).toBe(0);
  });

  test("a results block beyond a blank spacer column stays with the plan (its cells are not checked as tasks)", () => {
    const rows: CellValue[][] = [
      ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian", null, "Nội dung thực hiện", "Đơn vị thực hiện", "Thời gian hoàn thành"],
      ["1", "Rà soát văn bản", "Sở Tư pháp", "Quý IV/2026", null, "Đã rà soát 12 văn bản", "", "Tháng 10/2026"],
      ["2", "Tập huấn", "Sở Nội vụ", "Năm 2026", null, "Chưa thực hiện", "", ""],
    ];
    const tables = recognizeTables(sheet(rows));
    expect(tables.map((t) => reportTable(t).range)).toEqual(["A1:D3"]);
    expect(tables[0]?.tasks.map((t) => t.lead)).toEqual(["Sở Tư pháp", "Sở Nội vụ"]);
  });

  test("the same results block under a merged 'Kết quả thực hiện' group header (two header rows)", () => {
    const rows: CellValue[][] = [
      ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian", null, "Kết quả thực hiện", null, null],
      [null, null, null, null, null, "Nội dung", "Sản phẩm", "Thời gian hoàn thành"],
      ["1", "Rà soát văn bản", "Sở Tư pháp", "Quý IV/2026", null, "Đã rà soát", "Báo cáo", "Tháng 10/2026"],
    ];
    const merges: MergedArea[] = [
      ...[0, 1, 2, 3].map((c) => ({ top: 0, left: c, bottom: 1, right: c })),
      { top: 0, left: 5, bottom: 0, right: 7 },
    ];
    const tables = recognizeTables(sheet(rows, merges));
    expect(tables).toHaveLength(1);
    expect(tables[0]?.columns.task).toBe(1);
    expect(tables[0]?.columns.lead).toBe(2);
  });

  test("a TT-numbered results block without a task column beyond a blank column stays with the plan", () => {
    const rows: CellValue[][] = [
      ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian", null, "TT", "Kết quả thực hiện", "Thời gian hoàn thành"],
      ["1", "Rà soát văn bản", "Sở Tư pháp", "Quý IV/2026", null, "1", "Đã rà soát", "Tháng 10/2026"],
    ];
    expect(ranges(rows)).toEqual(["A1:D2"]);
  });

  test("a notes column beyond a blank column, and a progress column beside the deadline: one table", () => {
    const rows: CellValue[][] = [
      ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành", "Tiến độ thực hiện", null, "Ghi chú"],
      ["1", "Rà soát văn bản", "Sở Tư pháp", "Quý IV/2026", "Đang thực hiện", null, "Trọng tâm"],
    ];
    const tables = recognizeTables(sheet(rows));
    expect(tables).toHaveLength(1);
    expect(tables[0]?.aux.status).toBe(4);
  });

  test("a content column merged over two (dong-nai layout) is one task column", () => {
    const rows: CellValue[][] = [
      ["Nội dung", null, "Đơn vị thực hiện", "Đơn vị phối hợp", "Thời gian thực hiện", "Sản phẩm đầu ra"],
      ["1.1", "Xây dựng kế hoạch", "Sở Nội vụ", "Các sở, ban, ngành", "2026", "Kế hoạch"],
    ];
    expect(ranges(rows, [{ top: 0, left: 0, bottom: 0, right: 1 }])).toEqual(["A1:F2"]);
  });
});

describe("two genuine tables side by side are still two", () => {
  const left = ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian"];
  const task = (n: number, lead: string) => [String(n), `Nhiệm vụ ${n}`, lead, "Quý IV/2026"];

  test("beyond a blank column, a block with its own title above it (no TT column)", () => {
    const rows: CellValue[][] = [
      ["PHỤ LỤC I", null, null, null, null, "PHỤ LỤC II"],
      [...left, null, "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian"],
      [...task(1, "Sở Tư pháp"), null, "Nhiệm vụ A", "Sở Y tế", "Năm 2026"],
    ];
    expect(ranges(rows)).toEqual(["A2:D3", "F2:H3"]);
  });

  test("beyond a blank column, a block naming four of the six roles (no TT, no title)", () => {
    const rows: CellValue[][] = [
      [...left, null, "Nhiệm vụ", "Sản phẩm", "Cơ quan chủ trì", "Thời gian"],
      [...task(1, "Sở Tư pháp"), null, "Nhiệm vụ A", "Báo cáo", "Sở Y tế", "Năm 2026"],
    ];
    const tables = recognizeTables(sheet(rows));
    expect(tables.map((t) => reportTable(t).range)).toEqual(["A1:D2", "F1:I2"]);
    expect(tables[1]?.tasks.map((t) => t.lead)).toEqual(["Sở Y tế"]);
  });

  test("a title above the left table only does not split a results block", () => {
    const rows: CellValue[][] = [
      ["PHỤ LỤC I", null, null, null, null, null],
      [...left, null, "Nội dung thực hiện", "Đơn vị thực hiện", "Thời gian hoàn thành"],
      [...task(1, "Sở Tư pháp"), null, "Đã thực hiện", "", ""],
    ];
    expect(ranges(rows)).toEqual(["A2:D3"]);
  });
});
