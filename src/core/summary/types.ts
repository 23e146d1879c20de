import { AgencyItem, DeadlineItem } from "../report/schema";

/**
 * What the summaries read from a task: the contract fields of a report task (`ReportTask` fits as is). Kept
 * as a narrow interface so the add-in can pass its own task objects without building a whole report.
 */
export interface SummaryTask {
  readonly file?: string;
  readonly sheet: string;
  /** 1-based sheet row of the task's first cell. */
  readonly row: number;
  readonly tt: string;
  readonly section: string | null;
  readonly task: string;
  readonly product: string;
  readonly lead: readonly AgencyItem[];
  readonly support: readonly AgencyItem[];
  readonly deadline: DeadlineItem;
}

/** Options that change what is counted; the defaults are the rules written in docs/summaries.md. */
export interface CountOptions {
  /**
   * Put yearly recurring milestones ("Hằng năm", "Quý I năm kế hoạch") into the quarter matrix as well as the
   * recurring column. Off by default: see docs/summaries.md, "Recurring milestones".
   */
  readonly recurringInMatrix?: boolean;
}

/** How many tasks fall in each timing bucket (each task at most once per bucket, once per quarter). */
export interface TimingCounts {
  /** "2021-Q4" → tasks with at least one milestone due in that quarter. */
  readonly byQuarter: Readonly<Record<string, number>>;
  /** Tasks with at least one milestone due in some quarter. */
  readonly dated: number;
  readonly recurring: number;
  readonly continuous: number;
  /** Understood, but tied to an outside event or schedule (milestone kind "conditional"). */
  readonly undated: number;
  /** Deadline text present but not understood: counted here only, in no quarter. */
  readonly unreadable: number;
  /** Deadline cell blank. */
  readonly missing: number;
}
