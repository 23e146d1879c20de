import { foldKey } from "./normalize";

/**
 * Placeholders: what plans write in a cell when nothing has been given yet — "-", "…", "x", "N/A",
 * "(chưa giao)". A reviewer reads them as empty, so the engine does too: an agency cell holding only
 * placeholders names no agency (the check reports a missing lead, never an unknown agency with a far-fetched
 * suggestion: "N/A" is not "Bộ Công an"), and a placeholder deadline is a missing deadline, not an
 * unreadable one. A placeholder item inside a list ("Sở Nội vụ; …") is dropped.
 *
 * This is the one list of them. Compared by folded key (case, marks, spacing and punctuation ignored), so
 * "(Chưa giao)", "N/A", "n.a" and "X" are covered by their entries. Text made only of punctuation or
 * symbols ("…", "...", "-", "--", "?", "—") folds to "" and is a placeholder too.
 */
const PLACEHOLDERS: readonly string[] = [
  "x", // a tick mark, or "fill in later"
  "n/a", // not applicable
  "na",
  "tbd", // to be decided
  "null",
  "chưa giao", // not assigned yet
  "chưa có",
  "chưa xác định",
  "chưa phân công",
  "không",
  "không có",
  "trống",
];

const KEYS: ReadonlySet<string> = new Set(PLACEHOLDERS.map(foldKey));
const MAX_PLACEHOLDER_WORDS = Math.max(...[...KEYS].map((k) => k.split(" ").length));

/** More than n space-separated words holding a letter or a digit (counted up to n + 1 only)? */
function hasMoreWordsWithLetters(text: string, n: number): boolean {
  const re = /\S+/gu;
  let count = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) if (/[\p{L}\p{N}]/u.test(m[0]) && ++count > n) return true;
  return false;
}

/** True for non-blank text that is only a placeholder or only punctuation; blank text is blank, not a placeholder. */
export function isPlaceholder(text: string): boolean {
  if (text.trim() === "") return false;
  // Every written word with a letter or digit stays a word of the folded key: a text with more of them than the
  // longest placeholder has is none, told without folding a long cell.
  if (hasMoreWordsWithLetters(text, MAX_PLACEHOLDER_WORDS)) return false;
  const key = foldKey(text);
  return key === "" || KEYS.has(key);
}
