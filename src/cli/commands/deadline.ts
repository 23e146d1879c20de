import { CliIO, stdinCells } from "../io";
import { guessLang, parseOptionsOnly, readLang, readPlanPeriod } from "../options";
import { Lang } from "../messages";
import { parseDeadline } from "../../core/deadline";
import { DeadlineResult, Milestone, MilestoneKind, UnparsedReason } from "../../core/deadline/types";

/**
 * `phuluc deadline [--plan-period P] [--json] [--lang vi|en]`: one deadline cell per stdin line (a literal
 * `\n` is a line break inside the cell). With --json, one DeadlineResult per line (the contract's `deadline`
 * object); otherwise one readable line per cell. The words of this command live here, in both languages.
 */

const KIND: Record<MilestoneKind, Record<Lang, string>> = {
  date: { vi: "ngày", en: "date" },
  month: { vi: "tháng", en: "month" },
  quarter: { vi: "quý", en: "quarter" },
  half: { vi: "6 tháng", en: "half-year" },
  year: { vi: "năm", en: "year" },
  range: { vi: "giai đoạn", en: "range" },
  recurring: { vi: "định kỳ", en: "recurring" },
  continuous: { vi: "thường xuyên", en: "ongoing" },
  conditional: { vi: "theo điều kiện", en: "conditional" },
};

const EVERY: Record<string, Record<Lang, string>> = {
  year: { vi: "hằng năm", en: "yearly" },
  quarter: { vi: "hằng quý", en: "quarterly" },
  month: { vi: "hằng tháng", en: "monthly" },
  week: { vi: "hằng tuần", en: "weekly" },
};

const REASON: Record<UnparsedReason, Record<Lang, string>> = {
  unknown: { vi: "không nhận ra thời gian", en: "no deadline phrase recognised" },
  "impossible-date": { vi: "ngày, tháng hoặc quý không tồn tại", en: "no such day, month or quarter" },
  "out-of-range": { vi: "năm ngoài khoảng 1990–2100", en: "year outside 1990–2100" },
  "year-missing": { vi: "thiếu năm — ghi rõ năm hoặc dùng --plan-period với một năm", en: "year missing — write the year or pass a one-year --plan-period" },
  "two-digit-year": { vi: "năm chỉ có 2 chữ số", en: "two-digit year" },
  "bad-range": { vi: "giai đoạn kết thúc trước khi bắt đầu", en: "range ends before it starts" },
  "unclear-words": { vi: "có từ làm thay đổi hoặc che nghĩa của thời gian", en: "words that change or hide the date" },
  duration: { vi: "là thời lượng thực hiện, không phải thời hạn", en: "a duration, not a deadline" },
  "too-long": { vi: "quá dài, không thể là một thời hạn (hơn 2.000 ký tự): PhuLuc không đọc ô này", en: "too long to be a deadline (over 2,000 characters): PhuLuc does not read this cell" },
};

const WORDS = {
  due: { vi: "hạn", en: "due" },
  approximate: { vi: "ước chừng, từ", en: "approximate, from" },
  from: { vi: "từ", en: "from" },
  notUnderstood: { vi: "không hiểu", en: "not understood" },
  blank: { vi: "(trống)", en: "(blank)" },
  every: { vi: "mỗi", en: "every" },
  months: { vi: "tháng", en: "months" },
} as const;

function dmy(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

function describe(m: Milestone, lang: Lang): string {
  const parts: string[] = [];
  let kind = KIND[m.kind][lang];
  if (m.every) kind += " " + (m.interval ? `${WORDS.every[lang]} ${m.interval} ${WORDS.months[lang]}` : EVERY[m.every]![lang]);
  parts.push(kind);
  if (m.start) parts.push(`${WORDS.from[lang]} ${lang === "vi" ? dmy(m.start) : m.start}`);
  if (m.due) parts.push(`${WORDS.due[lang]} ${lang === "vi" ? dmy(m.due) : m.due}`);
  if (m.monthDay) {
    const [mm, dd] = m.monthDay.split("-");
    parts.push(`${WORDS.due[lang]} ${lang === "vi" ? `${dd}/${mm}` : `--${m.monthDay}`}`);
  }
  if (m.from !== undefined && !m.due) parts.push(m.to !== undefined && m.to !== m.from ? `${m.from}–${m.to}` : String(m.from));
  if (m.condition) parts.push(m.condition);
  if (m.approximate) parts.push(`${WORDS.approximate[lang]} "${m.approximate}"`);
  let line = parts.join(" · ");
  if (m.quarters.length > 0) {
    const qs = m.quarters.length > 6 ? `${m.quarters.slice(0, 3).join(", ")}, … ${m.quarters[m.quarters.length - 1]}` : m.quarters.join(", ");
    line += ` (${qs})`;
  }
  return m.label ? `${m.label}: ${line}` : line;
}

export function formatDeadline(r: DeadlineResult, lang: Lang): string {
  const shown = r.text.replace(/\s*\n\s*/g, " / ").trim();
  const items = r.milestones.map((m) => describe(m, lang));
  for (const p of r.problems ?? []) items.push(`✗ ${WORDS.notUnderstood[lang]}: ${p.text} (${REASON[p.reason][lang]})`);
  if (items.length === 0) items.push(WORDS.blank[lang]);
  return `${shown} → ${items.join("; ")}`;
}

export async function runDeadline(argv: string[], io: CliIO): Promise<number> {
  const args = parseOptionsOnly(argv, ["plan-period", "lang"], ["json"]);
  const lang = readLang(args.options, guessLang(argv));
  const planPeriod = readPlanPeriod(args.options);
  const cells = stdinCells(await io.readStdin());
  for (const cell of cells) {
    const result = parseDeadline(cell, planPeriod ? { planPeriod } : {});
    io.stdout((args.options.json ? JSON.stringify(result) : formatDeadline(result, lang)) + "\n");
  }
  return 0;
}
