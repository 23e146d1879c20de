/**
 * Marking at plan scale: 20,000 marked cells under Excel on the web's 5 MB request and response limits, the
 * stored marks written last, and failures midway that leave nothing behind.
 */
import type { SheetData } from "../../../src/core/workbook/model";
import { MarkableIssue, markIssues, readMarks, unmarkIssues } from "../../../src/excel/marks";
import { NS_MARKS } from "../../../src/excel/xml-store";
import { FakeExcel, FakeExcelOptions, SyncFailure, SyncRecord, cellAt } from "../../../sim/fake-excel";
import { SHEET, addUserConditionalFormat, markPlan } from "./marks-fixtures";

// A guard against hanging, not a timing assertion: on a loaded 2-core machine these runs take seconds.
jest.setTimeout(120_000);

const LIMIT = 5 * 1024 * 1024;
const ROWS = 20_000;

const plan = (): SheetData => markPlan(ROWS);

/** One issue per task row, in column D: a shared message for most, the cell's own value in every third. */
function issues(): MarkableIssue[] {
  return Array.from({ length: ROWS }, (_, i) => ({
    sheet: SHEET,
    cell: `D${i + 4}`,
    severity: i % 5 === 0 ? "warning" : "error",
    message:
      i % 3 === 0
        ? `Không hiểu được thời gian "Quý 5/2021" ở nhiệm vụ ${i + 1}. Ghi theo dạng "Quý IV năm 2021" hoặc "Trước 31/12/2021".`
        : "Nhiệm vụ chưa có cơ quan chủ trì. Ghi một cơ quan chịu trách nhiệm chính vào ô này.",
  }));
}

/** The workbook with the user's own prompts, a list validation and a conditional format on cells PhuLuc marks. */
function workbook(options: FakeExcelOptions = {}): FakeExcel {
  const fake = FakeExcel.fromWorkbookData({ name: "lon.xlsx", sheets: [plan()] }, options);
  const s = fake.sheet(SHEET);
  for (let r = 3; r < 3 + ROWS; r += 97) {
    s.cells[`${r},3`] = {
      ...(s.cells[`${r},3`] ?? {}),
      dataValidation: {
        type: "List",
        rule: { list: { inCellDropDown: true, source: "Sở Nội vụ,Sở Tư pháp" } },
        prompt: { showPrompt: true, title: "Chủ trì", message: `Chọn cơ quan (dòng ${r + 1})` },
      },
    };
  }
  addUserConditionalFormat(s, "D4:D100");
  return fake;
}

const hasMarksPart = (fake: FakeExcel) => fake.state.customXmlParts.some((p) => p.xml.includes(NS_MARKS));

/** Watches every sync: whether the stored part existed before it ran. */
function watch(fake: FakeExcel, inject?: (index: number, record: SyncRecord) => SyncFailure | null): boolean[] {
  const partBefore: boolean[] = [];
  (fake.options as { failSync: FakeExcelOptions["failSync"] }).failSync = (i, record) => {
    partBefore[i] = hasMarksPart(fake);
    return inject?.(i, record) ?? null;
  };
  return partBefore;
}

/** Deep equality of two workbook states: compared as JSON first (fast), with jest's diff only when they differ. */
function expectSameState(actual: unknown, expected: unknown): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) expect(actual).toEqual(expected);
}

function expectUnderLimit(syncs: readonly SyncRecord[]): void {
  for (const s of syncs) {
    expect(s.requestBytes).toBeLessThanOrEqual(LIMIT);
    expect(s.responseBytes).toBeLessThanOrEqual(LIMIT);
  }
}

describe("marking 20,000 cells", () => {
  it("every sync stays under 5 MB, the stored part comes in the last write sync, unmark restores exactly", async () => {
    const fake = workbook();
    const before = fake.snapshot();
    const partBefore = watch(fake);
    const result = await markIssues(issues(), {}, fake.host);
    expect(result).toMatchObject({ cells: ROWS, prompts: true, sheets: [SHEET] });
    expect(result.syncs).toBe(fake.syncCount);
    expect(fake.syncs.every((s) => !s.error)).toBe(true);
    expectUnderLimit(fake.syncs);
    // In one request the prompts alone would be far over the limit: they really were split.
    const writes = fake.syncs.filter((s) => s.calculationSuspended);
    expect(writes.length).toBeGreaterThan(1);
    expect(writes.reduce((n, s) => n + s.requestBytes, 0)).toBeGreaterThan(LIMIT);
    // The stored part appears only with the last sync, after every prompt was written.
    const last = fake.syncCount - 1;
    expect(partBefore.slice(0, last + 1).every((had) => !had)).toBe(true);
    expect(hasMarksPart(fake)).toBe(true);
    expect(cellAt(fake.sheet(SHEET), "D4")?.dataValidation?.prompt.title).toMatch(/^PhuLuc/);
    expect(cellAt(fake.sheet(SHEET), "D4")?.dataValidation?.type).toBe("List");
    expect((await readMarks(fake.host)).sheets).toEqual([{ name: SHEET, cells: ROWS }]);

    fake.resetStats();
    const partDuring = watch(fake);
    const unmarked = await unmarkIssues({}, fake.host);
    expect(unmarked).toMatchObject({ restored: ROWS, keptUserChanges: 0 });
    expectUnderLimit(fake.syncs);
    // Unmark, too, removes the part only in its last sync.
    expect(partDuring.every((had) => had)).toBe(true);
    expectSameState(fake.snapshot(), before);
  });

  it.each([
    ["a middle prompt chunk", (writeSyncs: number[]) => writeSyncs[Math.floor(writeSyncs.length / 2) - 1] as number],
    ["the last sync (fills and stored part)", (writeSyncs: number[]) => writeSyncs[writeSyncs.length - 1] as number],
  ])("a failure in %s: no stored part claims unwritten marks, the prompts are put back, unmark restores exactly", async (_label, pick) => {
    // A dry run on an identical workbook tells which syncs write.
    const dry = workbook();
    await markIssues(issues(), {}, dry.host);
    const writeSyncs = dry.syncs.map((s, i) => (s.calculationSuspended ? i : -1)).filter((i) => i >= 0);
    expect(writeSyncs.length).toBeGreaterThanOrEqual(3);
    const target = pick(writeSyncs);

    const fake = workbook();
    const before = fake.snapshot();
    // Excel keeps what ran before the failing operation: half of the sync's operations are applied.
    watch(fake, (i, record) => (i === target ? { code: "GeneralException", afterOperations: Math.floor(record.operations / 2) } : null));
    const err = await markIssues(issues(), {}, fake.host).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "GeneralException" });
    expect(hasMarksPart(fake)).toBe(false);
    expectSameState(fake.snapshot(), before);

    (fake.options as { failSync: FakeExcelOptions["failSync"] }).failSync = null;
    await unmarkIssues({}, fake.host);
    expectSameState(fake.snapshot(), before);
  });

  it("even when putting the prompts back fails too, a later unmark removes the fills by signature and leaves no stored part", async () => {
    const fake = workbook();
    let failing = false;
    watch(fake, (i, record) => {
      // From the second write sync on, everything fails: the mark and its undo.
      if (record.calculationSuspended && !failing) {
        failing = true;
        return null;
      }
      return failing ? { code: "GeneralException" } : null;
    });
    await expect(markIssues(issues(), {}, fake.host)).rejects.toMatchObject({ code: "GeneralException" });
    expect(hasMarksPart(fake)).toBe(false);
    (fake.options as { failSync: FakeExcelOptions["failSync"] }).failSync = null;
    await unmarkIssues({}, fake.host);
    expect(fake.sheet(SHEET).conditionalFormats.map((cf) => cf.id)).toEqual(["{USER-CF}"]);
    expect(hasMarksPart(fake)).toBe(false);
  });
});
