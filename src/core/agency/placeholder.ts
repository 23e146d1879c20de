import { foldKey } from "../text/normalize";

/**
 * Placeholders: what plans write in an agency cell when no agency has been given yet. They name no agency at
 * all — a cell holding only placeholders reads as no agency (so the check reports a missing lead), and a
 * placeholder item in a list ("Sở Nội vụ; …") is dropped, never reported as an unknown agency nor given a
 * far-fetched suggestion ("N/A" is not "Bộ Công an").
 *
 * This is the one list of them. Compared by folded key (case, marks, spacing and punctuation ignored), so
 * "(Chưa giao)", "N/A", "n.a" and "X" are covered by their entries below. Text made only of punctuation
 * ("…", "...", "-", "--", "?", "—") folds to "" and is a placeholder too.
 */
const PLACEHOLDERS: readonly string[] = [
  "x", // a tick mark, or "fill in later"
  "n/a", // not applicable
  "na",
  "tbd", // to be decided
  "chưa giao", // not assigned yet
  "chưa có",
  "chưa xác định",
  "chưa phân công",
  "không",
  "không có",
  "trống",
];

const KEYS: ReadonlySet<string> = new Set(PLACEHOLDERS.map(foldKey));

/** True for text that is only a placeholder (see PLACEHOLDERS) or only punctuation. */
export function isPlaceholder(text: string): boolean {
  return KEYS.has(foldKey(text)) || foldKey(text) === "";
}
