import { KeyToken, foldWord, keyFromTokens, keyTokens } from "./key";
import { displayText } from "../text/normalize";

/**
 * Abbreviated spellings of a "Sở/Bộ/Phòng + field" name, generated instead of listed: plans write the field
 * in full, as initials, or half and half ("Sở TT&TT", "Sở Thông tin và TT", "Lao động TB & XH",
 * "Tài nguyên và MT"). The field is cut into parts at "và", "," and "-"; each part of two syllables or more
 * may be written as its initials. Generating them keeps the data file short and the spellings consistent.
 */

const HEADS = new Set(["sở", "bộ", "phòng"]);

/** The head word ("Sở") and the field parts (["Thông tin", "Truyền thông"]) of a name, if it has that shape. */
export function fieldParts(name: string): { head: string; parts: string[] } | undefined {
  const shown = displayText(name);
  const m = /^(\S+)\s+(.+)$/u.exec(shown);
  if (!m || !HEADS.has(m[1]!.toLowerCase())) return undefined;
  const parts = m[2]!
    .split(/\s*(?:,|-|&|(?<!\p{L})và(?!\p{L}))\s*/u)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  return { head: m[1]!, parts };
}

function initials(part: string): string {
  return part
    .split(/\s+/u)
    .map((syllable) => foldWord(syllable).charAt(0))
    .join("");
}

/** Keys of the abbreviated spellings of a name (the full spelling excluded). */
export function abbreviationKeys(name: string): string[] {
  const shape = fieldParts(name);
  if (!shape) return [];
  const { head, parts } = shape;
  const syllables = parts.map((p) => p.split(/\s+/u).length);
  const total = syllables.reduce((a, b) => a + b, 0);
  const keys = new Set<string>();
  for (let mask = 1; mask < 1 << parts.length; mask++) {
    let ok = true;
    let abbreviated = 0;
    const tokens: KeyToken[] = [...keyTokens(head)];
    parts.forEach((part, i) => {
      if (mask & (1 << i)) {
        // One-syllable parts have no initials worth the name ("Sở Y" is not "Sở Y tế").
        if (syllables[i]! < 2) ok = false;
        abbreviated += syllables[i]!;
        tokens.push({ word: initials(part), abbr: true });
      } else {
        tokens.push(...keyTokens(part).map((t) => ({ word: t.word, abbr: false })));
      }
    });
    // "Sở TC", "Sở NV" are not how anyone writes Tài chính or Nội vụ: all initials need three syllables or more.
    if (abbreviated === total && total < 3) ok = false;
    if (ok) keys.add(keyFromTokens(tokens));
  }
  return [...keys];
}
