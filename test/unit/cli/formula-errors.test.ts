import ExcelJS from "exceljs";
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runCli } from "../../helpers/cli";

// Error values read from a real .xlsx: stored errors and formulas whose cached result is an error, one column
// each, so every column is shown to answer the same way.
const HEADER = ["TT", "Nhiệm vụ", "Sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"];
const CASES: Array<[column: string, value: ExcelJS.CellValue, shown: string]> = [
  ["A", { error: "#REF!" } as ExcelJS.CellErrorValue, "#REF!"],
  ["B", { formula: "VLOOKUP(A4,Z:Z,2,0)", result: { error: "#N/A" } } as ExcelJS.CellFormulaValue, "#N/A"],
  ["C", { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue, "#DIV/0!"],
  ["D", { formula: "[1]DanhMuc!B2", result: { error: "#REF!" } } as ExcelJS.CellFormulaValue, "#REF!"],
  ["E", { formula: "TENSAI()", result: { error: "#NAME?" } } as ExcelJS.CellFormulaValue, "#NAME?"],
  ["F", { error: "#VALUE!" } as ExcelJS.CellErrorValue, "#VALUE!"],
  ["D", { formula: "INDEX(Z:Z,0)", result: { error: "#N/A" } } as ExcelJS.CellFormulaValue, "#N/A"],
  ["F", { formula: "SEQUENCE(3)", result: { error: "#SPILL!" } } as unknown as ExcelJS.CellFormulaValue, "#SPILL!"],
];

test("every column reports an error value as FORMULA_ERROR in that cell, and only that (CLI, --json)", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Phụ lục");
  ws.addRow(["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2021"]);
  ws.addRow(HEADER);
  CASES.forEach((_, i) =>
    ws.addRow([i + 1, `Nhiệm vụ số ${i + 1} về cải cách thủ tục hành chính`, "Báo cáo", "Sở Nội vụ", "Sở Tư pháp", "Quý IV năm 2021"]),
  );
  CASES.forEach(([column, value], i) => (ws.getCell(`${column}${i + 3}`).value = value));
  const path = join(mkdtempSync(join(tmpdir(), "phuluc-errors-")), "loi.xlsx");
  await wb.xlsx.writeFile(path);

  const r = await runCli(["check", path, "--json"]);
  expect(r.code).toBe(1);
  const report = JSON.parse(r.stdout) as {
    tasks: Array<{ row: number; lead: unknown[] }>;
    issues: Array<{ cell: string; code: string; value: string }>;
    summary: { byAgency: Array<{ agency: string }> };
  };
  // An error value names no agency: the summary never lists "#REF!" or "#NAME?" as one.
  expect(report.tasks[3]!.lead).toEqual([]);
  expect(report.summary.byAgency.map((a) => a.agency).filter((a) => a.startsWith("#"))).toEqual([]);
  expect(report.tasks.map((t) => t.row)).toEqual(CASES.map((_, i) => i + 3));
  expect(report.issues.map((i) => [i.cell, i.code, i.value])).toEqual(
    CASES.map(([column, , shown], i) => [`${column}${i + 3}`, "FORMULA_ERROR", shown]),
  );

  const text = await runCli(["check", path, "--lang", "en"]);
  expect(text.stdout).toMatch(/The cell shows the error #REF!/);
  expect(text.stdout).not.toMatch(/Cannot read the deadline "#VALUE!"|no lead agency/);
});
