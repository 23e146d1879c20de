/**
 * Reading at Excel's real limits: more than 512 merged areas, 50,000 task rows, and oversized payloads answered
 * with the documented codes or with GeneralException (as Excel on the web often does).
 */
import type { CellValue, MergedArea, SheetData } from "../../../src/core/workbook/model";
import { readActiveSheet, readSheet, readWorkbook, HEAD_CELLS } from "../../../src/excel/read";
import { PROBE_ROWS } from "../../../src/excel/read-blocks";
import { FakeExcel, FakeExcelOptions } from "../../../sim/fake-excel";
import { FakeRange, FakeRangeAreas } from "../../../sim/fake-excel/objects";
import { ExcelAdapterError } from "../../../src/excel/errors";
import { sheet } from "../../helpers/sheet";
import { HEADER, taskRow } from "./read-fixtures";

// A guard against hanging, not a timing assertion: on a loaded 2-core machine the 50,000-row reads take seconds.
jest.setTimeout(120_000);

const LIMIT = 5 * 1024 * 1024;

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

/** A sync operation asking the merged areas of a row band (a range by indexes), not of the whole sheet. */
const isBandMerges = (op: Record<string, unknown>) => /byIndexes\([^)]*\)\.mergedAreas\?/.test(String(op.o));
/** The whole sheet's merged areas (`getRange()` without an address). */
const isWholeSheetMerges = (op: Record<string, unknown>) => /\.range\(""\)\.mergedAreas\?/.test(String(op.o));

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
  });

  it("when the band reads fail for another reason, the read goes on with merges unknown ('failed')", async () => {
    const { data } = mergedPlan(1100, 513);
    const fake = FakeExcel.fromWorkbookData(
      { name: "x.xlsx", sheets: [data] },
      // Every sync that asks the merged areas of a row band fails, whatever its place in the read.
      { failSync: (_i, _r, ops) => (ops.some(isBandMerges) ? { code: "ItemNotFound" } : null) },
    );
    const read = await readActiveSheet(fake.host);
    expect(read.mergesKnown).toBe(false);
    expect(read.mergesUnknown).toBe("failed");
    expect(read.sheet.rows).toEqual(data.rows);
    // One band sync failed and was not asked again: a failure that is not about size is not retried.
    expect(fake.syncs.filter((s) => s.error === "ItemNotFound")).toHaveLength(1);
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

describe("only a refusal for size is tried again", () => {
  const plan = () => FakeExcel.fromWorkbookData({ name: "x.xlsx", sheets: [mergedPlan(100, 3).data] }, {});
  it.each(["ItemNotFound", "InvalidArgument", "AccessDenied"])(
    "%s at the first sync comes out as it was, after that one sync",
    async (code) => {
      const fake = FakeExcel.fromWorkbookData(
        { name: "x.xlsx", sheets: [mergedPlan(100, 3).data] },
        { failSync: (i) => (i === 0 ? { code } : null) },
      );
      const err = await readActiveSheet(fake.host).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ExcelAdapterError);
      expect(err).toMatchObject({ code });
      expect(fake.syncCount).toBe(1);
    },
  );
  it("a sheet that is not there: sheetNotFound in 1 sync", async () => {
    const fake = plan();
    await expect(readSheet("Không có", fake.host)).rejects.toMatchObject({ key: "sheetNotFound" });
    expect(fake.syncCount).toBe(1);
  });
  it("readWorkbook: an InvalidArgument in the sheets' sync is passed on, no careful read", async () => {
    const fake = FakeExcel.fromWorkbookData(
      { name: "x.xlsx", sheets: [mergedPlan(100, 3).data] },
      { failSync: (i) => (i === 1 ? { code: "InvalidArgument" } : null) },
    );
    await expect(readWorkbook(fake.host)).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(fake.syncCount).toBe(2);
  });
  it("after a refused first sync the careful read does not ask the whole sheet's merges again", async () => {
    const { data, expected } = mergedPlan(1100, 513);
    const asked: number[] = [];
    const fake = FakeExcel.fromWorkbookData(
      { name: "x.xlsx", sheets: [data] },
      { failSync: (i, _r, ops) => (ops.some(isWholeSheetMerges) && asked.push(i), null) },
    );
    const read = await readActiveSheet(fake.host);
    expect(asked).toEqual([0]);
    expect(fake.syncs[0]?.error).toBe("GeneralException");
    expect(fake.syncs.filter((s) => s.error)).toHaveLength(1);
    expect(sorted(read.sheet.merges)).toEqual(sorted(expected));
  });
});

describe("the budget by design", () => {
  it("readWorkbook's head windows share HEAD_CELLS however many sheets there are (100 sheets)", async () => {
    const sheets = Array.from({ length: 100 }, (_, k) =>
      sheet(
        `S${k}`,
        Array.from({ length: 300 }, (_, i) => [i, `ô ${k}-${i}`]),
      ),
    );
    let headCells = 0;
    const fake = FakeExcel.fromWorkbookData(
      { name: "x.xlsx", sheets },
      {
        failSync: (i, _r, ops) => {
          if (i === 1)
            for (const op of ops) {
              const m = /byIndexes\(0,0,(\d+),(\d+)\)\.usedRange/.exec(String(op.o));
              if (m && op.load) headCells += Number(m[1]) * Number(m[2]);
            }
          return null;
        },
      },
    );
    const read = await readWorkbook(fake.host);
    expect(headCells).toBeGreaterThan(0);
    expect(headCells).toBeLessThanOrEqual(HEAD_CELLS);
    expect(read.workbook.sheets.map((s) => s.rows)).toEqual(sheets.map((s) => s.rows));
  });

  it("the cost per cell is the largest row measured, not the average: a sparse head then dense rows, no block refused", async () => {
    const long = (i: number) => `${i}: ${"Rà soát, đơn giản hoá thủ tục hành chính trong lĩnh vực đất đai. ".repeat(3)}`;
    const full = (i: number): CellValue[] => [i, long(i), long(i + 1), long(i + 2), long(i + 3), long(i + 4)];
    const rows: CellValue[][] = [];
    // The head window: one full row in ten, the rest a single short cell (section rows).
    for (let i = 0; i < 2000; i++) rows.push(i % 10 === 0 ? full(i) : [`${i}`]);
    for (let i = 2000; i < 8000; i++) rows.push(full(i));
    const fake = FakeExcel.fromWorkbookData(
      { name: "x.xlsx", sheets: [{ name: "KH", rows, merges: [] }] },
      { payloadLimitError: "GeneralException" },
    );
    const read = await readActiveSheet(fake.host);
    expectSameRows(read.sheet.rows, rows);
    expect(fake.syncs.filter((s) => s.error)).toEqual([]);
    for (const s of fake.syncs) expect(s.responseBytes).toBeLessThanOrEqual(4 * 1024 * 1024);
  });

  it("the careful read's first block is a probe of at most PROBE_ROWS rows", async () => {
    const rows: CellValue[][] = [HEADER];
    for (let i = 0; i < 300; i++)
      rows.push([i + 1, `${i}: ${"Nội dung rất dài của nhiệm vụ. ".repeat(1000)}`, "Báo cáo", "Sở Nội vụ", null, "2021"]);
    const sizes: number[] = [];
    const fake = FakeExcel.fromWorkbookData(
      { name: "x.xlsx", sheets: [{ name: "Dài", rows, merges: [] }] },
      {
        failSync: (i, _r, ops) => {
          for (const op of ops) {
            const m = /byIndexes\(\d+,\d+,(\d+),\d+\)$/.exec(String(op.o));
            if (i > 0 && m && op.load) sizes.push(Number(m[1]));
          }
          return null;
        },
      },
    );
    const read = await readActiveSheet(fake.host);
    expect(read.sheet.rows).toEqual(rows);
    expect(sizes[0]).toBeLessThanOrEqual(PROBE_ROWS);
    // After the probe every block is sized from it: nothing refused after the first sync.
    expect(fake.syncs.slice(1).filter((s) => s.error)).toEqual([]);
  });
});

describe("a 'no merged areas' answer that may be Excel's failure above 512", () => {
  let spy: jest.SpyInstance;
  beforeEach(() => {
    // A host that answers a null object instead of failing above 512 areas (the documentation allows both readings).
    spy = jest.spyOn(FakeRange.prototype, "getMergedAreasOrNullObject").mockImplementation(function (this: FakeRange) {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const self = this as any;
      return new FakeRangeAreas(self._ctx, `${self._path}.mergedAreas?`, () => {
        const t = self._resolve();
        if (!t) return null;
        const a = t.area;
        const areas = t.sheet.merges.filter(
          (m: MergedArea) => m.top >= a.top && m.top <= a.bottom && m.left >= a.left && m.left <= a.right,
        );
        return areas.length && areas.length <= 512 ? { sheet: t.sheet, areas: areas.map((m: MergedArea) => ({ ...m })) } : null;
      });
    });
  });
  afterEach(() => spy.mockRestore());

  it("is checked with bands on a sheet that could hold more than 512: the 2,000 merges are found", async () => {
    const { data, expected } = mergedPlan(4010, 2000);
    const fake = FakeExcel.fromWorkbookData({ name: "x.xlsx", sheets: [data] });
    const read = await readActiveSheet(fake.host);
    expect(read.mergesKnown).toBe(true);
    expect(sorted(read.sheet.merges)).toEqual(sorted(expected));
    expect(fake.syncCount).toBeLessThan(10);
  });

  it("costs 1 sync more on a merge-free 1,990-row plan, none on a small one", async () => {
    const rows: CellValue[][] = [HEADER];
    for (let i = 0; i < 1990; i++) rows.push(taskRow(i)); // inside the head window: 1 sync without the check
    const fake = FakeExcel.fromWorkbookData({ name: "x.xlsx", sheets: [{ name: "KH", rows, merges: [] }] });
    const read = await readActiveSheet(fake.host);
    expect(read).toMatchObject({ mergesKnown: true, syncs: 2 });
    expect(read.sheet.merges).toEqual([]);
    const tiny = FakeExcel.fromWorkbookData({ name: "y.xlsx", sheets: [{ name: "KH", rows: rows.slice(0, 50), merges: [] }] });
    expect((await readActiveSheet(tiny.host)).syncs).toBe(1); // 306 used cells cannot hold 513 areas
  });
});
