// The whole round trip the pane makes, at plan scale, against the fake with Excel on the web's payload limits:
// check (the pane's own composition: readTable → checkPlan) → mark → unmark → summaries → summaries again, on a plan
// of 50,000 tasks. Afterwards every value, format, note, comment, conditional format, validation rule, custom
// property and sheet of the user's is exactly as before; the summaries' sheets are the only additions; no sync went
// over the request or response limit. (The fake has no defined names, so names are not compared here.)
import { DEFAULT_ADDIN_SETTINGS } from "../../../src/excel/settings-store";
import { DEFAULT_BUDGET_BYTES } from "../../../src/excel/byte-budget";
import { listPhuLucSheets } from "../../../src/excel/summary-writer";
import { agencyChoices, checkPlan, markOnSheet, readTable, removeMarks, writeSummaries } from "../../../src/taskpane/actions";
import { FakeExcel, FakeSheet, FakeWorkbookState } from "../../../sim/fake-excel";
import { largePlan } from "./summary-fixtures";
import { addUserConditionalFormat } from "./marks-fixtures";

const TASKS = 50_000;
const LIMIT = 5 * 1024 * 1024;
const PLAN = "Phụ lục";
/** The user's own things on the plan and on a sheet of their own, all of which must survive untouched. */
function decorate(fake: FakeExcel): void {
  const s = fake.sheet(PLAN);
  const at = (r: number, c: number) => (s.cells[`${r},${c}`] ??= {});
  for (let r = 3; r < 3 + TASKS; r += 997) {
    at(r, 3).fill = { color: "#FFFF00" };
    at(r, 3).font = { bold: true, color: "#C00000" };
    at(r, 3).numberFormat = "@";
    at(r, 1).note = `Ghi chú ${r}`;
    at(r, 1).comment = `Anh Tâm: xem lại dòng ${r}`;
    at(r, 5).dataValidation = {
      type: "List",
      rule: { list: { inCellDropDown: true, source: "Quý I,Quý II,Quý III,Quý IV" } },
      prompt: { showPrompt: true, title: "Thời hạn", message: "Chọn quý" },
    };
  }
  at(4, 7).formula = "=COUNTA(D:D)";
  addUserConditionalFormat(s, "D4:F60000");
  s.columnWidths["1"] = 300;
  s.freeze = { rows: 3, cols: 0 };
  s.customProperties["Owner"] = "Phòng CCHC";
  const mine = fake.sheet("Ghi chép");
  mine.cells["0,0"] = { value: "Tổng hợp theo cơ quan", hyperlink: { address: "https://example.org/ke-hoach" } };
  mine.cells["1,0"] = { formula: `='${PLAN}'!B5` };
  fake.state.customXmlParts.push({ id: "{USER-XML}", namespaceUri: "urn:example:mine", xml: "<mine>1</mine>" });
}

const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
/** The user's part of the workbook: their sheets (PhuLuc's excluded) in tab order and their custom XML parts. */
function usersPart(state: FakeWorkbookState, ours: ReadonlySet<string>): { sheets: FakeSheet[]; parts: unknown[] } {
  return {
    sheets: copy(state.sheets.filter((s) => !ours.has(s.name))),
    parts: copy(state.customXmlParts.filter((p) => !p.namespaceUri.startsWith("urn:phuluc:"))),
  };
}

function expectWithinLimits(fake: FakeExcel, step: string): void {
  const over = fake.syncs.filter((s) => s.error || s.requestBytes > LIMIT || s.responseBytes > LIMIT);
  expect([step, over]).toEqual([step, []]);
}

async function roundTrip(): Promise<void> {
  {
    const fake = FakeExcel.fromWorkbookData({
      name: "ke-hoach.xlsx",
      sheets: [largePlan(TASKS, PLAN), { name: "Ghi chép", rows: [], merges: [] }],
    });
    decorate(fake);
    const before = usersPart(fake.state, new Set());
    const sizes: Record<string, { syncs: number; maxRequest: number; maxResponse: number; ms: number }> = {};
    const step = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
      fake.resetStats();
      const started = Date.now();
      const out = await run().catch((e: unknown) => {
        const last = fake.syncs.at(-1);
        throw new Error(
          `${name}: ${String(e)} (sync ${fake.syncCount}: ${last?.requestBytes} B request, ${last?.responseBytes} B response)`,
        );
      });
      expectWithinLimits(fake, name);
      sizes[name] = {
        syncs: fake.syncCount,
        maxRequest: Math.max(...fake.syncs.map((s) => s.requestBytes)),
        maxResponse: Math.max(...fake.syncs.map((s) => s.responseBytes)),
        ms: Date.now() - started, // printed only, never asserted
      };
      return out;
    };

    const state = await step("read", () => readTable(DEFAULT_ADDIN_SETTINGS, fake.host));
    expect(state.table?.tasks.length).toBe(TASKS);
    const checked = await step("check", () => checkPlan(state, "vi", fake.host));
    expect(checked.tasks).toHaveLength(TASKS);
    const leadIssues = checked.issues.filter((i) => i.code === "MISSING_LEAD");
    expect(leadIssues).toHaveLength(TASKS / 4);

    const marked = await step("mark", () => markOnSheet(checked.issues, PLAN, "vi", fake.host));
    expect(marked.cells).toBeGreaterThanOrEqual(TASKS / 4);
    const unmarked = await step("unmark", () => removeMarks(fake.host));
    expect(unmarked.restored).toBe(marked.cells);
    // Unmarked: the user's part is back exactly (no PhuLuc sheet exists yet).
    expect(usersPart(fake.state, new Set())).toEqual(before);

    const table = state.table as NonNullable<typeof state.table>;
    const choices = agencyChoices(checked.tasks);
    const chosen = new Set(choices.slice(0, 2).map((c) => c.key));
    const first = await step("summaries", () => writeSummaries(table, checked.tasks, choices, chosen, fake.host));
    expect(first.printSetup).toBe("applied");
    expect(first.droppedLinks).toBe(0);
    const second = await step("summaries again", () => writeSummaries(table, checked.tasks, choices, chosen, fake.host));
    expect(second.sheets.map((s) => [s.name, s.replaced])).toEqual(first.sheets.map((s) => [s.name, true]));

    // The writer's own estimate keeps its requests under its budget, measured as office.js serialises them.
    expect(sizes["summaries"]?.maxRequest).toBeLessThanOrEqual(DEFAULT_BUDGET_BYTES);
    expect(sizes["summaries again"]?.maxRequest).toBeLessThanOrEqual(DEFAULT_BUDGET_BYTES);
    const ours = new Set((await listPhuLucSheets(fake.host)).map((s) => s.name));
    expect([...ours].sort()).toEqual(first.sheets.map((s) => s.name).sort());
    expect(fake.state.sheets.map((s) => s.name)).toEqual([PLAN, "Ghi chép", ...first.sheets.map((s) => s.name)]);
    expect(usersPart(fake.state, ours)).toEqual(before);
    // Figures for the report, printed (not asserted beyond the limits).
    console.log(
      JSON.stringify({
        tasks: TASKS,
        issues: checked.issues.length,
        markedCells: marked.cells,
        summarySheets: first.sheets.length,
        summaryWriteSyncs: second.writeSyncs,
        sizes,
      }),
    );
  }
}

describe(`round trip at ${TASKS.toLocaleString("en")} tasks`, () => {
  it(
    "check → mark → unmark → summaries → summaries again: the user's workbook is exactly as before, summaries are the only additions",
    () => roundTrip(),
    600_000,
  );
});
