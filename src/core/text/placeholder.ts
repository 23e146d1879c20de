import { foldKey } from "./normalize";

/**
 * Cells that hold a mark instead of a value: "-", "…", "x", "N/A", "(chưa giao)", "chưa có". A reviewer
 * reads them as empty, so the checks do too (a placeholder lead is a missing lead, not an unknown agency).
 */
const PLACEHOLDER_WORDS = new Set(["x", "n a", "na", "khong", "chua giao", "chua co", "chua xac dinh", "trong", "tbd", "null"]);

export function isPlaceholder(text: string): boolean {
  const t = text.trim();
  if (t === "") return false;
  if (/^[\p{P}\p{S}\s]+$/u.test(t)) return true; // "-", "…", "--", "?", "*"
  return PLACEHOLDER_WORDS.has(foldKey(t));
}
