// Summary writing is all-or-nothing as the user sees it: a failure injected at every sync a successful write takes
// (nothing of that sync applied, or half of its operations applied, as Excel does not roll back) leaves no sheet
// the next run would take for the user's. Custom-property marker (1.17), registry (1.11), undo group (1.20) and
// its retry without the group (UndoNotSupported). Each case is a few small runs against the fake; the loops make
// some hundred of them, hence the generous jest timeouts (no timing is asserted).
import type { SheetSpec } from "../../../src/core/sheets/spec";
import { DEFAULT_BUDGET_BYTES } from "../../../src/excel/byte-budget";
import { ExcelAdapterError } from "../../../src/excel/errors";
import { WriteSummaryResult, listPhuLucSheets, writeSummarySheets } from "../../../src/excel/summary-writer";
import { FakeExcel, FakeSheet, SyncFailure, SyncRecord, createSheet } from "../../../sim/fake-excel";
import { BY_AGENCY, BY_QUARTER, PLAN, planWorkbook, summarySpec } from "./summary-fixtures";

type Inject = (index: number, record: SyncRecord) => SyncFailure | null;

interface Scenario {
  readonly title: string;
  readonly apiVersion: string;
  /** What the workbook holds before the run under test (a user's sheet with a summary's name, earlier summaries). */
  readonly setup: (fake: FakeExcel) => Promise<void>;
  readonly specs: readonly SheetSpec[];
  /** Small budget: several content syncs, so a failure can fall between two chunks. */
  readonly maxRequestBytes?: number;
}

const userSheet = (fake: FakeExcel) => {
  const mine = createSheet(fake.state, BY_AGENCY);
  mine.cells["0,0"] = { value: "Bảng của tôi", fill: { color: "#FFFF00" } };
  fake.state.sheets.push(mine);
};

const SCENARIOS: Scenario[] = ["1.17", "1.11", "1.20"].flatMap((apiVersion) => [
  {
    title: `${apiVersion}: new sheets beside a user's sheet of the same name`,
    apiVersion,
    setup: async (fake: FakeExcel) => userSheet(fake),
    specs: [summarySpec(BY_AGENCY, 120), summarySpec(BY_QUARTER, 40)],
    maxRequestBytes: 12_000,
  },
  {
    title: `${apiVersion}: one sheet regenerated in place, one added`,
    apiVersion,
    setup: async (fake: FakeExcel) => {
      await writeSummarySheets([summarySpec(BY_AGENCY, 8)], {}, fake.host);
    },
    specs: [summarySpec(BY_AGENCY, 120), summarySpec(BY_QUARTER, 40)],
    maxRequestBytes: 12_000,
  },
  {
    title: `${apiVersion}: every sheet regenerated`,
    apiVersion,
    setup: async (fake: FakeExcel) => {
      userSheet(fake);
      await writeSummarySheets([summarySpec(BY_AGENCY, 8), summarySpec(BY_QUARTER, 8)], {}, fake.host);
    },
    specs: [summarySpec(BY_AGENCY, 30), summarySpec(BY_QUARTER, 30)],
  },
]);

/**
 * A workbook in the scenario's starting state whose failures `inject` decides once `arm()` is called: indexes count
 * from the first sync after it (the run under test).
 */
async function prepared(s: Scenario, inject: Inject | null): Promise<FakeExcel & { arm(): void }> {
  let base = Number.POSITIVE_INFINITY;
  const fake = planWorkbook({
    apiVersion: s.apiVersion,
    failSync: (index, record) => (inject && index >= base ? inject(index - base, record) : null),
  });
  await s.setup(fake);
  return Object.assign(fake, { arm: () => void (base = fake.syncCount) });
}

const names = (fake: FakeExcel) => fake.state.sheets.map((x) => x.name);
const userSheets = (fake: FakeExcel, ours: ReadonlySet<string>): FakeSheet[] =>
  JSON.parse(JSON.stringify(fake.state.sheets.filter((x) => !ours.has(x.id)))) as FakeSheet[];

/** After a failed (or saved) run: nothing of the user's changed, and a second run gives exactly a clean run's sheets. */
async function expectRecoverable(
  fake: FakeExcel,
  s: Scenario,
  reference: { names: string[]; result: WriteSummaryResult },
  context: string,
) {
  const before = new Set((await listPhuLucSheets(fake.host)).map((p) => fake.sheet(p.name).id));
  const users = userSheets(fake, before);
  const again = await writeSummarySheets(s.specs, { maxRequestBytes: s.maxRequestBytes ?? DEFAULT_BUDGET_BYTES }, fake.host);
  expect([context, names(fake)]).toEqual([context, reference.names]);
  expect([context, again.sheets.map((x) => x.name)]).toEqual([context, reference.result.sheets.map((x) => x.name)]);
  expect([context, (await listPhuLucSheets(fake.host)).map((p) => p.name).sort()]).toEqual([
    context,
    again.sheets.map((x) => x.name).sort(),
  ]);
  // The user's sheets (everything that is not PhuLuc's) are exactly as they were.
  const ours = new Set((await listPhuLucSheets(fake.host)).map((p) => fake.sheet(p.name).id));
  expect([context, userSheets(fake, ours)]).toEqual([context, users]);
}

async function reference(s: Scenario) {
  const fake = await prepared(s, null);
  const start = fake.syncCount;
  const result = await writeSummarySheets(s.specs, { maxRequestBytes: s.maxRequestBytes ?? DEFAULT_BUDGET_BYTES }, fake.host);
  return { names: names(fake), result, syncs: fake.syncCount - start };
}

/**
 * One run under test with `inject`: if it throws, the workbook equals its state before the run, or every sheet the
 * run added is recognised as PhuLuc's and the regenerated ones still are; either way a second run recovers.
 */
async function checkOne(
  s: Scenario,
  inject: Inject,
  context: string,
  ref: Awaited<ReturnType<typeof reference>>,
): Promise<"threw" | "kept"> {
  const fake = await prepared(s, inject);
  const snapshotBefore = fake.snapshot();
  const idsBefore = new Set(fake.state.sheets.map((x) => x.id));
  const oursBefore = (await listPhuLucSheets(fake.host)).map((p) => p.name);
  fake.arm();
  let outcome: "threw" | "kept";
  try {
    const r = await writeSummarySheets(s.specs, { maxRequestBytes: s.maxRequestBytes ?? DEFAULT_BUDGET_BYTES }, fake.host);
    // Only print setup may fail without failing the summary.
    expect([context, r.sheets.map((x) => x.name)]).toEqual([context, ref.result.sheets.map((x) => x.name)]);
    outcome = "kept";
  } catch (e) {
    expect(e).toBeInstanceOf(ExcelAdapterError);
    outcome = "threw";
    const after = fake.snapshot();
    if (JSON.stringify(after) !== JSON.stringify(snapshotBefore)) {
      const recognised = new Set((await listPhuLucSheets(fake.host)).map((p) => p.name));
      const added = fake.state.sheets.filter((x) => !idsBefore.has(x.id)).map((x) => x.name);
      for (const name of [...added, ...oursBefore]) expect([context, name, recognised.has(name)]).toEqual([context, name, true]);
    }
  }
  await expectRecoverable(fake, s, ref, context);
  return outcome;
}

describe("summary writing: a failure at any sync leaves no half sheet", () => {
  for (const s of SCENARIOS)
    it(
      s.title,
      async () => {
        const ref = await reference(s);
        expect(ref.result.writeSyncs).toBeGreaterThanOrEqual(s.maxRequestBytes ? 2 : 1);
        const outcomes: string[] = [];
        for (let at = 0; at < ref.syncs; at++)
          for (const half of [false, true]) {
            const inject: Inject = (i, r) =>
              i === at ? { code: "GeneralException", afterOperations: half ? Math.floor(r.operations / 2) : 0 } : null;
            outcomes.push(await checkOne(s, inject, `sync ${at}${half ? " (half applied)" : ""}`, ref));
          }
        // The reads and the writes fail the run; only the print setup (the last sync) is survived.
        expect(outcomes.slice(-2)).toEqual(["kept", "kept"]);
        expect(outcomes.slice(0, -2).every((o) => o === "threw")).toBe(true);
      },
      120_000,
    );

  it("the retry without the undo group (UndoNotSupported at any sync, then a failure at any sync of the retry)", async () => {
    const s = SCENARIOS.find((x) => x.apiVersion === "1.20" && x.title.includes("one sheet regenerated")) as Scenario;
    const ref = await reference(s);
    let cases = 0;
    for (let undoAt = 2; undoAt < ref.syncs - 1; undoAt++)
      for (let at = -1; at < ref.syncs; at++) {
        // The retry is the run without the undo group: its syncs are counted from its first one.
        let retrySyncs = 0;
        const inject: Inject = (i, r) => {
          if (i === undoAt) return { code: "UndoNotSupported", afterOperations: Math.floor(r.operations / 2) };
          if (r.mergeUndoGroup) return null;
          return retrySyncs++ === at ? { code: "GeneralException" } : null;
        };
        await checkOne(s, inject, `undo at ${undoAt}, retry fails at ${at}`, ref);
        cases++;
      }
    expect(cases).toBeGreaterThan(10);
    // And the retry alone succeeds, without the group.
    const fake = await prepared(s, (i) => (i === 3 ? { code: "UndoNotSupported" } : null));
    fake.arm();
    const r = await writeSummarySheets(s.specs, { maxRequestBytes: s.maxRequestBytes ?? DEFAULT_BUDGET_BYTES }, fake.host);
    expect(r.undoGroup).toBe(false);
    expect(names(fake)).toEqual(ref.names);
  }, 120_000);

  it("a failure after the markers, with the cleanup failing too: the half sheets are PhuLuc's, the next run completes them", async () => {
    const s = SCENARIOS[0] as Scenario;
    const ref = await reference(s);
    // Sync 4 = the second content chunk (0, 1 reads; 2 add; 3 markers and the first chunk): it and everything after fail.
    const fake = await prepared(s, (i) => (i >= 4 ? { code: "GeneralException" } : null));
    fake.arm();
    const err = (await writeSummarySheets(s.specs, { maxRequestBytes: 12_000 }, fake.host).catch((e: unknown) => e)) as ExcelAdapterError;
    expect(err).toBeInstanceOf(ExcelAdapterError);
    // The error names the sheets left behind, which carry PhuLuc's marker.
    expect(err.details).toEqual(ref.result.sheets.map((x) => x.name));
    (fake.options as { failSync: unknown }).failSync = null;
    expect((await listPhuLucSheets(fake.host)).map((p) => p.name)).toEqual(ref.result.sheets.map((x) => x.name));
    await expectRecoverable(fake, s, ref, "after a double failure");
  });

  it("the add sync fails as a co-author adds a sheet of the same name: PhuLuc's empty sheet goes, the co-author's stays", async () => {
    const fake = planWorkbook({
      failSync: (i) => {
        if (i !== 2) return null;
        // While the add sync is on its way, a co-author makes "Tổng hợp theo quý" and types into it.
        const theirs = createSheet(fake.state, BY_QUARTER);
        theirs.cells["0,0"] = { value: "Bảng của đồng nghiệp" };
        fake.state.sheets.push(theirs);
        return { code: "ItemAlreadyExists", afterOperations: 2 }; // the first sheet's add (and its id load) ran
      },
    });
    const err = (await writeSummarySheets([summarySpec(BY_AGENCY), summarySpec(BY_QUARTER)], {}, fake.host).catch(
      (e: unknown) => e,
    )) as ExcelAdapterError;
    expect(err.code).toBe("ItemAlreadyExists");
    expect(names(fake)).toEqual([PLAN, BY_QUARTER]);
    expect(fake.sheet(BY_QUARTER).cells["0,0"]).toEqual({ value: "Bảng của đồng nghiệp" });
    // 2 reads, the failed add, then the cleanup: sheets, their used ranges, the deletion.
    expect(fake.syncCount).toBe(6);
  });

  it("a regenerated sheet emptied before the failure is named in the error and stays PhuLuc's", async () => {
    const s = SCENARIOS.find((x) => x.apiVersion === "1.17" && x.title.includes("every sheet")) as Scenario;
    const fake = await prepared(s, (i) => (i === 2 ? { code: "GeneralException", afterOperations: 3 } : null));
    fake.arm();
    const err = (await writeSummarySheets(s.specs, {}, fake.host).catch((e: unknown) => e)) as ExcelAdapterError;
    expect(err.key).toBe("generic");
    expect(err.details).toEqual([BY_AGENCY + " (2)", BY_QUARTER]);
    expect((await listPhuLucSheets(fake.host)).map((p) => p.name)).toEqual([BY_AGENCY + " (2)", BY_QUARTER]);
    expect(names(fake)).toEqual([PLAN, BY_AGENCY, BY_AGENCY + " (2)", BY_QUARTER]);
  });
});
