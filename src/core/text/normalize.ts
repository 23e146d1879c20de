import { BoundedMemo } from "./bounded-memo";

/**
 * Text normalisation for Vietnamese cell text.
 *
 * Cells arrive as NFC or NFD, with old ("hoá", "thuỷ") or new ("hóa", "thủy") tone placement, with
 * non-breaking spaces, tabs and Windows line breaks. Everything that compares text goes through here so
 * that the same words always compare equal, whatever program typed them.
 */

// Spaces that Excel, Word and web pages leave in cells: NBSP, narrow NBSP, figure/thin spaces, ideographic
// space; zero-width characters are removed outright (they are invisible and only break matching).
const SPACE_LIKE = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;

/** NFC, one kind of space and line break, trimmed lines. Keeps line breaks: they separate items in a cell. */
export function cleanText(input: string): string {
  return (
    input
      .normalize("NFC")
      .replace(ZERO_WIDTH, "")
      // Excel writes a line break typed with Alt+Enter as \n, but text pasted from Word can carry a vertical tab.
      // eslint-disable-next-line no-control-regex
      .replace(/\r\n?|\u2028|\u2029|\u000b/g, "\n")
      .replace(SPACE_LIKE, " ")
      .split("\n")
      .map((line) => line.replace(/ {2,}/g, " ").trim())
      .join("\n")
      .replace(/\n{3,}/g, "\n\n")
      .trim()
  );
}

/** cleanText, then all line breaks folded to single spaces: for one-line display and matching. */
export function oneLine(input: string): string {
  return cleanText(input).replace(/\s*\n\s*/g, " ");
}

// Old-style tone placement puts the mark on the last vowel of an open "oa", "oe", "uy" syllable ("hoá",
// "thuỷ"); the new style puts it on the first ("hóa", "thủy"). Only open syllables differ: in "hoàn" or
// "toán" both styles agree, and in "quý" the "u" belongs to "qu", so it is left alone.
const OLD_TONE: ReadonlyArray<[RegExp, string]> = (() => {
  const marks = ["\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]; // grave, acute, hook, tilde, dot below
  const pairs: Array<[RegExp, string]> = [];
  for (const [first, second] of [
    ["o", "a"],
    ["o", "e"],
    ["u", "y"],
  ] as const) {
    for (const mark of marks) {
      for (const upper of [false, true]) {
        const f = upper ? first.toUpperCase() : first;
        const s = upper ? second.toUpperCase() : second;
        const oldForm = (f + (s + mark).normalize("NFC")).normalize("NFC");
        const newForm = ((f + mark).normalize("NFC") + s).normalize("NFC");
        const guard = first === "u" ? "(?<![qQ])" : "";
        pairs.push([new RegExp(`${guard}${oldForm}(?![\\p{L}\\p{M}])`, "gu"), newForm]);
      }
    }
  }
  return pairs;
})();

/** Rewrites old-style tone placement to the new style ("hoá" → "hóa", "thuỷ" → "thủy"); input should be NFC. */
export function normalizeTonePlacement(input: string): string {
  let out = input;
  for (const [pattern, replacement] of OLD_TONE) out = out.replace(pattern, replacement);
  return out;
}

/** Display form of a name: clean, one line, new-style tone placement. */
export function displayText(input: string): string {
  return normalizeTonePlacement(oneLine(input));
}

/**
 * A matching key: lower case, no diacritics ("đ" becomes "d"), punctuation and spacing folded to single
 * spaces. Use it to compare wordings ("Thời gian hoàn thành" = "THOI GIAN HOAN THANH"), never to display.
 */
export function foldKey(input: string): string {
  // Asked again and again of the same short texts (header words, the pieces of an agency cell, the first words
  // of a piece): remembered for short texts only, so no long cell is ever held.
  return FOLD_MEMO.get(input, () => fold(input));
}

/** Header words and agency names are remembered, not task sentences; at most about 1 MB of keys. */
const FOLD_MEMO = new BoundedMemo<string>({ entries: 10_000, keyChars: 64, totalChars: 500_000 });

function fold(input: string): string {
  return oneLine(input)
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * A key that keeps diacritics but folds case, tone placement, spacing and punctuation: for telling apart
 * words that differ only by their marks ("Sở" vs "Số") while accepting "hoá"/"hóa".
 */
export function toneKey(input: string): string {
  return normalizeTonePlacement(oneLine(input).toLowerCase())
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
