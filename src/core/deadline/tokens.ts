import { normalizeTonePlacement } from "../text/normalize";

/**
 * Deadline fragments are read as tokens (words, numbers, punctuation) rather than with one large regular
 * expression: rules then compose ("trước" + a date, "từ" + a quarter + "đến" + a quarter) without
 * re-stating every spelling, and every token keeps its offsets so labels are cut from the text as written.
 */

export type TokenKind = "word" | "num" | "punct";

export interface Token {
  readonly kind: TokenKind;
  /** Lower case, new-style tone placement: what rules compare. */
  readonly norm: string;
  /** `norm` with spelling variants mapped to one form ("quí" → "quý", "hàng" → "hằng"). */
  readonly canon: string;
  /** A word typed without any Vietnamese mark ("quy", "thang", "nam"). */
  readonly ascii: boolean;
  /**
   * An unmarked word that may stand for the marked keyword: when the whole fragment is typed without marks
   * ("Truoc 31/12/2021"), or when a number follows it ("Quy IV năm 2021", "thang 6/2021"). Elsewhere an
   * unmarked "nam" is as likely "Việt Nam" as "năm" ("Hội Việt Nam báo cáo" is not "năm báo cáo").
   */
  readonly loose: boolean;
  /** Offsets in the fragment's display text. */
  readonly start: number;
  readonly end: number;
  readonly spaceBefore: boolean;
}

// Spelling variants that mean the same word. "Quí" is the old spelling of "Quý" (spec §2), "qúy" puts the
// same mark on the other vowel, "hàng năm"/"hằng năm" are both in use, "kì"/"kỳ" likewise.
const VARIANTS: Readonly<Record<string, string>> = {
  quí: "quý",
  qúy: "quý",
  qúi: "quý",
  hàng: "hằng",
  kì: "kỳ",
};

const FOLDS = new Map<string, string>();

/** Lower case without marks, "đ" → "d": the form a word takes when typed without a Vietnamese keyboard. */
export function foldWord(word: string): string {
  let f = FOLDS.get(word);
  if (f === undefined) {
    f = word.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "d").toLowerCase().normalize("NFC");
    // Rules ask about a fixed vocabulary; random input only adds its own words, so bound the cache anyway.
    if (FOLDS.size < 10_000) FOLDS.set(word, f);
  }
  return f;
}

// Lower-casing character by character keeps offsets aligned with the display text ("İ" would grow otherwise).
function lowerAligned(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    const l = c.toLowerCase();
    out += l.length === 1 ? l : c;
  }
  return out;
}

/** The matching form of a display text: same length, lower case, new-style tone placement. */
export function matchForm(display: string): string {
  const lower = lowerAligned(display);
  const toned = normalizeTonePlacement(lower);
  // Tone normalisation swaps two precomposed letters for two others; if that ever changed the length the
  // offsets would be wrong, so fall back to the plain lower case.
  return toned.length === lower.length ? toned : lower;
}

const TOKEN = /[\p{L}\p{M}]+|[0-9]+|\S/gu;

export function tokenize(display: string): Token[] {
  const m = matchForm(display);
  const tokens: Array<Omit<Token, "loose">> = [];
  TOKEN.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = TOKEN.exec(m)) !== null) {
    const norm = match[0];
    const start = match.index;
    const end = start + norm.length;
    const first = norm.charCodeAt(0);
    const kind: TokenKind = first >= 48 && first <= 57 ? "num" : /^[\p{L}\p{M}]/u.test(norm) ? "word" : "punct";
    tokens.push({
      kind,
      norm,
      canon: kind === "word" ? (VARIANTS[norm] ?? norm) : norm,
      ascii: kind === "word" && /^[a-z]+$/.test(norm),
      start,
      end,
      spaceBefore: start > 0 && /\s/.test(m[start - 1] as string),
    });
  }
  const unmarked = tokens.every((t) => t.kind !== "word" || t.ascii);
  return tokens.map((t, i) => {
    const next = tokens[i + 1];
    const numberNext = !!next && (next.kind === "num" || /^[ivx]+$/.test(next.norm));
    return { ...t, loose: t.ascii && (unmarked || numberNext) };
  });
}

/**
 * True when the token is the given (lower-case, marked) word: spelled with its marks, as a known variant,
 * or typed with no marks at all. A word with *different* marks ("quỹ", "thằng") is another word and does
 * not match: that is a typo that changes meaning, and we do not guess past it.
 */
export function isWord(token: Token | undefined, word: string): boolean {
  if (!token || token.kind !== "word") return false;
  if (token.canon === word) return true;
  return token.loose && token.norm === foldWord(word);
}

/** Same letters as the word, whatever the marks: for refusing look-alikes, never for accepting them. */
export function sameLetters(token: Token | undefined, word: string): boolean {
  return !!token && token.kind === "word" && foldWord(token.norm) === foldWord(word);
}

/** Matches a phrase of one or more words ("báo cáo", "chậm nhất là") at index i; returns the next index or -1. */
const PHRASE_WORDS = new Map<string, readonly string[]>();

export function matchPhrase(tokens: readonly Token[], i: number, phrase: string): number {
  let words = PHRASE_WORDS.get(phrase);
  if (!words) {
    words = phrase.split(" ");
    PHRASE_WORDS.set(phrase, words);
  }
  for (let k = 0; k < words.length; k++) {
    if (!isWord(tokens[i + k], words[k] as string)) return -1;
  }
  return i + words.length;
}

/** The first phrase of the list that matches at i (list longest first): its end index and the phrase. */
export function matchAny(tokens: readonly Token[], i: number, phrases: readonly string[]): { end: number; phrase: string } | null {
  for (const phrase of phrases) {
    const end = matchPhrase(tokens, i, phrase);
    if (end >= 0) return { end, phrase };
  }
  return null;
}

export function isPunct(token: Token | undefined, chars: string): boolean {
  return !!token && token.kind === "punct" && chars.includes(token.norm);
}

/** A number token of `minDigits`–`maxDigits` digits. */
export function numberAt(tokens: readonly Token[], i: number, minDigits = 1, maxDigits = 4): { value: number; digits: number } | null {
  const t = tokens[i];
  if (!t || t.kind !== "num" || t.norm.length < minDigits || t.norm.length > maxDigits) return null;
  return { value: Number(t.norm), digits: t.norm.length };
}
