/** The period a plan covers: one year (from = to) or a range such as 2021–2025. */
export interface PlanPeriod {
  readonly from: number;
  readonly to: number;
}

export const MIN_PLAN_YEAR = 1990;
export const MAX_PLAN_YEAR = 2100;

/** Parses "2021" or "2021-2025" (also "2021–2025", "2021 - 2025"); null when it is not a sensible period. */
export function parsePlanPeriod(text: string): PlanPeriod | null {
  const m = /^\s*(\d{4})\s*(?:[-–—]\s*(\d{4}))?\s*$/.exec(text);
  if (!m || !m[1]) return null;
  const from = Number(m[1]);
  const to = m[2] ? Number(m[2]) : from;
  if (from < MIN_PLAN_YEAR || to > MAX_PLAN_YEAR || to < from) return null;
  return { from, to };
}

export function formatPlanPeriod(p: PlanPeriod): string {
  return p.from === p.to ? String(p.from) : `${p.from}–${p.to}`;
}
