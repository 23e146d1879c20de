import { endOfMonth, format, getQuarter, getYear, isExists, lastDayOfQuarter, subDays } from "date-fns";
import { MAX_PLAN_YEAR, MIN_PLAN_YEAR } from "../plan/period";
import { UnparsedReason } from "./types";

/**
 * Calendar arithmetic for deadlines, on date-fns. Dates are local-time `Date`s used only for their
 * calendar fields (never times or time zones), so formatting them back gives the same day everywhere.
 */

/** A point in a year, before its year is known: what "Quý IV", "tháng 6", "31/12", "6 tháng đầu năm" name. */
export type PointInYear =
  | { readonly unit: "date"; readonly day: number; readonly month: number }
  | { readonly unit: "month"; readonly month: number }
  | { readonly unit: "quarter"; readonly quarter: number }
  | { readonly unit: "half"; readonly half: number }
  | { readonly unit: "year" };

export interface Span {
  readonly start: Date;
  readonly end: Date;
}

/** Numbers that cannot name a calendar period in any year (tháng 13, Quý V, ngày 32). */
export function impossible(p: PointInYear): boolean {
  switch (p.unit) {
    case "date":
      // 29/02 exists in leap years only; whether it exists is decided once the year is known.
      return p.month < 1 || p.month > 12 || p.day < 1 || !isExists(2000, p.month - 1, p.day);
    case "month":
      return p.month < 1 || p.month > 12;
    case "quarter":
      return !(p.quarter >= 1 && p.quarter <= 4);
    case "half":
      return p.half !== 1 && p.half !== 2;
    case "year":
      return false;
  }
}

export function yearInRange(year: number): boolean {
  return Number.isInteger(year) && year >= MIN_PLAN_YEAR && year <= MAX_PLAN_YEAR;
}

/** The span a point covers in a given year; a reason when it does not exist there. */
export function spanIn(p: PointInYear, year: number): Span | UnparsedReason {
  if (impossible(p)) return "impossible-date";
  if (!yearInRange(year)) return "out-of-range";
  switch (p.unit) {
    case "date": {
      if (!isExists(year, p.month - 1, p.day)) return "impossible-date";
      const d = new Date(year, p.month - 1, p.day);
      return { start: d, end: d };
    }
    case "month": {
      const start = new Date(year, p.month - 1, 1);
      return { start, end: startOfDay(endOfMonth(start)) };
    }
    case "quarter": {
      const start = new Date(year, (p.quarter - 1) * 3, 1);
      return { start, end: startOfDay(lastDayOfQuarter(start)) };
    }
    case "half": {
      const start = new Date(year, p.half === 1 ? 0 : 6, 1);
      return { start, end: new Date(year, p.half === 1 ? 5 : 11, p.half === 1 ? 30 : 31) };
    }
    case "year":
      return { start: new Date(year, 0, 1), end: new Date(year, 11, 31) };
  }
}

// endOfMonth returns 23:59:59.999; deadlines are days, so keep only the calendar date.
function startOfDay(d: Date): Date {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate());
}

export function dayBefore(d: Date): Date {
  return startOfDay(subDays(d, 1));
}

export function iso(d: Date): string {
  return format(d, "yyyy-MM-dd");
}

export function quarterId(d: Date): string {
  return `${getYear(d)}-Q${getQuarter(d)}`;
}

export function monthDay(d: Date): string {
  return format(d, "MM-dd");
}

/** Every quarter of the years from..to, in order. */
export function allQuarters(from: number, to: number, only?: readonly number[]): string[] {
  const out: string[] = [];
  for (let y = from; y <= to; y++) for (let q = 1; q <= 4; q++) if (!only || only.includes(q)) out.push(`${y}-Q${q}`);
  return out;
}
