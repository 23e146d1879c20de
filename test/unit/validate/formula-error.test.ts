import { createChecker } from "../../../src/core/check/checker";
import { recognizeTables } from "../../../src/core/layout/recognize";
import { ERROR_VALUES, errorValueIn } from "../../../src/core/validate/cell-errors";
import { CellValue } from "../../../src/core/workbook/model";
import { sheet } from "../../helpers/sheet";

// Error values through the whole engine (layout, readers, rules) on a CellError the hosts hand over.
const HEADER = ["TT", "Nhiệm vụ", "Sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"];
const GOOD: CellValue[] = [2, "Rà soát văn bản quy phạm pháp luật", "Báo cáo", "Sở Tư pháp", "Sở Nội vụ", "Quý IV năm 2021"];
const COLUMNS = ["A", "B", "C", "D", "E", "F"] as const;
const KINDS = ["#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!"];

function issuesWith(col: number, error: string) {
  const row: CellValue[] = [1, "Xây dựng kế hoạch cải cách hành chính", "Kế hoạch", "Sở Nội vụ", "Các sở, ban, ngành", "Quý I năm 2021"];
  row[col] = { error };
  const s = sheet("Phụ lục", [["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2021"], HEADER, row, GOOD]);
  const tables = recognizeTables(s);
  expect(tables).toHaveLength(1);
  const checked = createChecker().check("plan.xlsx", tables[0]!);
  return { issues: checked.issues, tasks: checked.tasks };
}

describe("error values: one FORMULA_ERROR in that cell, in every column, never 'missing' or 'unreadable'", () => {
  test.each(COLUMNS.flatMap((c, i) => KINDS.map((k) => [c, i, k] as const)))("column %s, %s", (letter, col, error) => {
    const { issues, tasks } = issuesWith(col, error);
    // The error row is still a task (the good row below it too), and its error cell has exactly one issue.
    expect(tasks.map((t) => t.row)).toEqual([3, 4]);
    const onCell = issues.filter((i) => i.cell === `${letter}3`);
    expect(onCell.map((i) => [i.code, i.severity, i.value])).toEqual([["FORMULA_ERROR", "error", error]]);
    expect(onCell[0]!.message).toContain(`Ô hiển thị lỗi ${error}`);
    // Nothing else on that row treats the error as a blank or as text to read.
    const codes = issues.filter((i) => i.row === 3).map((i) => i.code);
    for (const wrong of [
      "MISSING_LEAD",
      "MISSING_DEADLINE",
      "MISSING_TASK",
      "MISSING_PRODUCT",
      "UNPARSEABLE_DEADLINE",
      "UNKNOWN_AGENCY",
      "LEAD_IS_GROUP",
    ])
      expect(codes).not.toContain(wrong);
  });

  test("the text of an error cell is recognised whatever its case, and inside a task spanning rows", () => {
    expect(ERROR_VALUES).toEqual(expect.arrayContaining(KINDS));
    expect(errorValueIn("#n/a")).toBe("#N/A");
    expect(errorValueIn("Sở Nội vụ\n#REF!")).toBe("#REF!");
    expect(errorValueIn("Mục #1 của kế hoạch")).toBeNull();
    expect(errorValueIn("N/A")).toBeNull(); // a placeholder, still read as "nothing given"
  });

  test("a cell that only says N/A stays a missing lead: only real error values change", () => {
    const s = sheet("Phụ lục", [["KẾ HOẠCH NĂM 2021"], HEADER, [1, "Xây dựng kế hoạch cải cách", "Kế hoạch", "N/A", "", "Quý I/2021"]]);
    const codes = createChecker()
      .check("plan.xlsx", recognizeTables(s)[0]!)
      .issues.map((i) => i.code);
    expect(codes).toContain("MISSING_LEAD");
    expect(codes).not.toContain("FORMULA_ERROR");
  });
});
