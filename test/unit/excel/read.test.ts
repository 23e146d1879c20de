import path from "path";
import { readWorkbookFile } from "../../../src/cli/xlsx/read";
import { recognizeTable } from "../../../src/core/layout/recognize";
import type { SheetData, WorkbookData } from "../../../src/core/workbook/model";
import { readActiveSheet, readSelection, readSheet, readWorkbook } from "../../../src/excel/read";
import { ExcelAdapterError } from "../../../src/excel/errors";
import { selectCell, selectIssue } from "../../../src/excel/navigate";
import { FakeExcel } from "../../../sim/fake-excel";
import { sheet } from "../../helpers/sheet";
import { HEADER, taskRow } from "./read-fixtures";

const FIXTURE = path.join(__dirname, "../../fixtures/gia-lai-2021.xlsx");

let fileData: WorkbookData;
beforeAll(async () => {
  fileData = (await readWorkbookFile(FIXTURE)).data;
});

describe("read", () => {
  it("reads the Gia Lai plan sheet exactly as the .xlsx reader does, in 1 sync", async () => {
    const fake = FakeExcel.fromWorkbookData(fileData);
    const first = fileData.sheets[0] as SheetData;
    const read = await readActiveSheet(fake.host);
    expect(fake.syncCount).toBe(1);
    expect(read.syncs).toBe(1);
    expect(read.mergesKnown).toBe(true);
    expect(read.sheet).toEqual(first);
    const fromFile = recognizeTable(first);
    const fromExcel = recognizeTable(read.sheet);
    expect(fromExcel?.tasks.length).toBe(35);
    expect(fromExcel).toEqual(fromFile);
  });
});

function bigSheet(rows: number): SheetData {
  const data = Array.from({ length: rows }, (_, i) => taskRow(i));
  return sheet("Kế hoạch", [["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2021"], [], HEADER, ...data], ["A1:F1"]);
}

describe("read: constant syncs and conversions", () => {
  it.each([
    [10, 1],
    [1997, 1],
    [5000, 2],
  ])("a %i-task sheet takes exactly %i sync(s): the head window (2,000 rows × 12 columns), then blocks", async (n, syncs) => {
    const data = bigSheet(n);
    const fake = FakeExcel.fromWorkbookData({ name: "big.xlsx", sheets: [data] });
    const read = await readActiveSheet(fake.host);
    expect(fake.syncCount).toBe(syncs);
    expect(read.syncs).toBe(syncs);
    expect(read.sheet).toEqual(data);
    expect(read.usedRange).toBe(`A1:F${n + 3}`);
    expect(recognizeTable(read.sheet)?.tasks.length).toBe(n);
  });

  it("dates come back as Date (like the file reader), errors as CellError, booleans, blanks as null", async () => {
    const data = sheet("S", [[new Date(Date.UTC(2021, 11, 31)), { error: "#N/A" }, true, null, 3.5, "=SUM(A1)"]]);
    const fake = FakeExcel.fromWorkbookData({ name: "x", sheets: [data] });
    const s = fake.sheet("S");
    expect(s.cells["0,0"]).toEqual({ value: 44561, numberFormat: "dd/mm/yyyy" });
    const read = await readSheet("S", fake.host);
    expect(read.sheet).toEqual(data);
  });

  it("a date formatted to show a month or a year reads as that month or year, as in the file reader", async () => {
    const fake = FakeExcel.fromWorkbookData({
      name: "x",
      sheets: [sheet("S", [[new Date(Date.UTC(2021, 5, 1)), new Date(Date.UTC(2021, 0, 1))]])],
    });
    const s = fake.sheet("S")!;
    s.cells["0,0"] = { ...s.cells["0,0"]!, numberFormat: "mm/yyyy" };
    s.cells["0,1"] = { ...s.cells["0,1"]!, numberFormat: "yyyy" };
    expect((await readSheet("S", fake.host)).sheet.rows).toEqual([["6/2021", "2021"]]);
  });

  it("readWorkbook marks hidden sheets, as the file reader does", async () => {
    const fake = FakeExcel.fromWorkbookData({ name: "x", sheets: [sheet("A", [["a"]]), sheet("Old", [["b"]])] });
    fake.sheet("Old")!.visibility = "Hidden";
    const read = await readWorkbook(fake.host);
    expect(read.workbook.sheets.map((x) => [x.name, x.hidden ?? false])).toEqual([
      ["A", false],
      ["Old", true],
    ]);
  });

  it("reads a named sheet, and an unknown name gives sheetNotFound", async () => {
    const fake = FakeExcel.fromWorkbookData({ name: "x", sheets: [sheet("A", [["a"]]), sheet("B", [[null, "b"]])] });
    expect((await readSheet("B", fake.host)).sheet.rows).toEqual([[null, "b"]]);
    const err = await readSheet("C", fake.host).catch((e: unknown) => e);
    expect((err as ExcelAdapterError).key).toBe("sheetNotFound");
  });

  it("an empty sheet reads as no rows", async () => {
    const fake = FakeExcel.fromWorkbookData({ name: "x", sheets: [sheet("A", [])] });
    expect(await readActiveSheet(fake.host)).toMatchObject({ sheet: { name: "A", rows: [], merges: [] }, usedRange: null, syncs: 1 });
  });

  it("reads every sheet of the workbook in 2 syncs", async () => {
    const fake = FakeExcel.fromWorkbookData(fileData, { activeSheet: fileData.sheets[0]?.name as string });
    const read = await readWorkbook(fake.host);
    expect(fake.syncCount).toBe(2);
    expect(read.workbook.sheets).toEqual(fileData.sheets);
    expect(read.activeSheet).toBe(fileData.sheets[0]?.name);
  });

  it("without ExcelApi 1.13 it still reads the values and says merges are unknown", async () => {
    const fake = FakeExcel.fromWorkbookData(fileData, { apiVersion: "1.12" });
    const read = await readActiveSheet(fake.host);
    expect(read.mergesKnown).toBe(false);
    expect(read.sheet.merges).toEqual([]);
    expect(read.sheet.rows).toEqual(fileData.sheets[0]?.rows);
  });

  it("falls back to row blocks when the values exceed the response limit", async () => {
    const data = bigSheet(2000);
    const fake = FakeExcel.fromWorkbookData({ name: "big.xlsx", sheets: [data] }, { responseLimitBytes: 150_000 });
    const read = await readActiveSheet(fake.host);
    expect(read.sheet).toEqual(data);
    expect(fake.syncs[0]?.error).toBe("ResponsePayloadSizeLimitExceeded");
    expect(read.syncs).toBe(fake.syncCount);
    for (const s of fake.syncs.slice(1)) if (!s.error) expect(s.responseBytes).toBeLessThanOrEqual(150_000);
  });

  it("reads the selection in 1 sync; a multi-area selection gives invalidSelection", async () => {
    const fake = FakeExcel.fromWorkbookData(fileData);
    const s = fake.state.sheets[0];
    if (!s) throw new Error("no sheet");
    s.selection = "B5:F6";
    expect(await readSelection(fake.host)).toEqual({ sheet: s.name, address: "B5:F6", top: 4, left: 1, bottom: 5, right: 5 });
    expect(fake.syncCount).toBe(1);
    s.selection = "C7";
    expect((await readSelection(fake.host)).address).toBe("C7");
    s.selection = "A1,C3";
    const err = await readSelection(fake.host).catch((e: unknown) => e);
    expect((err as ExcelAdapterError).key).toBe("invalidSelection");
  });
});

describe("navigate", () => {
  it("activates the sheet and selects the cell in 1 sync", async () => {
    const fake = FakeExcel.fromWorkbookData({ name: "x", sheets: [sheet("A", [["a"]]), sheet("B", [["b"]])] });
    await selectCell("B", "D12", fake.host);
    expect(fake.syncCount).toBe(1);
    expect(fake.state.activeSheetId).toBe(fake.sheet("B").id);
    expect(fake.sheet("B").selection).toBe("D12");
    expect(await selectIssue({ sheet: "A", cell: "C3" }, fake.host)).toBe(true);
    expect(await selectIssue({ sheet: "A" }, fake.host)).toBe(false);
    const err = await selectCell("Z", "A1", fake.host).catch((e: unknown) => e);
    expect((err as ExcelAdapterError).key).toBe("sheetNotFound");
  });
});
