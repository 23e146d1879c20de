import { Candidate } from "./rules";
import { Draft } from "./resolve";
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

export function refine(cs: Candidate[], tokens: readonly Token[], display: string): Candidate[] {
  return attachConditions(mergeContinuousStart(mergeConditions(cs, tokens, display), tokens), tokens);
}
