import { PlanIssuer } from "../plan/issuer";
import { PlanPeriod } from "../plan/period";
import { PlanTable, PlanTask } from "../plan/types";
import { columnLetter, rangeAddress } from "../workbook/address";
import { totals } from "../validate/validate";
import { AgencyItem, DeadlineItem, Report, ReportIssue, ReportTable, ReportTask } from "./schema";

/** How the report reads agency and deadline cells: the engine's parsers, passed in by the caller. */
export interface CellReaders {
  /** An agency cell, read in the light of who issued the plan (a city's "Công an Thành phố" is province-level). */
  agencies(text: string, issuer?: PlanIssuer | null): AgencyItem[];
  deadline(text: string, planPeriod: PlanPeriod | null): DeadlineItem;
}

export interface SheetResult {
  readonly name: string;
  /** The first table of the sheet (the contract's `table`); every table is in `tables`. */
  readonly table: PlanTable | null;
  readonly tables?: readonly PlanTable[];
  readonly tasks: readonly ReportTask[];
  readonly issues: readonly ReportIssue[];
}

export interface FileResult {
  readonly path: string;
  readonly sheets: readonly SheetResult[];
  /** Hidden sheets left unchecked (they are checked only when named with --sheet). */
  readonly hiddenSheets?: readonly string[];
}

export function reportTable(t: PlanTable): ReportTable {
  const columns: Record<string, string> = {};
  for (const [role, col] of Object.entries(t.columns)) if (col !== undefined) columns[role] = columnLetter(col);
  for (const [role, col] of Object.entries(t.aux)) if (col !== undefined) columns[role] = columnLetter(col);
  return {
    range: rangeAddress(t.headerRows[0] as number, t.firstCol, t.lastRow, t.lastCol),
    headerRows: t.headerRows.map((r) => r + 1),
    columns: columns as ReportTable["columns"],
    planPeriod: t.planPeriod ? { from: t.planPeriod.from, to: t.planPeriod.to } : null,
    numberRow: t.numberRow === null ? null : t.numberRow + 1,
    planPeriodSource: t.planPeriodSource,
    extraColumns: t.extras.map((e) => ({ column: columnLetter(e.col), header: e.header })),
    sections: t.sections.length,
    tasks: t.tasks.length,
    issuer: t.context.issuer
      ? {
          name: t.context.issuer.name,
          level: t.context.issuer.level,
          kind: t.context.issuer.kind,
          ...(t.context.issuer.place ? { place: t.context.issuer.place } : {}),
        }
      : null,
    planDate: t.context.date,
  };
}

/**
 * The period deadlines are read against. One guessed from the deadlines themselves is not used: resolving
 * "Tháng 6" against a guess would turn a guess into a date.
 */
export function readingPeriod(table: PlanTable): PlanPeriod | null {
  return table.planPeriodSource === "deadlines" ? null : table.planPeriod;
}

export function reportTask(file: string, table: PlanTable, task: PlanTask, readers: CellReaders): ReportTask {
  return {
    file,
    sheet: task.sheet,
    row: task.row + 1,
    lastRow: task.lastRow + 1,
    tt: task.tt,
    section: task.section?.title ?? null,
    sectionPath: task.section ? [...task.section.path] : [],
    task: task.task,
    product: task.product,
    lead: readers.agencies(task.lead, table.context.issuer),
    support: readers.agencies(task.support, table.context.issuer),
    deadline: readers.deadline(task.deadline, readingPeriod(table)),
    ...(Object.keys(task.extras).length ? { extras: task.extras } : {}),
    ...(task.status !== undefined ? { status: task.status } : {}),
    ...(task.responsible !== undefined ? { responsible: task.responsible } : {}),
  };
}

/** The report document: files with their recognised tables, every task understood, and the issues. */
export function buildReport(files: readonly FileResult[]): Report {
  const tasks = files.flatMap((f) => f.sheets.flatMap((s) => [...s.tasks]));
  const issues = files.flatMap((f) => f.sheets.flatMap((s) => [...s.issues]));
  return {
    version: 1,
    files: files.map((f) => ({
      path: f.path,
      sheets: f.sheets.map((s) => ({
        name: s.name,
        table: s.table ? reportTable(s.table) : null,
        // Extension: a sheet may stack several tables (one per group of tasks); each is read and checked.
        ...((s.tables?.length ?? 0) > 1 ? { tables: (s.tables ?? []).map(reportTable) } : {}),
      })),
      ...(f.hiddenSheets?.length ? { hiddenSheets: [...f.hiddenSheets] } : {}),
    })),
    tasks,
    issues,
    totals: totals(tasks.length, issues),
  };
}
