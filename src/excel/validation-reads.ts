/**
 * Reading the data validation of the cells mark and unmark touch, in syncs that each stay under the budget (4 MB
 * of Excel on the web's 5 MB, for the request and for the response). The writes that follow go through the shared
 * executor (write-batches.ts).
 */
import { CELL_OP_BYTES, DEFAULT_BUDGET_BYTES, isSizeLikeError } from "./byte-budget";

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
export async function loadValidations(
  context: Excel.RequestContext,
  reads: readonly ValidationRead[],
  budget = DEFAULT_BUDGET_BYTES,
): Promise<number> {
  let syncs = 0;
  let perSync = readsPerSync(budget);
  for (let start = 0; start < reads.length;) {
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
