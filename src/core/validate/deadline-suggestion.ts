import { DeadlineItem } from "../report/schema";

/**
 * Deadlines typed without Vietnamese marks ("Quy IV/2021", "Truoc 31/12/2021") are the most common reason
 * a deadline cannot be read. We restore the marks of the few words deadlines use and offer the result
 * only if it then reads, so a suggestion is never a guess the parser itself would not accept.
 */
const WORDS: ReadonlyArray<[RegExp, string]> = [
  [/\bqu[iy]\b/giu, "Quý"],
  [/\bthang\b/giu, "tháng"],
  [/\bnam\b/giu, "năm"],
  [/\bngay\b/giu, "ngày"],
  [/\btruoc\b/giu, "trước"],
  [/\btrong\b/giu, "trong"],
  [/\bh[aă]ng\b/giu, "hằng"],
  [/\bthuong xuyen\b/giu, "thường xuyên"],
  [/\bdinh ky\b/giu, "định kỳ"],
  [/\bbao cao\b/giu, "báo cáo"],
  [/\bke hoach\b/giu, "kế hoạch"],
  [/\bdau\b/giu, "đầu"],
  [/\bcuoi\b/giu, "cuối"],
  [/\btu\b/giu, "từ"],
  [/\bden\b/giu, "đến"],
];

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function suggestDeadline(text: string, read: (text: string) => DeadlineItem): string | undefined {
  let fixed = text.normalize("NFC");
  for (const [pattern, word] of WORDS) fixed = fixed.replace(pattern, word);
  fixed = capitalise(fixed.trim());
  if (fixed === text.trim()) return undefined;
  return read(fixed).understood ? fixed : undefined;
}
