import { PlanPeriod } from "../plan/period";
import { isInPeriod, quarterColumns } from "./quarters";
import { countTimings, tallyAgencies, timeTasks } from "./tally";
import { CountOptions, SummaryTask } from "./types";

/** One row of the contract's `summary.byAgency` (extended with the buckets the contract leaves out). */
export interface AgencySummaryJson {
  agency: string;
  group: boolean;
  /** Tasks this agency leads / supports. */
  lead: number;
  support: number;
  /** Lead tasks due in each quarter (a quarter appears only when non-zero). */
  byQuarter: Record<string, number>;
  /** Lead tasks with a recurring milestone. */
  recurring: number;
  /** Lead tasks whose deadline is understood but tied to an outside event or schedule. */
  undated: number;
  // Extensions
  continuous: number;
  unreadable: number;
  missing: number;
  /** The same buckets for the tasks this agency supports. */
  supportBreakdown: {
    byQuarter: Record<string, number>;
    recurring: number;
    continuous: number;
    undated: number;
    unreadable: number;
    missing: number;
  };
}

/** One row of the contract's `summary.byQuarter`: distinct tasks with a milestone due in the quarter. */
export interface QuarterSummaryJson {
  quarter: string;
  tasks: number;
  /** Extension: true for a quarter outside the plan period (present only then). */
  outsidePlan?: true;
}

export interface SummaryJson {
  byAgency: AgencySummaryJson[];
  byQuarter: QuarterSummaryJson[];
  /** Extension: the whole plan, each task once. */
  totals: { tasks: number; noLead: number; recurring: number; continuous: number; undated: number; unreadable: number; missing: number };
}

/**
 * The `summary` part of `phuluc check --json` (contract: shared/spec/cli-and-report.md). Counting rules:
 * docs/summaries.md. `byQuarter` lists every quarter of the plan period (zeros included) and any other
 * quarter a milestone falls in.
 */
export function summarize(tasks: readonly SummaryTask[], planPeriod: PlanPeriod | null, options: CountOptions = {}): SummaryJson {
  const timed = timeTasks(tasks, options);
  const all = countTimings(timed.map((t) => t.timing));
  const byAgency = tallyAgencies(timed).map((a): AgencySummaryJson => ({
    agency: a.name,
    group: a.group,
    lead: a.leadTasks.length,
    support: a.supportTasks.length,
    byQuarter: { ...a.lead.byQuarter },
    recurring: a.lead.recurring,
    undated: a.lead.undated,
    continuous: a.lead.continuous,
    unreadable: a.lead.unreadable,
    missing: a.lead.missing,
    supportBreakdown: {
      byQuarter: { ...a.support.byQuarter },
      recurring: a.support.recurring,
      continuous: a.support.continuous,
      undated: a.support.undated,
      unreadable: a.support.unreadable,
      missing: a.support.missing,
    },
  }));
  const byQuarter = quarterColumns(planPeriod, Object.keys(all.byQuarter)).map((quarter): QuarterSummaryJson => ({
    quarter,
    tasks: all.byQuarter[quarter] ?? 0,
    ...(planPeriod && !isInPeriod(quarter, planPeriod) ? { outsidePlan: true as const } : {}),
  }));
  return {
    byAgency,
    byQuarter,
    totals: {
      tasks: tasks.length,
      noLead: timed.filter((t) => t.leads.length === 0).length,
      recurring: all.recurring,
      continuous: all.continuous,
      undated: all.undated,
      unreadable: all.unreadable,
      missing: all.missing,
    },
  };
}
