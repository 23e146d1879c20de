// The one write executor marks and summaries share (src/excel/write-batches.ts): batches in the planned order
// under the budget, every sync counted (the failing one too), and on a failure the caller learns what was queued.
import { BatchedWrite, largestWrite, runBatches, runWrites, splitWrites, undoWrites } from "../../../src/excel/write-batches";
import { FakeExcel, SyncFailure } from "../../../sim/fake-excel";

/** A write of `bytes` estimated bytes that puts `text` into one cell of the first sheet. */
function cellWrite(ctx: Excel.RequestContext, row: number, text: string, bytes: number, undo = false): BatchedWrite {
  const cell = () => ctx.workbook.worksheets.getItem("S").getRange(`A${row}`);
  return {
    bytes,
    queue: () => void (cell().values = [[text]]),
    undo: undo ? () => void (cell().values = [[""]]) : undefined,
  };
}

function fake(failSync: ((i: number) => SyncFailure | null) | null = null): FakeExcel {
  return FakeExcel.fromWorkbookData({ name: "w.xlsx", sheets: [{ name: "S", rows: [[""]], merges: [] }] }, { failSync });
}

const cellText = (f: FakeExcel, row: number) => f.state.sheets[0]!.cells[`${row - 1},0`]?.value ?? "";

describe("write-batches", () => {
  test("splits in the planned order, a new batch whenever the next write would go over the budget", () => {
    const w = (bytes: number): BatchedWrite => ({ bytes, queue: () => undefined });
    const plan = [w(400), w(500), w(200), w(900), w(50)];
    expect(splitWrites(plan, 1000).map((b) => b.map((x) => x.bytes))).toEqual([[400, 500], [200], [900, 50]]);
    // An oversized write goes alone (the caller refuses it first, from largestWrite).
    expect(splitWrites([w(10), w(5000), w(10)], 1000).map((b) => b.length)).toEqual([1, 1, 1]);
    expect(largestWrite(plan)).toBe(900);
  });

  test("runs one sync per batch and applies every write", async () => {
    const f = fake();
    const syncs = await f.run((ctx) =>
      runWrites(
        ctx as unknown as Excel.RequestContext,
        [1, 2, 3, 4].map((r) => cellWrite(ctx as unknown as Excel.RequestContext, r, `v${r}`, 600)),
        1000,
      ),
    );
    expect(syncs).toBe(4);
    expect([1, 2, 3, 4].map((r) => cellText(f, r))).toEqual(["v1", "v2", "v3", "v4"]);
  });

  test("a failing sync is counted, the caller gets what was queued (failed batch included), later batches never run", async () => {
    // Syncs in this run are 0-based; fail the second batch.
    const f = fake((i) => (i === 1 ? { code: "GeneralException" } : null));
    const sent = { syncs: 0 };
    let queuedRows: number[] = [];
    const writes: BatchedWrite[] = [];
    await expect(
      f.run(async (c) => {
        const ctx = c as unknown as Excel.RequestContext;
        for (const r of [1, 2, 3]) writes.push(cellWrite(ctx, r, `v${r}`, 600, true));
        return runBatches(ctx, splitWrites(writes, 1000), {
          sent,
          onFailure: async (queued) => {
            queuedRows = queued.map((q) => writes.indexOf(q) + 1);
            expect(await undoWrites(ctx, queued, 1000)).toBe(true);
          },
        });
      }),
    ).rejects.toMatchObject({ code: "GeneralException" });
    expect(sent.syncs).toBe(2);
    expect(queuedRows).toEqual([1, 2]);
    // The first batch was applied and then undone; the third never queued.
    expect([1, 2, 3].map((r) => cellText(f, r))).toEqual(["", "", ""]);
  });

  test("no writes, no sync", async () => {
    const f = fake();
    await f.run((ctx) => runWrites(ctx as unknown as Excel.RequestContext, []));
    expect(f.syncCount).toBe(0);
  });
});
