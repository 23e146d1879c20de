/**
 * Reads what the engine needs from the open workbook into its Excel-independent model (SheetData): the values
 * of the used range from A1 (so the title rows above the table come along) and the merged areas.
 *
 * Values: `values` + `valueTypes` + `numberFormat` in one load. Date-formatted numbers become Date (UTC), exactly
 * what the CLI's ExcelJS reader produces for the same file, so the engine sees the same model inside Excel and on
 * files and renders dates the Vietnamese way (dd/mm/yyyy). `text` is not used: it depends on column width ("###")
 * and on the user's locale. Errors become CellError, blank cells null.
 *
 * Syncs: readActiveSheet / readSheet 1, readWorkbook 2, readSelection 1 — whatever the table size. Only when a sheet's
 * values exceed Excel on the web's 5 MB response limit does the read fall back to row blocks (1 + 1 + blocks).
 */
import { rangeAddress } from "../core/workbook/address";
import type { CellValue, MergedArea, SheetData, WorkbookData } from "../core/workbook/model";
import { ExcelAdapterError } from "./errors";
import { ExcelHost, getDefaultHost, runExcel, supportsExcelApi } from "./host";
import { isDateFormat, serialToDate } from "./number-format";
import { datePrecision, partialDateText } from "../core/workbook/dates";

export interface SheetRead {
  readonly sheet: SheetData;
  /** False on hosts without ExcelApi 1.13: merged areas cannot be read there and `sheet.merges` is empty. */
  readonly mergesKnown: boolean;
  /** The used range ("A3:F48", values only), null for an empty sheet. */
  readonly usedRange: string | null;
  /** Syncs this read took. */
  readonly syncs: number;
}

export interface WorkbookRead {
  readonly workbook: WorkbookData;
  readonly activeSheet: string;
  readonly mergesKnown: boolean;
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

interface QueuedRead {
  readonly ws: Excel.Worksheet;
  readonly used: Excel.Range;
  readonly merged: Excel.RangeAreas | null;
}


const AREA_PROPS = "items/rowIndex,items/columnIndex,items/rowCount,items/columnCount";

function queueRead(ws: Excel.Worksheet, mergesApi: boolean): QueuedRead {
  ws.load("name");
  const used = ws.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,values,valueTypes,numberFormat");
  let merged: Excel.RangeAreas | null = null;
  if (mergesApi) {
    // The whole sheet, not the used range: a title merged across more columns than the data still counts.
    merged = ws.getRange().getMergedAreasOrNullObject();
    merged.load("areaCount");
    merged.areas.load(AREA_PROPS);
  }
  return { ws, used, merged };
}

function cellValue(value: unknown, type: string, format: string): CellValue {
  switch (type) {
    case "Empty":
      return null;
    case "Error":
      return { error: String(value) };
    case "Double": {
      if (typeof value !== "number" || !isDateFormat(format)) return value as number;
      // As in the file reader: "6/2021" kept as a date formatted "mm/yyyy" reads as that month, not its first day.
      const precision = datePrecision(format);
      return precision === "day" ? serialToDate(value) : partialDateText(serialToDate(value), precision);
    }
    case "Boolean":
      return Boolean(value);
    default:
      return value === "" || value === null || value === undefined ? null : (value as CellValue);
  }
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

function mergesOf(merged: Excel.RangeAreas | null): MergedArea[] {
  if (!merged || merged.isNullObject) return [];
  return merged.areas.items.map((a) => ({
    top: a.rowIndex,
    left: a.columnIndex,
    bottom: a.rowIndex + a.rowCount - 1,
    right: a.columnIndex + a.columnCount - 1,
  }));
}

function buildSheet(q: QueuedRead): { sheet: SheetData; usedRange: string | null } {
  const rows: CellValue[][] = [];
  let usedRange: string | null = null;
  if (!q.used.isNullObject) {
    const values = q.used.values;
    placeBlock(rows, q.used.rowIndex, q.used.columnIndex, values, q.used.valueTypes as string[][], q.used.numberFormat as string[][]);
    const width = values[0]?.length ?? 1;
    usedRange = rangeAddress(q.used.rowIndex, q.used.columnIndex, q.used.rowIndex + values.length - 1, q.used.columnIndex + width - 1);
  }
  return { sheet: { name: q.ws.name, rows: finishRows(rows), merges: mergesOf(q.merged) }, usedRange };
}

function isResponseTooLarge(e: unknown): boolean {
  const code = (e as { code?: string } | null)?.code;
  return code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded";
}

/** The fallback for sheets whose values exceed the response limit: dimensions first, then blocks of rows. */
async function readInBlocks(context: Excel.RequestContext, ws: Excel.Worksheet, mergesApi: boolean): Promise<{ read: Omit<SheetRead, "mergesKnown">; syncs: number }> {
  const used = ws.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  ws.load("name");
  let merged: Excel.RangeAreas | null = null;
  if (mergesApi) {
    merged = ws.getRange().getMergedAreasOrNullObject();
    merged.load("areaCount");
    merged.areas.load(AREA_PROPS);
  }
  await context.sync();
  let syncs = 1;
  const rows: CellValue[][] = [];
  let usedRange: string | null = null;
  if (!used.isNullObject) {
    const { rowIndex, columnIndex, rowCount, columnCount } = used;
    usedRange = rangeAddress(rowIndex, columnIndex, rowIndex + rowCount - 1, columnIndex + columnCount - 1);
    let block = Math.max(1, Math.ceil(rowCount / 4));
    for (let start = 0; start < rowCount; ) {
      const n = Math.min(block, rowCount - start);
      const part = ws.getRangeByIndexes(rowIndex + start, columnIndex, n, columnCount);
      part.load("values,valueTypes,numberFormat");
      try {
        // Only for sheets over the response limit: one sync per block is the point of the fallback.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        syncs++;
      } catch (e) {
        syncs++;
        if (isResponseTooLarge(e) && n > 1) {
          block = Math.max(1, Math.floor(n / 2));
          continue;
        }
        throw e;
      }
      placeBlock(rows, rowIndex + start, columnIndex, part.values, part.valueTypes as string[][], part.numberFormat as string[][]);
      start += n;
    }
  }
  return { read: { sheet: { name: ws.name, rows: finishRows(rows), merges: mergesOf(merged) }, usedRange, syncs }, syncs };
}

async function readOne(host: ExcelHost, pick: (context: Excel.RequestContext) => Excel.Worksheet, what: string): Promise<SheetRead> {
  const mergesApi = supportsExcelApi(host, "1.13");
  return runExcel(host, async (context) => {
    const ws = pick(context);
    const q = queueRead(ws, mergesApi);
    try {
      await context.sync();
    } catch (e) {
      if (!isResponseTooLarge(e)) throw e;
      const { read, syncs } = await readInBlocks(context, ws, mergesApi);
      return { ...read, syncs: syncs + 1, mergesKnown: mergesApi };
    }
    if (ws.isNullObject) throw new ExcelAdapterError("sheetNotFound", "ItemNotFound", `no sheet ${what}`);
    return { ...buildSheet(q), mergesKnown: mergesApi, syncs: 1 };
  });
}

/** The active sheet, 1 sync. */
export function readActiveSheet(host: ExcelHost = getDefaultHost()): Promise<SheetRead> {
  return readOne(host, (context) => context.workbook.worksheets.getActiveWorksheet(), "(active)");
}

/** A sheet by name, 1 sync. Throws ExcelAdapterError "sheetNotFound" when there is no such sheet. */
export function readSheet(name: string, host: ExcelHost = getDefaultHost()): Promise<SheetRead> {
  return readOne(host, (context) => context.workbook.worksheets.getItemOrNullObject(name), name);
}

/** Every worksheet (hidden ones included and marked `hidden`, as the file reader does), in tab order, 2 syncs. */
export function readWorkbook(host: ExcelHost = getDefaultHost()): Promise<WorkbookRead> {
  const mergesApi = supportsExcelApi(host, "1.13");
  return runExcel(host, async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name,items/visibility");
    const active = sheets.getActiveWorksheet();
    active.load("name");
    context.workbook.load("name");
    await context.sync();
    const queued = sheets.items.map((ws) => queueRead(ws, mergesApi));
    let syncs = 1;
    let out: SheetData[];
    try {
      await context.sync();
      syncs++;
      out = queued.map((q) => buildSheet(q).sheet);
    } catch (e) {
      syncs++;
      if (!isResponseTooLarge(e)) throw e;
      // Too much for one response: sheet by sheet, each with its own fallback.
      out = [];
      for (const ws of sheets.items) {
        const one = queueRead(ws, mergesApi);
        try {
          // Fallback only (the whole workbook was over the response limit): one sync per sheet.
          // eslint-disable-next-line office-addins/no-context-sync-in-loop
          await context.sync();
          syncs++;
          out.push(buildSheet(one).sheet);
        } catch (inner) {
          syncs++;
          if (!isResponseTooLarge(inner)) throw inner;
          const { read, syncs: n } = await readInBlocks(context, ws, mergesApi);
          syncs += n;
          out.push(read.sheet);
        }
      }
    }
    const hidden = new Set(sheets.items.filter((ws) => ws.visibility !== "Visible").map((ws) => ws.name));
    const marked = out.map((sheet) => (hidden.has(sheet.name) ? { ...sheet, hidden: true } : sheet));
    return { workbook: { name: context.workbook.name, sheets: marked }, activeSheet: active.name, mergesKnown: mergesApi, syncs };
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
