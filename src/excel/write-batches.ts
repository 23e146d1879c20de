/**
 * The one budgeted executor for what PhuLuc writes into a workbook: marks and unmarks (marks.ts) and summary
 * sheets (summary-writer.ts) plan their writes first — each write with its estimated request bytes, how to queue
 * it and, for a cell, how to put the cell back — and this module sends them. office.js sends a sync's whole queue
 * as one request and Excel on the web refuses one above 5 MB (RequestPayloadSizeLimitExceeded), so the writes go
 * in their planned order, a new sync whenever the next write would take the current one over the budget. A write
 * is never split (its operations belong together: a range's number formats and then its values), so what a plan
 * puts last (the stored marks part) is in the last sync and what it puts first (a pending copy, the summary
 * markers) is in the first.
 */
import { DEFAULT_BUDGET_BYTES, chunkByBytes } from "./byte-budget";

export interface BatchedWrite {
  /** Estimated request bytes of the operations it queues (byte-budget.ts: cellOpBytes, requestBytes). */
  readonly bytes: number;
  /** Queues the operations; never syncs. */
  readonly queue: () => void;
  /** Queues the operations that put back what `queue` changed (marks only; summaries roll back whole sheets). */
  readonly undo?: () => void;
}

/** The syncs a plan is split into, in the plan's order. */
export function splitWrites(writes: readonly BatchedWrite[], budget = DEFAULT_BUDGET_BYTES): BatchedWrite[][] {
  return chunkByBytes(writes, (w) => w.bytes, budget);
}

/** The largest single write of a plan, in bytes: above the budget the plan cannot be sent, and must be refused first. */
export function largestWrite(writes: readonly BatchedWrite[]): number {
  return writes.reduce((n, w) => Math.max(n, w.bytes), 0);
}

export interface RunOptions {
  /** Counts every sync as it is sent, the failing one included, so a caller that catches still knows the cost. */
  readonly sent?: { syncs: number };
  /**
   * Runs after a failed sync with the writes queued so far, the failed batch included (Excel keeps what ran
   * before the failing operation); the error is passed on after it.
   */
  readonly onFailure?: (queued: readonly BatchedWrite[]) => Promise<void>;
}

/**
 * Sends the batches, one sync each, calculation suspended for each (neither marks nor summaries have formulas
 * to wait for). Returns the number of syncs (0 for no batches).
 */
export async function runBatches(
  context: Excel.RequestContext,
  batches: readonly (readonly BatchedWrite[])[],
  options: RunOptions = {},
): Promise<number> {
  const queued: BatchedWrite[] = [];
  for (const batch of batches) {
    context.application.suspendApiCalculationUntilNextSync();
    for (const w of batch) {
      w.queue();
      queued.push(w);
    }
    if (options.sent) options.sent.syncs++;
    try {
      // One sync per batch under the request budget: the limit forbids one big request; a small plan has one batch.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (e) {
      if (options.onFailure) await options.onFailure(queued);
      throw e;
    }
  }
  return batches.length;
}

/** Splits the writes under the budget and sends them (see runBatches). */
export function runWrites(
  context: Excel.RequestContext,
  writes: readonly BatchedWrite[],
  budget = DEFAULT_BUDGET_BYTES,
  options: RunOptions = {},
): Promise<number> {
  return runBatches(context, splitWrites(writes, budget), options);
}

/**
 * Puts cells back as they were before this run, in syncs under the budget; a failure here is swallowed (the
 * caller reports the first failure). Returns whether every undo sync went through.
 */
export async function undoWrites(
  context: Excel.RequestContext,
  writes: readonly BatchedWrite[],
  budget = DEFAULT_BUDGET_BYTES,
): Promise<boolean> {
  for (const batch of splitWrites(
    writes.filter((w) => w.undo),
    budget,
  )) {
    for (const w of batch) w.undo?.();
    try {
      // Undo after a failure: batched like the writes it undoes.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch {
      return false;
    }
  }
  return true;
}
