/** Shared by the marks-at-scale tests: a plan of many task rows, and the user's own formatting on it. */
import type { CellValue, SheetData } from "../../../src/core/workbook/model";
import type { FakeSheet } from "../../../sim/fake-excel";

export const SHEET = "Kế hoạch";

/** Title, blank, header, then `rows` tasks (from sheet row 4) with a blank lead and an unreadable deadline. */
export function markPlan(rows: number): SheetData {
  const out: CellValue[][] = [["KẾ HOẠCH"], [], ["TT", "Nhiệm vụ", "Sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"]];
  for (let i = 0; i < rows; i++) out.push([i + 1, `Nhiệm vụ ${i + 1}`, "Báo cáo", "", "Các sở", "Quý 5/2021"]);
  return { name: SHEET, rows: out, merges: [] };
}

/** A conditional format of the user's (green fill above 0) over `ranges`: must come through mark and unmark as it was. */
export function addUserConditionalFormat(sheet: FakeSheet, ranges: string): void {
  sheet.conditionalFormats.push({
    id: "{USER-CF}",
    type: "CellValue",
    ranges,
    stopIfTrue: false,
    rule: { formula1: "0", operator: "GreaterThan" },
    format: { fill: { color: "#C6EFCE" } },
  });
}
