import { CellLink, SheetSpec, SpecCell } from "../../sheets/spec";
import { quarterRoman, parseQuarterKey } from "../quarters";
import { AgencyTally } from "../tally";
import { cell, count, merge, SheetRows, styledRow } from "./cells";
import { PlanInfo, pushHeading } from "./heading";
import { printSetup } from "./print";

export const BY_AGENCY_TITLE = "TỔNG HỢP NHIỆM VỤ THEO CƠ QUAN";

const WIDTHS = [5, 34, 9, 9, 9, 8, 10, 10, 9, 8, 30, 15];
const WIDTH = WIDTHS.length;

/** "IV/2021: 3; I/2022: 1": the quarters an agency's lead tasks fall due in, compact enough for one cell. */
export function quarterList(byQuarter: Readonly<Record<string, number>>): string {
  return Object.keys(byQuarter)
    .sort()
    .map((q) => `${quarterRoman(q)}/${parseQuarterKey(q)?.year ?? ""}: ${byQuarter[q]}`)
    .join("; ");
}

export interface ByAgencySheetInput {
  readonly name: string;
  readonly info: PlanInfo;
  readonly tallies: readonly AgencyTally[];
  readonly taskCount: number;
  readonly noLead: number;
  /** The list sheet of each agency that has one (by agency key). */
  readonly listSheets: ReadonlyMap<string, string>;
}

function agencyRow(n: number, a: AgencyTally, list: string | undefined): SpecCell[] {
  const link: CellLink | undefined = list ? { sheet: list, address: "A1" } : undefined;
  return [
    cell(n, "number"),
    cell(a.name, "text"),
    cell(a.leadTasks.length, "total"),
    cell(a.supportTasks.length, "total"),
    count(a.lead.dated),
    count(a.lead.recurring),
    count(a.lead.continuous),
    count(a.lead.undated),
    count(a.lead.unreadable),
    count(a.lead.missing),
    cell(quarterList(a.lead.byQuarter), "text"),
    link ? cell("Xem danh sách", "link", link) : cell(null, "text"),
  ];
}

/** "Tổng hợp theo cơ quan": one row per agency, named agencies first, groups after. */
export function byAgencySheet(input: ByAgencySheetInput): SheetSpec {
  const rows = new SheetRows();
  pushHeading(rows, WIDTH, BY_AGENCY_TITLE, input.info);

  const h0 = rows.push(
    styledRow(WIDTH, "header", [
      cell("TT", "header"),
      cell("Cơ quan, đơn vị", "header"),
      cell("Số nhiệm vụ", "header"),
      null,
      cell("Nhiệm vụ chủ trì, theo thời hạn", "header"),
      null,
      null,
      null,
      null,
      null,
      cell("Quý đến hạn của nhiệm vụ chủ trì (số nhiệm vụ)", "header"),
      cell("Danh sách nhiệm vụ", "header"),
    ]),
  );
  const h1 = rows.push(
    styledRow(WIDTH, "header", [
      null,
      null,
      cell("Chủ trì", "header"),
      cell("Phối hợp", "header"),
      cell("Có hạn theo quý", "header"),
      cell("Định kỳ", "header"),
      cell("Thường xuyên", "header"),
      cell("Không có hạn cụ thể", "header"),
      cell("Chưa đọc được", "header"),
      cell("Chưa ghi", "header"),
    ]),
    48,
  );
  rows.merges.push(merge(h0, 0, h1, 0), merge(h0, 1, h1, 1), merge(h0, 2, h0, 3), merge(h0, 4, h0, 9));
  rows.merges.push(merge(h0, 10, h1, 10), merge(h0, 11, h1, 11));

  const blocks: Array<[string, AgencyTally[]]> = [
    ["A. CƠ QUAN, ĐƠN VỊ", input.tallies.filter((t) => !t.group)],
    ["B. NHÓM CƠ QUAN (tính cả nhóm, không tách từng cơ quan thành viên)", input.tallies.filter((t) => t.group)],
  ];
  for (const [title, list] of blocks) {
    if (list.length === 0) continue;
    rows.pushWide(WIDTH, title, "section");
    list.forEach((a, i) => rows.push(agencyRow(i + 1, a, input.listSheets.get(a.key))));
  }
  if (input.tallies.length === 0) rows.pushWide(WIDTH, "Không có cơ quan nào được ghi trong bảng.", "text");

  rows.blank();
  const notes = [
    `Kế hoạch có ${input.taskCount} nhiệm vụ${input.noLead ? `, trong đó ${input.noLead} nhiệm vụ chưa ghi cơ quan chủ trì` : ""}.`,
    "Nhiệm vụ có nhiều cơ quan chủ trì được tính cho từng cơ quan, nên cộng cột “Chủ trì” có thể lớn hơn số nhiệm vụ.",
    "Các cột theo thời hạn chỉ tính nhiệm vụ chủ trì; một nhiệm vụ có thể thuộc nhiều cột (ví dụ vừa có hạn theo quý vừa định kỳ).",
    "Nhiệm vụ có thời gian chưa đọc được không được tính vào quý nào; cần xem lại ô thời gian trong kế hoạch.",
  ];
  for (const n of notes) rows.pushWide(WIDTH, n, "note");

  return {
    name: input.name,
    kind: "by-agency",
    rows: rows.rows,
    merges: rows.merges,
    columnWidths: WIDTHS,
    rowHeights: rows.heights,
    freeze: { rows: h1 + 1, cols: 2 },
    print: printSetup(h0, h1),
  };
}
