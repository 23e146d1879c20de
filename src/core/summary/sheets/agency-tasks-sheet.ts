import { CellLink, SheetSpec, SpecCell } from "../../sheets/spec";
import { AgencyRef } from "../agencies";
import { AgencyTaskList, ListedTask } from "../agency-lists";
import { describeDeadline } from "../../deadline/words";
import { SummaryTask } from "../types";
import { cell, merge, SheetRows, styledRow } from "./cells";
import { PlanInfo, pushHeading } from "./heading";
import { printSetup } from "./print";

const WIDTHS = [5, 16, 40, 22, 20, 16, 20, 10];
const WIDTH = WIDTHS.length;

export interface AgencyTasksSheetInput {
  readonly name: string;
  readonly info: PlanInfo;
  readonly list: AgencyTaskList;
  /** Where each task came from, in the workbook the sheet is written to; null when there is nowhere to link. */
  readonly link: (task: SummaryTask) => CellLink | null;
  /** Several source sheets: say which one a row is on. */
  readonly manySources: boolean;
}

function names(list: readonly AgencyRef[]): string {
  return list.map((a) => a.name).join("; ");
}

function othersText(t: ListedTask, role: "lead" | "support"): string {
  const lines: string[] = [];
  if (t.otherLeads.length) lines.push(`${role === "lead" ? "Cùng chủ trì" : "Chủ trì"}: ${names(t.otherLeads)}`);
  if (t.otherSupports.length) lines.push(`${role === "lead" ? "Phối hợp" : "Phối hợp khác"}: ${names(t.otherSupports)}`);
  return lines.join("\n");
}

function taskRow(t: ListedTask, role: "lead" | "support", input: AgencyTasksSheetInput): SpecCell[] {
  const task = t.timed.task;
  const link = input.link(task);
  const where = input.manySources ? `${task.sheet}, dòng ${task.row}` : `Dòng ${task.row}`;
  return [
    cell(task.tt, "number"),
    cell(task.section ?? "", "text"),
    cell(task.task, "text"),
    cell(task.product, "text"),
    cell(othersText(t, role), "text"),
    cell(task.deadline.text, "text"),
    cell(describeDeadline(task.deadline), "text"),
    link ? cell(where, "link", link) : cell(where, "text"),
  ];
}

/** "Nhiệm vụ – <cơ quan>": the tasks one agency leads, then those it supports, ready to send to it. */
export function agencyTasksSheet(input: AgencyTasksSheetInput): SheetSpec {
  const { agency, lead, support } = input.list;
  const rows = new SheetRows();
  pushHeading(rows, WIDTH, `NHIỆM VỤ CỦA ${agency.name.toLocaleUpperCase("vi")}`, input.info, [
    `Chủ trì: ${lead.length} nhiệm vụ · Phối hợp: ${support.length} nhiệm vụ`,
  ]);
  const header = rows.push(
    styledRow(WIDTH, "header", [
      cell("TT", "header"),
      cell("Mục", "header"),
      cell("Nhiệm vụ", "header"),
      cell("Sản phẩm", "header"),
      cell("Cơ quan cùng thực hiện", "header"),
      cell("Thời gian (như trong kế hoạch)", "header"),
      cell("Thời hạn (cách hiểu)", "header"),
      cell("Vị trí trong kế hoạch", "header"),
    ]),
    36,
  );
  const blocks: Array<[string, readonly ListedTask[], "lead" | "support"]> = [
    [`A. NHIỆM VỤ CHỦ TRÌ (${lead.length})`, lead, "lead"],
    [`B. NHIỆM VỤ PHỐI HỢP (${support.length})`, support, "support"],
  ];
  for (const [title, list, role] of blocks) {
    rows.pushWide(WIDTH, title, "section");
    if (list.length === 0) {
      const r = rows.push(styledRow(WIDTH, "text", [cell("(Không có)", "text")]));
      rows.merges.push(merge(r, 0, r, WIDTH - 1));
    }
    for (const t of list) rows.push(taskRow(t, role, input));
  }
  rows.blank();
  rows.pushWide(
    WIDTH,
    "“Thời hạn (cách hiểu)” là cách PhuLuc đọc ô thời gian; khi khác với ý của kế hoạch, văn bản kế hoạch là căn cứ.",
    "note",
  );

  return {
    name: input.name,
    kind: "agency-tasks",
    rows: rows.rows,
    merges: rows.merges,
    columnWidths: WIDTHS,
    rowHeights: rows.heights,
    freeze: { rows: header + 1, cols: 0 },
    print: printSetup(header, header),
  };
}
