/**
 * Mark and unmark at scale: the per-cell validation reads and the per-cell prompt writes go in syncs that each
 * stay under the request budget (4 MB of Excel on the web's 5 MB), and the workbook-level writes — deleting and
 * adding PhuLuc's conditional formats, and the stored-marks part — go in the LAST sync, after every cell. So a
 * failure midway never leaves a stored part that claims marks that are not there, and unmark can still remove
 * the fills by their signature. markIssues also undoes the prompts it wrote before a failure (see `undo`).
 */
import { CELL_OP_BYTES, DEFAULT_BUDGET_BYTES, chunkByBytes, isSizeLikeError } from "./byte-budget";

/** A cell whose validation is read; `dv` is set once its sync has run. */
export interface ValidationRead {
  readonly ws: Excel.Worksheet;
  readonly address: string;
  dv?: Excel.DataValidation;
}

/** Request + response bytes of reading one cell's validation: the paths and action, and a prompt of ~150 bytes. */
const READ_CELL_BYTES = CELL_OP_BYTES + 150;

/**
 * Loads type, prompt and rule of every cell, in syncs under the budget; a sync refused for its size is retried in
 * halves (reads change nothing, so retrying is safe). Returns the number of syncs.
 */
export async function loadValidations(context: Excel.RequestContext, reads: readonly ValidationRead[], budget = DEFAULT_BUDGET_BYTES): Promise<number> {
  let syncs = 0;
  let perSync = Math.max(1, Math.floor(budget / READ_CELL_BYTES));
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

export interface WritePlan {
  /** Per-cell writes, any order. */
  readonly cells: readonly QueuedWrite[];
  /** Workbook-level writes, in the last sync, in this order (the stored part last of all). */
  readonly final: readonly QueuedWrite[];
}

export interface WriteOutcome {
  readonly syncs: number;
}

/** The syncs a plan is split into: cell chunks, the last one joined with the final writes when they fit. */
export function splitPlan(plan: WritePlan, budget = DEFAULT_BUDGET_BYTES): QueuedWrite[][] {
  const finalBytes = plan.final.reduce((n, w) => n + w.bytes, 0);
  const chunks = chunkByBytes(plan.cells, (w) => w.bytes, budget);
  const last = chunks[chunks.length - 1];
  const lastBytes = last ? last.reduce((n, w) => n + w.bytes, 0) : 0;
  if (last && lastBytes + finalBytes <= budget) last.push(...plan.final);
  else chunks.push([...plan.final]);
  return chunks;
}

/**
 * Runs the plan, one sync per chunk (calculation suspended in each). On a failure, `onFailure` runs with the
 * writes queued so far (including the failed chunk: Excel keeps what ran before the failing operation) and
 * whether the final writes were among them; then the error is passed on.
 */
export async function runPlan(
  context: Excel.RequestContext,
  chunks: readonly QueuedWrite[][],
  onFailure?: (queued: readonly QueuedWrite[], finalReached: boolean) => Promise<void>,
): Promise<WriteOutcome> {
  let syncs = 0;
  const queued: QueuedWrite[] = [];
  for (const [i, chunk] of chunks.entries()) {
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
      if (onFailure) await onFailure(queued, i === chunks.length - 1);
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
