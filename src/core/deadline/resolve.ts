import { getYear } from "date-fns";
import { PlanPeriod } from "../plan/period";
import { PointInYear, Span, allQuarters, dayBefore, impossible, iso, monthDay, quarterId, spanIn, yearInRange } from "./calendar";
import { YearRef } from "./points";
import { Milestone, Rhythm, UnparsedReason } from "./types";

/**
 * Turns points (a quarter, a month, a date… and how the year was given) into milestones, using the plan
 * period for what the text leaves relative. Every function returns either milestone drafts or the reason
 * the text cannot be read; nothing here guesses a year.
 */

/** A milestone before it gets its label and source text. */
export type Draft = Omit<Milestone, "label" | "text">;
export type Drafts = Draft[] | UnparsedReason;

const KIND_OF_UNIT = { date: "date", month: "month", quarter: "quarter", half: "half", year: "year" } as const;

/**
 * The year a point is in. A missing year is taken from the plan period only when the period is a single
 * year: in "Kế hoạch CCHC năm 2021", "Tháng 6" is June 2021; in a 2021–2025 plan it could be any June, and
 * picking one would be a guess (it could equally be every June), so the text is reported instead.
 */
export function resolveYear(ref: YearRef, plan: PlanPeriod | undefined): number | UnparsedReason {
  switch (ref.type) {
    case "explicit":
      return yearInRange(ref.year) ? ref.year : "out-of-range";
    case "missing":
      return plan && plan.from === plan.to ? plan.from : "year-missing";
    case "bad":
      return ref.reason;
    case "every":
      return "unknown";
  }
}

function dated(kind: Milestone["kind"], due: Date): Draft | UnparsedReason {
  if (!yearInRange(getYear(due))) return "out-of-range";
  return { kind, due: iso(due), quarters: [quarterId(due)] };
}

/** When a point falls due: the end of its period, or with "trước" the day before it starts (a date stays itself). */
function dueOf(p: PointInYear, span: Span, before: boolean): Date {
  if (!before || p.unit === "date") return span.end;
  return dayBefore(span.start);
}

/** The plan years a recurring milestone spans: from the text when it gives a first year, else the plan. */
function yearsOf(plan: PlanPeriod | undefined, from?: number): { from?: number; to?: number } {
  if (from !== undefined) return plan && plan.to >= from ? { from, to: plan.to } : { from };
  return plan ? { from: plan.from, to: plan.to } : {};
}

/** The same point every year ("Trước 25/12 năm báo cáo", "Quý I năm kế hoạch", "Tháng 12 hằng năm"). */
export function yearlyAt(p: PointInYear, before: boolean, plan: PlanPeriod | undefined, from?: number): Drafts {
  if (impossible(p)) return "impossible-date";
  // A common (non-leap) year as template: a day that does not exist every year cannot recur every year.
  const template = spanIn(p, 2001);
  if (typeof template === "string") return template;
  const years = yearsOf(plan, from);
  const quarters: string[] = [];
  if (years.from !== undefined && years.to !== undefined) {
    for (let y = years.from; y <= years.to; y++) {
      const s = spanIn(p, y);
      if (typeof s === "string") return s;
      const q = quarterId(dueOf(p, s, before));
      if (!quarters.includes(q)) quarters.push(q);
    }
  }
  return [{ kind: "recurring", every: "year", monthDay: monthDay(dueOf(p, template, before)), quarters, ...years }];
}

/** A point read as "at" (due at its end) or "before" (due the day before it starts). */
export function atPoint(p: PointInYear, ref: YearRef, plan: PlanPeriod | undefined, before: boolean): Drafts {
  if (impossible(p)) return "impossible-date";
  if (ref.type === "every") return yearlyAt(p, before, plan);
  const year = resolveYear(ref, plan);
  if (typeof year === "string") return year;
  const span = spanIn(p, year);
  if (typeof span === "string") return span;
  const d = dated(before ? "date" : KIND_OF_UNIT[p.unit], dueOf(p, span, before));
  return typeof d === "string" ? d : [d];
}

/** "Từ quý II/2018", "bắt đầu từ năm 2021", "Năm 2021 trở đi": running from a start, no single due date. */
export function startingAt(p: PointInYear, ref: YearRef, plan: PlanPeriod | undefined): Drafts {
  if (impossible(p)) return "impossible-date";
  const year = resolveYear(ref, plan);
  if (typeof year === "string") return year;
  const span = spanIn(p, year);
  if (typeof span === "string") return span;
  return [{ kind: "continuous", start: iso(span.start), quarters: [], ...yearsOf(plan, year) }];
}

/** "Năm 2021 - 2022", "Từ quý III đến quý IV/2021": due at the end of the last period. */
export function between(p1: PointInYear, y1: YearRef, p2: PointInYear, y2: YearRef, plan: PlanPeriod | undefined): Drafts {
  if (impossible(p1) || impossible(p2)) return "impossible-date";
  // "Từ tháng 3 đến tháng 6/2021": the year written once at the end belongs to both ends.
  const first = y1.type === "missing" && y2.type === "explicit" ? y2 : y1;
  const a = resolveYear(first, plan);
  const b = resolveYear(y2, plan);
  if (typeof a === "string") return a;
  if (typeof b === "string") return b;
  const s1 = spanIn(p1, a);
  const s2 = spanIn(p2, b);
  if (typeof s1 === "string") return s1;
  if (typeof s2 === "string") return s2;
  if (!(s1.start.getTime() < s2.start.getTime() && s1.end.getTime() < s2.end.getTime())) return "bad-range";
  return [
    { kind: "range", start: iso(s1.start), due: iso(s2.end), quarters: [quarterId(s2.end)], from: getYear(s1.start), to: getYear(s2.end) },
  ];
}

/** "Năm 2022 và các năm tiếp theo": every year from a given year. */
export function yearlyFrom(year: number, plan: PlanPeriod | undefined): Drafts {
  if (!yearInRange(year)) return "out-of-range";
  return yearlyAt({ unit: "year" }, false, plan, year);
}

/** "Định kỳ hàng quý", "hằng tháng", "hằng tuần", "định kỳ 6 tháng": a rhythm with no particular day. */
export function rhythm(every: Rhythm, interval: number, plan: PlanPeriod | undefined, years?: { from: number; to: number }): Drafts {
  if (every === "year" && interval === 1) {
    return years
      ? yearlyAt({ unit: "year" }, false, { from: years.from, to: years.to }, years.from)
      : yearlyAt({ unit: "year" }, false, plan);
  }
  const span = years ?? plan;
  // Within the years it runs, a quarterly/monthly/weekly duty falls in every quarter; a half-yearly one in
  // the second and fourth.
  const quarters = span ? allQuarters(span.from, span.to, every === "month" && interval === 6 ? [2, 4] : undefined) : [];
  const draft: Draft = { kind: "recurring", every, quarters, ...(span ? { from: span.from, to: span.to } : {}) };
  if (interval !== 1) draft.interval = interval;
  return [draft];
}

/** "Thường xuyên", "Thường xuyên trong năm 2018": ongoing work with no due date. */
export function continuous(plan: PlanPeriod | undefined, year?: number): Drafts {
  if (year !== undefined) {
    if (!yearInRange(year)) return "out-of-range";
    return [{ kind: "continuous", quarters: [], from: year, to: year }];
  }
  return [{ kind: "continuous", quarters: [], ...yearsOf(plan) }];
}
