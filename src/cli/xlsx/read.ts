import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import { datePrecision, partialDateText } from "../../core/workbook/dates";
import { CellValue, MergedArea, SheetData, WorkbookData } from "../../core/workbook/model";

/** Why a file could not be read; the CLI turns it into a one-line message in the user's language. */
export class WorkbookReadError extends Error {
  constructor(
    readonly reason: "missing" | "not-file" | "not-xlsx" | "corrupt",
    readonly path: string,
    readonly detail = "",
  ) {
    super(`${reason}: ${path}${detail ? ` (${detail})` : ""}`);
  }
}

type ExcelValue = ExcelJS.CellValue;

function richText(parts: ReadonlyArray<{ text: string }>): string {
  return parts.map((p) => p.text).join("");
}

/**
 * ExcelJS's many value shapes → the engine's plain cell values. Formulas count by their cached result; a
 * date formatted to show only a month or a year reads as that text ("6/2021"), not as its first day.
 */
function toCellValue(v: ExcelValue, numberFormat?: string): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) {
    const precision = datePrecision(numberFormat);
    return precision === "day" ? v : partialDateText(v, precision);
  }
  if (typeof v === "object") {
    if ("richText" in v && Array.isArray(v.richText)) return richText(v.richText);
    if ("error" in v && typeof v.error === "string") return { error: v.error };
    if ("formula" in v || "sharedFormula" in v) return toCellValue((v as { result?: ExcelValue }).result ?? null, numberFormat);
    if ("hyperlink" in v && "text" in v) {
      const t = (v as { text: unknown }).text;
      if (typeof t === "string") return t;
      if (t && typeof t === "object" && "richText" in t) return richText((t as { richText: Array<{ text: string }> }).richText);
    }
    if ("text" in v && typeof (v as { text: unknown }).text === "string") return (v as { text: string }).text;
  }
  return null;
}

function parseRange(ref: string): MergedArea | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref);
  if (!m) return null;
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { top: Number(m[2]) - 1, left: col(m[1] as string), bottom: Number(m[4]) - 1, right: col(m[3] as string) };
}

export function worksheetToSheet(ws: ExcelJS.Worksheet): SheetData {
  const rows: CellValue[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // ExcelJS answers a merged area's value on every cell it covers; Excel stores it in the first cell only.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      values[colNumber - 1] = toCellValue(cell.value, cell.numFmt);
    });
    for (let i = 0; i < values.length; i++) if (values[i] === undefined) values[i] = null;
    rows[rowNumber - 1] = values;
  });
  for (let i = 0; i < rows.length; i++) if (rows[i] === undefined) rows[i] = [];
  const merges = ((ws.model as { merges?: string[] }).merges ?? [])
    .map(parseRange)
    .filter((m): m is MergedArea => m !== null);
  return { name: ws.name, rows, merges, ...(ws.state !== "visible" ? { hidden: true } : {}) };
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]); // legacy .xls (and encrypted .xlsx)

/** Reads an .xlsx file into the engine's model; throws WorkbookReadError with a reason, never a raw error. */
export async function readWorkbookFile(path: string): Promise<{ data: WorkbookData; workbook: ExcelJS.Workbook }> {
  let head: Buffer;
  const stat = await fs.stat(path).catch(() => null);
  if (!stat) throw new WorkbookReadError("missing", path);
  if (!stat.isFile()) throw new WorkbookReadError("not-file", path);
  try {
    const fh = await fs.open(path, "r");
    try {
      head = Buffer.alloc(4);
      await fh.read(head, 0, 4, 0);
    } finally {
      await fh.close();
    }
  } catch {
    throw new WorkbookReadError("missing", path);
  }
  if (head.equals(OLE_MAGIC) || !head.equals(ZIP_MAGIC)) throw new WorkbookReadError("not-xlsx", path);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (e) {
    throw new WorkbookReadError("corrupt", path, e instanceof Error ? e.message.split("\n")[0] : String(e));
  }
  if (workbook.worksheets.length === 0) throw new WorkbookReadError("corrupt", path, "no worksheet");
  return { data: { name: path, sheets: workbook.worksheets.map(worksheetToSheet) }, workbook };
}
