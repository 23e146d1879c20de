/**
 * Reads what the engine needs from the open workbook into its Excel-independent model (SheetData): the values
 * of the used range from A1 (so the title rows above the table come along) and the merged areas.
 *
 * Values: `values` + `valueTypes` + `numberFormat`. Date-formatted numbers become Date (UTC), exactly what the
 * CLI's ExcelJS reader produces for the same file, so the engine sees the same model inside Excel and on files
 * and renders dates the Vietnamese way (dd/mm/yyyy). `text` is not used: it depends on column width ("###") and
 * on the user's locale. Errors become CellError, blank cells null.
 *
 * Size: every response stays under a byte budget (4 MB of Excel on the web's 5 MB). The first sync asks the used
 * range's dimensions, the whole sheet's merged areas and the values of a head window (the first HEAD_ROWS rows ×
 * HEAD_COLUMNS columns that hold values, at most about 3.8 MB even for long texts) — an ordinary plan is read in
 * that one sync. The rest of the used range, if any, is read in row blocks sized from the dimensions and the
 * bytes per cell measured on what was read so far; a block Excel refuses for its size (or answers with
 * GeneralException, as the web often does) is halved. If the first sync itself fails that way (a huge head, or
 * more than 512 merged areas), the read starts again carefully: dimensions alone, merged areas in bands
 * (merged-areas.ts), values in blocks.
 *
 * Syncs: readActiveSheet / readSheet 1 up to HEAD_ROWS × HEAD_COLUMNS, then + 1 per block; readWorkbook 2 for
 * ordinary workbooks; readSelection 1.
 */
import { rangeAddress } from "../core/workbook/address";
import type { CellValue, MergedArea, SheetData, WorkbookData } from "../core/workbook/model";
import { ExcelAdapterError } from "./errors";
import { ExcelHost, getDefaultHost, runExcel, supportsExcelApi } from "./host";
import { cellValue } from "./cell-value";
import { CELL_READ_OVERHEAD_BYTES, DEFAULT_BUDGET_BYTES, FIRST_GUESS_CELL_BYTES, isSizeLikeError, jsonBytes } from "./byte-budget";
import { MergesUnknownReason, completeAreas, queueWholeSheetMerges, readMergesInBands } from "./merged-areas";

export type { MergesUnknownReason } from "./merged-areas";
export { mergesUnknownMessage } from "./merged-areas";

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

interface QueuedRead {
  readonly ws: Excel.Worksheet;
  /** Dimensions of the used range (values only). */
  readonly used: Excel.Range;
  /** The values of the head window's used part. */
  readonly head: Excel.Range;
  readonly headRows: number;
  readonly merged: Excel.RangeAreas | null;
}

function queueRead(ws: Excel.Worksheet, mergesApi: boolean, headRows: number): QueuedRead {
  ws.load("name");
  const used = ws.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  // The used part of the window: nothing at all is asked for an empty sheet, only the filled rows of a short one.
  const head = ws.getRangeByIndexes(0, 0, headRows, HEAD_COLUMNS).getUsedRangeOrNullObject(true);
  head.load("rowIndex,columnIndex,rowCount,columnCount,values,valueTypes,numberFormat");
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

/** Bytes per cell, learnt from what was read: the largest measured so far with a 25 % margin. */
interface CellCost {
  bytes: number;
  measured: boolean;
}

function learn(cost: CellCost, part: { values: unknown[][]; valueTypes: unknown[][]; numberFormat: unknown[][] }, cells: number): void {
  if (!cells) return;
  const bytes = jsonBytes(part.values) + jsonBytes(part.valueTypes) + jsonBytes(part.numberFormat);
  const perCell = Math.max(CELL_READ_OVERHEAD_BYTES / 2, Math.ceil((bytes / cells) * 1.25));
  cost.bytes = cost.measured ? Math.max(cost.bytes, perCell) : perCell;
  cost.measured = true;
}

interface Rect {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly cols: number;
}

/**
 * Reads rectangles in row blocks, each sized to the budget from the cost per cell; a block refused for its size
 * is halved (and later blocks stay at most that size). A single row refused is passed on.
 */
async function readBlocks(context: Excel.RequestContext, ws: Excel.Worksheet, rects: readonly Rect[], rows: CellValue[][], cost: CellCost): Promise<number> {
  let syncs = 0;
  for (const rect of rects) {
    let cap = Infinity;
    for (let start = 0; start < rect.rows; ) {
      const fit = Math.max(1, Math.floor(DEFAULT_BUDGET_BYTES / (rect.cols * cost.bytes)));
      const n = Math.min(rect.rows - start, fit, cap);
      const part = ws.getRangeByIndexes(rect.top + start, rect.left, n, rect.cols);
      part.load("values,valueTypes,numberFormat");
      try {
        syncs++;
        // Only for sheets beyond the head window: one sync per block under the response budget is the point.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      } catch (e) {
        if (!isSizeLikeError(e) || n === 1) throw e;
        cap = Math.max(1, Math.floor(n / 2));
        continue;
      }
      learn(cost, part, n * rect.cols);
      placeBlock(rows, rect.top + start, rect.left, part.values, part.valueTypes as string[][], part.numberFormat as string[][]);
      start += n;
    }
  }
  return syncs;
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

async function mergesAfter(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  merged: Excel.RangeAreas | null,
  mergesApi: boolean,
  lastRow: number,
): Promise<{ merges: MergedArea[]; mergesKnown: boolean; mergesUnknown?: MergesUnknownReason; syncs: number }> {
  if (!mergesApi) return { merges: [], mergesKnown: false, mergesUnknown: "noApi", syncs: 0 };
  const whole = merged ? completeAreas(merged) : null;
  if (whole) return { merges: whole, mergesKnown: true, syncs: 0 };
  const bands = await readMergesInBands(context, ws, lastRow);
  return { merges: bands.merges, mergesKnown: bands.known, ...(bands.reason ? { mergesUnknown: bands.reason } : {}), syncs: bands.syncs };
}

function result(name: string, rows: CellValue[][], usedRange: string | null, m: Awaited<ReturnType<typeof mergesAfter>>, syncs: number): SheetResult {
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
  let usedRange: string | null = null;
  let lastRow = 0;
  if (!q.used.isNullObject) {
    const u = usedRect(q.used);
    usedRange = addressOf(u);
    lastRow = u.top + u.rows - 1;
    const cost: CellCost = { bytes: FIRST_GUESS_CELL_BYTES, measured: false };
    if (!q.head.isNullObject) {
      placeBlock(rows, q.head.rowIndex, q.head.columnIndex, q.head.values, q.head.valueTypes as string[][], q.head.numberFormat as string[][]);
      learn(cost, q.head, q.head.rowCount * q.head.columnCount);
    }
    syncs += await readBlocks(context, q.ws, remainder(u, q.headRows), rows, cost);
  }
  return result(q.ws.name, rows, usedRange, await mergesAfter(context, q.ws, q.merged, mergesApi, lastRow), syncs);
}

/** Codes that say nothing about the request's size or content: retrying smaller would not help. */
const NOT_SIZE = new Set(["InvalidOperationInCellEditMode", "ApiNotFound", "AccessDenied", "ActivityLimitReached", "RequestAborted", "Conflict"]);

/** The first sync failed: maybe its head was too big, maybe the sheet has more than 512 merged areas. */
function worthRetrying(e: unknown): boolean {
  const code = (e as { code?: string } | null)?.code ?? "";
  return isSizeLikeError(e) || (code !== "" && !NOT_SIZE.has(code));
}

/**
 * The careful read: dimensions with the whole-sheet merges (then without them, if that fails too), values in
 * blocks from a first guess of the cost per cell, merges in bands when needed.
 */
async function carefulRead(context: Excel.RequestContext, ws: Excel.Worksheet, mergesApi: boolean): Promise<SheetResult> {
  let syncs = 0;
  const queueDims = (withMerges: boolean) => {
    ws.load("name");
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    return { used, merged: withMerges ? queueWholeSheetMerges(ws) : null };
  };
  let dims = queueDims(mergesApi);
  try {
    syncs++;
    await context.sync();
  } catch (e) {
    if (!mergesApi || !worthRetrying(e)) throw e;
    dims = queueDims(false);
    syncs++;
    await context.sync();
  }
  if (ws.isNullObject) throw new ExcelAdapterError("sheetNotFound", "ItemNotFound", "no sheet");
  const rows: CellValue[][] = [];
  let usedRange: string | null = null;
  let lastRow = 0;
  if (!dims.used.isNullObject) {
    const u = usedRect(dims.used);
    usedRange = addressOf(u);
    lastRow = u.top + u.rows - 1;
    syncs += await readBlocks(context, ws, [u], rows, { bytes: FIRST_GUESS_CELL_BYTES, measured: false });
  }
  return result(ws.name, rows, usedRange, await mergesAfter(context, ws, dims.merged, mergesApi, lastRow), syncs);
}

async function readOne(host: ExcelHost, pick: (context: Excel.RequestContext) => Excel.Worksheet, what: string): Promise<SheetRead> {
  const mergesApi = supportsExcelApi(host, "1.13");
  return runExcel(host, async (context) => {
    const ws = pick(context);
    const q = queueRead(ws, mergesApi, HEAD_ROWS);
    try {
      await context.sync();
    } catch (e) {
      if (!worthRetrying(e)) throw e;
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
 * an ordinary workbook (the head windows share the budget), plus blocks and bands for large sheets.
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
    const headRows = Math.max(50, Math.floor(HEAD_ROWS / Math.max(1, sheets.items.length)));
    const queued = sheets.items.map((ws) => queueRead(ws, mergesApi, headRows));
    const out: SheetResult[] = [];
    let together = true;
    try {
      syncs++;
      await context.sync();
    } catch (e) {
      if (!worthRetrying(e)) throw e;
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
    const address = top === bottom && left === right ? rangeAddress(top, left, top, left).split(":")[0] as string : rangeAddress(top, left, bottom, right);
    return { sheet: range.worksheet.name, address, top, left, bottom, right };
  });
}
