/**
 * Reading rectangles of cells (`values` + `valueTypes` + `numberFormat`) in row blocks under the response budget,
 * for read.ts (the plan) and sheet-events.ts (the changed cells compared with what the check read).
 *
 * What is guaranteed: a block has as many rows as fit the budget if every row costs no more than the largest row
 * measured so far, +25 % (`learn`); before anything is measured the first block is a probe of at most PROBE_ROWS
 * rows. A row larger than that (a huge cell further down) can still make Excel refuse a block: it is then halved
 * and asked again, down to a single row, which is passed on if refused.
 */
import { CELL_READ_OVERHEAD_BYTES, DEFAULT_BUDGET_BYTES, FIRST_GUESS_CELL_BYTES, isSizeLikeError, jsonBytes } from "./byte-budget";

/** Rows of the first, unmeasured block: small enough for ordinary cells, enough to measure a row. */
export const PROBE_ROWS = 64;

/** Bytes per cell: the largest row measured so far, per cell, with a 25 % margin. */
export interface CellCost {
  bytes: number;
  measured: boolean;
}

export function unmeasured(): CellCost {
  return { bytes: FIRST_GUESS_CELL_BYTES, measured: false };
}

interface Loaded {
  values: unknown[][];
  valueTypes: unknown[][];
  numberFormat: unknown[][];
}

/** Learns from a loaded block: its largest row (a sparse head then dense rows must not give an average). */
export function learn(cost: CellCost, part: Loaded, columns: number): void {
  if (!columns || !part.values.length) return;
  let largest = 0;
  for (let i = 0; i < part.values.length; i++) {
    // The three arrays of the row and their commas.
    const row = jsonBytes(part.values[i]) + jsonBytes(part.valueTypes[i]) + jsonBytes(part.numberFormat[i]) + 3;
    if (row > largest) largest = row;
  }
  const perCell = Math.max(CELL_READ_OVERHEAD_BYTES / 2, Math.ceil((largest / columns) * 1.25));
  cost.bytes = cost.measured ? Math.max(cost.bytes, perCell) : perCell;
  cost.measured = true;
}

export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly cols: number;
}

/** Called per block read; answering false stops the reading (the comparison found a difference). */
export type BlockSink = (top: number, left: number, values: unknown[][], types: string[][], formats: string[][]) => boolean | void;

/** Rows that fit the budget at the current cost. */
export function rowsThatFit(cost: CellCost, cols: number): number {
  const fit = Math.max(1, Math.floor(DEFAULT_BUDGET_BYTES / (cols * cost.bytes)));
  return cost.measured ? fit : Math.min(fit, PROBE_ROWS);
}

/**
 * Reads the rectangles in row blocks; a block refused for its size is halved (and later blocks of that rectangle
 * stay at most that size). Returns the syncs spent and whether the sink stopped the reading.
 */
export async function readBlocks(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  rects: readonly Rect[],
  sink: BlockSink,
  cost: CellCost,
): Promise<{ syncs: number; stopped: boolean }> {
  let syncs = 0;
  for (const rect of rects) {
    let cap = Infinity;
    for (let start = 0; start < rect.rows;) {
      const n = Math.min(rect.rows - start, rowsThatFit(cost, rect.cols), cap);
      const part = ws.getRangeByIndexes(rect.top + start, rect.left, n, rect.cols);
      part.load("values,valueTypes,numberFormat");
      try {
        syncs++;
        // One sync per block under the response budget is the point (only for what a single sync cannot hold).
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      } catch (e) {
        if (!isSizeLikeError(e) || n === 1) throw e;
        cap = Math.max(1, Math.floor(n / 2));
        continue;
      }
      learn(cost, part, rect.cols);
      if (sink(rect.top + start, rect.left, part.values, part.valueTypes as string[][], part.numberFormat as string[][]) === false)
        return { syncs, stopped: true };
      start += n;
    }
  }
  return { syncs, stopped: false };
}
