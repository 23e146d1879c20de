/**
 * The merged areas of a sheet, read apart from its values.
 *
 * `Range.getMergedAreasOrNullObject` (ExcelApi 1.13) is documented to "fail to return the result" when the range
 * holds more than 512 merged areas (neither an error code nor whether "fail" may be a null object is documented),
 * and it returns only the areas whose top-left cell lies in the range (office-js issue #3611, "by design"). So:
 *  1. the whole sheet is asked first, in the same sync as the values (one sync for an ordinary plan); a title
 *     merged wider than the data is found because the range is the whole sheet;
 *  2. when that call fails, or answers more than 512 areas or fewer items than its `areaCount`, the rows are read
 *     in bands of whole rows (every column, so wide titles still count), several bands per sync; a band that
 *     fails is halved, down to a single row;
 *  3. a null answer ("no merged areas") is trusted only for a range whose used part has at most 512 cells — it
 *     cannot hold more areas whose top-left cell is a used cell. A null answer for a larger range may be that
 *     failure in disguise: it is checked with bands of at most 512 used cells each (`nullTrustedUpTo`), all asked
 *     at once (BANDS_PER_SYNC per sync). Areas whose top-left cell lies right of the used columns are not covered
 *     by this check (they hold no value the engine reads);
 *  4. if even that fails (a row with more than 512 merged areas, or a failure that is not about size), the read
 *     goes on without merges: `known: false` with a reason code (the pane's i18n says it to the user), the
 *     engine's limited mode.
 * Each area is found in exactly one band (the one holding its top-left cell); duplicates are dropped anyway, in
 * case a host returns every intersecting area.
 */
import type { MergedArea } from "../core/workbook/model";
import { DEFAULT_BUDGET_BYTES, isSizeLikeError } from "./byte-budget";

/** Excel's documented limit for one getMergedAreasOrNullObject call. */
export const MAX_MERGED_AREAS_PER_CALL = 512;
/** Excel's last column (XFD): bands span whole rows. */
export const SHEET_COLUMNS = 16384;
/**
 * Bands asked in one sync. A band answers at most 512 areas (more fail) of about 75 bytes each (the four numbers
 * with their names), so 96 bands answer at most about 3.7 MB, under the response budget; their requests are about
 * 600 bytes each.
 */
export const BANDS_PER_SYNC = Math.floor(DEFAULT_BUDGET_BYTES / (MAX_MERGED_AREAS_PER_CALL * 85));
/** The first split after the whole sheet failed. */
const FIRST_BANDS = 8;
/** A bound on the band syncs, so a host that keeps failing cannot make the read hang. */
const MAX_BAND_SYNCS = 60;

/** What is loaded of every merged area (also used by sheet-events.ts). */
export const AREA_PROPS = "items/rowIndex,items/columnIndex,items/rowCount,items/columnCount";

/** Why merged areas are unknown: the host has no API for them, too many of them in one row, or Excel failed. */
export type MergesUnknownReason = "noApi" | "tooMany" | "failed";

export interface MergesRead {
  readonly merges: MergedArea[];
  readonly known: boolean;
  readonly reason?: MergesUnknownReason;
  /** Syncs spent on bands (0 when the whole-sheet call was enough). */
  readonly syncs: number;
}

/** Queues a range's merged areas (areaCount and the areas). */
export function queueMergedAreas(range: Excel.Range): Excel.RangeAreas {
  const merged = range.getMergedAreasOrNullObject();
  merged.load("areaCount");
  merged.areas.load(AREA_PROPS);
  return merged;
}

/** Queues the whole-sheet call. */
export function queueWholeSheetMerges(ws: Excel.Worksheet): Excel.RangeAreas {
  return queueMergedAreas(ws.getRange());
}

/** A loaded area (rowIndex, columnIndex, rowCount, columnCount) as the engine's 0-based inclusive MergedArea. */
export function toMergedArea(a: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number }): MergedArea {
  return { top: a.rowIndex, left: a.columnIndex, bottom: a.rowIndex + a.rowCount - 1, right: a.columnIndex + a.columnCount - 1 };
}

/**
 * The areas of a synced call, or null when its answer cannot be complete (over the limit, or items missing). A
 * null object gives [] — whether that may be trusted is the caller's question (see the file comment, 3).
 */
export function completeAreas(merged: Excel.RangeAreas): MergedArea[] | null {
  if (merged.isNullObject) return [];
  if (merged.areaCount > MAX_MERGED_AREAS_PER_CALL || merged.areas.items.length !== merged.areaCount) return null;
  return merged.areas.items.map(toMergedArea);
}

/** Rows of a band whose used part (of `usedColumns` columns) has at most 512 cells: its null answer is trusted. */
export function trustedBandRows(usedColumns: number): number {
  return Math.max(1, Math.floor(MAX_MERGED_AREAS_PER_CALL / Math.max(1, usedColumns)));
}

interface Band {
  readonly top: number;
  readonly rows: number;
}

function split(top: number, rows: number, size: number): Band[] {
  const out: Band[] = [];
  for (let r = top; r < top + rows; r += size) out.push({ top: r, rows: Math.min(size, top + rows - r) });
  return out;
}

const parts = (top: number, rows: number, n: number) => split(top, rows, Math.max(1, Math.ceil(rows / n)));

export interface BandOptions {
  /** First and last row (0-based) and columns of the bands; columns default to the whole row (A:XFD). */
  readonly top: number;
  readonly bottom: number;
  readonly left?: number;
  readonly right?: number;
  /**
   * Check null answers: the used range's column count. A null band with more than 512 used cells is asked
   * again in bands of `trustedBandRows(usedColumns)` rows. Without it every null answer is taken as it is.
   */
  readonly nullTrustedUpTo?: number;
  /** Start with bands of this many rows (default: the range in FIRST_BANDS parts). */
  readonly bandRows?: number;
}

/**
 * Reads the merged areas whose top-left cell lies in the given rows (and columns) in bands. Runs its own syncs (a
 * loop by nature: how many bands are needed is known only from Excel's answers).
 */
export async function readMergesInBands(context: Excel.RequestContext, ws: Excel.Worksheet, o: BandOptions): Promise<MergesRead> {
  const left = o.left ?? 0;
  const columns = (o.right ?? SHEET_COLUMNS - 1) - left + 1;
  const rows = o.bottom - o.top + 1;
  const trusted = o.nullTrustedUpTo === undefined ? Infinity : trustedBandRows(o.nullTrustedUpTo);
  const found = new Map<string, MergedArea>();
  const queue = o.bandRows ? split(o.top, rows, o.bandRows) : parts(o.top, rows, FIRST_BANDS);
  let perSync = BANDS_PER_SYNC;
  let syncs = 0;
  const unknown = (reason: MergesUnknownReason): MergesRead => ({ merges: [], known: false, reason, syncs });
  while (queue.length) {
    if (syncs >= MAX_BAND_SYNCS) return unknown("failed");
    const batch = queue.splice(0, perSync);
    const calls = batch.map((b) => queueMergedAreas(ws.getRangeByIndexes(b.top, left, b.rows, columns)));
    try {
      syncs++;
      // Bands only after the whole-sheet call failed or was doubtful: their number depends on Excel's answers.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (e) {
      if (!isSizeLikeError(e) && (e as { code?: string } | null)?.code !== "InvalidOperation") return unknown("failed");
      if (batch.length === 1 && (batch[0] as Band).rows === 1) return unknown("tooMany");
      // Which band failed is not said: halve them all, and ask fewer at once.
      perSync = Math.max(1, Math.floor(perSync / 2));
      queue.unshift(...batch.flatMap((b) => (b.rows > 1 ? parts(b.top, b.rows, 2) : [b])));
      continue;
    }
    for (const [i, merged] of calls.entries()) {
      const band = batch[i] as Band;
      if (merged.isNullObject && band.rows > trusted) {
        queue.push(...split(band.top, band.rows, trusted)); // "none" from a band that might hold more than 512
        continue;
      }
      const areas = completeAreas(merged);
      if (areas === null) {
        if (band.rows === 1) return unknown("tooMany");
        queue.unshift(...parts(band.top, band.rows, 2));
        continue;
      }
      for (const a of areas) found.set(`${a.top},${a.left}`, a);
    }
  }
  const merges = [...found.values()].sort((a, b) => a.top - b.top || a.left - b.left);
  return { merges, known: true, syncs };
}
