import ExcelJS from "exceljs";
import { datePrecision, partialDateText } from "../../core/workbook/dates";
import { CellValue, MergedArea, SheetData } from "../../core/workbook/model";

// ExcelJS's worksheet → the engine's SheetData. Kept apart from the file reader (read.ts) because the browser
// preview uses it too, and the reader's Node-only guards (fs, zlib, yauzl) must not reach the browser bundle.

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
  const merges = ((ws.model as { merges?: string[] }).merges ?? []).map(parseRange).filter((m): m is MergedArea => m !== null);
  return { name: ws.name, rows, merges, ...(ws.state !== "visible" ? { hidden: true } : {}) };
}
