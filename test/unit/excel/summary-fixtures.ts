// Specs and workbooks shared by the summary-writer tests (not a test file itself).
import type { SheetSpec, SpecCell } from "../../../src/core/sheets/spec";
import { printSetup } from "../../../src/core/summary/sheets/print";
import type { CellValue, SheetData } from "../../../src/core/workbook/model";
import { FakeExcel, FakeExcelOptions, emptyWorkbook } from "../../../sim/fake-excel";

export const PLAN = "KH 2021";
export const BY_AGENCY = "Tổng hợp theo cơ quan";
export const BY_QUARTER = "Tổng hợp theo quý";

/** A by-agency-like sheet: title, header, `dataRows` rows, text that looks like formulas, a link, a chart, print setup. */
export function summarySpec(name = BY_AGENCY, dataRows = 6, link = { sheet: PLAN, address: "B12" }): SheetSpec {
  const data: SpecCell[][] = Array.from({ length: dataRows }, (_, i) => [
    { value: i + 1, style: "number" },
    { value: `Sở ${["Nội vụ", "Tư pháp", "Tài chính"][i % 3]} ${i + 1}`, style: "text" },
    { value: 3 + i, style: "number" },
    { value: i % 2, style: "number" },
  ]);
  return {
    name,
    kind: "by-agency",
    rows: [
      [{ value: "TỔNG HỢP NHIỆM VỤ THEO CƠ QUAN", style: "title" }],
      [{ value: "Kế hoạch cải cách hành chính năm 2021", style: "subtitle" }],
      [
        { value: "TT", style: "header" },
        { value: "Cơ quan", style: "header" },
        { value: "Số nhiệm vụ", style: "header" },
        { value: "Quá hạn", style: "header" },
      ],
      ...data,
      [{ value: "=SUM(C4:C9)", style: "text" }, { value: "+84 912", style: "text" }, { value: "12", style: "text" }, { value: null }],
      [{ value: "Nhiệm vụ 12", style: "link", link }],
    ],
    merges: [{ top: 0, left: 0, bottom: 0, right: 3 }],
    columnWidths: [6, 40, 12, 12],
    rowHeights: { 0: 30 },
    freeze: { rows: 3, cols: 0 },
    // The summary sheets' own print setup: landscape A4, margins, centring, "Trang P/N" footer, header row 3 repeated.
    print: printSetup(2, 2),
    chart: {
      title: "Nhiệm vụ theo cơ quan",
      categories: { col: 1, fromRow: 3, toRow: 2 + dataRows },
      series: [{ nameRow: 2, col: 2, fromRow: 3, toRow: 2 + dataRows }],
      anchor: { row: 2, col: 5, widthCols: 8, heightRows: 16 },
    },
    pageBreaks: [9],
  };
}

/**
 * summarySpec with everything the writer renders at least twice: a second merge (the subtitle), a second chart
 * series ("Quá hạn") and a note row below the link.
 */
export function richSummarySpec(name = BY_AGENCY, dataRows = 6): SheetSpec {
  const base = summarySpec(name, dataRows);
  const chart = base.chart as NonNullable<SheetSpec["chart"]>;
  return {
    ...base,
    rows: [...base.rows, [{ value: "Ghi chú: số liệu tự động.", style: "note" }]],
    merges: [...base.merges, { top: 1, left: 0, bottom: 1, right: 3 }],
    chart: { ...chart, series: [...chart.series, { nameRow: 2, col: 3, fromRow: 3, toRow: 2 + dataRows }] },
  };
}

const LEADS = ["Sở Nội vụ", "Sở Tư pháp", "Sở Thông tin và Truyền thông", "Văn phòng UBND tỉnh", "Sở Tài chính"];
const DEADLINES = ["Quý IV năm 2021", "Trước 31/12 năm báo cáo", "Hằng năm", "Tháng 6/2022", "Quý II năm 2023"];

/** A plan sheet of `tasks` tasks in sections of 500; every 4th task has no lead agency (an error PhuLuc marks). */
export function largePlan(tasks: number, name: string): SheetData {
  const rows: CellValue[][] = [
    ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2021"],
    [],
    ["TT", "Nhiệm vụ", "Sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
  ];
  for (let i = 0; i < tasks; i++) {
    if (i % 500 === 0) rows.push([`${["I", "II", "III", "IV", "V"][(i / 500) % 5]}. Mục ${i / 500 + 1}`]);
    rows.push([
      String((i % 500) + 1),
      `Rà soát, đánh giá thủ tục hành chính lĩnh vực ${i + 1}`,
      "Báo cáo",
      i % 4 === 0 ? null : (LEADS[i % LEADS.length] as string),
      "UBND cấp huyện",
      DEADLINES[i % DEADLINES.length] as string,
    ]);
  }
  return { name, rows, merges: [{ top: 0, left: 0, bottom: 0, right: 5 }] };
}

/** A workbook with the plan sheet (a task in B12). */
export function planWorkbook(options: FakeExcelOptions = {}): FakeExcel {
  const fake = new FakeExcel(emptyWorkbook("plan.xlsx", [PLAN]), options);
  fake.sheet(PLAN).cells["11,1"] = { value: "Rà soát thủ tục hành chính" };
  return fake;
}
