/**
 * Sheet events. Following the user between sheets: `watchActiveSheet` registers a WorksheetActivated handler
 * (ExcelApi 1.7) on the workbook's worksheets and reports each newly active sheet by name — 1 sync to register, 1 per
 * event (the event carries only the sheet's id), 1 to unsubscribe. Changes of the checked sheet: `watchSheetChanges`
 * tells the user's and co-authors' edits from PhuLuc's own writes (below).
 */
import { parseCellAddress } from "../core/workbook/address";
import { isCellError } from "../core/workbook/model";
import type { CellValue, MergedArea, SheetData } from "../core/workbook/model";
import { toAdapterError } from "./errors";
import { cellValue } from "./cell-value";
import { ExcelHost, getDefaultHost, runExcel, supportsExcelApi } from "./host";
import { completeAreas, queueMergedAreas, readMergesInBands } from "./merged-areas";
import { Rect, readBlocks, unmeasured } from "./read-blocks";

/** Stops watching (1 sync; later calls do nothing). `watching` is false when the host has no sheet events. */
export interface ActiveSheetWatch {
  (): Promise<void>;
  readonly watching: boolean;
}

function watchHandle(watching: boolean, stop: () => Promise<void>): ActiveSheetWatch {
  return Object.assign(stop, { watching });
}

/** Removes an event handler in the request context that registered it, as office.js requires (1 sync). */
async function removeRegistration(host: ExcelHost, registration: OfficeExtension.EventHandlerResult<unknown>): Promise<void> {
  const remove = async (context: OfficeExtension.ClientRequestContext) => {
    registration.remove();
    await context.sync();
  };
  try {
    if (host.runInContext) await host.runInContext(registration.context, remove);
    else await remove(registration.context);
  } catch (e) {
    throw toAdapterError(e);
  }
}

/**
 * Calls `onChange(sheetName)` whenever another sheet becomes active — the user clicked its tab, or code (this
 * add-in's too) activated it. Events are reported in the order they happened; an event whose sheet is gone by the
 * time its name is read (deleted meanwhile) or cannot be read is dropped. Nothing is reported after the returned
 * function was called. Without ExcelApi 1.7 nothing is registered and the handle's `watching` is false.
 */
export async function watchActiveSheet(
  onChange: (sheetName: string) => void,
  host: ExcelHost = getDefaultHost(),
): Promise<ActiveSheetWatch> {
  if (!supportsExcelApi(host, "1.7")) return watchHandle(false, async () => undefined);
  let live = true;
  // One name lookup after the other, so names arrive in the order the sheets were activated.
  let queue: Promise<void> = Promise.resolve();
  const sheetName = (worksheetId: string) =>
    runExcel(host, async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(worksheetId);
      ws.load("name");
      await context.sync();
      return ws.isNullObject ? null : ws.name;
    });
  const handler = (args: Excel.WorksheetActivatedEventArgs): Promise<void> => {
    queue = queue.then(async () => {
      if (!live) return;
      let name: string | null;
      try {
        name = await sheetName(args.worksheetId);
      } catch {
        name = null;
      }
      if (live && name !== null) onChange(name);
    });
    return queue;
  };
  const registration = await runExcel(host, async (context) => {
    const result = context.workbook.worksheets.onActivated.add(handler);
    await context.sync();
    return result;
  });
  return watchHandle(true, async () => {
    if (!live) return;
    live = false;
    await removeRegistration(host, registration);
  });
}

/** The name of the active sheet (1 sync) — cheaper than reading it when only its identity matters. */
export async function readActiveSheetName(host: ExcelHost = getDefaultHost()): Promise<string> {
  return runExcel(host, async (context) => {
    const ws = context.workbook.worksheets.getActiveWorksheet();
    ws.load("name");
    await context.sync();
    return ws.name;
  });
}

// ───────────────────────── changes on the checked sheet ─────────────────────────

/** Who changed the checked sheet, as far as Excel tells: the user at this Excel, or a co-author elsewhere. */
export type ChangeAuthor = "user" | "coauthor";

export interface SheetChange {
  readonly author: ChangeAuthor;
  /** The changed range as the event gives it, sheet-local ("D26", "A5:F9"). */
  readonly address: string;
}

/**
 * What a WorksheetChanged event says about its origin:
 * - "coauthor": `source` "Remote" (ExcelApi 1.7) — a change made in another session of a shared workbook;
 * - "own": `triggerSource` "ThisLocalAddin" (ExcelApi 1.14) — this add-in's own API write (marks, prompts…);
 * - "unknown": a local change Excel does not attribute: `triggerSource` "Unknown" (the user, another add-in, VBA,
 *   or a build that does not tell yet) or no `triggerSource` at all (below 1.14, where PhuLuc's writes come
 *   unmarked too). These are judged by the cells themselves (see watchSheetChanges).
 */
export function changeOrigin(args: { readonly source?: string; readonly triggerSource?: string }): "coauthor" | "own" | "unknown" {
  if (args.source === "Remote") return "coauthor";
  if (args.triggerSource === "ThisLocalAddin") return "own";
  return "unknown";
}

/** Stops watching a sheet's changes (1 sync; later calls do nothing). */
export type SheetChangeWatch = () => Promise<void>;

export interface SheetChangeOptions {
  /**
   * What the check read (the sheet's values, number formats and merges, as `readSheet` gives them). With it, a local
   * change Excel does not attribute is reported only when the changed cells differ from it — PhuLuc's marks
   * (conditional formats, validation prompts) change no value, so they never make results stale, while the user's
   * edit does. Without it every such change is reported.
   */
  readonly baseline?: SheetData;
  /** The baseline's merges were read (ExcelApi 1.13): compare merges too. */
  readonly mergesKnown?: boolean;
}

/**
 * Changed cells compared in one sync (values and merges with the event's own address): an edit, a paste.
 * Larger changes — PhuLuc's marks on a long plan come as one range over every marked column — are compared in
 * blocks under the byte budget (read-blocks.ts), clipped to the sheet's used range.
 */
export const ONE_SYNC_CELLS = 2_000;
/** Above this many used cells in a changed range it is not read back: the change is reported (never hidden). */
export const MAX_COMPARED_CELLS = 600_000;

/** "A1:B2,D4" (an optional sheet prefix is dropped) → 0-based areas; null when any part is not a plain range. */
export function parseChangedAddress(address: string): MergedArea[] | null {
  const areas: MergedArea[] = [];
  for (const part of address.split(",")) {
    const local = part.slice(part.lastIndexOf("!") + 1).trim();
    const [a, b = a] = local.split(":");
    const from = a ? parseCellAddress(a) : null;
    const to = b ? parseCellAddress(b) : null;
    if (!from || !to) return null;
    areas.push({
      top: Math.min(from.row, to.row),
      left: Math.min(from.col, to.col),
      bottom: Math.max(from.row, to.row),
      right: Math.max(from.col, to.col),
    });
  }
  return areas.length ? areas : null;
}

function sameValue(a: CellValue, b: CellValue): boolean {
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  if (isCellError(a) || isCellError(b)) return isCellError(a) && isCellError(b) && a.error === b.error;
  return a === b;
}

const mergeKey = (m: MergedArea) => `${m.top},${m.left},${m.bottom},${m.right}`;
/** As getMergedAreasOrNullObject answers for a range: the merges whose top-left cell lies in it. */
const mergesStartingIn = (merges: readonly MergedArea[], a: MergedArea) =>
  merges
    .filter((m) => m.top >= a.top && m.top <= a.bottom && m.left >= a.left && m.left <= a.right)
    .map(mergeKey)
    .sort();

/** Compares a loaded block with the baseline, cell by cell, as the engine sees cells. */
function blockSame(baseline: SheetData, top: number, left: number, values: unknown[][], types: string[][], formats: string[][]): boolean {
  for (let i = 0; i < values.length; i++) {
    const row = values[i] ?? [];
    for (let j = 0; j < row.length; j++) {
      const now = cellValue(row[j], types[i]?.[j] ?? "String", formats[i]?.[j] ?? "General");
      if (!sameValue(now, baseline.rows[top + i]?.[left + j] ?? null)) return false;
    }
  }
  return true;
}

const sameMerges = (now: readonly MergedArea[], baseline: SheetData, a: MergedArea) =>
  now.map(mergeKey).sort().join(";") === mergesStartingIn(baseline.merges, a).join(";");

const inside = (r: number, c: number, a: MergedArea | null) => a !== null && r >= a.top && r <= a.bottom && c >= a.left && c <= a.right;

function intersect(a: MergedArea, b: MergedArea | null): MergedArea | null {
  if (!b) return null;
  const x = {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
  return x.top <= x.bottom && x.left <= x.right ? x : null;
}

/** Cells of `area` outside the current used range are blank now: the baseline must have had nothing there. */
function blankOutside(baseline: SheetData, area: MergedArea, used: MergedArea | null): boolean {
  for (let r = area.top; r <= Math.min(area.bottom, baseline.rows.length - 1); r++) {
    const row = baseline.rows[r] ?? [];
    for (let c = area.left; c <= Math.min(area.right, row.length - 1); c++)
      if ((row[c] ?? null) !== null && !inside(r, c, used)) return false;
  }
  return true;
}

const cellsOf = (a: MergedArea) => (a.bottom - a.top + 1) * (a.right - a.left + 1);

/**
 * Reads the changed areas back and tells whether they hold exactly what the check read: same values as the engine
 * sees them (dates, errors, blanks), and the same merges when those are known. Up to ONE_SYNC_CELLS in 1 sync;
 * larger areas: 1 sync for the used range, the merges in bands (merged-areas.ts, 1 sync when each band holds at
 * most 512), the values of the used part in blocks under the budget, stopping at the first difference. False
 * when the sheet is gone, the address is not a plain list of ranges, or more than MAX_COMPARED_CELLS used cells
 * would have to be read — a change is then taken to be real.
 */
async function sameAsBaseline(
  host: ExcelHost,
  worksheetId: string,
  address: string,
  baseline: SheetData,
  mergesKnown: boolean,
): Promise<boolean> {
  const areas = parseChangedAddress(address);
  if (!areas) return false;
  const withMerges = mergesKnown && supportsExcelApi(host, "1.13");
  return runExcel(host, async (context) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(worksheetId);
    if (areas.reduce((n, a) => n + cellsOf(a), 0) <= ONE_SYNC_CELLS) {
      const reads = areas.map((a) => {
        const range = ws.getRangeByIndexes(a.top, a.left, a.bottom - a.top + 1, a.right - a.left + 1);
        range.load("values,valueTypes,numberFormat");
        return { a, range, merged: withMerges ? queueMergedAreas(range) : null };
      });
      await context.sync();
      if (ws.isNullObject) return false;
      return reads.every(({ a, range, merged }) => {
        if (!blockSame(baseline, a.top, a.left, range.values, range.valueTypes as string[][], range.numberFormat as string[][]))
          return false;
        const now = merged ? completeAreas(merged) : null;
        return !merged || (now !== null && sameMerges(now, baseline, a));
      });
    }
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    await context.sync();
    if (ws.isNullObject) return false;
    const u = used.isNullObject
      ? null
      : {
          top: used.rowIndex,
          left: used.columnIndex,
          bottom: used.rowIndex + used.rowCount - 1,
          right: used.columnIndex + used.columnCount - 1,
        };
    if (!areas.every((a) => blankOutside(baseline, a, u))) return false;
    const rects: Rect[] = [];
    for (const a of areas) {
      const x = intersect(a, u);
      if (x) rects.push({ top: x.top, left: x.left, rows: x.bottom - x.top + 1, cols: x.right - x.left + 1 });
    }
    if (rects.reduce((n, r) => n + r.rows * r.cols, 0) > MAX_COMPARED_CELLS) return false;
    for (const a of withMerges ? areas : []) {
      // One area after the other: their bands' syncs depend on Excel's answers (a large change only).
      const m = await readMergesInBands(context, ws, { top: a.top, bottom: a.bottom, left: a.left, right: a.right });
      if (!m.known || !sameMerges(m.merges, baseline, a)) return false;
    }
    const read = await readBlocks(
      context,
      ws,
      rects,
      (top, left, values, types, formats) => blockSame(baseline, top, left, values, types, formats),
      unmeasured(),
    );
    return !read.stopped;
  });
}

/**
 * Reports changes of the checked sheet after its check (Worksheet.onChanged, ExcelApi 1.7): 2 syncs to register,
 * 1 to stop; per event none, or the read-back of the changed cells when Excel does not say who changed them (1 sync
 * up to ONE_SYNC_CELLS; a larger range in blocks under the byte budget, see sameAsBaseline).
 *
 * - A co-author's change (`source` "Remote") is reported as such, with its address, at once.
 * - PhuLuc's own writes are not reported: on ExcelApi 1.14 the event says so (`triggerSource` "ThisLocalAddin");
 *   otherwise the changed cells are compared with `options.baseline` (what the check read) — by the event's own
 *   address, not by timing — and reported only when they differ. Marks change formats and prompts, never values;
 *   on a long plan their event covers every marked column (thousands of rows), which is why large ranges are read
 *   back in blocks rather than reported unread.
 * - After the first report of a local change, later local changes are not read back (the results are stale
 *   already); co-authors' changes are still reported.
 *
 * Events are handled one after the other, in order. Nothing is reported after the returned function was called.
 * Without ExcelApi 1.7, or when the sheet is gone, nothing is registered.
 */
export async function watchSheetChanges(
  sheet: string,
  onChange: (change: SheetChange) => void,
  options: SheetChangeOptions = {},
  host: ExcelHost = getDefaultHost(),
): Promise<SheetChangeWatch> {
  if (!supportsExcelApi(host, "1.7")) return async () => undefined;
  let live = true;
  let reportedLocal = false;
  let queue: Promise<void> = Promise.resolve();
  const report = (change: SheetChange) => {
    if (!live) return;
    if (change.author === "user") reportedLocal = true;
    onChange(change);
  };
  const handler = (args: Excel.WorksheetChangedEventArgs): Promise<void> => {
    queue = queue.then(async () => {
      if (!live) return;
      const origin = changeOrigin(args);
      if (origin === "own") return;
      if (origin === "coauthor") return report({ author: "coauthor", address: args.address });
      if (reportedLocal) return;
      const { baseline } = options;
      let same = false;
      if (baseline) {
        try {
          same = await sameAsBaseline(host, args.worksheetId, args.address, baseline, options.mergesKnown ?? false);
        } catch {
          same = false; // could not look: the change counts
        }
      }
      if (!same) report({ author: "user", address: args.address });
    });
    return queue;
  };
  const registration = await runExcel(host, async (context) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
    await context.sync();
    if (ws.isNullObject) return null;
    const result = ws.onChanged.add(handler);
    await context.sync();
    return result;
  });
  return async () => {
    if (!live) return;
    live = false;
    if (registration) await removeRegistration(host, registration);
  };
}
