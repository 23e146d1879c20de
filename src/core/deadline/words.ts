import { Lang } from "../text/lang";
import { quarterLabel } from "../summary/quarters";
import { errorValueIn } from "../validate/cell-errors";
import { Milestone, MilestoneKind, Rhythm, UnparsedReason } from "./types";

/**
 * Milestones put into words — the one place for it. Two readers need them, and they need different things:
 *
 * - the summary sheets (`describeDeadline`): a sentence in Vietnamese a clerk checks against the plan as written
 *   ("Quý IV/2021, hạn 31/12/2021", "Hằng năm, hạn 25/12 (2021–2025)");
 * - `phuluc deadline` (`deadlineLine`): a compact reading in either language that shows every field the parser
 *   found ("quý · hạn 31/12/2021 (2021-Q4)"), so that a wrong reading is visible at a glance.
 *
 * Both are built from the same vocabulary below, so a word changes in one place. A milestone read back from a
 * report (`DeadlineItem`, where `text` is optional) is described the same way as one straight from the parser.
 */
export type MilestoneFacts = Omit<Milestone, "text"> & { readonly text?: string };

type Words = Readonly<Record<Lang, string>>;

/** Each kind by its name, as `phuluc deadline` shows it first. */
const KIND: Readonly<Record<MilestoneKind, Words>> = {
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

/** A rhythm of one unit ("hằng năm"); the summary sheets start a sentence with it, capitalised. */
const RHYTHM: Readonly<Record<Rhythm, Words>> = {
  year: { vi: "hằng năm", en: "yearly" },
  quarter: { vi: "hằng quý", en: "quarterly" },
  month: { vi: "hằng tháng", en: "monthly" },
  week: { vi: "hằng tuần", en: "weekly" },
};

/** The unit of a rhythm of several units ("6 tháng một lần", "every 6 months"). */
const UNIT: Readonly<Record<Rhythm, Words>> = {
  year: { vi: "năm", en: "years" },
  quarter: { vi: "quý", en: "quarters" },
  month: { vi: "tháng", en: "months" },
  week: { vi: "tuần", en: "weeks" },
};

/** Why a fragment was not understood, as `phuluc deadline` says it. */
const REASON: Readonly<Record<UnparsedReason, Words>> = {
  unknown: { vi: "không nhận ra thời gian", en: "no deadline phrase recognised" },
  "impossible-date": { vi: "ngày, tháng hoặc quý không tồn tại", en: "no such day, month or quarter" },
  "out-of-range": { vi: "năm ngoài khoảng 1990–2100", en: "year outside 1990–2100" },
  "year-missing": {
    vi: "thiếu năm — ghi rõ năm hoặc dùng --plan-period với một năm",
    en: "year missing — write the year or pass a one-year --plan-period",
  },
  "two-digit-year": { vi: "năm chỉ có 2 chữ số", en: "two-digit year" },
  "bad-range": { vi: "giai đoạn kết thúc trước khi bắt đầu", en: "range ends before it starts" },
  "unclear-words": { vi: "có từ làm thay đổi hoặc che nghĩa của thời gian", en: "words that change or hide the date" },
  duration: { vi: "là thời lượng thực hiện, không phải thời hạn", en: "a duration, not a deadline" },
  "too-long": {
    vi: "quá dài, không thể là một thời hạn (hơn 2.000 ký tự): PhuLuc không đọc ô này",
    en: "too long to be a deadline (over 2,000 characters): PhuLuc does not read this cell",
  },
};

const LINE_WORDS = {
  due: { vi: "hạn", en: "due" },
  approximate: { vi: "ước chừng, từ", en: "approximate, from" },
  from: { vi: "từ", en: "from" },
  notUnderstood: { vi: "không hiểu", en: "not understood" },
  blank: { vi: "(trống)", en: "(blank)" },
  every: { vi: "mỗi", en: "every" },
} as const satisfies Record<string, Words>;

/** "2021-12-31" → "31/12/2021", the Vietnamese way of writing a date; anything else stays as it is. */
export function vnDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** "12-25" (MM-DD) → "25/12". */
function vnMonthDay(monthDay: string): string {
  return `${monthDay.slice(3)}/${monthDay.slice(0, 2)}`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// — The summary sheets' sentence (Vietnamese: the sheets are printed for the office) —

function years(m: MilestoneFacts): string {
  const { from, to } = m;
  if (from !== undefined && to !== undefined) return from === to ? ` (năm ${from})` : ` (${from}–${to})`;
  if (from !== undefined) return ` (từ năm ${from})`;
  if (to !== undefined) return ` (đến năm ${to})`;
  return "";
}

function rhythmSentence(m: MilestoneFacts): string {
  const interval = m.interval !== undefined && m.interval > 1 ? m.interval : 1;
  if (interval > 1) return `${interval} ${m.every ? UNIT[m.every].vi : ""} một lần`;
  return m.every ? capitalise(RHYTHM[m.every].vi) : "Định kỳ";
}

/** One milestone in words, with its due date: what a clerk can check against the text as written. */
export function describeMilestone(m: MilestoneFacts): string {
  const due = m.due ? vnDate(m.due) : undefined;
  let body: string;
  switch (m.kind) {
    case "recurring": {
      const day = m.monthDay && m.every === "year" ? `, hạn ${vnMonthDay(m.monthDay)}` : "";
      body = `${rhythmSentence(m)}${day}${years(m)}`;
      break;
    }
    case "continuous":
      body = `Thường xuyên${years(m)}`;
      break;
    case "conditional":
      body = m.condition ? `Không có hạn cụ thể: ${m.condition}` : "Không có hạn cụ thể";
      break;
    case "range":
      body = `${m.from !== undefined ? `Từ năm ${m.from} ` : ""}đến ${due ?? "?"}`;
      break;
    case "quarter":
      body = `${m.quarters[0] ? quarterLabel(m.quarters[0]) : "Quý"}, hạn ${due ?? "?"}`;
      break;
    default: {
      const q = m.quarters[0];
      body = `Hạn ${due ?? "?"}${q ? ` (${quarterLabel(q)})` : ""}`;
    }
  }
  // The remark qualifies the date ("sau khi Chính phủ ban hành Nghị định …"): shown, as it was written.
  if (m.remark) body += ` (${m.remark})`;
  return m.label ? `${m.label}: ${body.charAt(0).toLowerCase()}${body.slice(1)}` : body;
}

/** The deadline as understood, one milestone per line; says plainly when it was blank or not understood. */
export function describeDeadline(deadline: {
  readonly text: string;
  readonly understood: boolean;
  readonly milestones: readonly MilestoneFacts[];
}): string {
  if (deadline.text.trim() === "") return "Chưa ghi thời gian";
  if (!deadline.understood) {
    // A formula error is not a deadline written badly: the clerk must fix the cell's formula (FORMULA_ERROR).
    const error = errorValueIn(deadline.text);
    return error ? `Lỗi công thức ${error} — cần sửa ô` : "Chưa đọc được — cần xem lại";
  }
  if (deadline.milestones.length === 0) return "Không có hạn cụ thể";
  return deadline.milestones.map(describeMilestone).join("\n");
}

// — The command line's compact reading (either language): every field the parser found, in a fixed order —

function dateIn(lang: Lang, iso: string): string {
  return lang === "vi" ? vnDate(iso) : iso;
}

function milestoneLine(m: MilestoneFacts, lang: Lang): string {
  const parts: string[] = [];
  let kind = KIND[m.kind][lang];
  if (m.every) kind += " " + (m.interval ? `${LINE_WORDS.every[lang]} ${m.interval} ${UNIT[m.every][lang]}` : RHYTHM[m.every][lang]);
  parts.push(kind);
  if (m.start) parts.push(`${LINE_WORDS.from[lang]} ${dateIn(lang, m.start)}`);
  if (m.due) parts.push(`${LINE_WORDS.due[lang]} ${dateIn(lang, m.due)}`);
  // English keeps ISO 8601's "--MM-DD" for a day of every year; Vietnamese writes it "25/12".
  if (m.monthDay) parts.push(`${LINE_WORDS.due[lang]} ${lang === "vi" ? vnMonthDay(m.monthDay) : `--${m.monthDay}`}`);
  if (m.from !== undefined && !m.due) parts.push(m.to !== undefined && m.to !== m.from ? `${m.from}–${m.to}` : String(m.from));
  if (m.condition) parts.push(m.condition);
  if (m.approximate) parts.push(`${LINE_WORDS.approximate[lang]} "${m.approximate}"`);
  if (m.remark) parts.push(`(${m.remark})`);
  let line = parts.join(" · ");
  if (m.quarters.length > 0) {
    // A recurring milestone over a long plan lists dozens of quarters: the first three and the last say enough.
    const qs =
      m.quarters.length > 6 ? `${m.quarters.slice(0, 3).join(", ")}, … ${m.quarters[m.quarters.length - 1]}` : m.quarters.join(", ");
    line += ` (${qs})`;
  }
  return m.label ? `${m.label}: ${line}` : line;
}

/** One cell as `phuluc deadline` prints it: the text as written (line breaks as " / "), then what was read. */
export function deadlineLine(
  r: {
    readonly text: string;
    readonly milestones: readonly MilestoneFacts[];
    readonly problems?: readonly { readonly text: string; readonly reason: UnparsedReason }[];
  },
  lang: Lang,
): string {
  const shown = r.text.replace(/\s*\n\s*/g, " / ").trim();
  const items = r.milestones.map((m) => milestoneLine(m, lang));
  for (const p of r.problems ?? []) items.push(`✗ ${LINE_WORDS.notUnderstood[lang]}: ${p.text} (${REASON[p.reason][lang]})`);
  if (items.length === 0) items.push(LINE_WORDS.blank[lang]);
  return `${shown} → ${items.join("; ")}`;
}
