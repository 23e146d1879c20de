import { reportSchema } from "../../../src/core/report/schema";
import { WorkbookData } from "../../../src/core/workbook/model";
import { runEngine } from "./engine";

/** The longest one workbook may take through the engine: generous, so a loaded 2-core CI machine passes. */
export const MAX_CASE_MS = 1_000;

export interface CaseResult {
  readonly ms: number;
  readonly tables: number;
  readonly tasks: number;
  readonly issues: number;
}

/**
 * One fuzz case: the workbook goes through the engine without throwing, within MAX_CASE_MS, and its report
 * validates against the report schema. Throws (with what went wrong) otherwise, so fast-check shrinks it.
 */
export function fuzzCase(workbook: WorkbookData): CaseResult {
  const start = performance.now();
  const run = runEngine(workbook);
  const ms = performance.now() - start;
  const parsed = reportSchema.safeParse(run.report);
  if (!parsed.success) throw new Error(`report does not match the schema: ${JSON.stringify(parsed.error.issues.slice(0, 3))}`);
  if (run.report.totals && run.report.totals.tasks !== run.report.tasks.length) throw new Error("totals.tasks differs from the tasks listed");
  if (ms > MAX_CASE_MS) throw new Error(`one workbook took ${ms.toFixed(0)} ms (limit ${MAX_CASE_MS} ms)`);
  return { ms, tables: run.tables, tasks: run.report.tasks.length, issues: run.report.issues.length };
}
