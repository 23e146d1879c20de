// Summary writes at scale below ExcelApi 1.9, where every style rectangle is its own getRange with its own format,
// font, fill and border paths (no getRanges): the writer's estimate (byte-budget.ts requestBytes) must stay above what
// office.js really sends, measured by the fake's serialiser (sim/fake-excel/payload.ts), so no sync goes over the
// budget — and not so far above that syncs are wasted. Counted in bytes and syncs, never timed.
import type { SheetSpec, SpecCell, StyleName } from "../../../src/core/sheets/spec";
import { printSetup } from "../../../src/core/summary/sheets/print";
import { DEFAULT_BUDGET_BYTES, PAYLOAD_LIMIT_BYTES } from "../../../src/excel/byte-budget";
import { writeSummarySheets } from "../../../src/excel/summary-writer";
import { DEFAULT_ADDIN_SETTINGS } from "../../../src/excel/settings-store";
import { agencyChoices, checkPlan, readTable, writeSummaries } from "../../../src/taskpane/actions";
import { FakeExcel, SyncRecord, cellAt } from "../../../sim/fake-excel";
import { largePlan, planWorkbook } from "./summary-fixtures";

const STYLE_CYCLE: StyleName[] = ["header", "text", "number", "link", "section", "total"];

/** A sheet whose styles change at every cell: rows × cols one-cell rectangles, the worst case for per-rectangle writes. */
function checkerboard(rows: number, cols: number): SheetSpec {
  const data: SpecCell[][] = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => ({
      value: `Ô ${r + 1}.${c + 1}`,
      style: STYLE_CYCLE[(r + c) % STYLE_CYCLE.length] as StyleName,
    })),
  );
  return {
    name: "Ô cờ",
    kind: "by-agency",
    rows: data,
    merges: Array.from({ length: Math.floor(rows / 2) }, (_, i) => ({ top: 2 * i, left: cols, bottom: 2 * i + 1, right: cols })),
    columnWidths: Array.from({ length: cols }, (_, i) => 8 + (i % 5)),
    rowHeights: Object.fromEntries(Array.from({ length: 200 }, (_, i) => [i * 3, 18 + (i % 4)])),
    freeze: { rows: 1, cols: 1 },
    print: { ...printSetup(0, 0), orientation: "portrait" },
  };
}

/** The content syncs of a run: those between the add (or the second read) and the page setup. */
const contentSyncs = (fake: FakeExcel, writeSyncs: number, firstWrite: number): SyncRecord[] =>
  fake.syncs.slice(firstWrite, firstWrite + writeSyncs);

describe("summary writes below ExcelApi 1.9 (a range path per style rectangle)", () => {
  it("8,000 one-cell style rectangles at 1.8 under Excel on the web's limits: every sync under the writer's budget, chunks well filled", async () => {
    const fake = planWorkbook({ apiVersion: "1.8" });
    const spec = checkerboard(800, 10);
    const r = await writeSummarySheets([spec], {}, fake.host);
    // 2 reads, the add, the content, the page setup: the content needs several syncs at this size.
    expect(r.writeSyncs).toBeGreaterThanOrEqual(3);
    expect(fake.syncs.filter((s) => s.error)).toEqual([]);
    for (const s of fake.syncs) expect(s.requestBytes).toBeLessThanOrEqual(DEFAULT_BUDGET_BYTES);
    // Not wastefully over-estimated either: every content sync but the last is at least 60% of the budget.
    const content = contentSyncs(fake, r.writeSyncs, 3);
    for (const s of content.slice(0, -1)) expect(s.requestBytes).toBeGreaterThan(0.6 * DEFAULT_BUDGET_BYTES);
    const sheet = fake.sheet("Ô cờ");
    expect(cellAt(sheet, "J800")).toMatchObject({ value: "Ô 800.10", numberFormat: "@" });
    expect(cellAt(sheet, "J800")?.borders?.EdgeTop?.style).toBe("Continuous");
    expect(cellAt(sheet, "A1")?.fill?.color).toBe("#D9E2F3"); // header
    expect(cellAt(sheet, "B1")?.fill).toBeUndefined(); // text
    expect(cellAt(sheet, "D1")?.font).toMatchObject({ underline: "Single", color: "#0563C1" }); // link
  }, 120_000);

  it("at a small budget, with the host's limit set to that budget, the estimate is an upper bound for every sync at 1.8 and 1.17", async () => {
    const budget = 150_000;
    for (const apiVersion of ["1.8", "1.17"]) {
      const fake = planWorkbook({ apiVersion, requestLimitBytes: budget });
      const r = await writeSummarySheets([checkerboard(300, 8)], { maxRequestBytes: budget }, fake.host);
      expect([apiVersion, fake.syncs.filter((s) => s.error).map((s) => s.error)]).toEqual([apiVersion, []]);
      expect(Math.max(...fake.syncs.map((s) => s.requestBytes))).toBeLessThanOrEqual(budget);
      // One range per style rectangle at 1.8 costs many times what one getRanges call per style costs at 1.17.
      if (apiVersion === "1.8") expect(r.writeSyncs).toBeGreaterThan(10);
      else expect(r.writeSyncs).toBeLessThanOrEqual(3);
    }
  });

  it("the pane's summaries of a 50,000-task plan at ExcelApi 1.8: every sync of the write under the budget, and the sheets complete", async () => {
    const tasks = 50_000;
    const fake = FakeExcel.fromWorkbookData({ name: "ke-hoach.xlsx", sheets: [largePlan(tasks, "Phụ lục")] }, { apiVersion: "1.8" });
    const state = await readTable(DEFAULT_ADDIN_SETTINGS, fake.host);
    const checked = await checkPlan(state, "vi", fake.host);
    expect(checked.tasks).toHaveLength(tasks);
    const table = state.table as NonNullable<typeof state.table>;
    const choices = agencyChoices(checked.tasks);
    fake.resetStats();
    const chosen = new Set(choices.slice(0, 2).map((c) => c.key));
    const r = await writeSummaries(table, checked.tasks, choices, chosen, fake.host);
    expect(fake.syncs.filter((s) => s.error)).toEqual([]);
    const largest = Math.max(...fake.syncs.map((s) => s.requestBytes));
    expect(largest).toBeLessThanOrEqual(DEFAULT_BUDGET_BYTES);
    expect(largest).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(r.printSetup).toBe("unsupported"); // page layout is ExcelApi 1.9
    expect(r.writeSyncs).toBeGreaterThan(1);
    // One sheet per chosen agency besides the overviews, each listing that agency's tasks to the last.
    expect(r.sheets.length).toBeGreaterThan(chosen.size);
    const first = choices[0] as (typeof choices)[number];
    const listed = r.sheets.find((s) => s.kind === "agency-tasks" && s.name.includes(first.name.slice(0, 10)));
    const cells = Object.values(fake.sheet(listed?.name ?? "?").cells);
    expect(first.lead).toBeGreaterThan(5_000);
    expect(cells.filter((c) => String(c.value ?? "").startsWith("Rà soát, đánh giá")).length).toBeGreaterThanOrEqual(first.lead);
    console.log(
      JSON.stringify({ tasks, sheets: r.sheets.length, syncs: fake.syncCount, writeSyncs: r.writeSyncs, largestRequest: largest }),
    );
  }, 300_000);
});
