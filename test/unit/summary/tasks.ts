import { AgencyItem, DeadlineItem } from "../../../src/core/report/schema";
import { SummaryTask } from "../../../src/core/summary";

/** Hand-made tasks for the counting tests: agencies by name ("*" marks a group), deadlines as milestones. */
export function agency(name: string): AgencyItem {
  const group = name.startsWith("*");
  const n = group ? name.slice(1) : name;
  return { text: n, canonical: n, group, known: true };
}

type M = DeadlineItem["milestones"][number];

export const q = (quarter: string, label?: string): M => {
  const [y, n] = quarter.split("-Q").map(Number) as [number, number];
  const month = String(n * 3).padStart(2, "0");
  const day = n === 1 || n === 4 ? "31" : "30";
  return { kind: "quarter", due: `${y}-${month}-${day}`, quarters: [quarter], ...(label ? { label } : {}) };
};
export const date = (iso: string, quarter: string): M => ({ kind: "date", due: iso, quarters: [quarter] });
export const yearly = (quarters: string[], from: number, to: number): M => ({ kind: "recurring", every: "year", quarters, from, to });
export const quarterly = (quarters: string[]): M => ({ kind: "recurring", every: "quarter", quarters });
export const continuous = (): M => ({ kind: "continuous", quarters: [] });
export const conditional = (): M => ({ kind: "conditional", quarters: [] });

let row = 10;
export function task(
  lead: string[],
  support: string[],
  milestones: M[] | "unreadable" | "blank",
  extra: Partial<SummaryTask> = {},
): SummaryTask {
  const deadline: DeadlineItem =
    milestones === "blank"
      ? { text: "", understood: false, milestones: [] }
      : milestones === "unreadable"
        ? { text: "khi nào xong", understood: false, milestones: [] }
        : { text: "(thời gian)", understood: true, milestones };
  row++;
  return {
    file: "plan.xlsx",
    sheet: "Phụ lục",
    row,
    tt: String(row - 10),
    section: "I. Cải cách thể chế",
    task: `Nhiệm vụ ${row}`,
    product: "Kế hoạch",
    lead: lead.map(agency),
    support: support.map(agency),
    deadline,
    ...extra,
  };
}
