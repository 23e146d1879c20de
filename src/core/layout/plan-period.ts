import { MAX_PLAN_YEAR, MIN_PLAN_YEAR, PlanPeriod } from "../plan/period";
import { foldKey } from "../text/normalize";

const inRange = (y: number) => y >= MIN_PLAN_YEAR && y <= MAX_PLAN_YEAR;

/**
 * The plan period from the title lines above the table: "… GIAI ĐOẠN 2021 - 2025", "… NĂM 2021". Dates of
 * the issuing decision ("Kèm theo Quyết định số 751/QĐ-UBND ngày 26 tháng 12 năm 2020") are not the period,
 * so lines that cite a document, and "năm" that ends a "ngày … tháng …" date, are skipped.
 */
export function planPeriodFromTitle(lines: readonly string[]): PlanPeriod | null {
  for (const line of lines) {
    const k = foldKey(line);
    if (/^(kem theo|ban hanh kem theo)\b/.test(k) || /\b(quyet dinh|ke hoach|cong van) so \d/.test(k)) continue;
    const range = /\b(?:giai doan|thoi ky|nhiem ky|tu nam)?\s*(\d{4}) (?:den |toi )?(\d{4})\b/.exec(k);
    if (range && /\b(giai doan|thoi ky|nhiem ky|nam|den nam)\b/.test(k)) {
      const from = Number(range[1]);
      const to = Number(range[2]);
      if (inRange(from) && inRange(to) && to >= from && to - from <= 20) return { from, to };
    }
    const year = /(?<!thang \d{1,2} )\bnam (\d{4})\b/.exec(k);
    if (year) {
      const y = Number(year[1]);
      if (inRange(y)) return { from: y, to: y };
    }
  }
  return null;
}

/**
 * Failing a title, the years the deadline cells mention: one year if most of them name it (a one-year plan
 * also cites the year before, "trước 31/12/2020"), else the span of the years seen.
 */
export function planPeriodFromDeadlines(deadlines: readonly string[]): PlanPeriod | null {
  const counts = new Map<number, number>();
  let total = 0;
  for (const d of deadlines) {
    for (const m of d.matchAll(/(?<!\d)(\d{4})(?!\d)/g)) {
      const y = Number(m[1]);
      if (!inRange(y)) continue;
      counts.set(y, (counts.get(y) ?? 0) + 1);
      total++;
    }
  }
  if (total === 0) return null;
  const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [topYear, topCount] = sorted[0] as [number, number];
  if (topCount / total >= 0.6) return { from: topYear, to: topYear };
  const years = [...counts.keys()];
  return { from: Math.min(...years), to: Math.max(...years) };
}
