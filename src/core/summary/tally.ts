import { AgencyRef, compareNames, taskAgencies } from "./agencies";
import { TaskTiming, taskTiming } from "./timing";
import { CountOptions, SummaryTask, TimingCounts } from "./types";

/** Adds up the timings of a list of tasks: each task once per bucket and once per quarter. */
export function countTimings(timings: readonly TaskTiming[]): TimingCounts {
  const byQuarter: Record<string, number> = {};
  let dated = 0;
  let recurring = 0;
  let continuous = 0;
  let undated = 0;
  let unreadable = 0;
  let missing = 0;
  for (const t of timings) {
    for (const q of t.quarters) byQuarter[q] = (byQuarter[q] ?? 0) + 1;
    if (t.quarters.length) dated++;
    if (t.recurring) recurring++;
    if (t.continuous) continuous++;
    if (t.undated) undated++;
    if (t.unreadable) unreadable++;
    if (t.missing) missing++;
  }
  return { byQuarter, dated, recurring, continuous, undated, unreadable, missing };
}

/** One task with its timing worked out once. */
export interface TimedTask {
  readonly task: SummaryTask;
  readonly timing: TaskTiming;
  readonly leads: readonly AgencyRef[];
  readonly supports: readonly AgencyRef[];
}

export function timeTasks(tasks: readonly SummaryTask[], options: CountOptions = {}): TimedTask[] {
  return tasks.map((task) => ({ task, timing: taskTiming(task.deadline, options), ...taskAgencies(task) }));
}

/** One canonical agency (or group) with the tasks it leads and supports, in plan order. */
export interface AgencyTally extends AgencyRef {
  readonly leadTasks: readonly TimedTask[];
  readonly supportTasks: readonly TimedTask[];
  readonly lead: TimingCounts;
  readonly support: TimingCounts;
}

/**
 * Every agency named in a lead or support cell. Order: named agencies before groups; then most tasks led;
 * then Vietnamese alphabetical order. The display name is the first spelling met in plan order.
 */
export function tallyAgencies(timed: readonly TimedTask[]): AgencyTally[] {
  const byKey = new Map<string, { ref: AgencyRef; lead: TimedTask[]; support: TimedTask[] }>();
  const entry = (ref: AgencyRef) => {
    let e = byKey.get(ref.key);
    if (!e) byKey.set(ref.key, (e = { ref, lead: [], support: [] }));
    return e;
  };
  for (const t of timed) {
    for (const a of t.leads) entry(a).lead.push(t);
    for (const a of t.supports) entry(a).support.push(t);
  }
  const out: AgencyTally[] = [...byKey.values()].map((e) => ({
    ...e.ref,
    leadTasks: e.lead,
    supportTasks: e.support,
    lead: countTimings(e.lead.map((t) => t.timing)),
    support: countTimings(e.support.map((t) => t.timing)),
  }));
  return out.sort(
    (a, b) =>
      Number(a.group) - Number(b.group) ||
      b.leadTasks.length - a.leadTasks.length ||
      compareNames(a.name, b.name) ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}
