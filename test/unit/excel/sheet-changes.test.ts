/**
 * Changes of the checked sheet (src/excel/sheet-events.ts watchSheetChanges, the pane's stale results): the fake
 * raises WorksheetChanged for the add-in's own API writes as Excel does, with `triggerSource` on ExcelApi 1.14+;
 * PhuLuc's marks, unmarks and summaries never make results stale, the user's edit and a co-author's do — with where.
 */
import path from "path";
import { readWorkbookFile } from "../../../src/cli/xlsx/read";
import { changeOrigin, parseChangedAddress, watchSheetChanges, MAX_COMPARED_CELLS } from "../../../src/excel/sheet-events";
import type { SheetChange } from "../../../src/excel/sheet-events";
import { readSheet } from "../../../src/excel/read";
import { DEFAULT_ADDIN_SETTINGS } from "../../../src/excel/settings-store";
import { agencyChoices, checkPlan, markOnSheet, readTable, removeMarks, watchSheetChanges as paneWatch, writeSummaries } from "../../../src/taskpane/actions";
import { FakeExcel } from "../../fake-excel";
import { sheet } from "../../helpers/sheet";

/* eslint-disable @typescript-eslint/no-explicit-any */

const FIXTURE = path.join(__dirname, "../../fixtures/gia-lai-2021.xlsx");
const PLAN = "KH CCHC 2021";

function small(apiVersion = "1.17"): FakeExcel {
  return FakeExcel.fromWorkbookData({ name: "x.xlsx", sheets: [sheet("Kế hoạch", [["TT", "Nhiệm vụ"], ["1", "Rà soát"]]), sheet("Khác", [["x"]])] }, { apiVersion });
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
      { worksheetId: id, address: "B2,A1:B1", changeType: "RangeEdited", type: "WorksheetChanged", source: "Local", triggerSource: "ThisLocalAddin" },
      { worksheetId: id, address: "B2,A2:B2", changeType: "RangeEdited", type: "WorksheetChanged", source: "Local", triggerSource: "ThisLocalAddin" },
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

  it("a range above MAX_COMPARED_CELLS is reported without reading it (never hidden)", async () => {
    const fake = small("1.13");
    const read = await readSheet("Kế hoạch", fake.host);
    const changes: SheetChange[] = [];
    const stop = await watchSheetChanges("Kế hoạch", (c) => changes.push(c), { baseline: read.sheet, mergesKnown: true }, fake.host);
    fake.resetStats();
    const rows = Math.ceil(MAX_COMPARED_CELLS / 10) + 1;
    await fake.run(async (context: any) => {
      context.workbook.worksheets.getItem("Kế hoạch").getRange(`A10:J${9 + rows}`).format.font.bold = true;
      await context.sync();
    });
    await fake.eventsSettled();
    expect(changes).toEqual([{ author: "user", address: `A10:J${9 + rows}` }]);
    expect(fake.syncCount).toBe(1); // the write itself; nothing read back
    await stop();
  });

  it("without ExcelApi 1.7 nothing is registered", async () => {
    const fake = small("1.6");
    const stop = await watchSheetChanges("Kế hoạch", () => undefined, {}, fake.host);
    await stop();
    expect(fake.runs).toBe(0);
  });
});
