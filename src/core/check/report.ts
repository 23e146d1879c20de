// The report of a check run over one or more workbooks, with its summary: built the same way by the CLI and the
// fuzz suite (and by the importer later), so the JSON contract has one author.
import { PlanPeriod } from "../plan/period";
import { PlanTable } from "../plan/types";
import { buildReport, FileResult } from "../report/build";
import { Report } from "../report/schema";
import { summarize, SummaryJson } from "../summary";

export type CheckReport = Report & { summary: SummaryJson };

/** The years a summary covers: the run's period if given, else from the earliest to the latest table period. */
export function planSpan(tables: readonly PlanTable[], runPeriod?: PlanPeriod): PlanPeriod | null {
  if (runPeriod) return runPeriod;
  const periods = tables.map((t) => t.planPeriod).filter((p): p is PlanPeriod => p !== null);
  return periods.length ? { from: Math.min(...periods.map((p) => p.from)), to: Math.max(...periods.map((p) => p.to)) } : null;
}

/** Every table the files' sheets hold, in order. */
export function tablesOf(files: readonly FileResult[]): PlanTable[] {
  return files.flatMap((f) => f.sheets.flatMap((s) => s.tables ?? (s.table ? [s.table] : [])));
}

/** The report (the contract's shape) and its summary over the span the tables (or the run) give. */
export function checkReport(files: readonly FileResult[], runPeriod?: PlanPeriod): { report: CheckReport; span: PlanPeriod | null } {
  const report = buildReport(files);
  const span = planSpan(tablesOf(files), runPeriod);
  return { report: { ...report, summary: summarize(report.tasks, span) }, span };
}
