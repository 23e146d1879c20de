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

/** Stops watching (1 sync; later calls do nothing). `watching` is false when the host has no sheet events. */
export interface ActiveSheetWatch {
  (): Promise<void>;
  readonly watching: boolean;
}

function watchHandle(watching: boolean, stop: () => Promise<void>): ActiveSheetWatch {
  return Object.assign(stop, { watching });
}

/**
 * Calls `onChange(sheetName)` whenever another sheet becomes active — the user clicked its tab, or code (this
 * add-in's too) activated it. Events are reported in the order they happened; an event whose sheet is gone by the
 * time its name is read (deleted meanwhile) or cannot be read is dropped. Nothing is reported after the returned
 * function was called. Without ExcelApi 1.7 nothing is registered and the handle's `watching` is false.
 */
export async function watchActiveSheet(onChange: (sheetName: string) => void, host: ExcelHost = getDefaultHost()): Promise<ActiveSheetWatch> {
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
    const remove = async (context: OfficeExtension.ClientRequestContext) => {
      registration.remove();
      await context.sync();
    };
    try {
      // In the request context that registered the handler, as office.js requires.
      if (host.runInContext) await host.runInContext(registration.context, remove);
      else await remove(registration.context);
    } catch (e) {
      throw toAdapterError(e);
    }
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

/** Above this many cells a changed range is not read back: the change is reported as it is (never hidden). */
export const MAX_COMPARED_CELLS = 10_000;

const MERGE_PROPS = "items/rowIndex,items/columnIndex,items/rowCount,items/columnCount";

/** "A1:B2,D4" (an optional sheet prefix is dropped) → 0-based areas; null when any part is not a plain range. */
export function parseChangedAddress(address: string): MergedArea[] | null {
  const areas: MergedArea[] = [];
  for (const part of address.split(",")) {
    const local = part.slice(part.lastIndexOf("!") + 1).trim();
    const [a, b = a] = local.split(":");
    const from = a ? parseCellAddress(a) : null;
    const to = b ? parseCellAddress(b) : null;
    if (!from || !to) return null;
    areas.push({ top: Math.min(from.row, to.row), left: Math.min(from.col, to.col), bottom: Math.max(from.row, to.row), right: Math.max(from.col, to.col) });
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
  merges.filter((m) => m.top >= a.top && m.top <= a.bottom && m.left >= a.left && m.left <= a.right).map(mergeKey).sort();

/**
 * Reads the changed areas back (1 sync) and tells whether they hold exactly what the check read: same values as the
 * engine sees them (dates, errors, blanks), and the same merges when those are known. False when the sheet is gone
 * or the range is too large or not a plain address — a change is then taken to be real.
 */
async function sameAsBaseline(host: ExcelHost, worksheetId: string, address: string, baseline: SheetData, mergesKnown: boolean): Promise<boolean> {
  const areas = parseChangedAddress(address);
  if (!areas) return false;
  const cells = areas.reduce((n, a) => n + (a.bottom - a.top + 1) * (a.right - a.left + 1), 0);
  if (cells > MAX_COMPARED_CELLS) return false;
  const withMerges = mergesKnown && supportsExcelApi(host, "1.13");
  return runExcel(host, async (context) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(worksheetId);
    const reads = areas.map((a) => {
      const range = ws.getRangeByIndexes(a.top, a.left, a.bottom - a.top + 1, a.right - a.left + 1);
      range.load("values,valueTypes,numberFormat");
      const merged = withMerges ? range.getMergedAreasOrNullObject() : null;
      merged?.areas.load(MERGE_PROPS);
      return { a, range, merged };
    });
    await context.sync();
    if (ws.isNullObject) return false;
    for (const { a, range, merged } of reads) {
      const types = range.valueTypes as string[][];
      const formats = range.numberFormat as string[][];
      for (let i = 0; i < range.values.length; i++) {
        const row = range.values[i] ?? [];
        for (let j = 0; j < row.length; j++) {
          const now = cellValue(row[j], types[i]?.[j] ?? "String", formats[i]?.[j] ?? "General");
          if (!sameValue(now, baseline.rows[a.top + i]?.[a.left + j] ?? null)) return false;
        }
      }
      if (merged) {
        const nowMerges = merged.isNullObject
          ? []
          : merged.areas.items.map((m) => mergeKey({ top: m.rowIndex, left: m.columnIndex, bottom: m.rowIndex + m.rowCount - 1, right: m.columnIndex + m.columnCount - 1 }));
        if (nowMerges.sort().join(";") !== mergesStartingIn(baseline.merges, a).join(";")) return false;
      }
    }
    return true;
  });
}

/**
 * Reports changes of the checked sheet after its check (Worksheet.onChanged, ExcelApi 1.7): 1 sync to register,
 * 1 to stop; per event none, or 1 to read the changed cells back when Excel does not say who changed them.
 *
 * - A co-author's change (`source` "Remote") is reported as such, with its address, at once.
 * - PhuLuc's own writes are not reported: on ExcelApi 1.14 the event says so (`triggerSource` "ThisLocalAddin");
 *   otherwise the changed cells are compared with `options.baseline` (what the check read) — by the event's own
 *   address, not by timing — and reported only when they differ. Marks change formats and prompts, never values.
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
    if (!registration) return;
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
  };
}
