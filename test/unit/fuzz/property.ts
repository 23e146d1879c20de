import { z } from "zod";
import { reportSchema } from "../../../src/core/report/schema";
import { summarySchema } from "../../../src/core/summary/schema";
import { WorkbookData } from "../../../src/core/workbook/model";
import { runEngine } from "./engine";

/**
 * The most CPU time one workbook may take through the engine. CPU time of this process (process.cpuUsage), not
 * wall-clock: other jest workers on a loaded 2-core machine delay a case but do not add to its CPU time. The
 * costliest case measured idle takes under a fifth of this (docs/layout.md, "Fuzz").
 */
export const MAX_CASE_CPU_MS = 1_000;

/** The whole `phuluc check --json` output: the report contract, and the summary with its own strict schema. */
export const checkOutputSchema = reportSchema.extend({ summary: summarySchema }).strict();

export interface CaseResult {
  /** CPU milliseconds the engine spent on the case. */
  readonly cpuMs: number;
  readonly tables: number;
  readonly tasks: number;
  readonly issues: number;
}

function cpuMsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function problems(error: z.ZodError): string {
  return JSON.stringify(error.issues.slice(0, 3));
}

/**
 * One fuzz case: the workbook goes through the engine without throwing, within MAX_CASE_CPU_MS of CPU time,
 * and its output — report and summary — validates against their schemas and agrees with itself. Throws (with
 * what went wrong) otherwise, so fast-check shrinks it.
 */
export function fuzzCase(workbook: WorkbookData): CaseResult {
  const start = process.cpuUsage();
  const run = runEngine(workbook);
  const cpuMs = cpuMsSince(start);
  const parsed = checkOutputSchema.safeParse(run.report);
  if (!parsed.success) throw new Error(`output does not match the report and summary schemas: ${problems(parsed.error)}`);
  const { tasks, totals, summary } = parsed.data;
  if (totals && totals.tasks !== tasks.length) throw new Error("totals.tasks differs from the tasks listed");
  if (summary.totals.tasks !== tasks.length) throw new Error("summary.totals.tasks differs from the tasks listed");
  if (summary.totals.noLead > tasks.length) throw new Error("summary counts more tasks without a lead than there are tasks");
  for (const a of summary.byAgency)
    if (a.lead > tasks.length || a.support > tasks.length) throw new Error(`summary gives ${a.agency} more tasks than the plan has`);
  for (const q of summary.byQuarter)
    if (q.tasks > tasks.length) throw new Error(`summary counts more tasks in ${q.quarter} than the plan has`);
  if (cpuMs > MAX_CASE_CPU_MS) throw new Error(`one workbook took ${cpuMs.toFixed(0)} ms of CPU time (limit ${MAX_CASE_CPU_MS} ms)`);
  return { cpuMs, tables: run.tables, tasks: tasks.length, issues: run.report.issues.length };
}
