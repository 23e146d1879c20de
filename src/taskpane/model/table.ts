// How the pane describes the plan table it found (finding it is the check session's: src/core/check/session.ts).
// Pure functions over the engine's model; no Excel, no React.
import { formatPlanPeriod, PlanPeriod } from "../../core/plan/period";
import type { PlanTable } from "../../core/plan/types";
import { rangeAddress } from "../../core/workbook/address";
import type { SheetData } from "../../core/workbook/model";
import { type Lang, t } from "../i18n";

/** "A5:F48": the table from its first header row to its last row. */
export function tableRange(table: PlanTable): string {
  return rangeAddress(table.headerRows[0] ?? 0, table.firstCol, table.lastRow, table.lastCol);
}

export function periodText(period: PlanPeriod | null, lang: Lang): string {
  if (!period) return "";
  return period.from === period.to ? t(lang, "periodYear", period.from) : t(lang, "periodRange", formatPlanPeriod(period));
}

/** "Bảng A5:F48 — 35 nhiệm vụ, 7 mục, kế hoạch năm 2021". */
export function describeTable(table: PlanTable, lang: Lang): string {
  return t(lang, "tableFound", tableRange(table), table.tasks.length, table.sections.length, periodText(table.planPeriod, lang));
}

/** True when the sheet has no value at all. */
export function isEmptySheet(sheet: SheetData): boolean {
  return !sheet.rows.some((row) => row.some((v) => v !== null && v !== ""));
}
