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

/** True for non-blank text that is only a placeholder or only punctuation; blank text is blank, not a placeholder. */
export function isPlaceholder(text: string): boolean {
  if (text.trim() === "") return false;
  const key = foldKey(text);
  return key === "" || KEYS.has(key);
}
