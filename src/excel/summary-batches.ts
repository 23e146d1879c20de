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
 * Request bytes of one object path a step uses (its entry in ObjectPaths and its instantiate action, ids of up to
 * seven digits; the argument, such as a range's address, counted apart) and of one action (a property write or a
 * method call, its argument apart). These are the two parts CELL_OP_BYTES (byte-budget.ts) is made of — a cell's
 * range path and validation path (2 × about 155) and the action (about 110) — rounded up the same way. A step is
 * costed by counting the paths and actions it queues, as office.js serialises them: below ExcelApi 1.9 every style
 * rectangle has its own `getRange` path and its own format, font, fill and border paths, so it costs what it queues,
 * not a share of one call (test/unit/excel/summary-scale.test.ts measures the estimate against the fake's
 * serialiser, sim/fake-excel/payload.ts).
 */
export const PATH_BYTES = 170;
export const ACTION_BYTES = 130;

/** Estimated request bytes of `paths` object paths and `actions` actions, plus their arguments' bytes. */
export function requestBytes(paths: number, actions: number, argumentBytes = 0): number {
  return paths * PATH_BYTES + actions * ACTION_BYTES + argumentBytes;
}

/** UTF-8 bytes of a value as JSON (how a request carries an argument). */
export { jsonBytes } from "./byte-budget";

/**
 * Queues the steps and syncs whenever the budget is reached, and once at the end; returns the number of syncs (0
 * for no steps). `sent`, when given, counts every sync as it is sent, the failing one included, so a caller that
 * catches the failure still knows how many syncs it cost. Calculation is suspended for every sync (the summaries
 * have no formulas to wait for).
 */
export async function runSteps(context: Excel.RequestContext, steps: readonly Step[], budget: number, sent: { syncs: number } = { syncs: 0 }): Promise<number> {
  if (!steps.length) return 0;
  let syncs = 0;
  let pending = 0;
  context.application.suspendApiCalculationUntilNextSync();
  for (const step of steps) {
    if (pending && pending + step.bytes > budget) {
      sent.syncs++;
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
  sent.syncs++;
  await context.sync();
  return syncs + 1;
}
