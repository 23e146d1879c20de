import { PlanPeriod } from "../plan/period";
import { PointInYear } from "./calendar";
import { PointMatch, YearRef, pointAt, quarterNumeral, yearSpec } from "./points";
import { Draft, Drafts, atPoint, between, continuous, rhythm, startingAt, yearlyFrom } from "./resolve";
import { Token, isPunct, isWord, matchAny, matchPhrase, numberAt } from "./tokens";
import { Rhythm } from "./types";

/**
 * The rules: each recognises one family of deadline phrases at a token position and says what it means.
 * Like chrono-node's parsers they only propose candidates; the refiners (refine.ts) then keep the longest
 * non-overlapping ones and merge neighbours, guided by the candidates' `hints`. A rule that recognises the shape of a
 * phrase but finds it impossible ("Quý V/2021", "31/02/2021") still claims it, with the reason, so that a
 * shorter rule cannot read a piece of it ("năm 2021" out of "Quý V năm 2021").
 */

export interface RuleContext {
  readonly tokens: readonly Token[];
  readonly plan: PlanPeriod | undefined;
  /** The fragment's display text, for conditions quoted as written. */
  readonly display: string;
}

export interface Candidate {
  readonly rule: string;
  readonly start: number;
  readonly end: number;
  readonly result: Drafts;
  /** What the refiners may join this candidate with (refine.ts); empty for most. */
  readonly hints: Hints;
}

/**
 * The one contract between rules and refiners: what a rule knows of its phrase that lets a neighbour complete
 * it. Each field is read by the refiners named beside it and by nothing else.
 */
export interface Hints {
  /** Conditional phrases ("Sau khi …", "Theo …") merge with each other and can qualify a neighbour
   *  (mergeConditions, attachConditions). */
  readonly conditional?: boolean;
  /** "Thường xuyên" without a start, which a following "bắt đầu từ …" completes (mergeContinuousStart). */
  readonly openContinuous?: boolean;
  /** A start ("bắt đầu từ quý II/2018") that can complete a neighbouring "Thường xuyên" (mergeContinuousStart). */
  readonly startOnly?: boolean;
  /**
   * The points a point, "trước" or list phrase was read from, kept unresolved so that a neighbouring
   * "hằng năm" can turn them into yearly milestones ("Hằng năm, trước 30/6") (mergeRhythmAndPoints).
   */
  readonly points?: readonly PointUse[];
  /** Some year was left out or given as every year ("Tháng 6", "Từ tháng 3 đến tháng 6", "Quý I năm kế hoạch")
   *  (mergeRhythmAndPoints). */
  readonly yearless?: boolean;
  /** A rhythm phrase ("Hằng năm", "Định kỳ hằng quý"); `yearly` when it is just "every year", unbounded
   *  (mergeRhythmAndPoints). */
  readonly rhythm?: { readonly yearly: boolean };
}

/** A point as a rule used it: read "at" it (due at its end) or "before" it. */
export interface PointUse {
  readonly point: PointInYear;
  readonly year: YearRef;
  readonly before: boolean;
}

/** The year was not written as a year ("Tháng 6", "Quý I năm kế hoạch", "Trước 25/12 hằng năm"). */
function yearlessRef(y: YearRef): boolean {
  return y.type === "missing" || y.type === "every";
}

function pointHints(uses: PointUse[]): Hints {
  return { points: uses, yearless: uses.some((u) => yearlessRef(u.year)) };
}

export type Rule = (ctx: RuleContext, i: number) => Candidate | null;

// Words before a point that do not change when it falls due: "trong quý I", "vào tháng 7", "đến năm 2025"
// (by 2025), "đến hết quý IV", "chậm nhất là ngày 31/12". Longest first.
const NEUTRAL = [
  "chậm nhất là",
  "chậm nhất vào",
  "chậm nhất trong",
  "chậm nhất",
  "đến hết",
  "tới hết",
  "trong",
  "vào",
  "đến",
  "tới",
  "hết",
];

function skipNeutral(tokens: readonly Token[], i: number): number {
  return matchAny(tokens, i, NEUTRAL)?.end ?? i;
}

/** "cuối" before a period: its end, which is when it falls due anyway ("cuối năm 2021", "cuối quý IV"). */
function skipEnd(tokens: readonly Token[], i: number): number {
  return isWord(tokens[i], "cuối") ? i + 1 : i;
}

function candidate(rule: string, start: number, end: number, result: Drafts, hints: Hints = {}): Candidate {
  return { rule, start, end, result, hints };
}

/** Why: the common case — "Quý IV năm 2021", "Trong tháng 12/2018", "Năm 2022", "Quý I năm kế hoạch". */
export const pointRule: Rule = ({ tokens, plan }, i) => {
  const j = skipNeutral(tokens, i);
  const k = skipEnd(tokens, j);
  const p = pointAt(tokens, k);
  if (!p) return null;
  // "cuối" names the end of a period; "cuối 31/12/2021" is not a phrase.
  if (k > j && p.point.unit === "date") return null;
  // The bare word "năm" only means "the year" after a connector ("trong năm", "cuối năm").
  if (p.bareYearWord && k === i) return null;
  return candidate("point", i, p.end, atPoint(p.point, p.year, plan, false), pointHints([{ point: p.point, year: p.year, before: false }]));
};

/** Why: "trước" moves the due date — "trước tháng 12/2021" is due 30/11/2021; "trước ngày 28/02/2022" is that day. */
export const beforeRule: Rule = ({ tokens, plan }, i) => {
  if (!isWord(tokens[i], "trước")) return null;
  const p = pointAt(tokens, i + 1);
  if (!p || p.bareYearWord) return null;
  return candidate("before", i, p.end, atPoint(p.point, p.year, plan, true), pointHints([{ point: p.point, year: p.year, before: true }]));
};

const FROM = ["bắt đầu từ", "kể từ", "bắt đầu", "từ"];

function startsFrom(ctx: RuleContext, i: number, p: PointMatch, end: number, rule: string): Candidate {
  if (p.year.type === "every") return candidate(rule, i, end, "unknown");
  return candidate(rule, i, end, startingAt(p.point, p.year, ctx.plan), { startOnly: true, yearless: yearlessRef(p.year) });
}

/** Why: "Từ năm 2021", "bắt đầu từ quý II/2018", "Năm 2022 trở đi" start something that then continues. */
export const fromRule: Rule = (ctx, i) => {
  const { tokens } = ctx;
  const from = matchAny(tokens, i, FROM);
  const j = from ? from.end : i;
  const p = pointAt(tokens, j);
  if (!p || p.bareYearWord) return null;
  const onwards = matchPhrase(tokens, p.end, "trở đi");
  if (!from && onwards < 0) return null;
  return startsFrom(ctx, i, p, onwards > 0 ? onwards : p.end, "from");
};

const RANGE_SEP_WORDS = ["đến hết", "tới hết", "đến", "tới"];

function rangeSeparator(tokens: readonly Token[], i: number): number {
  if (isPunct(tokens[i], "-–—")) return i + 1;
  return matchAny(tokens, i, RANGE_SEP_WORDS)?.end ?? -1;
}

/** A year written alone ("2025") inside a range such as "2021 - 2025" or "Năm 2021 - 2022". */
function yearAlone(tokens: readonly Token[], i: number): PointMatch | null {
  const n = numberAt(tokens, i, 4, 4);
  return n ? { end: i + 1, point: { unit: "year" }, year: { type: "explicit", year: n.value } } : null;
}

const RANGE_PREFIX = ["trong giai đoạn", "giai đoạn", "từ"];

/** Why: "Năm 2021 - 2022", "2021 - 2025", "Từ tháng 3 đến tháng 6/2021", "giai đoạn 2021-2025" run over a span. */
export const rangeRule: Rule = ({ tokens, plan }, i) => {
  const prefix = matchAny(tokens, i, RANGE_PREFIX);
  const j = prefix ? prefix.end : i;
  const p1 = pointAt(tokens, j) ?? yearAlone(tokens, j);
  if (!p1 || p1.bareYearWord) return null;
  const k = rangeSeparator(tokens, p1.end);
  if (k < 0) return null;
  const yearly = p1.point.unit === "year";
  const p2 = pointAt(tokens, k) ?? (yearly ? yearAlone(tokens, k) : null);
  if (!p2 || p2.bareYearWord) return null;
  if (p1.point.unit !== "year" && p2.point.unit === "year" && p1.year.type !== "missing") return null;
  return candidate("range", i, p2.end, between(p1.point, p1.year, p2.point, p2.year, plan), {
    yearless: yearlessRef(p1.year) || yearlessRef(p2.year),
  });
};

type Unit = "quarter" | "month";

/** A quarter or month number without its keyword (the "IV" of "Quý III - IV/2021", the "8" of "tháng 6, 8"). */
function bareNumber(tokens: readonly Token[], i: number, unit: Unit): { point: PointInYear; end: number } | null {
  const keyword = unit === "quarter" ? "quý" : "tháng";
  const j = isWord(tokens[i], keyword) ? i + 1 : i;
  if (unit === "quarter") {
    const n = quarterNumeral(tokens, j);
    return n ? { point: { unit: "quarter", quarter: n.value }, end: n.end } : null;
  }
  const n = numberAt(tokens, j, 1, 2);
  return n ? { point: { unit: "month", month: n.value }, end: j + 1 } : null;
}

function unitStart(tokens: readonly Token[], i: number): { unit: Unit; first: { point: PointInYear; end: number } } | null {
  for (const unit of ["quarter", "month"] as const) {
    const keyword = unit === "quarter" ? "quý" : "tháng";
    if (!isWord(tokens[i], keyword)) continue;
    const first = bareNumber(tokens, i, unit);
    if (first) return { unit, first };
  }
  return null;
}

/** Why: "Quý III - IV/2021", "tháng 6 đến tháng 8 năm 2021": two periods sharing the year written after them. */
export const compactRangeRule: Rule = ({ tokens, plan }, i) => {
  const j = isWord(tokens[i], "từ") ? i + 1 : i;
  const start = unitStart(tokens, j);
  if (!start) return null;
  const k = rangeSeparator(tokens, start.first.end);
  if (k < 0) return null;
  const second = bareNumber(tokens, k, start.unit);
  if (!second) return null;
  const y = yearSpec(tokens, second.end, true);
  if (y.year.type === "every") return null;
  return candidate("compact-range", i, y.end, between(start.first.point, y.year, second.point, y.year, plan), {
    yearless: yearlessRef(y.year),
  });
};

function listSeparator(tokens: readonly Token[], i: number): number {
  if (isPunct(tokens[i], ",&+")) return isWord(tokens[i + 1], "và") ? i + 2 : i + 1;
  return isWord(tokens[i], "và") ? i + 1 : -1;
}

function collect(results: Drafts[]): Drafts {
  const out: Draft[] = [];
  for (const r of results) {
    if (typeof r === "string") return r;
    out.push(...r);
  }
  return out;
}

/** Why: "Quí II, III năm 2021", "tháng 6 và tháng 12/2021": one milestone per period, all in the year written last. */
export const listRule: Rule = ({ tokens, plan }, i) => {
  const j = skipNeutral(tokens, i);
  const start = unitStart(tokens, j);
  if (!start) return null;
  const items = [start.first];
  let end = start.first.end;
  for (;;) {
    const k = listSeparator(tokens, end);
    if (k < 0) break;
    const next = bareNumber(tokens, k, start.unit);
    if (!next) break;
    items.push(next);
    end = next.end;
  }
  if (items.length < 2) return null;
  const y = yearSpec(tokens, end, true);
  const uses = items.map((it): PointUse => ({ point: it.point, year: y.year, before: false }));
  return candidate("list", i, y.end, collect(items.map((it) => atPoint(it.point, y.year, plan, false))), pointHints(uses));
};

/** Why: "Năm 2021, 2022" and "năm 2021 và năm 2022" name each year. */
export const yearListRule: Rule = ({ tokens, plan }, i) => {
  const j = skipNeutral(tokens, i);
  if (!isWord(tokens[j], "năm")) return null;
  const years: YearRef[] = [];
  let k = j + 1;
  for (;;) {
    const n = numberAt(tokens, k, 4, 4);
    if (!n) break;
    years.push({ type: "explicit", year: n.value });
    const sep = listSeparator(tokens, k + 1);
    if (sep < 0 || !(numberAt(tokens, sep, 4, 4) || (isWord(tokens[sep], "năm") && numberAt(tokens, sep + 1, 4, 4)))) {
      k++;
      break;
    }
    k = isWord(tokens[sep], "năm") ? sep + 1 : sep;
  }
  if (years.length < 2) return null;
  return candidate("year-list", i, k, collect(years.map((y) => atPoint({ unit: "year" }, y, plan, false))));
};

const NEXT_YEARS = ["các năm tiếp theo", "những năm tiếp theo", "các năm sau", "những năm sau", "các năm tiếp", "hằng năm", "mỗi năm"];

/** Why: "Năm 2022 và các năm tiếp theo" — that year, then every year after it. */
export const nextYearsRule: Rule = ({ tokens, plan }, i) => {
  let j = isWord(tokens[i], "từ") ? i + 1 : i;
  if (isWord(tokens[j], "năm")) j++;
  const n = numberAt(tokens, j, 4, 4);
  if (!n) return null;
  let k = j + 1;
  if (isPunct(tokens[k], ",")) k++;
  if (!isWord(tokens[k], "và")) return null;
  const rest = matchAny(tokens, k + 1, NEXT_YEARS);
  if (!rest) return null;
  return candidate("next-years", i, rest.end, yearlyFrom(n.value, plan));
};

interface RhythmUnit {
  readonly every: Rhythm | "day";
  readonly interval: number;
  readonly end: number;
}

/** A unit of a rhythm: "năm", "quý", "tháng", "tuần", "ngày", "6 tháng", "sáu tháng", "nửa năm". */
function rhythmUnit(tokens: readonly Token[], i: number): RhythmUnit | null {
  const six = numberAt(tokens, i, 1, 2);
  if ((six?.value === 6 || isWord(tokens[i], "sáu")) && isWord(tokens[i + 1], "tháng")) return { every: "month", interval: 6, end: i + 2 };
  if (matchPhrase(tokens, i, "nửa năm") > 0) return { every: "month", interval: 6, end: i + 2 };
  const units: ReadonlyArray<[string, Rhythm | "day"]> = [
    ["năm", "year"],
    ["quý", "quarter"],
    ["tháng", "month"],
    ["tuần", "week"],
    ["ngày", "day"],
  ];
  for (const [word, every] of units) if (isWord(tokens[i], word)) return { every, interval: 1, end: i + 1 };
  return null;
}

const EACH = ["hằng", "mỗi"];
const PERIODIC = ["định kỳ"];

/**
 * One item of a rhythm: "hằng quý", "định kỳ hằng tháng", "định kỳ 6 tháng", "mỗi năm một lần". A bare unit
 * ("6 tháng" in "hằng quý, 6 tháng, hằng năm") only counts inside a list that started with a rhythm word.
 */
function rhythmItem(tokens: readonly Token[], i: number, bareAllowed: boolean): RhythmUnit | null {
  const periodic = matchAny(tokens, i, PERIODIC);
  let j = periodic ? periodic.end : i;
  const each = matchAny(tokens, j, EACH);
  if (each) j = each.end;
  if (!periodic && !each && !bareAllowed) return null;
  const unit = rhythmUnit(tokens, j);
  if (!unit) return null;
  // "hằng năm 2021", "định kỳ quý I": a number after the unit makes it a period, not a rhythm.
  const next = tokens[unit.end];
  if (next && (next.kind === "num" || quarterNumeral(tokens, unit.end)) && !isPunct(next, ",")) return null;
  if (isPunct(next, "/-.") && numberAt(tokens, unit.end + 1)) return null;
  let end = unit.end;
  const once = matchAny(tokens, end, ["một lần", "1 lần"]);
  if (once) end = once.end;
  else if (isPunct(tokens[end], "/") && isWord(tokens[end + 1], "lần")) end += 2;
  return { ...unit, end };
}

/** Why: "Hằng năm", "Định kỳ hàng quý", "Báo cáo định kỳ hàng quý trong năm", "hằng quý, 6 tháng, hằng năm". */
export const rhythmRule: Rule = ({ tokens, plan }, i) => {
  const first = rhythmItem(tokens, i, false);
  if (!first) return null;
  const items = [first];
  let end = first.end;
  for (;;) {
    let k = listSeparator(tokens, end);
    if (k < 0 && isWord(tokens[end], "hoặc")) k = end + 1;
    if (k < 0) break;
    const next = rhythmItem(tokens, k, true);
    if (!next) break;
    items.push(next);
    end = next.end;
  }
  // "… trong năm" (within the year) adds nothing; "… trong năm 2021" bounds it to that year.
  let years: { from: number; to: number } | undefined;
  const within = matchPhrase(tokens, end, "trong năm");
  if (within > 0) {
    const n = numberAt(tokens, within, 4, 4);
    if (n) {
      years = { from: n.value, to: n.value };
      end = within + 1;
    } else end = within;
  }
  const drafts = items.map((it): Drafts => (it.every === "day" ? continuous(plan) : rhythm(it.every, it.interval, plan, years)));
  if (years && (years.from < 1990 || years.from > 2100)) return candidate("rhythm", i, end, "out-of-range");
  const yearly = items.length === 1 && first.every === "year" && first.interval === 1 && !years;
  return candidate("rhythm", i, end, collect(drafts), { rhythm: { yearly } });
};

const ONGOING = ["thường xuyên", "liên tục", "hằng ngày", "mỗi ngày"];

/** Why: "Thường xuyên", "Thường xuyên trong năm", "Thường xuyên trong năm 2018", "Thường xuyên, liên tục". */
export const continuousRule: Rule = ({ tokens, plan }, i) => {
  const first = matchAny(tokens, i, ONGOING);
  if (!first) return null;
  let end = first.end;
  const more = matchAny(tokens, isPunct(tokens[end], ",") || isWord(tokens[end], "và") ? end + 1 : end, ONGOING);
  if (more) end = more.end;
  const within = matchAny(tokens, end, ["trong năm", "hằng năm", "mỗi năm", "trong cả năm"]);
  let year: number | undefined;
  if (within) {
    end = within.end;
    const n = numberAt(tokens, end, 4, 4);
    if (n && within.phrase !== "hằng năm" && within.phrase !== "mỗi năm") {
      year = n.value;
      end++;
    }
  }
  return candidate("continuous", i, end, continuous(plan, year), { openContinuous: true });
};

// Phrases that tie a task to an outside event or another schedule: understood, but with no date of their
// own. They run to the end of the fragment ("Sau khi có hướng dẫn của Bộ, ngành TW").
const CONDITIONS = [
  "ngay sau khi",
  "sau khi",
  "sau mỗi",
  "sau các",
  "sau đợt",
  "sau từng",
  "khi có",
  "khi được",
  "khi cần thiết",
  "theo quy định",
  "theo tiến độ",
  "theo kế hoạch",
  "theo thời gian",
  "theo thời hạn",
  "theo thông báo",
  "theo hướng dẫn",
  "theo yêu cầu",
  "theo chỉ đạo",
  "theo lộ trình",
  "theo lịch",
  "theo văn bản",
  "theo đề nghị",
  "theo chương trình",
  "theo định kỳ",
  "đúng tiến độ",
  "đúng thời gian",
  "đúng thời hạn",
  "đúng quy định",
  "đột xuất",
];

// A session of the National Assembly or a People's Council named without a date ("Kỳ họp thứ nhất Quốc hội
// khóa XVI"): its date is set elsewhere. With a number it is a dated phrase the rules read or refuse
// ("Kỳ họp thứ 2/2021" stays unclear: the session's number is not a month).
const SESSIONS = ["kỳ họp", "tại kỳ họp"];

/** Why: "Sau khi có hướng dẫn …", "Theo quy định của Trung ương", "Theo tiến độ phê duyệt", "Theo kế hoạch". */
export const conditionRule: Rule = ({ tokens, display }, i) => {
  const hit = matchAny(tokens, i, CONDITIONS) || (!tokens.some((t) => t.kind === "num") && matchAny(tokens, i, SESSIONS));
  if (!hit) return null;
  const last = tokens[tokens.length - 1] as Token;
  const condition = display.slice(tokens[i]!.start, last.end).trim();
  return candidate("condition", i, tokens.length, [{ kind: "conditional", condition, quarters: [] }], { conditional: true });
};

/** Why: "định kỳ" with no rhythm ("định kỳ báo cáo kết quả"): periodic on a schedule set elsewhere. */
export const periodicRule: Rule = ({ tokens, display }, i) => {
  const theo = isWord(tokens[i], "theo") ? i + 1 : i;
  const end = matchPhrase(tokens, theo, "định kỳ");
  if (end < 0) return null;
  const condition = display.slice(tokens[i]!.start, tokens[end - 1]!.end);
  return candidate("periodic", i, end, [{ kind: "conditional", condition, quarters: [] }], { conditional: true });
};

/** Why: a cell holding only a year ("2021", "Trong 2021"), as some tables write it. */
export const bareYearRule: Rule = ({ tokens, plan }, i) => {
  if (i !== 0) return null;
  const j = skipNeutral(tokens, i);
  const n = numberAt(tokens, j, 4, 4);
  if (!n || j + 1 !== tokens.length) return null;
  return candidate("bare-year", i, j + 1, atPoint({ unit: "year" }, { type: "explicit", year: n.value }, plan, false));
};

/** Every rule, for the composition; order only breaks ties between candidates of equal length. */
export const RULES: readonly Rule[] = [
  rangeRule,
  compactRangeRule,
  listRule,
  yearListRule,
  nextYearsRule,
  beforeRule,
  fromRule,
  pointRule,
  rhythmRule,
  continuousRule,
  conditionRule,
  periodicRule,
  bareYearRule,
];

/** Every candidate every rule proposes at every token position, for the refiners to choose from. */
export function propose(ctx: RuleContext, rules: readonly Rule[] = RULES): Candidate[] {
  const all: Candidate[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    // Every phrase starts with a word or a number, never with punctuation.
    if (ctx.tokens[i]!.kind === "punct") continue;
    for (const rule of rules) {
      const c = rule(ctx, i);
      if (c && c.end > c.start) all.push(c);
    }
  }
  return all;
}
