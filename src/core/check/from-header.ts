// Recognition restarted at a header row the user pointed at ("Dùng vùng đã chọn" in the pane; later the importer).
// Pure: the sheet is cut at the header, recognised by the ordinary recogniser, and moved back to the sheet's own rows;
// the title lines above the cut are read as the recogniser reads them (a merged area once, from its top-left cell).
import { readTitle, recognizeTable, titleLines } from "../layout/recognize";
import { PlanPeriod } from "../plan/period";
import { PlanTable, PlanTask, RoleCell, Section } from "../plan/types";
import { Grid } from "../workbook/grid";
import { SheetData } from "../workbook/model";

/** Where the header was taken from when the user pointed at it. */
export interface HeaderHint {
  /** 0-based first row of the selection: the table's (first) header row. */
  readonly top: number;
  /** 0-based columns of the selection; used to cut the table out when the selection spans several columns. */
  readonly left: number;
  readonly right: number;
}

/**
 * The sheet as seen from the selected header: rows above it dropped (so the recogniser finds the header on its
 * first row, however deep it is), and, when the selection spans several columns, cells outside them blanked.
 * Merged areas are clipped at the cut, so one starting above the header still covers its rows below.
 */
export function sliceFromHeader(sheet: SheetData, hint: HeaderHint): SheetData {
  const restrict = hint.right > hint.left;
  const rows = sheet.rows
    .slice(hint.top)
    .map((row) => (restrict ? row.map((v, c) => (c < hint.left || c > hint.right ? null : v)) : [...row]));
  const merges = sheet.merges
    .filter((m) => m.bottom >= hint.top)
    .map((m) => ({ ...m, top: Math.max(m.top, hint.top) - hint.top, bottom: m.bottom - hint.top }))
    .filter((m) => !restrict || (m.right >= hint.left && m.left <= hint.right));
  return { name: sheet.name, rows, merges };
}

/**
 * The text lines above row `top` (the document title, "Kèm theo Quyết định …") as the recogniser collects a table's
 * title lines (src/core/layout/recognize.ts, titleLines): row by row, a merged area once, from its top-left cell, so
 * a title merged across the page — or repeated in every cell of its area by the host — is one line.
 */
export function titleLinesAbove(sheet: SheetData, top: number): string[] {
  const grid = new Grid(sheet);
  return titleLines(grid, 0, Math.min(top, grid.rowCount));
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
 * The table whose header starts at the hint's row. Addresses stay those of the real sheet; the title lines above
 * the header still name the plan and give its period when `planPeriod` (the user's) is not given.
 */
export function recognizeFromHeader(sheet: SheetData, hint: HeaderHint, planPeriod?: PlanPeriod): PlanTable | null {
  const found = recognizeTable(sliceFromHeader(sheet, hint), planPeriod ? { planPeriod } : {});
  if (!found) return null;
  const table = shiftTable(found, hint.top);
  const lines = titleLinesAbove(sheet, hint.top);
  return { ...table, titleLines: lines, ...readTitle(lines, table.tasks, planPeriod ?? null) };
}
