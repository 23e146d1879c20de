/**
 * Marks under the byte budget where the estimate is easiest to get wrong: below ExcelApi 1.9 (a conditional format
 * per area, each on its own object paths), re-marking (the validation reads answer PhuLuc's own long prompts), and
 * an unmark whose stored part alone would be too big. Also: a failed mark removes only the half-written formats it
 * left, never another add-in's.
 */
import type { CellValue, SheetData } from "../../../src/core/workbook/model";
import { MARK_SIGNATURE, MarkableIssue, markIssues, unmarkIssues } from "../../../src/excel/marks";
import { Store } from "../../../src/excel/marks-store";
import { NS_MARKS, encodeJsonXml } from "../../../src/excel/xml-store";
import { FakeExcel, FakeExcelOptions, FakeWorkbookState, SyncRecord } from "../../../sim/fake-excel";

// A guard against hanging, not a timing assertion.
jest.setTimeout(300_000);

const LIMIT = 5 * 1024 * 1024;
const SHEET = "Kế hoạch";

function plan(rows: number): SheetData {
  const out: CellValue[][] = [["TT", "Nhiệm vụ", "Sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"]];
  for (let i = 0; i < rows; i++) out.push([i + 1, `Nhiệm vụ ${i + 1}`, "Báo cáo", "", "Các sở", "Quý 5/2021"]);
  return { name: SHEET, rows: out, merges: [] };
}

function fakeOf(rows: number, options: FakeExcelOptions = {}): FakeExcel {
  return FakeExcel.fromWorkbookData({ name: "lon.xlsx", sheets: [plan(rows)] }, options);
}

function expectAllUnder(syncs: readonly SyncRecord[]): void {
  expect(syncs.filter((s) => s.error)).toEqual([]);
  expect(Math.max(...syncs.map((s) => s.requestBytes))).toBeLessThanOrEqual(LIMIT);
  expect(Math.max(...syncs.map((s) => s.responseBytes))).toBeLessThanOrEqual(LIMIT);
}

function expectSame(actual: unknown, expected: unknown): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) expect(actual).toEqual(expected);
}

/** A Vietnamese message of about 250 characters (2–3 bytes each in UTF-8), as long as a prompt may be. */
const LONG =
  "Nhiệm vụ chưa có cơ quan chủ trì. Ghi một cơ quan chịu trách nhiệm chính vào ô này, ví dụ “Sở Nội vụ”; " +
  "nếu nhiều cơ quan cùng thực hiện, ghi cơ quan chủ trì ở đây và các cơ quan còn lại ở cột phối hợp cho đúng mẫu.";

describe("below ExcelApi 1.9 (Excel 2019: no getRanges)", () => {
  it("10,000 scattered marked cells: every sync of mark and unmark stays under 5 MB, and unmark restores exactly", async () => {
    const fake = fakeOf(20_000, { apiVersion: "1.8" });
    const before = fake.snapshot();
    // Every other row: no vertical run joins them, so each cell is an area with its own conditional format.
    const issues: MarkableIssue[] = [];
    for (let i = 0; i < 20_000; i += 2)
      issues.push({
        sheet: SHEET,
        cell: `D${i + 2}`,
        severity: i % 6 === 0 ? "warning" : "error",
        message: "Nhiệm vụ chưa có cơ quan chủ trì.",
      });
    const result = await markIssues(issues, {}, fake.host);
    expect(result).toMatchObject({ cells: 10_000, prompts: true });
    expectAllUnder(fake.syncs);
    expect(fake.sheet(SHEET).conditionalFormats.length).toBe(10_000);
    // The fills alone are far over one request: they were spread over several syncs.
    const writes = fake.syncs.filter((s) => s.calculationSuspended);
    expect(writes.reduce((n, s) => n + s.requestBytes, 0)).toBeGreaterThan(3 * LIMIT);

    fake.resetStats();
    const unmarked = await unmarkIssues({}, fake.host);
    expect(unmarked).toMatchObject({ restored: 10_000, removedFormats: 10_000 });
    expectAllUnder(fake.syncs);
    expectSame(fake.snapshot(), before);
  });
});

/**
 * The case the validation-read estimate is sized for: a message at Excel's 255-character limit with every
 * character 3 bytes in UTF-8 (typographic quotes and dashes, letters with two diacritics, a quoted cell text in
 * another script). Everyday Vietnamese is about 1.35 bytes a character.
 */
const WORST = "“Hằng quý ở Bộ, ngành” – ".repeat(12).replace(/[^“”–ằởộ]/g, "ữ");

describe("re-marking 20,000 cells with PhuLuc's long prompts on them", () => {
  it("every validation read answers under 5 MB at once: no sync fails and is halved", async () => {
    const fake = fakeOf(20_000);
    const issues = (tag: string): MarkableIssue[] =>
      Array.from({ length: 20_000 }, (_, i) => ({
        sheet: SHEET,
        cell: `D${i + 2}`,
        severity: "error",
        message: `${WORST.slice(0, 240)} ${tag}${i % 10}`,
      }));
    await markIssues(issues("a"), {}, fake.host);
    expectAllUnder(fake.syncs);
    fake.resetStats();
    const again = await markIssues(issues("b"), {}, fake.host);
    expect(again.cells).toBe(20_000);
    expectAllUnder(fake.syncs);
    // The reads answer several MB in all: they were split by their answer's size, not only their request's.
    const reads = fake.syncs.filter((s) => !s.calculationSuspended);
    expect(reads.reduce((n, s) => n + s.responseBytes, 0)).toBeGreaterThan(LIMIT);
    expect(again.syncs).toBe(fake.syncCount);
  });
});

describe("unmark's last sync", () => {
  it("a stored part over the budget is refused before anything is written (payloadTooLarge), the workbook unchanged", async () => {
    const fake = FakeExcel.fromWorkbookData({ name: "x.xlsx", sheets: [plan(10), { ...plan(10), name: "Khác" }] });
    const ids = fake.state.sheets.map((s) => s.id);
    // The other sheet's stored marks (kept by an unmark of the first): over the 4 MB budget, still readable under 5 MB.
    const prompt = { showPrompt: true, title: "Chủ trì", message: LONG };
    const store: Store = {
      v: 2,
      sheets: [
        { id: ids[0] as string, name: SHEET, cells: [{ a: "D2", prev: null, ours: { h: "0000000000000000", type: "None", rule: "{}" } }] },
        {
          id: ids[1] as string,
          name: "Khác",
          cells: Array.from({ length: 10_000 }, (_, i) => ({
            a: `D${i + 2}`,
            prev: { type: "List", prompt },
            ours: { h: "0000000000000000", type: "List" },
          })),
        },
      ],
    };
    fake.state.customXmlParts.push({ id: "{PART}", namespaceUri: NS_MARKS, xml: encodeJsonXml(NS_MARKS, store) });
    const before = fake.snapshot();
    await expect(unmarkIssues({ sheet: SHEET }, fake.host)).rejects.toMatchObject({ key: "payloadTooLarge" });
    expect(fake.syncs.filter((s) => s.calculationSuspended)).toEqual([]);
    expect(fake.syncs.filter((s) => s.error)).toEqual([]);
    expectSame(fake.snapshot(), before);
  });
});

describe("a failed mark and other add-ins' conditional formats", () => {
  it("at every point of the last sync, the clean-up removes the rules this run half-wrote and keeps another add-in's formula-less rule", async () => {
    const issues: MarkableIssue[] = ["D2", "D3", "F5"].map((cell, i) => ({
      sheet: SHEET,
      cell,
      severity: i ? "warning" : "error",
      message: "Thiếu",
    }));
    const dry = fakeOf(10);
    await markIssues(issues, {}, dry.host);
    const last = dry.syncs.length - 1;
    const ops = dry.syncs[last]?.operations as number;
    expect(ops).toBeGreaterThan(5);
    for (let after = 0; after < ops; after++) {
      const fake = fakeOf(10, { failSync: (i) => (i === last ? { code: "GeneralException", afterOperations: after } : null) });
      // Another add-in's custom rule without a formula (not makeable in Excel's dialog, but possible through the API).
      fake
        .sheet(SHEET)
        .conditionalFormats.push({ id: "{OTHER-ADDIN}", type: "Custom", ranges: "A1:F11", stopIfTrue: false, rule: {}, format: {} });
      const before: FakeWorkbookState = fake.snapshot();
      await expect(markIssues(issues, {}, fake.host)).rejects.toMatchObject({ code: "GeneralException" });
      const cfs = fake.sheet(SHEET).conditionalFormats;
      expect(cfs.map((cf) => cf.id)).toEqual(["{OTHER-ADDIN}"]);
      expect(cfs.some((cf) => String(cf.rule.formula ?? "").includes(MARK_SIGNATURE))).toBe(false);
      expectSame(fake.snapshot(), before);
    }
  });
});
