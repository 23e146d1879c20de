import { PointInYear } from "./calendar";
import { Token, isPunct, isWord, matchAny, matchPhrase, numberAt } from "./tokens";
import { UnparsedReason } from "./types";

/**
 * Points in time as plans write them: a quarter, a month, a day, a half-year or a year, each followed by
 * how its year is given. Points are the building blocks of the rules (rules.ts) that add the words around
 * them ("trước", "từ … đến …", "trong").
 */

export type YearRef =
  | { readonly type: "explicit"; readonly year: number }
  /** "năm báo cáo", "năm kế hoạch", "hằng năm", "mỗi năm": the same point in every year. */
  | { readonly type: "every" }
  /** No year written ("Tháng 6", "Trước 31/12"): only a one-year plan period can supply it. */
  | { readonly type: "missing" }
  | { readonly type: "bad"; readonly reason: UnparsedReason };

export interface PointMatch {
  readonly end: number;
  readonly point: PointInYear;
  readonly year: YearRef;
  /** The bare word "năm" with no year ("trong năm"): only meaningful after a connector. */
  readonly bareYearWord?: boolean;
}

const MISSING: YearRef = { type: "missing" };
const EVERY: YearRef = { type: "every" };

/** A written year: four digits; "21" is refused rather than read as 2021 (it could be 1921 as well). */
function yearFromDigits(value: number, digits: number): YearRef {
  if (digits === 4) return { type: "explicit", year: value };
  return { type: "bad", reason: digits === 2 ? "two-digit-year" : "out-of-range" };
}

// "năm báo cáo" (the year being reported on) and "năm kế hoạch" (the plan year) recur with the plan.
const RELATIVE_YEAR = ["báo cáo", "kế hoạch"];
const EVERY_YEAR = ["hằng năm", "mỗi năm"];

/**
 * How the year follows a point: "/2021", "-2021", ".2021" (when `slash`), "năm 2021", ", năm 2021", " 2021",
 * "năm báo cáo", "năm kế hoạch", "hằng năm", or nothing.
 */
export function yearSpec(tokens: readonly Token[], i: number, slash: boolean): { end: number; year: YearRef } {
  if (slash && isPunct(tokens[i], "/-.–—")) {
    const n = numberAt(tokens, i + 1, 1, 8);
    if (n) return { end: i + 2, year: yearFromDigits(n.value, n.digits) };
  }
  const j = isPunct(tokens[i], ",") && isWord(tokens[i + 1], "năm") ? i + 1 : i;
  if (isWord(tokens[j], "năm")) {
    const n = numberAt(tokens, j + 1, 1, 8);
    if (n) return { end: j + 2, year: yearFromDigits(n.value, n.digits) };
    const rel = matchAny(tokens, j + 1, RELATIVE_YEAR);
    if (rel) return { end: rel.end, year: EVERY };
  }
  const bare = numberAt(tokens, i, 4, 4);
  if (bare && tokens[i]?.spaceBefore) return { end: i + 1, year: { type: "explicit", year: bare.value } };
  const every = matchAny(tokens, i, EVERY_YEAR);
  if (every) return { end: every.end, year: EVERY };
  return { end: i, year: MISSING };
}

const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10 };

/** A quarter number, roman (I–IV) or arabic; out-of-range numbers (V, 5) are returned so they can be refused. */
export function quarterNumeral(tokens: readonly Token[], i: number): { value: number; end: number } | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.kind === "num" && t.norm.length <= 2) return { value: Number(t.norm), end: i + 1 };
  if (t.kind === "word" && /^[ivxl]+$/.test(t.norm)) return { value: ROMAN[t.norm] ?? 0, end: i + 1 };
  return null;
}

/** "Quý IV", "Quí II", "quý 4", "Q4", "QIV", each followed by its year. */
function quarterPoint(tokens: readonly Token[], i: number): PointMatch | null {
  let j = -1;
  if (isWord(tokens[i], "quý")) j = i + 1;
  else if (tokens[i]?.norm === "q") {
    // "Q4/2021", "Q.IV/2021": the letter must touch its number, otherwise it is just a stray letter.
    j = isPunct(tokens[i + 1], ".") && !tokens[i + 1]?.spaceBefore ? i + 2 : i + 1;
    if (tokens[j]?.spaceBefore) return null;
  } else if (tokens[i]?.kind === "word" && /^q(?:i{1,3}|iv)$/.test(tokens[i]!.norm)) {
    const y = yearSpec(tokens, i + 1, true);
    return { end: y.end, point: { unit: "quarter", quarter: ROMAN[tokens[i]!.norm.slice(1)] ?? 0 }, year: y.year };
  }
  if (j < 0) return null;
  const n = quarterNumeral(tokens, j);
  if (!n) return null;
  const y = yearSpec(tokens, n.end, true);
  return { end: y.end, point: { unit: "quarter", quarter: n.value }, year: y.year };
}

/** "Tháng 6/2017", "tháng 01 năm 2017", "Tháng 6 /2017", and "06/2017" without the word. */
function monthPoint(tokens: readonly Token[], i: number): PointMatch | null {
  if (isWord(tokens[i], "tháng")) {
    const m = numberAt(tokens, i + 1, 1, 2);
    if (!m) return null;
    const y = yearSpec(tokens, i + 2, true);
    return { end: y.end, point: { unit: "month", month: m.value }, year: y.year };
  }
  // "06/2017": a number then a four-digit year can only be a month (a day would need a month too).
  const m = numberAt(tokens, i, 1, 2);
  if (m && isPunct(tokens[i + 1], "/-") && numberAt(tokens, i + 2, 4, 4)) {
    return { end: i + 3, point: { unit: "month", month: m.value }, year: { type: "explicit", year: Number(tokens[i + 2]!.norm) } };
  }
  return null;
}

/** "31/12/2021", "31-12-2021", "31.12.2021", "ngày 31/12/2021", "31/12" (+ year words), "ngày 31 tháng 12 năm 2021". */
function datePoint(tokens: readonly Token[], i: number): PointMatch | null {
  const j = isWord(tokens[i], "ngày") ? i + 1 : i;
  const d = numberAt(tokens, j, 1, 2);
  if (!d) return null;
  // Words: "ngày 31 tháng 12 năm 2021"
  if (j > i && isWord(tokens[j + 1], "tháng")) {
    const m = numberAt(tokens, j + 2, 1, 2);
    if (!m) return null;
    const y = yearSpec(tokens, j + 3, true);
    return { end: y.end, point: { unit: "date", day: d.value, month: m.value }, year: y.year };
  }
  const sep = tokens[j + 1];
  if (!sep || !isPunct(sep, "/-.")) return null;
  const m = numberAt(tokens, j + 2, 1, 2);
  if (!m) return null;
  const point: PointInYear = { unit: "date", day: d.value, month: m.value };
  // The year takes the same separator as day and month ("31/12/2021", not "31/12.2021").
  if (isPunct(tokens[j + 3], sep.norm)) {
    const y = numberAt(tokens, j + 4, 1, 8);
    if (y) return { end: j + 5, point, year: yearFromDigits(y.value, y.digits) };
    return null;
  }
  // "31.12" with no year reads like a decimal number; only "/" and "-" stand for a day and month alone.
  if (sep.norm === ".") return null;
  const y = yearSpec(tokens, j + 3, false);
  return { end: y.end, point, year: y.year };
}

/** "6 tháng đầu năm 2021", "06 tháng cuối năm", "sáu tháng đầu năm", "nửa cuối năm 2021". */
function halfPoint(tokens: readonly Token[], i: number): PointMatch | null {
  let j = -1;
  const six = numberAt(tokens, i, 1, 2);
  if (six && six.value === 6 && isWord(tokens[i + 1], "tháng")) j = i + 2;
  else if (isWord(tokens[i], "sáu") && isWord(tokens[i + 1], "tháng")) j = i + 2;
  else if (isWord(tokens[i], "nửa")) j = i + 1;
  if (j < 0) return null;
  const which = matchAny(tokens, j, ["đầu", "cuối"]);
  if (!which) return null;
  const point: PointInYear = { unit: "half", half: which.phrase === "đầu" ? 1 : 2 };
  let k = which.end;
  if (isWord(tokens[k], "năm")) {
    k++;
    const n = numberAt(tokens, k, 1, 8);
    if (n) return { end: k + 1, point, year: yearFromDigits(n.value, n.digits) };
    const rel = matchAny(tokens, k, RELATIVE_YEAR);
    if (rel) return { end: rel.end, point, year: EVERY };
    const every = matchAny(tokens, k, EVERY_YEAR);
    if (every) return { end: every.end, point, year: EVERY };
    return { end: k, point, year: MISSING };
  }
  if (point.half === 1 || point.half === 2) {
    const y = yearSpec(tokens, k, true);
    return y.end > k ? { end: y.end, point, year: y.year } : null;
  }
  return null;
}

/** "Năm 2021", "năm báo cáo", "năm kế hoạch", and the bare "năm" of "trong năm". */
function yearPoint(tokens: readonly Token[], i: number): PointMatch | null {
  if (!isWord(tokens[i], "năm")) return null;
  const n = numberAt(tokens, i + 1, 1, 8);
  if (n) return { end: i + 2, point: { unit: "year" }, year: yearFromDigits(n.value, n.digits) };
  const rel = matchAny(tokens, i + 1, RELATIVE_YEAR);
  if (rel) return { end: rel.end, point: { unit: "year" }, year: EVERY };
  const now = matchPhrase(tokens, i + 1, "nay");
  return { end: now > 0 ? now : i + 1, point: { unit: "year" }, year: MISSING, bareYearWord: true };
}

const POINT_PARSERS = [datePoint, monthPoint, quarterPoint, halfPoint, yearPoint];

// Several rules look for a point at the same position of the same fragment; parse each position once.
const MEMO = new WeakMap<readonly Token[], Map<number, PointMatch | null>>();

/** The longest point starting at i. */
export function pointAt(tokens: readonly Token[], i: number): PointMatch | null {
  let memo = MEMO.get(tokens);
  if (!memo) {
    memo = new Map();
    MEMO.set(tokens, memo);
  }
  const known = memo.get(i);
  if (known !== undefined) return known;
  let best: PointMatch | null = null;
  for (const parse of POINT_PARSERS) {
    const m = parse(tokens, i);
    if (m && (!best || m.end > best.end)) best = m;
  }
  memo.set(i, best);
  return best;
}
