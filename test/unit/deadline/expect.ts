import { Milestone } from "../../../src/core/deadline";

/**
 * Small constructors for expected milestones, so that test data reads like the spec table. They build
 * objects only; the dates in them are written by hand in the data files, never computed by the parser.
 */
export type Expected = Omit<Milestone, "text">;

const withLabel = (m: Expected, label?: string): Expected => (label === undefined ? m : { label, ...m });

export const quarter = (due: string, q: string, label?: string): Expected => withLabel({ kind: "quarter", due, quarters: [q] }, label);
export const month = (due: string, q: string, label?: string): Expected => withLabel({ kind: "month", due, quarters: [q] }, label);
export const half = (due: string, q: string, label?: string): Expected => withLabel({ kind: "half", due, quarters: [q] }, label);
export const year = (due: string, q: string, label?: string): Expected => withLabel({ kind: "year", due, quarters: [q] }, label);
export const date = (due: string, q: string, label?: string): Expected => withLabel({ kind: "date", due, quarters: [q] }, label);
export const range = (start: string, due: string, q: string, from: number, to: number, label?: string): Expected =>
  withLabel({ kind: "range", start, due, quarters: [q], from, to }, label);
export const conditional = (condition: string, label?: string): Expected =>
  withLabel({ kind: "conditional", condition, quarters: [] }, label);

/** Quarter ids "YYYY-Qn" for each year from..to and each listed quarter number. */
export function qs(from: number, to: number, quarters: readonly number[] = [1, 2, 3, 4]): string[] {
  const out: string[] = [];
  for (let y = from; y <= to; y++) for (const n of quarters) out.push(`${y}-Q${n}`);
  return out;
}

/** Every year on a given day ("MM-DD"), in the quarter `qn` of each year of from..to (no years: none known). */
export function yearly(monthDay: string, qn: number, years?: [number, number], extra: Partial<Expected> = {}): Expected {
  const base: Expected = { kind: "recurring", every: "year", monthDay, quarters: years ? qs(years[0], years[1], [qn]) : [] };
  return { ...base, ...(years ? { from: years[0], to: years[1] } : {}), ...extra };
}

export function every(rhythm: "quarter" | "month" | "week", years?: [number, number], extra: Partial<Expected> = {}): Expected {
  return {
    kind: "recurring",
    every: rhythm,
    quarters: years ? qs(years[0], years[1]) : [],
    ...(years ? { from: years[0], to: years[1] } : {}),
    ...extra,
  };
}

export function sixMonthly(years?: [number, number], extra: Partial<Expected> = {}): Expected {
  return {
    kind: "recurring",
    every: "month",
    interval: 6,
    quarters: years ? qs(years[0], years[1], [2, 4]) : [],
    ...(years ? { from: years[0], to: years[1] } : {}),
    ...extra,
  };
}

export function continuous(years?: [number, number], extra: Partial<Expected> = {}): Expected {
  return { kind: "continuous", quarters: [], ...(years ? { from: years[0], to: years[1] } : {}), ...extra };
}

/** The milestones of a result without their `text` (checked separately), for exact comparison. */
export function strip(ms: readonly Milestone[]): Expected[] {
  return ms.map(({ text: _text, ...rest }) => rest);
}
