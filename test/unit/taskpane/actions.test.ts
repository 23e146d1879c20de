/**
 * The pane's actions over the fake Excel: the check through core's check session (merge-unknown hosts report nothing the
 * CLI does not), sheet roles, Worksheet.onChanged, marks limited to the checked sheet.
 */
import path from "path";
import { runCheck } from "../../../src/cli/commands/check";
import { readWorkbookFile } from "../../../src/cli/xlsx/read";
import type { Report } from "../../../src/core/report/schema";
import type { SheetData, WorkbookData } from "../../../src/core/workbook/model";
import { DEFAULT_ADDIN_SETTINGS } from "../../../src/excel/settings-store";
import {
  agencyChoices,
  checkPlan,
  markOnSheet,
  marksNow,
  readTable,
  readTableFromSelection,
  rereadTable,
  watchSheetChanges,
  writeSummaries,
} from "../../../src/taskpane/actions";
import { paneSession, rulesOff } from "../../../src/taskpane/model/check";
import { FakeExcel } from "../../../sim/fake-excel";

const FIXTURE = path.join(__dirname, "../../fixtures/gia-lai-2021.xlsx");
const PLAN = "KH CCHC 2021";

async function cli(): Promise<Report> {
  let out = "";
  await runCheck([FIXTURE, "--json"], { stdout: (s) => void (out += s), stderr: () => undefined, readStdin: async () => "" });
  return JSON.parse(out) as Report;
}

/** The fixture's workbook, with extra sheets appended. */
async function giaLai(extra: (plan: SheetData) => SheetData[] = () => []): Promise<WorkbookData> {
  const data = (await readWorkbookFile(FIXTURE)).data;
  return { ...data, sheets: [...data.sheets, ...extra(data.sheets[0] as SheetData)] };
}

const pair = (i: { cell?: string; code: string }) => `${i.cell} ${i.code}`;

describe("the pane's check on hosts without merged areas (below ExcelApi 1.13)", () => {
  it("at 1.7 every issue the pane reports is one the CLI reports: no false MISSING_LEAD/MISSING_DEADLINE in merges", async () => {
    const report = await cli();
    const fake = FakeExcel.fromWorkbookData(await giaLai(), { apiVersion: "1.7" });
    const state = await readTable(DEFAULT_ADDIN_SETTINGS, fake.host);
    expect(state.mergesKnown).toBe(false);
    expect(state.role).toBe("plan");
    const result = await checkPlan(state, "vi", fake.host);
    const expected = new Set(report.issues.map(pair));
    const extra = result.issues.map(pair).filter((p) => !expected.has(p));
    expect(extra).toEqual([]);
    expect(result.issues.length).toBeGreaterThan(0);
    // Without the merge-unknown mode the same merge-less sheet would report blanks inside merges as missing.
    if (!state.table) throw new Error("no table");
    const naive = paneSession({ stored: DEFAULT_ADDIN_SETTINGS, lang: "vi" }).checkSheet(result.read.sheet);
    expect(naive.issues.map(pair).filter((p) => !expected.has(p)).length).toBeGreaterThan(0);
  });

  it("a row with more than 512 merged areas: the pane's state says why merges are unknown (the card shows that reason)", async () => {
    const wide = (plan: SheetData): SheetData[] => {
      const row = Array.from({ length: 1200 }, (_, k) => (k % 2 === 0 ? `ô ${k}` : null));
      const merges = Array.from({ length: 600 }, (_, k) => ({ top: 0, left: 2 * k, bottom: 0, right: 2 * k + 1 }));
      return [{ name: "Rộng", rows: [row, ...plan.rows.slice(1)], merges }];
    };
    const fake = FakeExcel.fromWorkbookData(await giaLai(wide), { apiVersion: "1.17" });
    fake.activateSheet("Rộng");
    const state = await readTable(DEFAULT_ADDIN_SETTINGS, fake.host);
    expect(state.mergesKnown).toBe(false);
    expect(state.mergesUnknown).toBe("tooMany");
    expect(state.table).not.toBeNull();
  });

  it("with merged areas (1.17) the pane gives exactly the CLI's issues", async () => {
    const report = await cli();
    const fake = FakeExcel.fromWorkbookData(await giaLai());
    const state = await readTable(DEFAULT_ADDIN_SETTINGS, fake.host);
    const result = await checkPlan(state, "vi", fake.host);
    expect(result.issues.map(pair).sort()).toEqual(report.issues.map(pair).sort());
  });
});

describe("a task spanning rows with an error value on its second row", () => {
  it("the pane reports FORMULA_ERROR at the row that holds it, as the CLI does", async () => {
    const plan: SheetData = {
      name: "Phụ lục",
      rows: [
        ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2021"],
        ["TT", "Nhiệm vụ", "Sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"],
        [1, "Xây dựng kế hoạch cải cách hành chính", "Kế hoạch", "Sở Nội vụ", "Sở Tư pháp", "Quý I năm 2021"],
        [null, null, null, null, { error: "#REF!" }, null],
      ],
      merges: [0, 1, 2, 3, 5].map((c) => ({ top: 2, left: c, bottom: 3, right: c })),
    };
    const fake = FakeExcel.fromWorkbookData({ name: "x.xlsx", sheets: [plan] });
    const result = await checkPlan(await readTable(DEFAULT_ADDIN_SETTINGS, fake.host), "vi", fake.host);
    expect(result.issues.filter((i) => i.code === "FORMULA_ERROR").map((i) => i.cell)).toEqual(["E4"]);
  });
});

describe("sheet roles", () => {
  it("PhuLuc's summary sheets and the agency list are not recognised as plans; saving re-reads the table's sheet", async () => {
    const data = await giaLai((plan) => [{ name: "Danh mục cơ quan", rows: plan.rows, merges: plan.merges }]);
    const fake = FakeExcel.fromWorkbookData(data);
    const state = await readTable(DEFAULT_ADDIN_SETTINGS, fake.host);
    const checked = await checkPlan(state, "vi", fake.host);
    if (!checked.state.table) throw new Error("no table");
    const choices = agencyChoices(checked.tasks);
    const written = await writeSummaries(
      checked.state.table,
      checked.tasks,
      choices,
      new Set(choices.slice(0, 1).map((c) => c.key)),
      fake.host,
    );
    for (const s of written.sheets) {
      fake.activateSheet(s.name);
      const there = await readTable(DEFAULT_ADDIN_SETTINGS, fake.host);
      expect([s.name, there.role, there.table]).toEqual([s.name, "summary", null]);
    }
    fake.activateSheet("Danh mục cơ quan");
    const agencies = await readTable(DEFAULT_ADDIN_SETTINGS, fake.host);
    expect([agencies.role, agencies.table]).toEqual(["agency-directory", null]);
    // A summary sheet is active, yet saving settings re-reads the plan's own sheet.
    fake.activateSheet(written.sheets[0]?.name ?? "");
    const again = await rereadTable(state, DEFAULT_ADDIN_SETTINGS, fake.host);
    expect([again.sheet, again.role, again.table?.tasks.length]).toEqual([PLAN, "plan", 35]);
  });
});

describe("sheet edits after a check", () => {
  it("Worksheet.onChanged reports edits of the checked sheet only, with their cell, until stopped", async () => {
    const data = await giaLai(() => [{ name: "Khác", rows: [["x"]], merges: [] }]);
    const fake = FakeExcel.fromWorkbookData(data);
    const check = await checkPlan(await readTable(DEFAULT_ADDIN_SETTINGS, fake.host), "vi", fake.host);
    const changes: unknown[] = [];
    const stop = await watchSheetChanges(check, (c) => void changes.push(c), fake.host);
    expect(fake.handlerCount("WorksheetChanged")).toBe(1);
    fake.editCell("Khác", "A1", "y");
    await fake.eventsSettled();
    expect(changes).toEqual([]);
    fake.editCell(PLAN, "D26", "Sở Nội vụ");
    await fake.eventsSettled();
    expect(changes).toEqual([{ author: "user", address: "D26" }]);
    await stop();
    expect(fake.handlerCount("WorksheetChanged")).toBe(0);
    fake.editCell(PLAN, "D27", "Sở Nội vụ");
    await fake.eventsSettled();
    expect(changes).toHaveLength(1);
  });

  it("a check after the edit no longer reports the fixed cell", async () => {
    const fake = FakeExcel.fromWorkbookData(await giaLai());
    const state = await readTable(DEFAULT_ADDIN_SETTINGS, fake.host);
    const before = await checkPlan(state, "vi", fake.host);
    expect(before.issues.map(pair)).toContain("D26 MISSING_LEAD");
    fake.editCell(PLAN, "D26", "Sở Nội vụ");
    const after = await checkPlan(state, "vi", fake.host);
    expect(after.issues.map(pair)).not.toContain("D26 MISSING_LEAD");
  });
});

describe("marks", () => {
  it("marking the checked sheet leaves the marks of other sheets; readMarks lists both", async () => {
    const data = await giaLai((plan) => [{ ...plan, name: "Bản sao" }]);
    const fake = FakeExcel.fromWorkbookData(data);
    const state = await readTable(DEFAULT_ADDIN_SETTINGS, fake.host);
    const copy = await checkPlan({ ...state, sheet: "Bản sao" }, "vi", fake.host);
    await markOnSheet(copy.issues, "Bản sao", "vi", fake.host);
    const checked = await checkPlan(state, "vi", fake.host);
    await markOnSheet(checked.issues, PLAN, "vi", fake.host);
    const marks = await marksNow(fake.host);
    expect(marks.sheets.map((s) => s.name).sort()).toEqual(["Bản sao", PLAN].sort());
  });
});

describe("the clean message", () => {
  it("counts the rules switched off", () => {
    expect(rulesOff({})).toBe(0);
    expect(
      rulesOff({ rules: { NUMBERING: { enabled: false }, MISSING_LEAD: { severity: "info" }, LEAD_IS_GROUP: { enabled: false } } }),
    ).toBe(2);
  });
});

describe("a sheet with two tables", () => {
  it("the pane finds both and checks both, giving the CLI's issues (the second table's missing lead included)", async () => {
    const header = ["TT", "Nhiệm vụ", "Sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"];
    const rows = [
      ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2021"],
      header,
      ["1", "Rà soát văn bản quy phạm pháp luật", "Báo cáo", "Sở Tư pháp", "Các sở, ngành", "Quý I/2021"],
      [],
      [],
      [],
      ["PHỤ LỤC II"],
      header,
      ["1", "Kiểm tra công tác văn thư lưu trữ", "Báo cáo", "", "Sở Tư pháp", "Quý II/2021"],
    ];
    const data: WorkbookData = { name: "two.xlsx", sheets: [{ name: "Phụ lục", rows, merges: [] }] };
    const fake = FakeExcel.fromWorkbookData(data);
    const state = await readTable(DEFAULT_ADDIN_SETTINGS, fake.host);
    expect(state.table?.headerRows).toEqual([1]);
    expect(state.others.map((t) => t.headerRows)).toEqual([[7]]);
    const result = await checkPlan(state, "vi", fake.host);
    expect(result.tasks.map((t) => t.row)).toEqual([3, 9]);
    expect(result.issues.map(pair)).toContain("D9 MISSING_LEAD");
  });
});

describe("the table from the user's selection", () => {
  it("recognised through the check session from the selected header; the check from that header gives the CLI's issues", async () => {
    const report = await cli();
    const fake = FakeExcel.fromWorkbookData(await giaLai());
    fake.sheet(PLAN).selection = "A5:F5";
    const { state, selection } = await readTableFromSelection(DEFAULT_ADDIN_SETTINGS, fake.host);
    expect([selection.sheet, state.hint, state.table?.headerRows, state.table?.tasks.length]).toEqual([
      PLAN,
      { top: 4, left: 0, right: 5 },
      [4],
      35,
    ]);
    // The title above the selection is read as the recogniser reads it: the same title lines and period as a whole-sheet read.
    const whole = await readTable(DEFAULT_ADDIN_SETTINGS, fake.host);
    expect([state.table?.titleLines, state.table?.planPeriod]).toEqual([whole.table?.titleLines, whole.table?.planPeriod]);
    const checked = await checkPlan(state, "vi", fake.host);
    expect(checked.state.hint).toEqual(state.hint);
    expect(checked.issues.map(pair).sort()).toEqual(report.issues.map(pair).sort());
  });

  it("a selection below the table's header finds no table there, and the state keeps no hint", async () => {
    const fake = FakeExcel.fromWorkbookData(await giaLai());
    fake.sheet(PLAN).selection = "A60";
    const { state } = await readTableFromSelection(DEFAULT_ADDIN_SETTINGS, fake.host);
    expect([state.table, state.hint, state.role]).toEqual([null, null, "plan"]);
  });
});
