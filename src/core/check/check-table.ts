import { PlanTable } from "../plan/types";
import { CellReaders, readingPeriod, reportTask } from "../report/build";
import { ReportTask } from "../report/schema";
import { Lang } from "../validate/catalog";
import { Settings } from "../validate/settings";
import { CheckedTask, ValidationIssue } from "../validate/types";
import { validateTable } from "../validate/validate";
import { cellText } from "../workbook/grid";
import { SheetData } from "../workbook/model";

/** Everything the engine says about one recognised table: its tasks understood, and what is wrong. */
export interface TableCheck {
  readonly table: PlanTable;
  readonly tasks: readonly ReportTask[];
  readonly issues: readonly ValidationIssue[];
}

export interface CheckOptions {
  readonly readers: CellReaders;
  /** True when text looks typed in a legacy Vietnamese encoding (TCVN3/VNI). */
  readonly looksLegacy: (text: string) => boolean;
  readonly settings?: Settings;
  readonly lang?: Lang;
  /** False when the host could not report merged areas: a blank cell may then be a merged one. */
  readonly mergesKnown?: boolean;
  /** The table's sheet, when at hand: rules then point at the very row of a task spanning rows (FORMULA_ERROR). */
  readonly sheet?: SheetData;
}

/**
 * Reads every task's cells once and validates the table. The CLI and the add-in both call this, so a
 * workbook checked in Excel and on the command line gives the same issues.
 */
export function checkTable(file: string, table: PlanTable, options: CheckOptions): TableCheck {
  const tasks = table.tasks.map((t) => reportTask(file, table, t, options.readers));
  const checked: CheckedTask[] = table.tasks.map((task, i) => {
    const r = tasks[i] as ReportTask;
    return { task, lead: r.lead, support: r.support, deadline: r.deadline };
  });
  const issues = validateTable(
    file,
    {
      table,
      tasks: checked,
      readDeadline: (text) => options.readers.deadline(text, readingPeriod(table)),
      looksLegacy: options.looksLegacy,
      mergesKnown: options.mergesKnown !== false,
      ...(options.sheet ? { cellText: sheetCellText(options.sheet) } : {}),
    },
    options.settings,
    options.lang,
  );
  return { table, tasks, issues };
}

function sheetCellText(sheet: SheetData): (row: number, col: number) => string {
  return (row, col) => cellText(sheet.rows[row]?.[col] ?? null);
}
