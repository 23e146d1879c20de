import { PlanPeriod } from "../plan/period";
import { Candidate } from "./rules";
import { Draft, Drafts, yearlyAt } from "./resolve";
import { Token, isPunct, isWord } from "./tokens";

/**
 * Refiners, as in chrono-node: after the longest non-overlapping candidates are chosen, neighbours that
 * belong together are merged. Each refiner is small and says why it exists.
 */

/** Longest first, then leftmost: "Quý IV năm 2021" beats the "năm 2021" inside it. */
export function chooseCandidates(all: Candidate[]): Candidate[] {
  const sorted = [...all].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: Candidate[] = [];
  for (const c of sorted) {
    if (chosen.every((k) => c.end <= k.start || c.start >= k.end)) chosen.push(c);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/** True when the tokens between two candidates are only separators (or nothing). */
function onlySeparators(tokens: readonly Token[], from: number, to: number, words: readonly string[]): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (isPunct(t, ",")) continue;
    if (words.some((w) => isWord(t, w))) continue;
    return false;
  }
  return true;
}

function drafts(c: Candidate): Draft[] {
  return typeof c.result === "string" ? [] : c.result;
}

function valid(c: Candidate): boolean {
  return typeof c.result !== "string";
}

/** Why: "định kỳ theo quy định" is one condition, not two. */
function mergeConditions(cs: Candidate[], tokens: readonly Token[], display: string): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cs) {
    const prev = out[out.length - 1];
    if (prev && prev.conditional && c.conditional && onlySeparators(tokens, prev.end, c.start, ["và", "hoặc"])) {
      const condition = display.slice(tokens[prev.start]!.start, tokens[c.end - 1]!.end).trim();
      out[out.length - 1] = { ...prev, end: c.end, result: [{ kind: "conditional", condition, quarters: [] }] };
    } else out.push(c);
  }
  return out;
}

/** Why: "Thường xuyên trong năm, bắt đầu từ quý II/2018" is one ongoing milestone with a start. */
function mergeContinuousStart(cs: Candidate[], tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cs) {
    const prev = out[out.length - 1];
    const pair = prev && ((prev.openContinuous && c.startOnly) || (prev.startOnly && c.openContinuous));
    if (prev && pair && valid(prev) && valid(c) && onlySeparators(tokens, prev.end, c.start, ["và"])) {
      const withStart = (prev.startOnly ? drafts(prev) : drafts(c))[0] as Draft;
      out[out.length - 1] = { ...prev, end: c.end, result: [withStart], openContinuous: false, startOnly: false };
    } else out.push(c);
  }
  return out;
}

/** Why: "Hằng năm theo thông báo của Bộ Tư pháp" is a yearly milestone whose exact date another body sets. */
function attachConditions(cs: Candidate[], tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cs) {
    const prev = out[out.length - 1];
    if (prev && c.conditional && !prev.conditional && valid(prev) && valid(c) && onlySeparators(tokens, prev.end, c.start, [])) {
      const condition = drafts(c)[0]?.condition;
      out[out.length - 1] = { ...prev, end: c.end, result: drafts(prev).map((d) => ({ ...d, condition })) };
    } else out.push(c);
  }
  return out;
}

/** Separators that let "hằng năm" and a day, month or quarter read as one phrase: "Hằng năm, trước 30/6". */
function rhythmJoin(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isPunct(tokens[i], ",:-–")) return false;
  return true;
}

/** Every point of a phrase, the same day each year: "Hằng năm, trong quý I, III" = Q1 and Q3 of every year. */
function yearlyPoints(c: Candidate, plan: PlanPeriod | undefined): Drafts {
  const out: Draft[] = [];
  for (const u of c.points ?? []) {
    const r = yearlyAt(u.point, u.before, plan);
    if (typeof r === "string") return r;
    out.push(...r);
  }
  return out;
}

/**
 * Why: "Hằng năm, trước 30/6", "Hằng năm vào tháng 6", "Hàng năm, trong quý I", "Tháng 6, hằng năm" are one
 * yearly milestone on that day / at the end of that month or quarter — not a yearly milestone on 31/12 plus
 * a dated one (which would invent two deadlines) and not a year left out. The point must have no year of
 * its own (or "năm báo cáo"-like, every year) and touch the rhythm, with only ",", ":" or "-" between.
 *
 * Any other rhythm with a point lacking its year ("Hằng quý, trong tháng 3", "Định kỳ 6 tháng, trước
 * 30/6", "Hằng năm, từ tháng 3 đến tháng 6", "Hằng năm, báo cáo trước 30/6") has no reading we can state
 * exactly — which month of each quarter? which part of the year does the label's date belong to? — so the
 * point is reported as not understood (`unclear-words`) instead of being dated in the plan year.
 */
function mergeRhythmAndPoints(cs: Candidate[], tokens: readonly Token[], plan: PlanPeriod | undefined): Candidate[] {
  if (!cs.some((c) => c.rhythm)) return cs;
  const out: Candidate[] = [];
  for (let k = 0; k < cs.length; k++) {
    const c = cs[k] as Candidate;
    const next = cs[k + 1];
    const pair = (a: Candidate, b: Candidate) => !!a.rhythm && !!b.yearless && !!b.points && rhythmJoin(tokens, a.end, b.start);
    if (next && (pair(c, next) || (next.rhythm && c.yearless && c.points && rhythmJoin(tokens, c.end, next.start)))) {
      const [r, p] = c.rhythm ? [c, next] : [next, c];
      const result: Drafts = r.rhythm?.yearly && valid(r) ? yearlyPoints(p, plan) : "unclear-words";
      out.push({ ...c, end: next.end, result, points: undefined, yearless: false, rhythm: undefined });
      k++;
    } else out.push(c);
  }
  // A rhythm and a point without its year that could not be read together.
  return out.map((c) => (c.yearless && !c.rhythm ? { ...c, result: "unclear-words" } : c));
}

export function refine(cs: Candidate[], tokens: readonly Token[], display: string, plan?: PlanPeriod): Candidate[] {
  const merged = mergeRhythmAndPoints(mergeConditions(cs, tokens, display), tokens, plan);
  return attachConditions(mergeContinuousStart(merged, tokens), tokens);
}
