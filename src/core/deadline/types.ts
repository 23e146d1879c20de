/**
 * What a deadline cell ("Thời gian hoàn thành") means. `DeadlineResult` is the `deadline` object of the JSON
 * contract (shared/spec/cli-and-report.md): text, understood, milestones with label/kind/due/quarters/every/
 * from/to. Fields beyond those are extensions; never rename the contract ones.
 */

export type MilestoneKind = "date" | "month" | "quarter" | "half" | "year" | "range" | "recurring" | "continuous" | "conditional";

export type Rhythm = "year" | "quarter" | "month" | "week";

export interface Milestone {
  kind: MilestoneKind;
  /** Plain words naming the milestone ("Ban hành kế hoạch", "Báo cáo"); never holds digits or date words. */
  label?: string;
  /** ISO yyyy-mm-dd: when the milestone falls due (end of its period); absent when there is no single date. */
  due?: string;
  /** ISO yyyy-mm-dd: first day, for ranges ("Năm 2021 - 2022") and things running from a date ("Từ quý II/2018"). */
  start?: string;
  /** "2021-Q4": for a dated milestone, the quarter holding `due`; for a recurring one, every quarter it falls in
   *  within the plan period (empty when no period is known). */
  quarters: string[];
  /** Rhythm of a recurring milestone. */
  every?: Rhythm;
  /** With `every`: every `interval` units ("Định kỳ 6 tháng" = every 6 months). Absent means 1. */
  interval?: number;
  /** With `every: "year"`: the day of the year it falls due, "MM-DD" ("Trước 25/12 năm báo cáo" = "12-25"). */
  monthDay?: string;
  /** First and last year, where known: recurring and continuous milestones, ranges. */
  from?: number;
  to?: number;
  /** The outside event or schedule a milestone waits for ("Sau khi có hướng dẫn của Bộ"), as written. */
  condition?: string;
  /**
   * A remark in parentheses after the date that names no date of its own ("Năm 2026 (sau khi Chính phủ ban
   * hành Nghị định …)", "Thường xuyên (hoặc theo yêu cầu của cấp có thẩm quyền)"), as written: shown with the
   * milestone, not read as one.
   */
  remark?: string;
  /** Read from an approximate phrase ("đầu năm 2026" as Q1, "giữa năm 2026" as the first half): its words. */
  approximate?: string;
  /** The fragment of the cell this milestone was read from. */
  text: string;
}

/** Why a fragment was not understood. */
export type UnparsedReason =
  | "unknown" // no deadline phrase we know
  | "impossible-date" // 31/02/2021, Quý V, tháng 13
  | "out-of-range" // a year outside 1990–2100
  | "year-missing" // "Tháng 6" with no plan year to resolve it from
  | "two-digit-year" // 31/12/21
  | "bad-range" // "Năm 2022 - 2021"
  | "unclear-words" // words next to a date that could change its meaning ("đầu tháng 6/2021", "Quỹ IV năm 2021")
  | "duration" // how long, not by when ("01 ngày làm việc"): reported as DEADLINE_DURATION
  | "too-long"; // longer than any deadline (MAX_DEADLINE_CHARS): a paste gone wrong, not read

export interface UnparsedFragment {
  text: string;
  reason: UnparsedReason;
}

export interface DeadlineResult {
  /** The cell text, as given. */
  text: string;
  /** True exactly when every fragment of a non-blank cell was understood. */
  understood: boolean;
  /** Milestones of the fragments that were understood (also when others were not). */
  milestones: Milestone[];
  /** Fragments that were not understood, as written. */
  unparsed: string[];
  /** For each unparsed fragment, why (same order as `unparsed`); absent when everything was understood. */
  problems?: UnparsedFragment[];
}
