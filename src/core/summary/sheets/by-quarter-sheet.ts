import { PlanPeriod } from "../../plan/period";
import { ChartSpec, SheetSpec, SpecCell } from "../../sheets/spec";
import { isInPeriod, parseQuarterKey, quarterColumns, quarterLabel, quarterRoman } from "../quarters";
import { AgencyTally, countTimings, TimedTask } from "../tally";
import { TimingCounts } from "../types";
import { cell, count, merge, SheetRows, styledRow } from "./cells";
import { PlanInfo, pushHeading } from "./heading";
import { printSetup } from "./print";

export const BY_QUARTER_TITLE = "TỔNG HỢP NHIỆM VỤ THEO QUÝ";
export const CHART_TITLE = "Số nhiệm vụ đến hạn theo quý";

const BUCKETS: ReadonlyArray<readonly [keyof Omit<TimingCounts, "byQuarter" | "dated">, string]> = [
  ["recurring", "Định kỳ"],
  ["continuous", "Thường xuyên"],
  ["undated", "Không có hạn cụ thể"],
  ["unreadable", "Chưa đọc được"],
  ["missing", "Chưa ghi"],
];

export interface ByQuarterSheetInput {
  readonly name: string;
  readonly info: PlanInfo;
  readonly period: PlanPeriod | null;
  readonly tallies: readonly AgencyTally[];
  readonly timed: readonly TimedTask[];
  /** The counting option in force: yearly recurring milestones also counted in their quarters. */
  readonly recurringInMatrix: boolean;
}

/** Column layout: TT, agency, one column per quarter, the row total, then the buckets outside the quarters. */
class Columns {
  readonly quarters: readonly string[];
  readonly first = 2;
  constructor(quarters: readonly string[]) {
    this.quarters = quarters;
  }
  get total(): number {
    return this.first + this.quarters.length;
  }
  get width(): number {
    return this.total + 1 + BUCKETS.length;
  }
  /** Narrow quarter columns for a five-year plan keep the sheet one page wide; a one-year plan can afford words. */
  get quarterWidth(): number {
    return this.quarters.length <= 8 ? 8 : 5;
  }
  widths(): number[] {
    return [5, 34, ...this.quarters.map(() => this.quarterWidth), 8, 9, 10, 10, 9, 8];
  }
}

function countsRow(
  cols: Columns,
  lead: string | number | null,
  label: string,
  counts: TimingCounts,
  style: "number" | "total",
  labelStyle: "text" | "total",
): SpecCell[] {
  const sum = cols.quarters.reduce((s, q) => s + (counts.byQuarter[q] ?? 0), 0);
  const numbers = (n: number) => (style === "total" ? cell(n, "total") : count(n));
  return [
    cell(lead, lead === null ? labelStyle : "number"),
    cell(label, labelStyle),
    ...cols.quarters.map((q) => numbers(counts.byQuarter[q] ?? 0)),
    cell(sum, "total"),
    ...BUCKETS.map(([k]) => numbers(counts[k])),
  ];
}

/** Adds up per-agency rows (the "Cộng" line: what a clerk gets by adding the column with a calculator). */
function addCounts(list: readonly TimingCounts[]): TimingCounts {
  const byQuarter: Record<string, number> = {};
  const sum = { dated: 0, recurring: 0, continuous: 0, undated: 0, unreadable: 0, missing: 0 };
  for (const c of list) {
    for (const [q, n] of Object.entries(c.byQuarter)) byQuarter[q] = (byQuarter[q] ?? 0) + n;
    for (const k of Object.keys(sum) as Array<keyof typeof sum>) sum[k] += c[k];
  }
  return { byQuarter, ...sum };
}

function pushHeader(rows: SheetRows, cols: Columns): [number, number] {
  const top: Array<SpecCell | null> = [cell("TT", "header"), cell("Cơ quan, đơn vị", "header")];
  const bottom: Array<SpecCell | null> = [null, null];
  cols.quarters.forEach((q, i) => {
    const year = parseQuarterKey(q)?.year;
    const prev = i > 0 ? parseQuarterKey(cols.quarters[i - 1] as string)?.year : undefined;
    top.push(year !== prev ? cell(`Năm ${year}`, "header") : null);
    bottom.push(cell(cols.quarterWidth >= 8 ? `Quý ${quarterRoman(q)}` : quarterRoman(q), "header"));
  });
  top.push(cell("Cộng các quý", "header"), ...BUCKETS.map(([, label]) => cell(label, "header")));
  const h0 = rows.push(styledRow(cols.width, "header", top), 32);
  const h1 = rows.push(styledRow(cols.width, "header", bottom), 20);
  rows.merges.push(merge(h0, 0, h1, 0), merge(h0, 1, h1, 1));
  for (let c = cols.total; c < cols.width; c++) rows.merges.push(merge(h0, c, h1, c));
  // One "Năm 2021" cell over its quarters.
  let start = cols.first;
  for (let i = 1; i <= cols.quarters.length; i++) {
    const here = i < cols.quarters.length ? parseQuarterKey(cols.quarters[i] as string)?.year : undefined;
    const before = parseQuarterKey(cols.quarters[i - 1] as string)?.year;
    if (here !== before) {
      const end = cols.first + i - 1;
      if (end > start) rows.merges.push(merge(h0, start, h0, end));
      start = end + 1;
    }
  }
  return [h0, h1];
}

/**
 * "Tổng hợp theo quý": agency × quarter over the plan period, lead tasks (block A) and supported tasks
 * (block B), then the tasks due per quarter, each task once (block C), with a column chart of block C.
 */
export function byQuarterSheet(input: ByQuarterSheetInput): SheetSpec {
  const all = countTimings(input.timed.map((t) => t.timing));
  const cols = new Columns(quarterColumns(input.period, Object.keys(all.byQuarter)));
  const rows = new SheetRows();
  pushHeading(rows, cols.width, BY_QUARTER_TITLE, input.info);
  const [h0, h1] = pushHeader(rows, cols);

  // A. Lead tasks.
  rows.pushWide(cols.width, "A. NHIỆM VỤ CHỦ TRÌ", "section");
  const leaders = input.tallies.filter((t) => t.leadTasks.length > 0);
  leaders.forEach((a, i) => rows.push(countsRow(cols, i + 1, a.name, a.lead, "number", "text")));
  const noLead = input.timed.filter((t) => t.leads.length === 0);
  const noLeadCounts = countTimings(noLead.map((t) => t.timing));
  if (noLead.length) rows.push(countsRow(cols, null, "(Chưa ghi cơ quan chủ trì)", noLeadCounts, "number", "text"));
  rows.push(countsRow(cols, null, "Cộng", addCounts([...leaders.map((a) => a.lead), noLeadCounts]), "total", "total"));
  rows.push(countsRow(cols, null, "Số nhiệm vụ (không trùng)", all, "total", "total"));

  // B. Supported tasks.
  rows.pushWide(cols.width, "B. NHIỆM VỤ PHỐI HỢP", "section");
  const supporters = input.tallies
    .filter((t) => t.supportTasks.length > 0)
    .sort((a, b) => Number(a.group) - Number(b.group) || b.supportTasks.length - a.supportTasks.length);
  supporters.forEach((a, i) => rows.push(countsRow(cols, i + 1, a.name, a.support, "number", "text")));
  rows.push(countsRow(cols, null, "Cộng", addCounts(supporters.map((a) => a.support)), "total", "total"));

  // C. Tasks due per quarter: the chart's data, one category per row as charts want it, on a page of its own
  // with the chart beside it so that neither is cut by a page break.
  rows.blank();
  const blockC = rows.pushWide(cols.width, "C. SỐ NHIỆM VỤ ĐẾN HẠN THEO QUÝ (mỗi nhiệm vụ tính một lần)", "section");
  const countCols = Math.min(3, Math.max(1, cols.quarters.length));
  const headerRow = rows.push(
    styledRow(2 + countCols, "header", [cell("TT", "header"), cell("Quý", "header"), cell("Số nhiệm vụ", "header")]),
    20,
  );
  if (countCols > 1) rows.merges.push(merge(headerRow, 2, headerRow, 1 + countCols));
  const firstData = rows.next;
  cols.quarters.forEach((q, i) => {
    const r = rows.push(
      styledRow(2 + countCols, "number", [
        cell(i + 1, "number"),
        cell(input.period && !isInPeriod(q, input.period) ? `${quarterLabel(q)} (ngoài kỳ)` : quarterLabel(q), "text"),
        cell(all.byQuarter[q] ?? 0, "number"),
      ]),
    );
    if (countCols > 1) rows.merges.push(merge(r, 2, r, 1 + countCols));
  });
  const lastData = rows.next - 1;

  let chart: ChartSpec | undefined;
  const chartCol = 3 + countCols; // one empty column between the table and the chart
  if (cols.quarters.length > 0 && cols.width - chartCol >= 4) {
    const heightRows = Math.max(lastData - headerRow + 1, 18);
    chart = {
      title: CHART_TITLE,
      categories: { col: 1, fromRow: firstData, toRow: lastData },
      series: [{ nameRow: headerRow, col: 2, fromRow: firstData, toRow: lastData }],
      anchor: { row: headerRow, col: chartCol, widthCols: cols.width - chartCol, heightRows },
    };
    // Rows under the chart exist so that the print area covers it.
    while (rows.next < headerRow + heightRows) rows.blank();
  }

  rows.blank();
  for (const n of [
    "Khối A và B: một nhiệm vụ có hai mốc ở hai quý được tính ở cả hai quý; hai mốc trong cùng một quý tính một lần.",
    input.recurringInMatrix
      ? "Nhiệm vụ định kỳ hằng năm được tính vào quý đến hạn mỗi năm và cả cột “Định kỳ”; “Thường xuyên”, “Không có hạn cụ thể” không tính vào quý."
      : "“Định kỳ”, “Thường xuyên”, “Không có hạn cụ thể” là các nhiệm vụ không có một quý đến hạn riêng; không tính vào các cột quý.",
    "“Chưa đọc được”: ô thời gian không hiểu được, không tính vào quý nào. Nhóm cơ quan được tính như một dòng.",
  ])
    rows.pushWide(cols.width, n, "note");

  return {
    name: input.name,
    kind: "by-quarter",
    rows: rows.rows,
    merges: rows.merges,
    columnWidths: cols.widths(),
    rowHeights: rows.heights,
    freeze: { rows: h1 + 1, cols: 2 },
    print: printSetup(h0, h1),
    ...(chart ? { chart } : {}),
    pageBreaks: [blockC],
  };
}
