// Finding the plan table on a sheet: on the whole sheet (as the CLI does), or from a header row the user selected.
// Pure functions over the engine's model; no Excel, no React.
import { readTitle, recognizeTable, recognizeTables } from "../../core/layout/recognize";
import { formatPlanPeriod, parsePlanPeriod, PlanPeriod } from "../../core/plan/period";
import type { PlanTable, PlanTask, RoleCell, Section } from "../../core/plan/types";
import { oneLine } from "../../core/text/normalize";
import { rangeAddress } from "../../core/workbook/address";
import type { CellValue, SheetData } from "../../core/workbook/model";
import type { Settings } from "../../core/validate/settings";
import { type Lang, t } from "../i18n";

/** Where the header was taken from when the user pointed at it ("Dùng vùng đã chọn"). */
export interface HeaderHint {
  /** 0-based first row of the selection: the table's (first) header row. */
  readonly top: number;
  /** 0-based columns of the selection; used to cut the table out when the selection spans several columns. */
  readonly left: number;
  readonly right: number;
}

/** The user's period from the settings, if valid. */
export function settingsPeriod(settings: Settings | undefined): PlanPeriod | undefined {
  return settings?.planPeriod ? (parsePlanPeriod(settings.planPeriod) ?? undefined) : undefined;
}

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

/** The whole-sheet recognition, exactly as the CLI does it: every table of the sheet, top to bottom. */
export function findTables(sheet: SheetData, settings?: Settings): PlanTable[] {
  const planPeriod = settingsPeriod(settings);
  return recognizeTables(sheet, planPeriod ? { planPeriod } : {});
}

function textOf(v: CellValue): string {
  if (typeof v === "string") return oneLine(v);
  if (typeof v === "number") return String(v);
  return "";
}

/** Text lines above row `top` (the document title, "Kèm theo Quyết định …"), as the recognizer collects them. */
export function titleLinesAbove(sheet: SheetData, top: number): string[] {
  const out: string[] = [];
  for (let r = 0; r < Math.min(top, sheet.rows.length); r++) {
    for (const v of sheet.rows[r] ?? []) {
      const text = textOf(v);
      if (text) out.push(text);
    }
  }
  return out;
}

/**
 * The sheet as seen from the selected header: rows above it dropped (so the recognizer finds the header on its
 * first row, however deep it is), and, when the selection spans several columns, cells outside them blanked.
 */
export function sliceFromHeader(sheet: SheetData, hint: HeaderHint): SheetData {
  const restrict = hint.right > hint.left;
  const rows = sheet.rows.slice(hint.top).map((row) => (restrict ? row.map((v, c) => (c < hint.left || c > hint.right ? null : v)) : [...row]));
  const merges = sheet.merges
    .filter((m) => m.bottom >= hint.top)
    .map((m) => ({ ...m, top: Math.max(m.top, hint.top) - hint.top, bottom: m.bottom - hint.top }))
    .filter((m) => !restrict || (m.right >= hint.left && m.left <= hint.right));
  return { name: sheet.name, rows, merges };
}

function shiftCell(cell: RoleCell | undefined, dy: number): RoleCell | undefined {
  return cell ? { ...cell, row: cell.row + dy } : undefined;
}

/** The same table with every row index moved down by `dy` (sections keep their identity across tasks). */
export function shiftTable(table: PlanTable, dy: number): PlanTable {
  if (dy === 0) return table;
  const sections = new Map<Section, Section>();
  for (const s of table.sections) sections.set(s, { ...s, row: s.row + dy });
  const tasks: PlanTask[] = table.tasks.map((task) => {
    const cells: Record<string, RoleCell> = {};
    for (const [role, cell] of Object.entries(task.cells)) {
      const moved = shiftCell(cell, dy);
      if (moved) cells[role] = moved;
    }
    return {
      ...task,
      row: task.row + dy,
      lastRow: task.lastRow + dy,
      section: task.section ? (sections.get(task.section) ?? { ...task.section, row: task.section.row + dy }) : null,
      cells,
    };
  });
  return {
    ...table,
    headerRows: table.headerRows.map((r) => r + dy),
    numberRow: table.numberRow === null ? null : table.numberRow + dy,
    lastRow: table.lastRow + dy,
    sections: table.sections.map((s) => sections.get(s) as Section),
    tasks,
  };
}

/**
 * "Dùng vùng đã chọn": recognition restarted at the selected header row. Addresses stay those of the real sheet;
 * the title lines above the selection still name the plan and give its period when the user set none.
 */
export function findTableFromHeader(sheet: SheetData, hint: HeaderHint, settings?: Settings): PlanTable | null {
  const planPeriod = settingsPeriod(settings);
  const found = recognizeTable(sliceFromHeader(sheet, hint), planPeriod ? { planPeriod } : {});
  if (!found) return null;
  const table = shiftTable(found, hint.top);
  const titleLines = titleLinesAbove(sheet, hint.top);
  return { ...table, titleLines, ...readTitle(titleLines, table.tasks, planPeriod ?? null) };
}
