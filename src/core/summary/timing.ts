import { DeadlineItem } from "../report/schema";
import { CountOptions } from "./types";

/**
 * Where one task's deadline counts. These are the counting rules of docs/summaries.md; every count in the
 * summaries goes through this one function so the sheets, the JSON and the docs cannot disagree.
 */
export interface TaskTiming {
  /** Distinct quarters with a milestone due: two milestones in one quarter count once. */
  readonly quarters: readonly string[];
  readonly recurring: boolean;
  readonly continuous: boolean;
  readonly undated: boolean;
  readonly unreadable: boolean;
  readonly missing: boolean;
}

const DATED = new Set(["date", "month", "quarter", "half", "year", "range"]);

export function taskTiming(deadline: DeadlineItem, options: CountOptions = {}): TaskTiming {
  const none = { quarters: [], recurring: false, continuous: false, undated: false, unreadable: false, missing: false };
  if (deadline.text.trim() === "") return { ...none, missing: true };
  // A cell read only in part is not trusted for any quarter: a clerk must read it (issue UNPARSEABLE_DEADLINE).
  if (!deadline.understood) return { ...none, unreadable: true };
  const quarters = new Set<string>();
  let recurring = false;
  let continuous = false;
  let undated = false;
  for (const m of deadline.milestones) {
    if (DATED.has(m.kind)) for (const q of m.quarters) quarters.add(q);
    else if (m.kind === "recurring") {
      recurring = true;
      if (options.recurringInMatrix && m.every === "year") for (const q of m.quarters) quarters.add(q);
    } else if (m.kind === "continuous") continuous = true;
    else if (m.kind === "conditional") undated = true;
  }
  // Understood yet without any milestone would be a parser slip; count it as undated rather than lose the task.
  if (quarters.size === 0 && !recurring && !continuous && !undated) undated = true;
  return { quarters: [...quarters].sort(), recurring, continuous, undated, unreadable: false, missing: false };
}
