import { PlanPeriod } from "../plan/period";
import { normalizeTonePlacement } from "../text/normalize";
import { splitFragments } from "./fragments";
import { approximatePhrase, clauses, followUpLabel, followUpPhrase, isDuration, mergeContinuous, withoutIfAny } from "./qualifications";
import { checkGap } from "./labels";
import { refine } from "./refine";
import { Draft } from "./resolve";
import { Candidate, RuleContext, propose } from "./rules";
import { Token, tokenize } from "./tokens";
import { DeadlineResult, Milestone, UnparsedFragment, UnparsedReason } from "./types";

export interface ParseDeadlineOptions {
  /** The plan's period: resolves "năm báo cáo", "năm kế hoạch", "hằng năm" and a year left out. */
  readonly planPeriod?: PlanPeriod;
}

type FragmentResult = { milestones: Milestone[] } | { reason: UnparsedReason };

function slice(display: string, tokens: readonly Token[], first: number, last: number): string {
  return display.slice(tokens[first]!.start, tokens[last]!.end).trim();
}

/**
 * Labels go with the phrase they precede ("Ban hành kế hoạch trong quý I/2021") unless the fragment starts
 * with a date, in which case they follow it ("Quý II/2018 phê duyệt Đề án"). Words after the last phrase
 * of a labels-first fragment join its label.
 */
function labelsFor(chosen: readonly Candidate[], tokens: readonly Token[], display: string): Array<string | undefined> | null {
  const n = chosen.length;
  const gaps: Array<string | undefined> = [];
  for (let g = 0; g <= n; g++) {
    const from = g === 0 ? 0 : chosen[g - 1]!.end;
    const to = g === n ? tokens.length : chosen[g]!.start;
    const check = checkGap(tokens, from, to, g > 0, g < n);
    if (!check.ok) return null;
    gaps.push("first" in check ? slice(display, tokens, check.first, check.last) : undefined);
  }
  if (gaps[0] !== undefined) {
    return chosen.map((_, k) => {
      if (k < n - 1) return gaps[k];
      const parts = [gaps[k], gaps[n]].filter((s): s is string => s !== undefined);
      return parts.length ? parts.join(" ") : undefined;
    });
  }
  return chosen.map((_, k) => gaps[k + 1]);
}

// Labels and conditions are shown and compared: give them the new-style tone placement ("hoá" → "hóa").
function withLabel(d: Draft, label: string | undefined, text: string): Milestone {
  const draft = d.condition === undefined ? d : { ...d, condition: normalizeTonePlacement(d.condition) };
  return label === undefined ? { ...draft, text } : { label: normalizeTonePlacement(label), ...draft, text };
}

function parseFragment(display: string, planPeriod: PlanPeriod | undefined): FragmentResult {
  const tokens = tokenize(display);
  const ctx: RuleContext = { tokens, plan: planPeriod, display };
  const chosen = refine(propose(ctx), ctx);
  if (chosen.length === 0) return { reason: "unknown" };
  for (const c of chosen) if (typeof c.result === "string") return { reason: c.result };
  const labels = labelsFor(chosen, tokens, display);
  if (!labels) return { reason: "unclear-words" };
  const milestones = chosen.flatMap((c, k) => (c.result as Draft[]).map((d) => withLabel(d, labels[k], display)));
  return { milestones };
}

/**
 * Reads a deadline cell. Pure: no I/O, no clock — relative phrases are resolved against `planPeriod` only.
 *
 * A blank cell (nothing but spaces, bullets or punctuation) gives `understood: false` with no milestones and
 * nothing unparsed: it is not unreadable, it is missing, and validation reports MISSING_DEADLINE for it.
 * A cell with some fragments understood and some not is not understood; it keeps the milestones it could
 * read and lists the rest in `unparsed`.
 */
/**
 * A fragment the rules cannot read whole: its clauses, each a date phrase or a follow-up (qualifications.ts).
 * Every clause must be read, or the fragment stays unread with its first reason.
 */
function parseClauses(fragment: string, planPeriod: PlanPeriod | undefined): FragmentResult | null {
  const parts = clauses(withoutIfAny(fragment));
  const out: Milestone[] = [];
  // Several clauses: one must name its year in full ("… năm 2026"), so that a follow-up has a date to follow.
  // One clause: only a continuous task ("Nhiệm vụ thường xuyên", "Bắt đầu triển khai từ năm 2026").
  if (parts.length > 1 && !parts.some((p) => /\b\d{4}\b/u.test(p) && "milestones" in parseFragment(p, planPeriod))) return null;
  // A clause that says nothing of time on its own ("có rà soát, sửa đổi, bổ sung") belongs to the next one.
  let pending = "";
  for (const piece of parts) {
    const part = pending ? `${pending}, ${piece}` : piece;
    const direct = parseFragment(part, planPeriod);
    if ("milestones" in direct) {
      out.push(...direct.milestones);
      pending = "";
      continue;
    }
    const phrase = followUpPhrase(part);
    if (!phrase) {
      if (/\d/u.test(part)) return null;
      pending = part;
      continue;
    }
    if (parts.length === 1 && phrase === "Hằng năm") return null;
    const follow = parseFragment(phrase, planPeriod);
    if (!("milestones" in follow)) return null;
    const label = followUpLabel(part);
    out.push(...follow.milestones.map((m) => ({ ...m, ...(label ? { label: normalizeTonePlacement(label) } : {}), text: part })));
    pending = "";
  }
  if (pending) return null;
  return out.length ? { milestones: mergeContinuous(out) } : null;
}

/**
 * The longest cell read as a deadline. Real deadline cells hold a few phrases (the longest cell of any kind in
 * the 17 real 2025 tables, test/fixtures/real, has 1,182 characters, and it is a task); reading stays linear,
 * but a 32,767-character cell still costs a fifth of a second, so longer text is reported unread ("too-long")
 * rather than read at length. Never silently: the cell is UNPARSEABLE_DEADLINE with that reason.
 */
export const MAX_DEADLINE_CHARS = 2_000;

// A closing remark in parentheses with no number in it (so no date of its own): "(sau khi …)", "(theo yêu cầu …)".
const TRAILING_REMARK = /^(.*[\p{L}\p{N}].*?)\s*\(([^()\d]*[\p{L}][^()\d]*)\)$/u;

/** The fragment read without its closing remark, the remark kept on the milestones; null when that does not read. */
function withRemark(fragment: string, planPeriod: PlanPeriod | undefined): { milestones: Milestone[] } | null {
  const m = TRAILING_REMARK.exec(fragment);
  if (!m) return null;
  const head = (m[1] as string).trim();
  const remark = (m[2] as string).trim();
  let r = parseFragment(head, planPeriod);
  if ("reason" in r) r = parseClauses(head, planPeriod) ?? r;
  if ("reason" in r) return null;
  return { milestones: r.milestones.map((ms) => ({ ...ms, remark, text: fragment })) };
}

export function parseDeadline(text: string, options: ParseDeadlineOptions = {}): DeadlineResult {
  if (text.length > MAX_DEADLINE_CHARS && /[\p{L}\p{N}]/u.test(text)) {
    return { text, understood: false, milestones: [], unparsed: [text], problems: [{ text, reason: "too-long" }] };
  }
  const milestones: Milestone[] = [];
  const problems: UnparsedFragment[] = [];
  for (const fragment of splitFragments(text)) {
    if (isDuration(fragment)) {
      problems.push({ text: fragment, reason: "duration" });
      continue;
    }
    let r = parseFragment(fragment, options.planPeriod);
    const approx = "reason" in r ? approximatePhrase(fragment) : null;
    if (approx) {
      const read = parseFragment(approx.phrase, options.planPeriod);
      if ("milestones" in read) r = { milestones: read.milestones.map((m) => ({ ...m, approximate: approx.words, text: fragment })) };
    }
    if ("reason" in r && r.reason !== "impossible-date" && r.reason !== "out-of-range" && r.reason !== "two-digit-year")
      r = parseClauses(fragment, options.planPeriod) ?? r;
    // Read whole, a closing remark may pass for a condition ("(theo yêu cầu …)"): the date with its remark wins.
    const remarked = fragment.endsWith(")") ? withRemark(fragment, options.planPeriod) : null;
    if (remarked && ("reason" in r || r.milestones.length > remarked.milestones.length)) r = remarked;
    if ("reason" in r) problems.push({ text: fragment, reason: r.reason });
    else milestones.push(...r.milestones);
  }
  const result: DeadlineResult = {
    text,
    understood: milestones.length > 0 && problems.length === 0,
    milestones: mergeContinuous(milestones),
    unparsed: problems.map((p) => p.text),
  };
  if (problems.length > 0) result.problems = problems;
  return result;
}
