import ExcelJS from "exceljs";

/**
 * A formula's cached result, or the value itself: the copy holds what the user saw, never a live formula — so
 * a formula into another workbook ("=[1]DanhMuc!B2") brings no external link along, only its value. A hyperlink
 * keeps its text and loses its target: a URL, another file or a sheet of the plan's workbook that the summary
 * does not have would all lead out of the summary (or nowhere).
 */
function plainValue(v: ExcelJS.CellValue): ExcelJS.CellValue {
  if (v && typeof v === "object" && !(v instanceof Date) && "hyperlink" in v) {
    const t = (v as { text?: unknown }).text;
    return typeof t === "string" || (t && typeof t === "object") ? (t as ExcelJS.CellValue) : null;
  }
  if (v && typeof v === "object" && !(v instanceof Date) && ("formula" in v || "sharedFormula" in v)) {
    const result = (v as { result?: unknown }).result;
    if (result === undefined || result === null) return null;
    if (typeof result === "object" && result !== null && "error" in result) return String((result as { error: string }).error);
    return result as ExcelJS.CellValue;
  }
  return v;
}

/**
 * Copies a plan sheet (values, styles, merges, column widths, row heights, print setup) into another
 * workbook, so that the summary's links back to task rows land on the same cells as in the original.
 */
export function copyWorksheet(source: ExcelJS.Worksheet, target: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = target.addWorksheet(name);
  source.columns?.forEach((col, i) => {
    if (col.width !== undefined) ws.getColumn(i + 1).width = col.width;
    if (col.hidden) ws.getColumn(i + 1).hidden = true;
  });
  source.eachRow({ includeEmpty: true }, (row, r) => {
    const out = ws.getRow(r);
    if (row.height !== undefined) out.height = row.height;
    if (row.hidden) out.hidden = true;
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const copy = out.getCell(c);
      if (cell.type !== ExcelJS.ValueType.Merge) copy.value = plainValue(cell.value);
      copy.style = JSON.parse(JSON.stringify(cell.style ?? {})) as Partial<ExcelJS.Style>;
    });
  });
  const merges = (source.model as { merges?: string[] }).merges ?? [];
  for (const m of merges) ws.mergeCells(m);
  ws.pageSetup = { ...source.pageSetup, printArea: undefined, printTitlesRow: undefined, printTitlesColumn: undefined };
  if (source.views?.length) ws.views = source.views.map((v) => ({ ...v }));
  return ws;
}
