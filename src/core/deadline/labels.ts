import { Token, foldWord, isPunct, isWord, sameLetters } from "./tokens";

/**
 * Labels: the plain words around a date that name the milestone ("Ban hành kế hoạch" trong quý I/2021,
 * Quý II/2018 "phê duyệt Đề án"). Whatever is not a recognised date phrase must be a label, and a label
 * must not be able to change the date: otherwise "đầu tháng 6/2021" (early June) would read as June with
 * the label "đầu", and "Quỹ IV năm 2021" as the year 2021 with the label "Quỹ IV".
 */

// Separators between phrases; they never belong to a label.
const SEPARATOR_PUNCT = ",.;:-–—&+";
const SEPARATOR_WORDS = ["và", "hoặc"];

// Date words: a label holding one is a date we did not understand ("Quý V năm 2021" → "Quý V").
const DATE_WORDS = ["quý", "tháng", "năm", "ngày", "tuần"];

// Words that, next to a date, change when it falls due: "đầu"/"giữa" (early/mid), "sau" (after), "khoảng"
// (about), "trở" (trở đi/trở về trước), "sớm"/"muộn"… and the rhythm words.
const TEMPORAL = new Set([
  "đầu",
  "giữa",
  "cuối",
  "trước",
  "sau",
  "từ",
  "đến",
  "tới",
  "khoảng",
  "hết",
  "trở",
  "sớm",
  "muộn",
  "chậm",
  "nửa",
  "kể",
  "hằng",
  "mỗi",
  "định",
  "kỳ",
  "lần",
  "đợt",
  "gần",
  "tầm",
  "cỡ",
  "trong",
  "vào",
  "năm",
  // "thường xuyên", "liên tục" typed without marks in a marked cell are not read as such, and must not
  // then pass for a label next to a date.
  "xuyên",
  "tục",
]);

const ROMAN = /^(?:i{1,3}|iv|v|vi{1,3}|ix|x{1,3}|xi{1,2})$/;

// The unmarked forms of date words. A word with these letters but other marks ("quỹ", "thằng", "nằm") is a
// typo that changes the word: next to a number it is not a label, it is an unreadable date.
const DATE_FOLDS = new Set(["quy", "qui", "thang", "nam", "ngay", "tuan"]);

/**
 * A date word inside a label. Marked ("quý", "tháng") it is always one; unmarked ("quy", "nam") it is also
 * an ordinary syllable ("quy chế", "Việt Nam"), so it counts only when a number follows ("quy 4", "nam 2021").
 */
function dateWordAt(label: readonly Token[], k: number): boolean {
  const t = label[k] as Token;
  if (!t.ascii) return DATE_WORDS.includes(t.canon);
  if (!DATE_WORDS.some((w) => sameLetters(t, w))) return false;
  const next = label[k + 1];
  return !!next && (next.kind === "num" || ROMAN.test(next.norm));
}

function nearMiss(t: Token): boolean {
  return t.kind === "word" && !t.ascii && DATE_FOLDS.has(foldWord(t.norm)) && !DATE_WORDS.some((w) => isWord(t, w));
}

/** A token that, standing next to a date, could change it. */
function changesDate(t: Token): boolean {
  if (t.kind === "num") return true;
  if (t.kind !== "word") return false;
  // Unmarked words are compared by their letters: "Truoc" next to a date is "trước" as far as we can tell.
  return ROMAN.test(t.norm) || nearMiss(t) || TEMPORAL.has(t.canon) || (t.ascii && [...TEMPORAL].some((w) => sameLetters(t, w)));
}

function isSeparator(t: Token, leading: boolean): boolean {
  if (t.kind === "punct") return SEPARATOR_PUNCT.includes(t.norm) || t.norm === (leading ? ")" : "(");
  return SEPARATOR_WORDS.some((w) => isWord(t, w));
}

export type LabelCheck = { ok: true; first: number; last: number } | { ok: true; empty: true } | { ok: false };

/**
 * Checks the tokens [from, to) between phrases. `afterDate`/`beforeDate` say whether a date phrase touches
 * the gap on its left / right. Returns the label's token range, or that there is none, or that the gap
 * holds words that make the fragment unreadable.
 */
export function checkGap(tokens: readonly Token[], from: number, to: number, afterDate: boolean, beforeDate: boolean): LabelCheck {
  let a = from;
  let b = to - 1;
  while (a <= b && isSeparator(tokens[a] as Token, true)) a++;
  while (b >= a && isSeparator(tokens[b] as Token, false)) b--;
  if (a > b) return { ok: true, empty: true };
  const label = tokens.slice(a, b + 1);
  if (!label.some((t) => t.kind === "word")) return { ok: false };
  if (label.some((t) => t.kind === "num")) return { ok: false };
  if (label.some((_, k) => dateWordAt(label, k))) return { ok: false };
  if (afterDate && changesDate(label[0] as Token)) return { ok: false };
  if (beforeDate && changesDate(label[label.length - 1] as Token)) return { ok: false };
  // A stray "/" or similar next to a date ("Quý IV/"): something is missing, not a label.
  if (afterDate && isPunct(label[0], "/\\")) return { ok: false };
  if (beforeDate && isPunct(label[label.length - 1], "/\\")) return { ok: false };
  return { ok: true, first: a, last: b };
}
