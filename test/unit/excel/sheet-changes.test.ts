/**
 * Changes of the checked sheet (src/excel/sheet-events.ts watchSheetChanges, the pane's stale results): the fake
 * raises WorksheetChanged for the add-in's own API writes as Excel does, with `triggerSource` on ExcelApi 1.14+;
 * PhuLuc's marks, unmarks and summaries never make results stale, the user's edit and a co-author's do — with where.
 */
import path from "path";
import { readWorkbookFile } from "../../../src/cli/xlsx/read";
import { changeOrigin, parseChangedAddress, watchSheetChanges, ONE_SYNC_CELLS } from "../../../src/excel/sheet-events";
import { markIssues, unmarkIssues } from "../../../src/excel/marks";
import type { CellValue } from "../../../src/core/workbook/model";
import type { SheetChange } from "../../../src/excel/sheet-events";
import { readSheet } from "../../../src/excel/read";
import { DEFAULT_ADDIN_SETTINGS } from "../../../src/excel/settings-store";
import {
  agencyChoices,
  checkPlan,
  markOnSheet,
  readTable,
  removeMarks,
  watchSheetChanges as paneWatch,
  writeSummaries,
} from "../../../src/taskpane/actions";
import { FakeExcel } from "../../../sim/fake-excel";
import { sheet } from "../../helpers/sheet";

/* eslint-disable @typescript-eslint/no-explicit-any */

const FIXTURE = path.join(__dirname, "../../fixtures/gia-lai-2021.xlsx");
const PLAN = "KH CCHC 2021";

function small(apiVersion = "1.17"): FakeExcel {
  return FakeExcel.fromWorkbookData(
    {
      name: "x.xlsx",
      sheets: [
        sheet("Kế hoạch", [
          ["TT", "Nhiệm vụ"],
          ["1", "Rà soát"],
        ]),
        sheet("Khác", [["x"]]),
      ],
    },
    { apiVersion },
  );
}

describe("the fake raises WorksheetChanged for the add-in's own writes, as Excel does", () => {
  it("values, formats, validation prompts and conditional formats: one event per sheet and sync, after it, 'ThisLocalAddin' on 1.14+", async () => {
    const fake = small();
    const id = fake.sheet("Kế hoạch").id;
    await fake.run(async (context: any) => {
      const ws = context.workbook.worksheets.getItem("Kế hoạch");
      ws.getRange("B2").values = [["Sửa"]];
      ws.getRange("A1:B1").format.fill.color = "#FFFF00";
      await context.sync();
      expect(fake.changes).toHaveLength(1); // raised once the sync has run …
      ws.getRange("B2").dataValidation.prompt = { showPrompt: true, title: "PhuLuc", message: "x" };
      ws.getRange("A2:B2").conditionalFormats.add("Custom");
      ws.getRange("A1").select(); // … and selecting is not a change
      await context.sync();
    });
    expect(fake.changes).toEqual([
      {
        worksheetId: id,
        address: "B2,A1:B1",
        changeType: "RangeEdited",
        type: "WorksheetChanged",
        source: "Local",
        triggerSource: "ThisLocalAddin",
      },
      {
        worksheetId: id,
        address: "B2,A2:B2",
        changeType: "RangeEdited",
        type: "WorksheetChanged",
        source: "Local",
        triggerSource: "ThisLocalAddin",
      },
    ]);
    // The user at this Excel, and a co-author elsewhere.
    fake.editCell("Kế hoạch", "B2", "Của tôi");
    fake.remoteEdit("Kế hoạch", "A2", "2");
    expect(fake.changes.slice(2).map((c) => [c.address, c.source, c.triggerSource])).toEqual([
      ["B2", "Local", "Unknown"],
      ["A2", "Remote", "Unknown"],
    ]);
    expect(fake.sheet("Kế hoạch").cells["1,0"]?.value).toBe("2");
  });

  it("below ExcelApi 1.14 the events carry no triggerSource (Excel cannot say who wrote)", async () => {
    const fake = small("1.13");
    await fake.run(async (context: any) => {
      context.workbook.worksheets.getItem("Kế hoạch").getRange("B2").values = [["Sửa"]];
      await context.sync();
    });
    fake.editCell("Kế hoạch", "B2", "x");
    expect(fake.changes.map((c) => "triggerSource" in c)).toEqual([false, false]);
  });
});

describe("changeOrigin and the event address", () => {
  it("Remote is a co-author; ThisLocalAddin is PhuLuc; the rest is judged by the cells", () => {
    expect(changeOrigin({ source: "Remote", triggerSource: "Unknown" })).toBe("coauthor");
    expect(changeOrigin({ source: "Remote" })).toBe("coauthor");
    expect(changeOrigin({ source: "Local", triggerSource: "ThisLocalAddin" })).toBe("own");
    expect(changeOrigin({ source: "Local", triggerSource: "Unknown" })).toBe("unknown");
    expect(changeOrigin({ source: "Local" })).toBe("unknown");
  });
  it("parses single cells, ranges, lists and a sheet prefix; whole rows or columns are not read back", () => {
    expect(parseChangedAddress("D26")).toEqual([{ top: 25, left: 3, bottom: 25, right: 3 }]);
    expect(parseChangedAddress("Sheet1!B2:A1,C3")).toEqual([
      { top: 0, left: 0, bottom: 1, right: 1 },
      { top: 2, left: 2, bottom: 2, right: 2 },
    ]);
    expect(parseChangedAddress("A:A")).toBeNull();
    expect(parseChangedAddress("3:5")).toBeNull();
  });
});

async function giaLai(apiVersion: string) {
  const fake = FakeExcel.fromWorkbookData((await readWorkbookFile(FIXTURE)).data, { apiVersion });
  const state = await readTable(DEFAULT_ADDIN_SETTINGS, fake.host);
  const check = await checkPlan(state, "vi", fake.host);
  const changes: SheetChange[] = [];
  const stop = await paneWatch(check, (c) => changes.push(c), fake.host);
  return { fake, check, changes, stop };
}

describe.each(["1.17", "1.13", "1.8"])("watchSheetChanges at ExcelApi %s", (api) => {
  it("mark, unmark and the summary sheets are PhuLuc's own: nothing is reported; the user's edit is, with its cell", async () => {
    const { fake, check, changes, stop } = await giaLai(api);
    const mark = await markOnSheet(check.issues, PLAN, "vi", fake.host);
    expect(mark.cells).toBeGreaterThan(0);
    const afterMark = fake.syncCount;
    await fake.eventsSettled();
    // With triggerSource (1.14+) PhuLuc's events are known as its own: no read-back; below, 1 sync per event.
    if (api === "1.17") expect(fake.syncCount).toBe(afterMark);
    else expect(fake.syncCount).toBeGreaterThan(afterMark);
    await removeMarks(fake.host);
    await fake.eventsSettled();
    if (check.state.table && api !== "1.8") {
      const choices = agencyChoices(check.tasks);
      await writeSummaries(check.state.table, check.tasks, choices, new Set(choices.slice(0, 2).map((c) => c.key)), fake.host);
      await fake.eventsSettled();
    }
    // The fake did raise events on the plan sheet for those writes …
    const planId = fake.sheet(PLAN).id;
    expect(fake.changes.filter((c) => c.worksheetId === planId).length).toBeGreaterThanOrEqual(2);
    // … and none was taken for a change of the plan.
    expect(changes).toEqual([]);

    fake.editCell(PLAN, "D26", "Sở Nội vụ");
    await fake.eventsSettled();
    expect(changes).toEqual([{ author: "user", address: "D26" }]);
    await stop();
  });

  it("a co-author's change is reported as such, with its address, even after the user's", async () => {
    const { fake, changes, stop } = await giaLai(api);
    fake.editCell(PLAN, "D26", "Sở Nội vụ");
    fake.editCell(PLAN, "D27", "Sở Tư pháp"); // stale already: not read back again
    fake.remoteEdit(PLAN, "F7", "Quý IV/2021");
    await fake.eventsSettled();
    expect(changes).toEqual([
      { author: "user", address: "D26" },
      { author: "coauthor", address: "F7" },
    ]);
    await stop();
    fake.remoteEdit(PLAN, "F8", "x");
    await fake.eventsSettled();
    expect(changes).toHaveLength(2);
  });
});

describe("without triggerSource (below ExcelApi 1.14) the changed cells are compared with what the check read", () => {
  it("reads the event's cells back in 1 sync; a write that leaves the values as read is not a change", async () => {
    const { fake, changes, stop } = await giaLai("1.13");
    fake.resetStats();
    // The user retypes a value as it was: the plan did not change.
    const before = fake.sheet(PLAN).cells["6,1"]?.value as string;
    fake.editCell(PLAN, "B7", before);
    await fake.eventsSettled();
    expect(changes).toEqual([]);
    expect(fake.syncCount).toBe(1);
    // A merge over task cells changes how the table reads (merges are compared where Excel can read them).
    await fake.run(async (context: any) => {
      context.workbook.worksheets.getItem(PLAN).getRange("E30:E31").merge();
      await context.sync();
    });
    await fake.eventsSettled();
    expect(changes.map((c) => c.author)).toEqual(["user"]);
    await stop();
  });

  it("a format over a large empty range is compared only where the sheet has values: not a change, 3 syncs", async () => {
    const fake = small("1.13");
    const read = await readSheet("Kế hoạch", fake.host);
    const changes: SheetChange[] = [];
    const stop = await watchSheetChanges("Kế hoạch", (c) => changes.push(c), { baseline: read.sheet, mergesKnown: true }, fake.host);
    fake.resetStats();
    const rows = Math.ceil(ONE_SYNC_CELLS / 10) + 1;
    await fake.run(async (context: any) => {
      context.workbook.worksheets.getItem("Kế hoạch").getRange(`A10:J${9 + rows}`).format.font.bold = true;
      await context.sync();
    });
    await fake.eventsSettled();
    expect(changes).toEqual([]);
    // The write, the used range, one sync of merge bands; no value is read (the range holds none).
    expect(fake.syncCount).toBe(3);
    // A value typed into that range afterwards is a change.
    fake.editCell("Kế hoạch", "C20", "mới");
    await fake.eventsSettled();
    expect(changes).toEqual([{ author: "user", address: "C20" }]);
    await stop();
  });

  it("without ExcelApi 1.7 nothing is registered", async () => {
    const fake = small("1.6");
    const stop = await watchSheetChanges("Kế hoạch", () => undefined, {}, fake.host);
    await stop();
    expect(fake.runs).toBe(0);
  });
});

/** A plan of `n` task rows: every 7th lacks its lead agency, so marking it gives about n / 7 + n / 11 cells. */
function longPlan(n: number): { name: string; sheets: Array<{ name: string; rows: CellValue[][]; merges: [] }> } {
  const rows: CellValue[][] = [["TT", "Nhiệm vụ", "Sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"]];
  for (let i = 0; i < n; i++)
    rows.push([i + 1, `Nhiệm vụ số ${i + 1}: rà soát thủ tục hành chính`, "Báo cáo", i % 7 ? "Sở Nội vụ" : null, "Các sở", "Quý I/2021"]);
  return { name: "lon.xlsx", sheets: [{ name: "KH", rows, merges: [] }] };
}

function planIssues(n: number, cells: number) {
  const issues: Array<{ sheet: string; cell: string; severity: "error" | "warning"; message: string }> = [];
  for (let i = 0; issues.length < cells && i < n; i++) {
    issues.push({ sheet: "KH", cell: `D${i + 2}`, severity: "error", message: "Thiếu cơ quan chủ trì" });
    if (issues.length < cells) issues.push({ sheet: "KH", cell: `F${i + 2}`, severity: "warning", message: "Thời hạn chưa rõ" });
  }
  return issues;
}

describe("below ExcelApi 1.14, marking a long plan is not taken for the user's change", () => {
  jest.setTimeout(120_000);

  it.each(["1.13", "1.8"])(
    "at %s: 10,000+ marked cells over 10,000 rows leave the results fresh; the user's edit still counts",
    async (api) => {
      const n = 10_000;
      const fake = FakeExcel.fromWorkbookData(longPlan(n), { apiVersion: api });
      const read = await readSheet("KH", fake.host);
      const changes: SheetChange[] = [];
      const stop = await watchSheetChanges(
        "KH",
        (c) => changes.push(c),
        { baseline: read.sheet, mergesKnown: read.mergesKnown },
        fake.host,
      );
      const issues = planIssues(n, 12_000);
      fake.resetStats();
      const mark = await markIssues(issues, {}, fake.host);
      expect(mark.cells).toBe(12_000);
      const markSyncs = fake.syncCount;
      await fake.eventsSettled();
      // The fake raised events for the marks on the plan sheet (no triggerSource below 1.14), over thousands of cells …
      const events = fake.changes.filter((c) => c.worksheetId === fake.sheet("KH").id);
      expect(events.length).toBeGreaterThan(0);
      expect(
        events.some(
          (e) => (parseChangedAddress(e.address) ?? []).reduce((k, a) => k + (a.bottom - a.top + 1) * (a.right - a.left + 1), 0) > 10_000,
        ),
      ).toBe(true);
      // … and none made the results stale.
      expect(changes).toEqual([]);
      // Counting work: the read-backs stay few per event, and every one under the 5 MB limit.
      const readBacks = fake.syncs.slice(markSyncs);
      expect(readBacks.length).toBeLessThanOrEqual(8 * events.length);
      for (const sync of fake.syncs) expect(Math.max(sync.requestBytes, sync.responseBytes)).toBeLessThanOrEqual(5 * 1024 * 1024);

      await unmarkIssues({}, fake.host);
      await fake.eventsSettled();
      expect(changes).toEqual([]);

      // The user clears a lead agency deep in the plan: reported, with its cell.
      fake.editCell("KH", "D9000", "");
      await fake.eventsSettled();
      expect(changes).toEqual([{ author: "user", address: "D9000" }]);
      await stop();
    },
  );

  it("a large paste that changes one value in the middle is reported (the blocks stop at the first difference)", async () => {
    const n = 10_000;
    const fake = FakeExcel.fromWorkbookData(longPlan(n), { apiVersion: "1.13" });
    const read = await readSheet("KH", fake.host);
    const changes: SheetChange[] = [];
    const stop = await watchSheetChanges("KH", (c) => changes.push(c), { baseline: read.sheet, mergesKnown: true }, fake.host);
    // Rewrites columns B:C of every task row as they were, except one cell.
    const values = (read.sheet.rows.slice(1) as CellValue[][]).map((r, i) => [r[1], i === 5000 ? "Đã sửa" : r[2]]);
    await fake.run(async (context: any) => {
      context.workbook.worksheets.getItem("KH").getRange(`B2:C${n + 1}`).values = values;
      await context.sync();
    });
    await fake.eventsSettled();
    expect(changes).toEqual([{ author: "user", address: `B2:C${n + 1}` }]);
    await stop();
  });
});
