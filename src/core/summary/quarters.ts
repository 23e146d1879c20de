import { PlanPeriod } from "../plan/period";

/** Quarter keys are the contract's "YYYY-Qn"; they sort correctly as plain strings for years 1000–9999. */
const KEY = /^(\d{4})-Q([1-4])$/;
const ROMAN = ["I", "II", "III", "IV"] as const;

export function quarterKey(year: number, quarter: number): string {
  return `${year}-Q${quarter}`;
}

export function parseQuarterKey(key: string): { year: number; quarter: number } | null {
  const m = KEY.exec(key);
  return m ? { year: Number(m[1]), quarter: Number(m[2]) } : null;
}

/** Every quarter of the plan period, in order; none when the period is unknown. */
export function periodQuarters(period: PlanPeriod | null): string[] {
  const out: string[] = [];
  if (!period) return out;
  for (let y = period.from; y <= period.to; y++) for (let q = 1; q <= 4; q++) out.push(quarterKey(y, q));
  return out;
}

export function isInPeriod(key: string, period: PlanPeriod | null): boolean {
  const p = parseQuarterKey(key);
  return !!p && !!period && p.year >= period.from && p.year <= period.to;
}

/** The plan period's quarters plus any other quarter seen (a milestone outside the period), sorted. */
export function quarterColumns(period: PlanPeriod | null, seen: Iterable<string>): string[] {
  const all = new Set(periodQuarters(period));
  for (const k of seen) if (KEY.test(k)) all.add(k);
  return [...all].sort();
}

export function quarterRoman(key: string): string {
  const p = parseQuarterKey(key);
  return p ? (ROMAN[p.quarter - 1] as string) : key;
}

/** "2021-Q4" → "Quý IV/2021", the way plans write it. */
export function quarterLabel(key: string): string {
  const p = parseQuarterKey(key);
  return p ? `Quý ${ROMAN[p.quarter - 1]}/${p.year}` : key;
}
