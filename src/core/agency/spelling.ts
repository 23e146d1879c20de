import { agencyKey, foldWord } from "./key";
import { editDistance } from "./distance";
import { AgencyEntry } from "./types";
import { displayText } from "../text/normalize";

/**
 * Reviewers sign official text: a name PhuLuc recognises only after ignoring its diacritics ("Sở Nội vu",
 * "So Tu phap") or a one-letter slip ("Sở Tài chíinh") is read as that agency — the reading is not in doubt —
 * and is reported with its correct spelling, so the plan goes out spelled right.
 */

export type Misspelling = "diacritics" | "typo";

const VOWEL = /[aeiouyàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/iu;

function words(text: string): string[] {
  return displayText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "");
}

/** Capital abbreviations ("UBND", "TT", "LĐTB") carry no diacritics to check. */
function isAbbreviation(word: string, allCaps: boolean): boolean {
  const caps = /\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word);
  return caps && (!allCaps || !VOWEL.test(word)) && word.length >= 2;
}

const entryWords = new WeakMap<AgencyEntry, { exact: Set<string>; folded: Set<string> }>();

function wordsOf(entry: AgencyEntry): { exact: Set<string>; folded: Set<string> } {
  let w = entryWords.get(entry);
  if (!w) {
    w = { exact: new Set(), folded: new Set() };
    for (const name of [entry.canonical, ...entry.aliases])
      for (const word of words(name)) {
        w.exact.add(word.toLowerCase());
        w.folded.add(foldWord(word));
      }
    entryWords.set(entry, w);
  }
  return w;
}

/**
 * True when a word of the written name is a word of the agency's names with its diacritics lost or wrong
 * ("vu" for "vụ", "phap" for "pháp"). Words the names do not have at all (a place name) are not judged.
 */
export function hasDiacriticSlip(written: string, entry: AgencyEntry): boolean {
  const shown = displayText(written);
  const allCaps = !/\p{Ll}/u.test(shown);
  const known = wordsOf(entry);
  for (const word of words(shown)) {
    if (isAbbreviation(word, allCaps)) continue;
    const lower = word.toLowerCase();
    if (!known.exact.has(lower) && known.folded.has(foldWord(word))) return true;
  }
  return false;
}

/** Long enough that one slip cannot turn one real name into another ("Sở Y tế" is short; "Sở Tài chíinh" is not). */
const MIN_TYPO_KEY = 10;

/** An unknown name one letter away from the suggested known name: a typo, not another agency. */
export function isOneLetterSlip(written: string, suggestion: string): boolean {
  const a = agencyKey(written);
  const b = agencyKey(suggestion);
  if (a.length < MIN_TYPO_KEY || b.length < MIN_TYPO_KEY) return false;
  // Only within words: a slip that merges or splits words ("Sở Nội vụ" vs "Sở Nộivụ") is left to the reader.
  if (a.split(" ").length !== b.split(" ").length) return false;
  return editDistance(a, b, 1) <= 1;
}
