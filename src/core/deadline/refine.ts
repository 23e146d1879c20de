import { PlanPeriod } from "../plan/period";
import { Candidate, RuleContext } from "./rules";
import { Draft, Drafts, yearlyAt } from "./resolve";
import { Token, isPunct, isWord } from "./tokens";

/**
 * Refiners, as in chrono-node: the rules propose every candidate they can read; the refiners, one list with one
 * signature, turn them into the phrases of the fragment. The first keeps the longest non-overlapping
 * candidates (chrono's OverlapRemovalRefiner); the others merge neighbours that belong together. A refiner
 * reads only what the rules put in `Candidate.hints` and says why it exists. A new refiner goes into REFINERS,
 * at the place its input needs: each sees what the ones before it left.
 */
export type Refiner = (candidates: readonly Candidate[], ctx: RuleContext) => Candidate[];

/** Why: longest first, then leftmost — "Quý IV năm 2021" beats the "năm 2021" inside it. */
export const removeOverlaps: Refiner = (all) => {
  const sorted = [...all].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: Candidate[] = [];
  for (const c of sorted) {
    if (chosen.every((k) => c.end <= k.start || c.start >= k.end)) chosen.push(c);
  }
  return chosen.sort((a, b) => a.start - b.start);
};

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
export const mergeConditions: Refiner = (cs, { tokens, display }) => {
  const out: Candidate[] = [];
  for (const c of cs) {
    const prev = out[out.length - 1];
    if (prev && prev.hints.conditional && c.hints.conditional && onlySeparators(tokens, prev.end, c.start, ["và", "hoặc"])) {
      const condition = display.slice(tokens[prev.start]!.start, tokens[c.end - 1]!.end).trim();
      out[out.length - 1] = { ...prev, end: c.end, result: [{ kind: "conditional", condition, quarters: [] }] };
    } else out.push(c);
  }
  return out;
};

/** Why: "Thường xuyên trong năm, bắt đầu từ quý II/2018" is one ongoing milestone with a start. */
export const mergeContinuousStart: Refiner = (cs, { tokens }) => {
  const out: Candidate[] = [];
  for (const c of cs) {
    const prev = out[out.length - 1];
    const pair = prev && ((prev.hints.openContinuous && c.hints.startOnly) || (prev.hints.startOnly && c.hints.openContinuous));
    if (prev && pair && valid(prev) && valid(c) && onlySeparators(tokens, prev.end, c.start, ["và"])) {
      const withStart = (prev.hints.startOnly ? drafts(prev) : drafts(c))[0] as Draft;
      const hints = { ...prev.hints, openContinuous: false, startOnly: false };
      out[out.length - 1] = { ...prev, end: c.end, result: [withStart], hints };
    } else out.push(c);
  }
  return out;
};

/** Why: "Hằng năm theo thông báo của Bộ Tư pháp" is a yearly milestone whose exact date another body sets. */
export const attachConditions: Refiner = (cs, { tokens }) => {
  const out: Candidate[] = [];
  for (const c of cs) {
    const prev = out[out.length - 1];
    const qualifies = prev && c.hints.conditional && !prev.hints.conditional && valid(prev) && valid(c);
    if (prev && qualifies && onlySeparators(tokens, prev.end, c.start, [])) {
      const condition = drafts(c)[0]?.condition;
      out[out.length - 1] = { ...prev, end: c.end, result: drafts(prev).map((d) => ({ ...d, condition })) };
    } else out.push(c);
  }
  return out;
};

/** Separators that let "hằng năm" and a day, month or quarter read as one phrase: "Hằng năm, trước 30/6". */
function rhythmJoin(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isPunct(tokens[i], ",:-–")) return false;
  return true;
}

/** Every point of a phrase, the same day each year: "Hằng năm, trong quý I, III" = Q1 and Q3 of every year. */
function yearlyPoints(c: Candidate, plan: PlanPeriod | undefined): Drafts {
  const out: Draft[] = [];
  for (const u of c.hints.points ?? []) {
    const r = yearlyAt(u.point, u.before, plan);
    if (typeof r === "string") return r;
    out.push(...r);
  }
  return out;
}

/** A point without its year, kept unresolved for a rhythm to date ("trước 30/6", "tháng 6"). */
function yearlessPoint(c: Candidate): boolean {
  return !!c.hints.yearless && !!c.hints.points;
}

/** Neighbours, in this order, that are a rhythm and a year-less point touching: "Hằng năm, trước 30/6", "Tháng 6, hằng năm". */
function rhythmPair(first: Candidate, second: Candidate, tokens: readonly Token[]): boolean {
  const either = (!!first.hints.rhythm && yearlessPoint(second)) || (!!second.hints.rhythm && yearlessPoint(first));
  return either && rhythmJoin(tokens, first.end, second.start);
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
export const mergeRhythmAndPoints: Refiner = (cs, { tokens, plan }) => {
  if (!cs.some((c) => c.hints.rhythm)) return [...cs];
  const out: Candidate[] = [];
  for (let k = 0; k < cs.length; k++) {
    const c = cs[k] as Candidate;
    const next = cs[k + 1];
    if (next && rhythmPair(c, next, tokens)) {
      const [r, p] = c.hints.rhythm ? [c, next] : [next, c];
      const result: Drafts = r.hints.rhythm?.yearly && valid(r) ? yearlyPoints(p, plan) : "unclear-words";
      const hints = { ...c.hints, points: undefined, yearless: false, rhythm: undefined };
      out.push({ ...c, end: next.end, result, hints });
      k++;
    } else out.push(c);
  }
  // A rhythm and a point without its year that could not be read together.
  return out.map((c) => (c.hints.yearless && !c.hints.rhythm ? { ...c, result: "unclear-words" } : c));
};

/**
 * Every refiner, in the order they run: overlaps first (the merges look at neighbours among the chosen), then
 * conditions with each other before a condition qualifies its neighbour, and the rhythm merge before the
 * ongoing/start merge — the order the results have always been computed in.
 */
export const REFINERS: readonly Refiner[] = [removeOverlaps, mergeConditions, mergeRhythmAndPoints, mergeContinuousStart, attachConditions];

/** Runs the refiners over a fragment's candidates (all of REFINERS unless told which). */
export function refine(candidates: readonly Candidate[], ctx: RuleContext, refiners: readonly Refiner[] = REFINERS): Candidate[] {
  return refiners.reduce<Candidate[]>((cs, refiner) => refiner(cs, ctx), [...candidates]);
}
