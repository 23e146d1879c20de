/**
 * Packing queued writes into syncs under a request budget. office.js sends a sync's whole queue as one request,
 * and Excel on the web refuses a request above 5 MB (RequestPayloadSizeLimitExceeded), so writes are grouped as
 * steps with an estimated size and a sync is made whenever the next step would not fit. A step is never split: its
 * operations belong together (a range's number formats and then its values).
 */

export interface Step {
  /** Estimated request bytes of the step's operations. */
  readonly bytes: number;
  /** Queues the operations (no sync inside). */
  readonly run: () => void;
}

/**
 * Rough request overhead of an operation on an object path shared with others (a range's format, a sheet's page
 * layout): the action and its share of the path, bytes. An operation on its own cell's path costs CELL_OP_BYTES.
 */
export const OP_OVERHEAD = 200;

/** UTF-8 bytes of a value as JSON (how a request carries an argument), and a cell-level operation's own bytes. */
export { CELL_OP_BYTES, jsonBytes } from "./byte-budget";

/**
 * Queues the steps and syncs whenever the budget is reached, and once at the end; returns the number of syncs (0
 * for no steps). Calculation is suspended for every sync (the summaries have no formulas to wait for).
 */
export async function runSteps(context: Excel.RequestContext, steps: readonly Step[], budget: number): Promise<number> {
  if (!steps.length) return 0;
  let syncs = 0;
  let pending = 0;
  context.application.suspendApiCalculationUntilNextSync();
  for (const step of steps) {
    if (pending && pending + step.bytes > budget) {
      // A sync per full chunk: the request limit forbids one big batch (see the module comment).
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      syncs++;
      pending = 0;
      context.application.suspendApiCalculationUntilNextSync();
    }
    step.run();
    pending += step.bytes;
  }
  await context.sync();
  return syncs + 1;
}
