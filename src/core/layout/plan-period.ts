import { MAX_PLAN_YEAR, MIN_PLAN_YEAR, PlanPeriod } from "../plan/period";
import { foldKey } from "../text/normalize";

const inRange = (y: number) => y >= MIN_PLAN_YEAR && y <= MAX_PLAN_YEAR;

/**
 * Where a title line stops speaking of this plan and starts citing another document: a parenthesis
 * ("(Kèm theo Quyết định số …)"; not "(GIAI ĐOẠN 2025-2030)", which is the plan's own period), "kèm theo", or a document number ("số 76/NQ-CP", "76/NQ-CP"). Years after
 * that point belong to the cited document ("Nghị quyết số 76/NQ-CP năm 2021"). Words like "thực hiện Kế
 * hoạch …" are not cut on their own: a plan's own title says them too ("Danh mục nhiệm vụ thực hiện Kế
 * hoạch cải cách hành chính năm 2021"), and where a line names two periods the first one is the plan's.
 */
const CITATION =
  /\((?!\s*(?:giai đoạn|gđ|năm|thời kỳ)(?![\p{L}\p{N}]))|\bkèm theo\b|\bsố\s*:?\s*\d|\b\d{1,5}\s*\/\s*\d{0,4}\s*\/?\s*[A-ZĐ]/iu;

function ownPart(line: string): string {
  const m = CITATION.exec(line);
  return m ? line.slice(0, m.index) : line;
}

/**
 * What a title says of the plan's period: a period, or only where it ends ("… ĐẾN NĂM 2030" when the plan's own
 * year is not known: the caller completes it).
 */
export type TitlePeriod = { period: PlanPeriod } | { until: number };

/**
 * The first period a line names: "năm 2021", "(giai đoạn) 2021 - 2025" or "đến năm 2030", whichever comes first.
 * "Đến năm 2030" runs from the plan's own year (its date) to 2030: a plan of 2025 "đến năm 2030" covers
 * 2025–2030, not the single year 2030.
 */
function firstPeriod(line: string, planYear: number | null): TitlePeriod | null {
  const k = foldKey(ownPart(line));
  // "năm" that ends a date ("ngày 26 tháng 12 năm 2020") dates a signature, not the plan.
  const year = /(?<!thang \d{1,2} )\bnam (\d{4})\b(?! \d{4})/.exec(k);
  const range = /\b(\d{4}) (?:den |toi |)(\d{4})\b/.exec(k);
  const candidates: Array<{ at: number; period: TitlePeriod }> = [];
  if (year) {
    const y = Number(year[1]);
    const openEnd = /\b(?:den|toi) $/.test(k.slice(0, year.index));
    if (inRange(y)) {
      if (!openEnd) candidates.push({ at: year.index, period: { period: { from: y, to: y } } });
      else if (planYear !== null && planYear <= y && y - planYear <= 20)
        candidates.push({ at: year.index, period: { period: { from: planYear, to: y } } });
      else candidates.push({ at: year.index, period: { until: y } });
    }
  }
  if (range) {
    const from = Number(range[1]);
    const to = Number(range[2]);
    if (inRange(from) && inRange(to) && to > from && to - from <= 20)
      candidates.push({ at: range.index, period: { period: { from, to } } });
  }
  candidates.sort((a, b) => a.at - b.at);
  return candidates[0]?.period ?? null;
}

/** Lines that name a plan ("KẾ HOẠCH …", "DANH MỤC NHIỆM VỤ …", "PHỤ LỤC …") speak for its period first. */
const PLAN_TITLE = /^(ke hoach|danh muc|phu luc|nhiem vu|chuong trinh|bang tong hop|tien do|de an)\b/;

/**
 * The plan period from the title lines above the table: "… GIAI ĐOẠN 2021 - 2025", "… NĂM 2021", "… ĐẾN NĂM
 * 2030" (from the plan's year, `planYear`, when it is known). Lines that name the plan are read first; in each
 * line only the part before any citation counts.
 */
export function planPeriodFromTitle(lines: readonly string[], planYear: number | null = null): TitlePeriod | null {
  const titled = lines.filter((l) => PLAN_TITLE.test(foldKey(l)));
  for (const line of [...titled, ...lines.filter((l) => !titled.includes(l))]) {
    const p = firstPeriod(line, planYear);
    if (p) return p;
  }
  return null;
}

/**
 * Failing a title, the years the deadline cells mention: one year if most of them name it (a one-year plan
 * also cites the year before, "trước 31/12/2020"), else the span of the years seen. A period guessed this
 * way is only a frame for summaries: callers must not resolve year-less deadlines against it.
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
