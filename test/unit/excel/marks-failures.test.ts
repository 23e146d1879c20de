/**
 * A mark that fails at any of its write syncs — with its undo going through, or failing too (the network drops,
 * the pane is closed) — never costs the user a validation prompt or rule: a later unmark puts every one of them
 * back exactly. At 20,000 marked cells, where the prompts take several syncs.
 */
import type { SheetData } from "../../../src/core/workbook/model";
import { MARK_COLORS, MARK_SIGNATURE, MarkableIssue, markIssues, readMarks, unmarkIssues } from "../../../src/excel/marks";
import { NS_MARKS_PENDING } from "../../../src/excel/marks-store";
import { NS_MARKS } from "../../../src/excel/xml-store";
import { FakeExcel, FakeExcelOptions, FakeWorkbookState, SyncFailure, SyncRecord } from "../../../sim/fake-excel";
import { SHEET, addUserConditionalFormat, markPlan } from "./marks-fixtures";

// A guard against hanging, not a timing assertion: on a loaded 2-core machine these runs take minutes.
jest.setTimeout(600_000);

const LIMIT = 5 * 1024 * 1024;
const ROWS = 20_000;
const FIRST = 4; // the first task row

const plan = (): SheetData => markPlan(ROWS);

/** The user's own validations: a list with its prompt on every 97th marked cell, a whole-number rule on every 89th. */
function userWorkbook(): FakeWorkbookState {
  const fake = FakeExcel.fromWorkbookData({ name: "lon.xlsx", sheets: [plan()] });
  const s = fake.sheet(SHEET);
  for (let r = FIRST - 1; r < FIRST - 1 + ROWS; r++) {
    const key = `${r},3`;
    if (r % 97 === 0)
      s.cells[key] = {
        ...(s.cells[key] ?? {}),
        dataValidation: {
          type: "List",
          rule: { list: { inCellDropDown: true, source: "Sở Nội vụ,Sở Tư pháp" } },
          prompt: { showPrompt: true, title: "Chủ trì", message: `Chọn cơ quan (dòng ${r + 1})` },
        },
      };
    else if (r % 89 === 0)
      s.cells[key] = {
        ...(s.cells[key] ?? {}),
        dataValidation: {
          type: "WholeNumber",
          rule: { wholeNumber: { formula1: "0", operator: "GreaterThan" } },
          prompt: { showPrompt: false, title: "", message: "" },
        },
      };
  }
  addUserConditionalFormat(s, "D4:D100");
  return JSON.parse(JSON.stringify(fake.state)) as FakeWorkbookState;
}

/** One issue per task row in column D; `skip` leaves some rows out, `tag` changes the message (a re-check). */
function issues(tag = "", skip: (i: number) => boolean = () => false): MarkableIssue[] {
  const out: MarkableIssue[] = [];
  for (let i = 0; i < ROWS; i++)
    if (!skip(i))
      out.push({
        sheet: SHEET,
        cell: `D${i + FIRST}`,
        severity: i % 5 === 0 ? "warning" : "error",
        message: i % 3 === 0 ? `Không hiểu được thời gian ở nhiệm vụ ${i + 1}${tag}.` : `Nhiệm vụ chưa có cơ quan chủ trì${tag}.`,
      });
  return out;
}

type Inject = (index: number, record: SyncRecord) => SyncFailure | null;

function fakeOf(state: FakeWorkbookState, failSync: Inject | null = null): FakeExcel {
  return new FakeExcel(JSON.parse(JSON.stringify(state)) as FakeWorkbookState, { failSync } as FakeExcelOptions);
}

const setFailSync = (fake: FakeExcel, f: Inject | null) => ((fake.options as { failSync: FakeExcelOptions["failSync"] }).failSync = f);

/** Every cell's validation (type, rule, prompt) on the sheet, by cell key. */
function validations(state: FakeWorkbookState): Record<string, unknown> {
  const sheet = state.sheets.find((s) => s.name === SHEET);
  const out: Record<string, unknown> = {};
  for (const [k, c] of Object.entries(sheet?.cells ?? {})) if (c.dataValidation) out[k] = c.dataValidation;
  return out;
}

function expectSame(actual: unknown, expected: unknown): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) expect(actual).toEqual(expected);
}

/** After unmark: the user's validations exactly as before, PhuLuc's fills gone, the user's format kept, no part. */
function expectUserStateBack(fake: FakeExcel, before: FakeWorkbookState): void {
  expectSame(validations(fake.state), validations(before));
  const cfs = fake.sheet(SHEET).conditionalFormats;
  const colours = new Set(Object.values(MARK_COLORS).map((c) => c.toUpperCase()));
  expect(
    cfs.filter(
      (cf) => String(cf.rule.formula ?? "").includes(MARK_SIGNATURE) || colours.has(String(cf.format.fill?.color ?? "").toUpperCase()),
    ),
  ).toEqual([]);
  expectSame(
    cfs.filter((cf) => cf.id === "{USER-CF}"),
    before.sheets[0]?.conditionalFormats,
  );
  expect(fake.state.customXmlParts).toEqual(before.customXmlParts);
}

const hasPart = (fake: FakeExcel, ns: string) => fake.state.customXmlParts.some((p) => p.xml.includes(ns));

/** A dry run of a mark from this state: its write syncs (calculation suspended), and which parts each sync found. */
async function dryRun(state: FakeWorkbookState, list: MarkableIssue[]) {
  const dry = fakeOf(state);
  const found: { pending: boolean; stored: boolean }[] = [];
  setFailSync(dry, (i) => {
    found[i] = { pending: hasPart(dry, NS_MARKS_PENDING), stored: hasPart(dry, NS_MARKS) };
    return null;
  });
  await markIssues(list, {}, dry.host);
  const writeSyncs = dry.syncs.map((s, i) => (s.calculationSuspended ? i : -1)).filter((i) => i >= 0);
  return { writeSyncs, found, after: { pending: hasPart(dry, NS_MARKS_PENDING), stored: hasPart(dry, NS_MARKS) }, syncs: dry.syncs };
}

async function writeSyncsOf(state: FakeWorkbookState, list: MarkableIssue[]): Promise<number[]> {
  return (await dryRun(state, list)).writeSyncs;
}

/**
 * Fails sync `target` after half of its operations (Excel keeps what ran before the failing one); with
 * `undoFails`, every sync after it fails too, as when the connection is gone.
 */
function failAt(target: number, undoFails: boolean): Inject {
  return (i, record) => {
    if (i === target) return { code: "GeneralException", afterOperations: Math.floor(record.operations / 2) };
    return undoFails && i > target ? { code: "GeneralException" } : null;
  };
}

let user: FakeWorkbookState;
let userSnapshot: FakeWorkbookState;
let writeSyncs: number[];

beforeAll(async () => {
  user = userWorkbook();
  userSnapshot = fakeOf(user).snapshot();
  writeSyncs = await writeSyncsOf(user, issues());
});

describe("a mark of 20,000 cells failing at each write sync", () => {
  it("takes several write syncs: the pending copy comes with the first, the stored part with the last, which removes the copy", async () => {
    const dry = await dryRun(user, issues());
    expect(dry.writeSyncs).toEqual(writeSyncs);
    expect(writeSyncs.length).toBeGreaterThanOrEqual(4);
    const [first, second] = writeSyncs as [number, number];
    const last = writeSyncs[writeSyncs.length - 1] as number;
    expect(dry.found[first]).toEqual({ pending: false, stored: false });
    expect(dry.found[second]).toEqual({ pending: true, stored: false });
    expect(dry.found[last]).toEqual({ pending: true, stored: false });
    expect(dry.after).toEqual({ pending: false, stored: true });
    expect(dry.syncs.every((s) => !s.error && s.requestBytes <= LIMIT && s.responseBytes <= LIMIT)).toBe(true);
  });

  for (const undoFails of [false, true])
    it(`${undoFails ? "with the undo failing too" : "with the undo going through"}: a later unmark gives back every prompt and rule of the user's`, async () => {
      for (const [n, target] of writeSyncs.entries()) {
        const fake = fakeOf(user, failAt(target, undoFails));
        await expect(markIssues(issues(), {}, fake.host)).rejects.toMatchObject({ code: "GeneralException" });
        setFailSync(fake, null);
        if (!undoFails) {
          // Undone at once: the workbook is exactly as before, the pending copy gone with it.
          expectSame(fake.snapshot(), userSnapshot);
        } else if (n > 0) {
          // Prompts were written and stayed: the pending copy explains them.
          expect(fake.state.customXmlParts.some((p) => p.xml.includes(NS_MARKS_PENDING))).toBe(true);
          expect((await readMarks(fake.host)).sheets[0]?.cells).toBe(ROWS);
        }
        const result = await unmarkIssues({}, fake.host);
        expect(result.keptUserChanges).toBe(0);
        expectUserStateBack(fake, user);
      }
    });
});

describe("a re-mark failing at each write sync, after a successful mark with other messages", () => {
  it("with the undo failing too: a later unmark still gives back every prompt and rule of the user's", async () => {
    const first = fakeOf(user);
    await markIssues(issues(), {}, first.host);
    const marked = JSON.parse(JSON.stringify(first.state)) as FakeWorkbookState;
    // The re-check: other messages, and every fourth row fixed (its old mark is taken away by the re-mark).
    const again = issues(" (kiểm tra lại)", (i) => i % 4 === 1);
    const syncs = await writeSyncsOf(marked, again);
    expect(syncs.length).toBeGreaterThanOrEqual(4);
    for (const target of syncs) {
      const fake = fakeOf(marked, failAt(target, true));
      await expect(markIssues(again, {}, fake.host)).rejects.toMatchObject({ code: "GeneralException" });
      setFailSync(fake, null);
      const result = await unmarkIssues({}, fake.host);
      expect(result.keptUserChanges).toBe(0);
      expectUserStateBack(fake, user);
    }
  });

  it("a mark after a failed one takes its records over: unmark after it restores the user's prompts", async () => {
    const fake = fakeOf(user, failAt(writeSyncs[2] as number, true));
    await expect(markIssues(issues(), {}, fake.host)).rejects.toMatchObject({ code: "GeneralException" });
    setFailSync(fake, null);
    fake.resetStats();
    const result = await markIssues(issues(" (lần 2)"), {}, fake.host);
    expect(result.cells).toBe(ROWS);
    expect(fake.syncs.every((s) => !s.error)).toBe(true);
    // The pending copy is gone once the stored part is written.
    expect(fake.state.customXmlParts.some((p) => p.xml.includes(NS_MARKS_PENDING))).toBe(false);
    await unmarkIssues({}, fake.host);
    expectUserStateBack(fake, user);
  });
});
