/**
 * Reads what the engine needs from the open workbook into its Excel-independent model (SheetData): the values
 * of the used range from A1 (so the title rows above the table come along) and the merged areas.
 *
 * Values: `values` + `valueTypes` + `numberFormat`. Date-formatted numbers become Date (UTC), exactly what the
 * CLI's ExcelJS reader produces for the same file, so the engine sees the same model inside Excel and on files
 * and renders dates the Vietnamese way (dd/mm/yyyy). `text` is not used: it depends on column width ("###") and
 * on the user's locale. Errors become CellError, blank cells null.
 *
 * Size: every response is meant to stay under a byte budget (4 MB of Excel on the web's 5 MB). The first sync asks
 * the used range's dimensions, the whole sheet's merged areas and the values of a head window: at most HEAD_CELLS
 * (24,000) cells for the whole read — the first HEAD_ROWS rows × HEAD_COLUMNS columns of one sheet, or of every
 * sheet of a workbook with the rows shared between them. That answers under the budget while the window's cells
 * average up to about 170 bytes (text of roughly 100 Vietnamese characters); an ordinary plan is read in that one
 * sync. It is not a guarantee for longer texts: a window Excel refuses for its size (payload codes, or
 * GeneralException, as the web often answers) makes the read start again carefully: dimensions alone, values in
 * measured blocks from a small probe (read-blocks.ts), merged areas in bands (merged-areas.ts). The rest of the
 * used range is read in row blocks sized from the largest row measured so far. Any other error (the sheet is
 * gone, an invalid argument…) is passed on as it came, with no second try.
 *
 * Syncs: readActiveSheet / readSheet 1 up to HEAD_ROWS × HEAD_COLUMNS, then + 1 per block (+ the check of a
 * doubtful "no merged areas" answer, merged-areas.ts); readWorkbook 2 for ordinary workbooks; readSelection 1.
 */
import { rangeAddress } from "../core/workbook/address";
import type { CellValue, MergedArea, SheetData, WorkbookData } from "../core/workbook/model";
import { ExcelAdapterError } from "./errors";
import { ExcelHost, getDefaultHost, runExcel, supportsExcelApi } from "./host";
import { cellValue } from "./cell-value";
import { isSizeLikeError } from "./byte-budget";
import {
  MAX_MERGED_AREAS_PER_CALL,
  MergesUnknownReason,
  completeAreas,
  queueWholeSheetMerges,
  readMergesInBands,
  trustedBandRows,
} from "./merged-areas";
import { CellCost, Rect, learn, readBlocks, unmeasured } from "./read-blocks";

export type { MergesUnknownReason } from "./merged-areas";

export interface SheetRead {
  readonly sheet: SheetData;
  /**
   * False when the merged areas could not be read (`mergesUnknown` says why: no ExcelApi 1.13, too many merged
   * areas in one row, or Excel failed): `sheet.merges` is empty and the engine works in its limited mode.
   */
  readonly mergesKnown: boolean;
  readonly mergesUnknown?: MergesUnknownReason;
  /** The used range ("A3:F48", values only), null for an empty sheet. */
  readonly usedRange: string | null;
  /** Syncs this read took. */
  readonly syncs: number;
}

export interface WorkbookRead {
  readonly workbook: WorkbookData;
  readonly activeSheet: string;
  /** False when the merges of any sheet are unknown (`mergesUnknown`: the first reason met). */
  readonly mergesKnown: boolean;
  readonly mergesUnknown?: MergesUnknownReason;
  readonly syncs: number;
}

export interface SelectionInfo {
  readonly sheet: string;
  /** Sheet-local address, "B3:F4". */
  readonly address: string;
  /** 0-based, inclusive. */
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** The head window read in the first sync: a plan is rarely wider than 12 columns or longer than 2,000 rows. */
export const HEAD_ROWS = 2000;
export const HEAD_COLUMNS = 12;
/** The head cells of one read, shared by every sheet of a workbook. */
export const HEAD_CELLS = HEAD_ROWS * HEAD_COLUMNS;

interface QueuedRead {
  readonly ws: Excel.Worksheet;
  /** Dimensions of the used range (values only). */
  readonly used: Excel.Range;
  /** The values of the head window's used part; null when the window has no rows (thousands of sheets). */
  readonly head: Excel.Range | null;
  readonly headRows: number;
  readonly merged: Excel.RangeAreas | null;
}

function queueRead(ws: Excel.Worksheet, mergesApi: boolean, headRows: number): QueuedRead {
  ws.load("name");
  const used = ws.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  // The used part of the window: nothing at all is asked for an empty sheet, only the filled rows of a short one.
  const head = headRows > 0 ? ws.getRangeByIndexes(0, 0, headRows, HEAD_COLUMNS).getUsedRangeOrNullObject(true) : null;
  head?.load("rowIndex,columnIndex,rowCount,columnCount,values,valueTypes,numberFormat");
  // The whole sheet, not the used range: a title merged across more columns than the data still counts.
  const merged = mergesApi ? queueWholeSheetMerges(ws) : null;
  return { ws, used, head, headRows, merged };
}

/** Puts a block of loaded values into the rows, at its offset from A1. */
function placeBlock(rows: CellValue[][], top: number, left: number, values: unknown[][], types: string[][], formats: string[][]): void {
  for (let i = 0; i < values.length; i++) {
    const vr = values[i] as unknown[];
    let row: CellValue[] | undefined;
    for (let j = 0; j < vr.length; j++) {
      const v = cellValue(vr[j], types[i]?.[j] ?? "String", formats[i]?.[j] ?? "General");
      if (v === null) continue;
      row ??= rows[top + i] ??= [];
      row[left + j] = v;
    }
  }
}

/** Dense rows without trailing blanks, like the .xlsx reader: holes become null, empty rows []. */
function finishRows(rows: CellValue[][]): CellValue[][] {
  for (let r = 0; r < rows.length; r++) {
    const row = (rows[r] ??= []);
    for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = null;
  }
  return rows;
}

async function readRects(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  rects: readonly Rect[],
  rows: CellValue[][],
  cost: CellCost,
): Promise<number> {
  const r = await readBlocks(
    context,
    ws,
    rects,
    (top, left, values, types, formats) => placeBlock(rows, top, left, values, types, formats),
    cost,
  );
  return r.syncs;
}

type SheetResult = Omit<SheetRead, "syncs"> & { readonly syncs: number };

function usedRect(used: Excel.Range): Rect {
  return { top: used.rowIndex, left: used.columnIndex, rows: used.rowCount, cols: used.columnCount };
}

function addressOf(r: Rect): string {
  return rangeAddress(r.top, r.left, r.top + r.rows - 1, r.left + r.cols - 1);
}

/** What the head window (rows 0..headRows-1, columns 0..HEAD_COLUMNS-1) left of the used range. */
function remainder(u: Rect, headRows: number): Rect[] {
  const out: Rect[] = [];
  const bottom = u.top + u.rows - 1;
  const right = u.left + u.cols - 1;
  const headBottom = Math.min(bottom, headRows - 1);
  if (u.top <= headBottom && right >= HEAD_COLUMNS) {
    const left = Math.max(u.left, HEAD_COLUMNS);
    out.push({ top: u.top, left, rows: headBottom - u.top + 1, cols: right - left + 1 });
  }
  if (bottom >= headRows) {
    const top = Math.max(u.top, headRows);
    out.push({ top, left: u.left, rows: bottom - top + 1, cols: u.cols });
  }
  return out;
}

type MergesOutcome = { merges: MergedArea[]; mergesKnown: boolean; mergesUnknown?: MergesUnknownReason; syncs: number };

/**
 * The merges, from the whole-sheet answer when it can be trusted, else from bands: when the call was not made or
 * failed (`merged` null), its answer was incomplete, or it said "none" for a used range of more than 512 cells
 * (which could be Excel's failure above 512 areas in disguise: checked with bands of at most 512 used cells).
 */
async function mergesAfter(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  merged: Excel.RangeAreas | null,
  mergesApi: boolean,
  used: Rect | null,
): Promise<MergesOutcome> {
  if (!mergesApi) return { merges: [], mergesKnown: false, mergesUnknown: "noApi", syncs: 0 };
  if (!used) return { merges: merged ? (completeAreas(merged) ?? []) : [], mergesKnown: true, syncs: 0 };
  const whole = merged ? completeAreas(merged) : null;
  const doubtfulNone = merged?.isNullObject === true && used.rows * used.cols > MAX_MERGED_AREAS_PER_CALL;
  if (whole && !doubtfulNone) return { merges: whole, mergesKnown: true, syncs: 0 };
  const lastRow = used.top + used.rows - 1;
  const bands = await readMergesInBands(context, ws, {
    top: 0,
    bottom: lastRow,
    nullTrustedUpTo: used.cols,
    ...(doubtfulNone ? { bandRows: trustedBandRows(used.cols) } : {}),
  });
  return { merges: bands.merges, mergesKnown: bands.known, ...(bands.reason ? { mergesUnknown: bands.reason } : {}), syncs: bands.syncs };
}

function result(name: string, rows: CellValue[][], usedRange: string | null, m: MergesOutcome, syncs: number): SheetResult {
  return {
    sheet: { name, rows: finishRows(rows), merges: m.merges },
    mergesKnown: m.mergesKnown,
    ...(m.mergesUnknown ? { mergesUnknown: m.mergesUnknown } : {}),
    usedRange,
    syncs: syncs + m.syncs,
  };
}

/** After the first sync: the head is placed, the rest of the used range read in blocks, merges completed. */
async function finishRead(context: Excel.RequestContext, q: QueuedRead, mergesApi: boolean): Promise<SheetResult> {
  const rows: CellValue[][] = [];
  let syncs = 0;
  const u = q.used.isNullObject ? null : usedRect(q.used);
  if (u) {
    const cost = unmeasured();
    if (q.head && !q.head.isNullObject) {
      placeBlock(
        rows,
        q.head.rowIndex,
        q.head.columnIndex,
        q.head.values,
        q.head.valueTypes as string[][],
        q.head.numberFormat as string[][],
      );
      learn(cost, q.head, q.head.columnCount);
    }
    syncs += await readRects(context, q.ws, remainder(u, q.headRows), rows, cost);
  }
  return result(q.ws.name, rows, u ? addressOf(u) : null, await mergesAfter(context, q.ws, q.merged, mergesApi, u), syncs);
}

/**
 * The careful read, after a first sync refused for its size: the dimensions alone (the whole-sheet merges, which
 * may be what failed, are not asked again), values in measured blocks, merges in bands.
 */
async function carefulRead(context: Excel.RequestContext, ws: Excel.Worksheet, mergesApi: boolean): Promise<SheetResult> {
  ws.load("name");
  const used = ws.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();
  if (ws.isNullObject) throw new ExcelAdapterError("sheetNotFound", "ItemNotFound", "no sheet");
  const rows: CellValue[][] = [];
  const u = used.isNullObject ? null : usedRect(used);
  const syncs = 1 + (u ? await readRects(context, ws, [u], rows, unmeasured()) : 0);
  return result(ws.name, rows, u ? addressOf(u) : null, await mergesAfter(context, ws, null, mergesApi, u), syncs);
}

async function readOne(host: ExcelHost, pick: (context: Excel.RequestContext) => Excel.Worksheet, what: string): Promise<SheetRead> {
  const mergesApi = supportsExcelApi(host, "1.13");
  return runExcel(host, async (context) => {
    const ws = pick(context);
    const q = queueRead(ws, mergesApi, HEAD_ROWS);
    try {
      await context.sync();
    } catch (e) {
      // Only a refusal for size is worth a smaller second try; anything else comes out as Excel said it.
      if (!isSizeLikeError(e)) throw e;
      const r = await carefulRead(context, ws, mergesApi);
      return { ...r, syncs: r.syncs + 1 };
    }
    if (ws.isNullObject) throw new ExcelAdapterError("sheetNotFound", "ItemNotFound", `no sheet ${what}`);
    const r = await finishRead(context, q, mergesApi);
    return { ...r, syncs: r.syncs + 1 };
  });
}

/** The active sheet, 1 sync for an ordinary plan (see the file comment for large ones). */
export function readActiveSheet(host: ExcelHost = getDefaultHost()): Promise<SheetRead> {
  return readOne(host, (context) => context.workbook.worksheets.getActiveWorksheet(), "(active)");
}

/** A sheet by name, 1 sync for an ordinary plan. Throws ExcelAdapterError "sheetNotFound" when there is no such sheet. */
export function readSheet(name: string, host: ExcelHost = getDefaultHost()): Promise<SheetRead> {
  return readOne(host, (context) => context.workbook.worksheets.getItemOrNullObject(name), name);
}

/**
 * Every worksheet (hidden ones included and marked `hidden`, as the file reader does), in tab order: 2 syncs for
 * an ordinary workbook (the head windows share HEAD_CELLS), plus blocks and bands for large sheets.
 */
export function readWorkbook(host: ExcelHost = getDefaultHost()): Promise<WorkbookRead> {
  const mergesApi = supportsExcelApi(host, "1.13");
  return runExcel(host, async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name,items/visibility");
    const active = sheets.getActiveWorksheet();
    active.load("name");
    context.workbook.load("name");
    await context.sync();
    let syncs = 1;
    // The sheets share one head window's cells, however many they are (a thousand sheets: two rows each).
    const headRows = Math.floor(HEAD_CELLS / HEAD_COLUMNS / Math.max(1, sheets.items.length));
    const queued = sheets.items.map((ws) => queueRead(ws, mergesApi, headRows));
    const out: SheetResult[] = [];
    let together = true;
    try {
      syncs++;
      await context.sync();
    } catch (e) {
      if (!isSizeLikeError(e)) throw e;
      together = false;
    }
    for (const [i, ws] of sheets.items.entries()) {
      // Sheet by sheet: a large one may need blocks or bands of its own (none for an ordinary sheet).
      const r = together ? await finishRead(context, queued[i] as QueuedRead, mergesApi) : await carefulRead(context, ws, mergesApi);
      syncs += r.syncs;
      out.push(r);
    }
    const hidden = new Set(sheets.items.filter((ws) => ws.visibility !== "Visible").map((ws) => ws.name));
    const marked = out.map((r) => (hidden.has(r.sheet.name) ? { ...r.sheet, hidden: true } : r.sheet));
    const unknown = out.find((r) => !r.mergesKnown);
    return {
      workbook: { name: context.workbook.name, sheets: marked },
      activeSheet: active.name,
      mergesKnown: !unknown,
      ...(unknown?.mergesUnknown ? { mergesUnknown: unknown.mergesUnknown } : {}),
      syncs,
    };
  });
}

/** The user's selection (for "Dùng vùng đã chọn"), 1 sync. A multi-area selection gives "invalidSelection". */
export function readSelection(host: ExcelHost = getDefaultHost()): Promise<SelectionInfo> {
  return runExcel(host, async (context) => {
    const range = context.workbook.getSelectedRange();
    range.load("rowIndex,columnIndex,rowCount,columnCount,worksheet/name");
    await context.sync();
    const top = range.rowIndex;
    const left = range.columnIndex;
    const bottom = top + range.rowCount - 1;
    const right = left + range.columnCount - 1;
    const address =
      top === bottom && left === right
        ? (rangeAddress(top, left, top, left).split(":")[0] as string)
        : rangeAddress(top, left, bottom, right);
    return { sheet: range.worksheet.name, address, top, left, bottom, right };
  });
}
