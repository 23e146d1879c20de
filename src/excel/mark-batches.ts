/**
 * Mark and unmark at scale: the per-cell validation reads and the writes go in syncs that each stay under the
 * budget (4 MB of Excel on the web's 5 MB, for the request and for the response). The writes run in the order
 * they are planned — markIssues puts its pending copy of the stored marks first, then the prompts, the
 * conditional formats, and the stored-marks part LAST — chunked by their estimated bytes, so a failure midway
 * never leaves a stored part that claims marks that are not there, and unmark can still remove the fills by
 * their signature. markIssues also undoes the prompts it wrote before a failure (see `undoWrites`).
 */
import { CELL_OP_BYTES, DEFAULT_BUDGET_BYTES, chunkByBytes, isSizeLikeError } from "./byte-budget";

/** A cell whose validation is read; `dv` is set once its sync has run. */
export interface ValidationRead {
  readonly ws: Excel.Worksheet;
  readonly address: string;
  dv?: Excel.DataValidation;
}

/** Request bytes of reading one cell's validation: its `getRange` and `dataValidation` paths and the load. */
const READ_REQUEST_BYTES = CELL_OP_BYTES;

/**
 * Response bytes of one cell's validation, at the longest prompt Excel holds (title 32 and message 255
 * characters, up to 3 bytes each in UTF-8 — a Vietnamese prompt, such as PhuLuc's own when re-marking: 861), its
 * type, a rule of up to ~300 bytes (a list source, a formula) and the result's ids and JSON keys (~150). Sized for
 * the worst case so that a re-mark's answers stay under the budget without relying on halving; a rule longer than
 * that is what the halving below is for.
 */
export const READ_RESPONSE_BYTES = 1_400;

/** Cells per validation-read sync: bounded by the request and by the response. */
export function readsPerSync(budget = DEFAULT_BUDGET_BYTES): number {
  return Math.max(1, Math.floor(budget / Math.max(READ_REQUEST_BYTES, READ_RESPONSE_BYTES)));
}

/**
 * Loads type, prompt and rule of every cell, in syncs under the budget; a sync refused for its size is retried in
 * halves (reads change nothing, so retrying is safe). Returns the number of syncs.
 */
export async function loadValidations(context: Excel.RequestContext, reads: readonly ValidationRead[], budget = DEFAULT_BUDGET_BYTES): Promise<number> {
  let syncs = 0;
  let perSync = readsPerSync(budget);
  for (let start = 0; start < reads.length; ) {
    const part = reads.slice(start, start + perSync);
    const dvs = part.map((r) => {
      const dv = r.ws.getRange(r.address).dataValidation;
      dv.load("type,prompt,rule");
      return dv;
    });
    try {
      syncs++;
      // One sync per block of cells under the request budget: a large mark needs several.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (e) {
      if (!isSizeLikeError(e) || part.length === 1) throw e;
      perSync = Math.max(1, Math.floor(part.length / 2));
      continue;
    }
    part.forEach((r, i) => (r.dv = dvs[i]));
    start += part.length;
  }
  return syncs;
}

/** One queued write: its estimated request bytes, how to queue it, and (for cells) how to put the cell back. */
export interface QueuedWrite {
  readonly bytes: number;
  readonly queue: () => void;
  readonly undo?: () => void;
}

export interface WriteOutcome {
  readonly syncs: number;
}

/**
 * The syncs a plan is split into: the writes in their order, a new sync whenever the next write would take the
 * current one over the budget. So what comes last in the plan (the stored part) is in the last sync, and what
 * comes first (markIssues' pending copy) is in the first. A single write above the budget must be refused by the
 * caller before anything is written (see `largestWrite`).
 */
export function splitPlan(writes: readonly QueuedWrite[], budget = DEFAULT_BUDGET_BYTES): QueuedWrite[][] {
  return chunkByBytes(writes, (w) => w.bytes, budget);
}

/** The largest single write of a plan, in bytes: above the budget, the plan cannot be sent. */
export function largestWrite(writes: readonly QueuedWrite[]): number {
  return writes.reduce((n, w) => Math.max(n, w.bytes), 0);
}

/**
 * Runs the chunks, one sync each (calculation suspended in each). On a failure, `onFailure` runs with the writes
 * queued so far (including the failed chunk: Excel keeps what ran before the failing operation); then the error
 * is passed on.
 */
export async function runPlan(
  context: Excel.RequestContext,
  chunks: readonly QueuedWrite[][],
  onFailure?: (queued: readonly QueuedWrite[]) => Promise<void>,
): Promise<WriteOutcome> {
  let syncs = 0;
  const queued: QueuedWrite[] = [];
  for (const chunk of chunks) {
    context.application.suspendApiCalculationUntilNextSync();
    for (const w of chunk) {
      w.queue();
      queued.push(w);
    }
    try {
      syncs++;
      // One sync per chunk under the request budget; a small mark has one chunk.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (e) {
      if (onFailure) await onFailure(queued);
      throw e;
    }
  }
  return { syncs };
}

/**
 * Puts cells back as they were before this run, in syncs under the budget; a failure here is swallowed (the
 * caller reports the first failure). Returns whether every undo sync went through.
 */
export async function undoWrites(context: Excel.RequestContext, writes: readonly QueuedWrite[], budget = DEFAULT_BUDGET_BYTES): Promise<boolean> {
  const undos = writes.filter((w) => w.undo);
  for (const chunk of chunkByBytes(undos, (w) => w.bytes, budget)) {
    for (const w of chunk) w.undo?.();
    try {
      // Undo after a failure: chunked like the writes it undoes.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch {
      return false;
    }
  }
  return true;
}
