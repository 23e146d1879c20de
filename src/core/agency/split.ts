import { cleanText, normalizeTonePlacement } from "../text/normalize";

/**
 * First cut of an agency cell: into segments at the separators that never occur inside a name — line
 * breaks, ";", bullets ("-", "+", "•", "1.", "a)") and full stops between sentences. Parenthetical notes are
 * masked first ("UBND thành phố (Văn phòng HĐND và UBND chủ trì tham mưu)") so that the commas and "và"
 * inside them split nothing; they come back as notes of the agency they follow.
 */

export const NOTE_OPEN = "\uE000";
export const NOTE_CLOSE = "\uE001";

export interface MaskedCell {
  readonly segments: readonly string[];
  /** Parenthetical texts; a segment holds NOTE_OPEN + index + NOTE_CLOSE where each one was. */
  readonly notes: readonly string[];
}

/** Replaces each outermost "(…)" (or "[…]") by a placeholder; an unclosed one runs to the end of the text. */
function maskNotes(text: string, notes: string[]): string {
  let out = "";
  let depth = 0;
  let current = "";
  for (const ch of text) {
    if (ch === "(" || ch === "[") {
      if (depth > 0) current += ch;
      depth++;
    } else if ((ch === ")" || ch === "]") && depth > 0) {
      depth--;
      if (depth === 0) {
        out += `${NOTE_OPEN}${notes.length}${NOTE_CLOSE}`;
        notes.push(current.trim());
        current = "";
      } else current += ch;
    } else if (depth > 0) current += ch;
    else out += ch;
  }
  if (depth > 0) {
    out += `${NOTE_OPEN}${notes.length}${NOTE_CLOSE}`;
    notes.push(current.trim());
  }
  return out;
}

const BULLET = /^(?:[-+•*·●▪◦○►–—]+|\d{1,2}[.)](?!\d)|[a-zđ]\))\s*/u;

/** Splits at a sentence end ". X" (capital after) unless the word before the stop is an abbreviation ("TP."). */
function splitSentences(text: string): string[] {
  const parts: string[] = [];
  let start = 0;
  const re = /\.\s+(?=\p{Lu})/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const before = /(\p{L}+)$/u.exec(text.slice(start, m.index));
    // "TP. Hồ Chí Minh", "TX. Đức Phổ": a short capital abbreviation before the stop is not a sentence end.
    if (before && !/^(\p{Lu}{1,4}|Tp|Tx)$/u.test(before[1]!)) {
      parts.push(text.slice(start, m.index));
      start = m.index + m[0].length;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

function tidy(segment: string): string {
  let s = segment.trim();
  for (let guard = 0; guard < 5 && BULLET.test(s); guard++) s = s.replace(BULLET, "").trim();
  // A doubled word ("Sở Sở Công Thương") is a typing slip, not part of the name.
  s = s.replace(/^(\p{L}+)\s+\1(?=\s)/iu, "$1");
  // A trailing colon stays: "Các sở:" heads the list on the following lines.
  return s
    .replace(/[\s.,;]+$/u, "")
    .replace(/^[\s.,;:]+/u, "")
    .trim();
}

/** Cleans the cell and cuts it into masked segments. */
export function splitCell(text: string): MaskedCell {
  const notes: string[] = [];
  const cleaned = normalizeTonePlacement(cleanText(text)).replace(/[–—−‐]/g, "-");
  const masked = maskNotes(cleaned, notes);
  const segments: string[] = [];
  for (const line of masked.split("\n")) {
    for (const part of line.split(";")) {
      for (const sentence of splitSentences(part)) {
        const s = tidy(sentence);
        if (s !== "") segments.push(s);
      }
    }
  }
  return { segments, notes };
}

const NOTE_MARK = new RegExp(`${NOTE_OPEN}(\\d+)${NOTE_CLOSE}`, "gu");
/** Spacing unmask would change: a space run or any other space, space before punctuation, space at either end. */
const UNTIDY = /\s\s|[^\S ]|\s[,.;:]|^\s|\s$/u;

/** A segment's text with its note placeholders removed, and the notes they stood for. */
export function unmask(text: string, notes: readonly string[]): { text: string; notes: string[] } {
  // Asked of every run of pieces a long cell tries: most runs hold no note and no spacing to tidy, and are
  // answered without rewriting the text.
  if (!text.includes(NOTE_OPEN) && !UNTIDY.test(text)) return { text, notes: [] };
  const found: string[] = [];
  const plain = text.replace(NOTE_MARK, (_, i: string) => {
    const n = notes[Number(i)];
    if (n) found.push(n);
    return " ";
  });
  return {
    text: plain
      .replace(/\s+/gu, " ")
      .replace(/\s+([,.;:])/gu, "$1")
      .trim(),
    notes: found,
  };
}
