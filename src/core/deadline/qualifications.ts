import { Milestone } from "./types";

/**
 * Deadline cells of today's plans often add to the date what happens after it, or split the work in phases:
 * "Hoàn thành trong năm 2026; cập nhật, bổ sung hằng năm (nếu có)", "Hoàn thành trong quý I năm 2026 và có
 * rà soát, sửa đổi, bổ sung trong các năm tiếp theo (nếu có)", "Thí điểm năm 2026 – 2027, nhân rộng từ năm
 * 2028", "Triển khai từ năm 2026 và thực hiện thường xuyên, liên tục", "Nhiệm vụ thường xuyên". A fragment the
 * phrase rules cannot read whole is cut into clauses; each clause is read as a date phrase, or else as one of
 * the follow-ups below — and only if every clause is read is the fragment understood. Nothing is dropped:
 * each follow-up becomes a milestone of its own (recurring or continuous), labelled with its words.
 */

// "(nếu có)", "(nếu khả thi)": the follow-up is conditional on there being something to do; the date stands.
const IF_ANY = /\s*\((?:nếu có|nếu khả thi|nếu cần)\)\s*/giu;

// Word boundaries are spelled out ((?<![\p{L}\p{N}]) …): \b knows only ASCII letters, and "định kỳ" starts with one it does not.
// Between clauses: a sentence stop, "và", or a comma before an action word of a new phase.
const CLAUSE =
  /\.\s+(?=\p{Lu})|\s+và\s+|,\s+(?=(?:nhân rộng|mở rộng|thực hiện|vận hành|cập nhật|định kỳ|triển khai|tổ chức)(?![\p{L}\p{N}]))/iu;

// Words that turn a follow-up around ("không cập nhật hằng năm"): then it is not read.
const NEGATION = /(?<![\p{L}\p{N}])(?:không|chưa|dừng|ngừng|hoãn)(?![\p{L}\p{N}])/iu;

/** "01 ngày làm việc", "15 ngày", "03 tháng": how long, not by when. */
export function isDuration(fragment: string): boolean {
  return /^\s*(?:trong\s+(?:vòng\s+)?|tối đa\s+)?\d{1,3}\s*(?:ngày|tuần|tháng|giờ)(?:\s+làm việc)?(?:,?\s+kể từ(?=\s|$).*)?\s*$/iu.test(
    fragment,
  );
}

export function withoutIfAny(fragment: string): string {
  return fragment.replace(IF_ANY, " ").trim();
}

export function clauses(fragment: string): string[] {
  return fragment
    .split(CLAUSE)
    .map((c) => c.trim().replace(/[.,;]+$/u, ""))
    .filter((c) => c !== "");
}

/** The phrase a follow-up clause stands for, read by the ordinary rules; null when it is not a follow-up. */
export function followUpPhrase(clause: string): string | null {
  if (NEGATION.test(clause)) return null;
  const from = /(?<![\p{L}\p{N}])(?:từ\s+sau|sau|từ)\s+năm\s+(\d{4})(?:\s+trở\s+đi)?$/iu.exec(clause);
  // Any other number in a follow-up is a date the rules did not read ("Hằng năm 2021"): not a follow-up.
  if (!from && /\d/u.test(clause)) return null;
  // …and a date word left over ("thường xuyên quý") is a date the rules did not read either.
  const rest = clause.replace(
    /(?<![\p{L}\p{N}])(?:các|những) năm tiếp theo(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])hằng năm(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])hàng năm(?![\p{L}\p{N}])/giu,
    " ",
  );
  if (!from && /(^|[^\p{L}])(quý|quí|tháng|năm|ngày|tuần)(?![\p{L}])/iu.test(rest)) return null;
  if (from) {
    const year = Number(from[1]) + (/^(?:từ\s+sau|sau)/iu.test(from[0]) ? 1 : 0);
    return `Từ năm ${year}`;
  }
  if (
    /(?<![\p{L}\p{N}])(?:các năm tiếp theo|những năm tiếp theo|hằng năm|hàng năm|định kỳ hằng năm|định kỳ hàng năm)(?![\p{L}\p{N}])/iu.test(
      clause,
    )
  )
    return "Hằng năm";
  if (/(?<![\p{L}\p{N}])định kỳ(?![\p{L}\p{N}])/iu.test(clause)) return "Hằng năm";
  if (/(?<![\p{L}\p{N}])(?:thường xuyên|liên tục)(?![\p{L}\p{N}])/iu.test(clause)) return "Thường xuyên";
  return null;
}

/** The words of a follow-up clause that name it: without its "từ năm 2028" (labels never hold dates). */
export function followUpLabel(clause: string): string | undefined {
  const label = clause.replace(/\s*(?<![\p{L}\p{N}])(?:từ\s+sau|sau|từ)\s+năm\s+\d{4}(?:\s+trở\s+đi)?$/iu, "").trim();
  return label === "" ? undefined : label;
}

/** "Triển khai từ năm 2026 và thực hiện thường xuyên, liên tục" is one continuous task, not two. */
export function mergeContinuous(milestones: Milestone[]): Milestone[] {
  const out: Milestone[] = [];
  for (const m of milestones) {
    const last = out[out.length - 1];
    if (last && last.kind === "continuous" && m.kind === "continuous" && m.start === undefined) continue;
    out.push(m);
  }
  return out;
}

/**
 * "Đầu năm 2026", "giữa năm 2026": a reader takes them as the first quarter and the first half of the year. PhuLuc
 * reads them so — and says so (DEADLINE_APPROXIMATE), because the plan did not name a date. "Cuối năm 2026" needs
 * no such note: the end of the year is the year's own due date.
 */
export function approximatePhrase(fragment: string): { phrase: string; words: string } | null {
  const m = /^(.*?)\s*(đầu|giữa)\s+năm\s+(\d{4})$/iu.exec(fragment.trim());
  if (!m || NEGATION.test(m[1] ?? "")) return null;
  const year = m[3] as string;
  const label = (m[1] ?? "").trim();
  const phrase = (m[2] as string).toLowerCase() === "đầu" ? `Quý I/${year}` : `6 tháng đầu năm ${year}`;
  return { phrase: label ? `${label} trong ${phrase}` : phrase, words: `${(m[2] as string).toLowerCase()} năm ${year}` };
}
