/**
 * Reading at Excel's real limits: more than 512 merged areas, 50,000 task rows, and oversized payloads answered
 * with the documented codes or with GeneralException (as Excel on the web often does).
 */
import type { CellValue, MergedArea, SheetData } from "../../../src/core/workbook/model";
import { readActiveSheet, readWorkbook, mergesUnknownMessage } from "../../../src/excel/read";
import { FakeExcel, FakeExcelOptions } from "../../fake-excel";
import { sheet } from "../../helpers/sheet";

// A guard against hanging, not a timing assertion: on a loaded 2-core machine the 50,000-row reads take seconds.
jest.setTimeout(120_000);

const LIMIT = 5 * 1024 * 1024;
const HEADER = ["TT", "Nhiệm vụ", "Sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"];

function taskRow(i: number): CellValue[] {
  return [
    i + 1,
    `Nhiệm vụ số ${i + 1}: rà soát, đơn giản hoá thủ tục hành chính`,
    "Báo cáo",
    ["Sở Nội vụ", "Sở Tư pháp", "UBND các huyện"][i % 3] as string,
    "Các sở, ngành",
    `Quý ${(i % 4) + 1}/2021`,
  ];
}

/** A plan whose title is merged over A1:H1, wider than its six data columns, plus `merges` two-row merges in column E. */
function mergedPlan(tasks: number, merges: number): { data: SheetData; expected: MergedArea[] } {
  const rows: CellValue[][] = [["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2021"], [], HEADER];
  for (let i = 0; i < tasks; i++) rows.push(taskRow(i));
  const expected: MergedArea[] = [{ top: 0, left: 0, bottom: 0, right: 7 }];
  for (let k = 0; k < merges; k++) {
    const top = 3 + 2 * k;
    expected.push({ top, left: 4, bottom: top + 1, right: 4 });
    (rows[top + 1] as CellValue[])[4] = null;
  }
  const data: SheetData = { name: "Kế hoạch", rows, merges: expected };
  return { data, expected };
}

/** Row-by-row comparison: fast on 50,000 rows, and a failure shows the first row that differs. */
function expectSameRows(actual: ReadonlyArray<readonly CellValue[]>, expected: ReadonlyArray<readonly CellValue[]>): void {
  expect(actual.length).toBe(expected.length);
  const differs = expected.findIndex((row, i) => JSON.stringify(row) !== JSON.stringify(actual[i]));
  if (differs >= 0) expect(actual[differs]).toEqual(expected[differs]);
}

const sorted = (m: readonly MergedArea[]) => [...m].sort((a, b) => a.top - b.top || a.left - b.left);

describe("merged areas above Excel's 512 per call", () => {
  it("the fake refuses the whole-sheet call above 512 areas, like Excel", async () => {
    const { data } = mergedPlan(1100, 513);
    const fake = FakeExcel.fromWorkbookData({ name: "x.xlsx", sheets: [data] });
    const err = await fake
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      .run(async (context: any) => {
        const m = context.workbook.worksheets.getActiveWorksheet().getRange().getMergedAreasOrNullObject();
        m.load("areaCount");
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "GeneralException" });
  });

  it.each([513, 2000])("%i merged areas are read in row bands, the title merged wider than the data included", async (n) => {
    const { data, expected } = mergedPlan(2 * n + 10, n);
    const fake = FakeExcel.fromWorkbookData({ name: "x.xlsx", sheets: [data] });
    const read = await readActiveSheet(fake.host);
    expect(read.mergesKnown).toBe(true);
    expect(read.mergesUnknown).toBeUndefined();
    expect(read.sheet.merges).toHaveLength(n + 1);
    expect(sorted(read.sheet.merges)).toEqual(sorted(expected));
    expect(read.sheet.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 7 });
    expect(read.sheet.rows).toEqual(data.rows);
    expect(read.syncs).toBe(fake.syncCount);
    // Counting work, not time: the bands stay few (halving from 8 bands, 32 per sync).
    expect(fake.syncCount).toBeLessThan(20);
    for (const s of fake.syncs) expect(Math.max(s.requestBytes, s.responseBytes)).toBeLessThanOrEqual(LIMIT);
  });

  it("512 merged areas still come in the one whole-sheet call", async () => {
    const { data, expected } = mergedPlan(1100, 511);
    const fake = FakeExcel.fromWorkbookData({ name: "x.xlsx", sheets: [data] });
    const read = await readActiveSheet(fake.host);
    expect(fake.syncCount).toBe(1);
    expect(sorted(read.sheet.merges)).toEqual(sorted(expected));
  });

  it("a row with more than 512 merged areas: values are read, merges unknown, with a reason the pane can show", async () => {
    const row: CellValue[] = [];
    const merges: MergedArea[] = [];
    for (let k = 0; k < 600; k++) {
      row.push(`ô ${k}`, null);
      merges.push({ top: 3, left: 2 * k, bottom: 3, right: 2 * k + 1 });
    }
    row.pop(); // the reader drops trailing blanks
    const data: SheetData = { name: "Rộng", rows: [["Tiêu đề"], [], HEADER, row, taskRow(1)], merges };
    const fake = FakeExcel.fromWorkbookData({ name: "x.xlsx", sheets: [data] });
    const read = await readActiveSheet(fake.host);
    expect(read.mergesKnown).toBe(false);
    expect(read.mergesUnknown).toBe("tooMany");
    expect(read.sheet.merges).toEqual([]);
    expect(read.sheet.rows).toEqual(data.rows);
    expect(mergesUnknownMessage("tooMany", "vi")).toMatch(/ô gộp/);
    expect(mergesUnknownMessage("tooMany", "en")).toMatch(/merged/);
  });

  it("when the band reads fail for another reason, the read goes on with merges unknown ('failed')", async () => {
    const { data } = mergedPlan(1100, 513);
    const fake = FakeExcel.fromWorkbookData(
      { name: "x.xlsx", sheets: [data] },
      // Syncs 0 and 1 fail for the 513 areas, 2 reads the dimensions, 3 the values; every band sync fails.
      { failSync: (i) => (i >= 4 ? { code: "ItemNotFound" } : null) },
    );
    const read = await readActiveSheet(fake.host);
    expect(read.mergesKnown).toBe(false);
    expect(read.mergesUnknown).toBe("failed");
    expect(read.sheet.rows).toEqual(data.rows);
  });

  it("without ExcelApi 1.13 the reason is noApi; readWorkbook says the same", async () => {
    const { data } = mergedPlan(10, 2);
    const fake = FakeExcel.fromWorkbookData({ name: "x.xlsx", sheets: [data] }, { apiVersion: "1.12" });
    expect(await readActiveSheet(fake.host)).toMatchObject({ mergesKnown: false, mergesUnknown: "noApi" });
    expect(await readWorkbook(fake.host)).toMatchObject({ mergesKnown: false, mergesUnknown: "noApi" });
  });
});

describe("50,000 task rows under the 5 MB payload limit", () => {
  let data: SheetData;
  beforeAll(() => {
    const rows: CellValue[][] = [["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH"], [], HEADER];
    for (let i = 0; i < 50_000; i++) rows.push(taskRow(i));
    data = { name: "Kế hoạch", rows, merges: [{ top: 0, left: 0, bottom: 0, right: 5 }] };
  });

  it.each<[string, FakeExcelOptions]>([
    ["the documented payload codes", {}],
    ["GeneralException for oversized payloads", { payloadLimitError: "GeneralException" }],
  ])("every sync stays under the limit and the values are exact (%s)", async (_label, options) => {
    const fake = FakeExcel.fromWorkbookData({ name: "big.xlsx", sheets: [data] }, options);
    const read = await readActiveSheet(fake.host);
    expectSameRows(read.sheet.rows, data.rows);
    expect(read.sheet.merges).toEqual(data.merges);
    expect(read.usedRange).toBe("A1:F50003");
    expect(fake.syncs.every((s) => !s.error)).toBe(true);
    for (const s of fake.syncs) {
      expect(s.requestBytes).toBeLessThanOrEqual(LIMIT);
      expect(s.responseBytes).toBeLessThanOrEqual(LIMIT);
    }
    // The whole read answers far more than 5 MB, so it really was split; and into few syncs.
    expect(fake.syncs.reduce((n, s) => n + s.responseBytes, 0)).toBeGreaterThan(2 * LIMIT);
    expect(fake.syncCount).toBeLessThanOrEqual(8);
    expect(read.syncs).toBe(fake.syncCount);
  });

  it.each<[string, FakeExcelOptions]>([
    ["ResponsePayloadSizeLimitExceeded", {}],
    ["GeneralException", { payloadLimitError: "GeneralException" }],
  ])("a head window over the limit (30,000-character cells) is read again in halved blocks (%s)", async (code, options) => {
    const long = (i: number) => `${i}: ${"Nội dung rất dài của nhiệm vụ. ".repeat(1000)}`;
    const rows: CellValue[][] = [HEADER];
    for (let i = 0; i < 200; i++) rows.push([i + 1, long(i), "Báo cáo", "Sở Nội vụ", null, "2021"]);
    const big: SheetData = { name: "Dài", rows, merges: [] };
    const fake = FakeExcel.fromWorkbookData({ name: "long.xlsx", sheets: [big] }, options);
    const read = await readActiveSheet(fake.host);
    expect(read.sheet.rows).toEqual(rows);
    expect(fake.syncs[0]?.error).toBe(code);
    expect(fake.syncs.filter((s) => s.error).every((s) => s.error === code)).toBe(true);
    for (const s of fake.syncs.filter((x) => !x.error)) expect(s.responseBytes).toBeLessThanOrEqual(LIMIT);
  });

  it("readWorkbook of two small sheets stays at 2 syncs; with a large one, every sync stays under the limit", async () => {
    const small = sheet("Nhỏ", [["a", 1]]);
    const fake = FakeExcel.fromWorkbookData({ name: "x.xlsx", sheets: [small, sheet("Khác", [["b"]])] });
    expect((await readWorkbook(fake.host)).syncs).toBe(2);
    const large: SheetData = { ...data, name: "Lớn", rows: data.rows.slice(0, 15_000) };
    const mixed = FakeExcel.fromWorkbookData({ name: "y.xlsx", sheets: [small, large] }, { payloadLimitError: "GeneralException" });
    const read = await readWorkbook(mixed.host);
    expectSameRows(read.workbook.sheets[1]?.rows ?? [], large.rows);
    expect(mixed.syncCount).toBeGreaterThan(2);
    for (const s of mixed.syncs) expect(Math.max(s.requestBytes, s.responseBytes)).toBeLessThanOrEqual(LIMIT);
  });
});
