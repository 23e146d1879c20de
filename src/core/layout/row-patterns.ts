import { foldKey, oneLine } from "../text/normalize";

/**
 * Patterns that tell what a row of the table is. They read the text the way a clerk numbers things in
 * Vietnamese documents: "Phần I", "A.", "I.", "1.", "1.1", "a)", "-".
 */

const ROMAN = /^(?=[IVXLC]+\b)M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;

export interface SectionHeading {
  /** 0 = "Phần I" / "A.", 1 = "I." */
  readonly level: number;
  readonly label: string;
}

/** "I. Cải cách thể chế", "II - …", "Phần I", "PHẦN A", "A. Nhiệm vụ chung": a section heading, or null. */
export function sectionHeading(text: string): SectionHeading | null {
  const t = oneLine(text);
  const part = /^(phần|phan|PHẦN|PHAN|Phần)\s+([IVXLC]+|[A-Z]|\d{1,2})\b/u.exec(t);
  if (part) return { level: 0, label: part[2] as string };
  const roman = /^([IVXLC]{1,6})\s*[.):\-–]\s*\S/.exec(t);
  // A lone "C" or "L" is the third or twelfth part ("A., B., C."), not section 100 or 50.
  if (roman && ROMAN.test(roman[1] as string) && !/^[CL]$/.test(roman[1] as string)) return { level: 1, label: roman[1] as string };
  // A capital letter section needs a capitalised title after it, so "A. " is not mistaken for an initial.
  const letter = /^([A-ZĐ])\s*[.)]\s+\p{Lu}/u.exec(t);
  if (letter) return { level: 0, label: letter[1] as string };
  return null;
}

/** A bare roman numeral in the TT column ("I", "II.") marks a section row whose title is in the task column. */
export function isRomanNumeral(text: string): boolean {
  const t = text.trim().replace(/[.)]$/, "");
  return t !== "" && ROMAN.test(t);
}

export interface LeadingNumber {
  /** "1", "6", "1.2" */
  readonly number: string;
  /** The text after the number. */
  readonly rest: string;
}

/**
 * "1. Quy định …", "6.Tăng cường …", "1.2 Rà soát …": tasks numbered inside the task cell. A bare number
 * followed by text without a separator ("100% văn bản") is not a number of the task.
 */
export function leadingNumber(text: string): LeadingNumber | null {
  const t = text.trimStart();
  const m = /^(\d{1,3}(?:\.\d{1,3})*)(?:\s*[.)]\s*|\s+(?=\p{Lu}))(?=\S)/u.exec(t);
  if (!m) return null;
  const number = m[1] as string;
  const rest = t.slice(m[0].length);
  // "2021 - 2025 …" or "30/4" is not a list number.
  if (/^[\d/%-]/.test(rest)) return null;
  return { number, rest };
}

/** Sub-item markers: "a)", "b.", "-", "+", "•", "1.1": items under a task. */
export function subItemMarker(text: string): string | null {
  const t = text.trimStart();
  const m = /^([a-zđ])\s*[).]\s+|^([-+•·–])\s*/u.exec(t);
  if (m) return (m[1] ?? m[2]) as string;
  const dotted = /^(\d{1,3}\.\d{1,3}(?:\.\d{1,3})*)\.?\s/.exec(t);
  return dotted ? (dotted[1] as string) : null;
}

/** A TT cell that numbers a sub-item rather than a task: "a", "b)", "-", "+", "1.1". */
export function isSubItemNumber(tt: string): boolean {
  const t = tt.trim();
  return /^[a-zđ][).]?$/u.test(t) || /^[-+•·–]$/.test(t) || /^\d{1,3}(?:\.\d{1,3})+\.?$/.test(t);
}

/** A TT cell that numbers a section: a roman numeral or a capital letter ("II", "B."). */
export function isSectionNumber(tt: string): boolean {
  const t = tt.trim();
  return isRomanNumeral(t) || /^[A-ZĐ][.)]?$/u.test(t);
}

/** A TT cell that numbers a task: "3", "3.", "1.2". */
export function isTaskNumber(tt: string): boolean {
  return /^\d{1,3}(?:\.\d{1,3})*\.?$/.test(tt.trim());
}

/** Cleans a TT cell: "1." → "1", " 2 " → "2". */
export function cleanNumber(text: string): string {
  return oneLine(text)
    .replace(/[.)]+$/, "")
    .trim();
}

/**
 * Lines that close a table: notes, recipients, signature blocks. The table ends before them.
 * ("Ghi chú" as a column header is handled by the header rules; here it is a line of text after the table.)
 */
export function isFooterText(text: string): boolean {
  const k = foldKey(text);
  return (
    /^(ghi chu|chu thich|noi nhan|kt chu tich|tm uy ban|tm ubnd|kt giam doc|tl chu tich|chu tich|pho chu tich|giam doc|nguoi lap bieu|nguoi lap|luu vt|xac nhan)\b/.test(
      k,
    ) ||
    /^\(\*+\)/.test(text.trim()) ||
    /^\*\s/.test(text.trim())
  );
}
