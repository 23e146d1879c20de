import { DeadlineItem } from "../report/schema";
import { errorValueIn } from "../validate/cell-errors";
import { quarterLabel } from "./quarters";

type Milestone = DeadlineItem["milestones"][number];

/** "2021-12-31" → "31/12/2021", the Vietnamese way of writing a date. */
export function vnDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

const EVERY: Record<string, string> = { year: "Hằng năm", quarter: "Hằng quý", month: "Hằng tháng", week: "Hằng tuần" };
const UNIT: Record<string, string> = { year: "năm", quarter: "quý", month: "tháng", week: "tuần" };

function years(m: Milestone): string {
  const from = typeof m.from === "number" ? m.from : undefined;
  const to = typeof m.to === "number" ? m.to : undefined;
  if (from !== undefined && to !== undefined) return from === to ? ` (năm ${from})` : ` (${from}–${to})`;
  if (from !== undefined) return ` (từ năm ${from})`;
  if (to !== undefined) return ` (đến năm ${to})`;
  return "";
}

function stringField(m: Milestone, name: string): string | undefined {
  const v = (m as Record<string, unknown>)[name];
  return typeof v === "string" && v !== "" ? v : undefined;
}

function dueQuarter(m: Milestone): string {
  const q = m.quarters[0];
  return q ? ` (${quarterLabel(q)})` : "";
}

/** One milestone in words, with its due date: what a clerk can check against the text as written. */
export function describeMilestone(m: Milestone): string {
  const due = m.due ? vnDate(m.due) : undefined;
  let body: string;
  switch (m.kind) {
    case "recurring": {
      const interval = typeof m.interval === "number" && m.interval > 1 ? m.interval : 1;
      const rhythm = interval > 1 ? `${interval} ${UNIT[m.every ?? ""] ?? ""} một lần` : (EVERY[m.every ?? ""] ?? "Định kỳ");
      const monthDay = stringField(m, "monthDay");
      const day = monthDay && m.every === "year" ? `, hạn ${monthDay.slice(3)}/${monthDay.slice(0, 2)}` : "";
      body = `${rhythm}${day}${years(m)}`;
      break;
    }
    case "continuous":
      body = `Thường xuyên${years(m)}`;
      break;
    case "conditional": {
      const condition = stringField(m, "condition");
      body = condition ? `Không có hạn cụ thể: ${condition}` : "Không có hạn cụ thể";
      break;
    }
    case "range":
      body = `${typeof m.from === "number" ? `Từ năm ${m.from} ` : ""}đến ${due ?? "?"}`;
      break;
    case "quarter":
      body = `${m.quarters[0] ? quarterLabel(m.quarters[0]) : "Quý"}, hạn ${due ?? "?"}`;
      break;
    default:
      body = `Hạn ${due ?? "?"}${dueQuarter(m)}`;
  }
  return m.label ? `${m.label}: ${body.charAt(0).toLowerCase()}${body.slice(1)}` : body;
}

/** The deadline as understood, one milestone per line; says plainly when it was blank or not understood. */
export function describeDeadline(deadline: DeadlineItem): string {
  if (deadline.text.trim() === "") return "Chưa ghi thời gian";
  if (!deadline.understood) {
    // A formula error is not a deadline written badly: the clerk must fix the cell's formula (FORMULA_ERROR).
    const error = errorValueIn(deadline.text);
    return error ? `Lỗi công thức ${error} — cần sửa ô` : "Chưa đọc được — cần xem lại";
  }
  if (deadline.milestones.length === 0) return "Không có hạn cụ thể";
  return deadline.milestones.map(describeMilestone).join("\n");
}
