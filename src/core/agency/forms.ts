import { builtinData } from "./directory";
import { foldKey } from "../text/normalize";
import { hasMoreWords, leadingKey } from "../text/leading-words";

/**
 * Names the directory does not list but whose form says what they are. A careful reader recognises "Viện
 * Nghiên cứu phát triển Thành phố" or, in a ministry's plan, "Cục Việc làm" as a body, and "các trường đại
 * học, cao đẳng trên địa bàn" or "nhà đầu tư" as a class of bodies — neither is an unknown agency. The head
 * words are data (directory.json, "forms"); the report marks such names as recognised by their form.
 */

let heads:
  { body: Array<{ key: string; words: number }>; group: Array<{ key: string; words: number }>; qualifiers: Set<string> } | undefined;

function compiled() {
  if (!heads) {
    const forms = builtinData().forms;
    const compile = (list: readonly string[]) =>
      list.map((h) => ({ key: foldKey(h), words: foldKey(h).split(" ").length })).sort((a, b) => b.words - a.words);
    heads = { body: compile(forms.bodyHeads), group: compile(forms.groupHeads), qualifiers: new Set(forms.groupQualifiers.map(foldKey)) };
  }
  return heads;
}

/** Longest name read by its form: past this it is a sentence, not a name. */
const MAX_FORM_WORDS = 16;

function startsWith(key: string, head: string): boolean {
  return key === head || key.startsWith(`${head} `);
}

/**
 * A named body: a capitalised head word ("Viện", "Trung tâm", "Cục") followed by a name that starts with a
 * capital or a digit ("Viện Nghiên cứu …", "Ban Cơ yếu Chính phủ", "Trung tâm Chuyển đổi số Thành phố").
 */
export function isNamedBody(text: string): boolean {
  // Past MAX_FORM_WORDS it is a sentence: said before anything long is split or folded.
  if (hasMoreWords(text, MAX_FORM_WORDS)) return false;
  const words = text.trim().split(/\s+/u);
  if (words.length < 2 || words.length > MAX_FORM_WORDS || !/^\p{Lu}/u.test(words[0] ?? "")) return false;
  const key = foldKey(text);
  for (const h of compiled().body) {
    if (!startsWith(key, h.key)) continue;
    const next = words[h.words];
    // A two-word head names the body by itself ("Ban Quản lý các khu công nghệ cao và khu công nghiệp").
    return next !== undefined && (/^[\p{Lu}\p{N}]/u.test(next) || (h.words >= 2 && /^\p{Lu}/u.test(words[1] ?? "")));
  }
  return false;
}

/**
 * A class of bodies: "các …", "những …" or a class noun ("Doanh nghiệp", "nhà đầu tư", "các trường đại học,
 * cao đẳng trên địa bàn tỉnh"), or a body word with "các" ("UBND các tỉnh, thành phố khác", "Công an các xã").
 */
export function isClassOfBodies(text: string): boolean {
  if (hasMoreWords(text, MAX_FORM_WORDS)) return false;
  const key = foldKey(text);
  if (key === "" || key.split(" ").length > MAX_FORM_WORDS) return false;
  if (compiled().group.some((h) => startsWith(key, h.key))) return true;
  return /^\S+(?: \S+){0,3} cac /.test(key) && /^\p{Lu}/u.test(text.trim());
}

/** Starts like a class: its pieces after a comma ("các bộ, cơ quan trung ương và địa phương") stay in it. */
export function startsPlural(text: string): boolean {
  // Both tests look at the first five folded words and whether a sixth follows.
  const key = leadingKey(text, 6);
  return /^(cac|nhung|moi|toan bo) /.test(key) || /^\S+(?: \S+){0,3} cac /.test(key);
}

/** "khác", "có đảo": a remark that narrows a group ("UBND các tỉnh, thành phố khác") rather than comments on it. */
export function isGroupQualifier(remark: string): boolean {
  return compiled().qualifiers.has(foldKey(remark));
}

/**
 * An office word with no name ("UBND", "Sở", "Phòng"): it names no body a clerk could send a list to. Summaries
 * count no such "agency"; the check reports it (UNKNOWN_AGENCY, with the plan's own likely meaning).
 */
export function isBareOfficeWord(text: string): boolean {
  const key = foldKey(text);
  return (
    ["ubnd", "uy ban nhan dan", "so", "phong", "bo", "ban", "co quan", "don vi", "hdnd"].includes(key) ||
    compiled().body.some((h) => h.key === key)
  );
}
