import ExcelJS from "exceljs";
import { footerSectionCode } from "../../core/sheets/print";
import { PaperSize, SheetSpec } from "../../core/sheets/spec";
import { cellAddress } from "../../core/workbook/address";
import { excelStyle, namedStyle } from "./spec-styles";

/** An internal link target as Excel's hyperlink "location" wants it: 'Sheet name'!B12, quotes doubled. */
export function linkLocation(sheet: string, address: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${address}`;
}

/** The .xlsx paperSize code of each paper the spec can name (ECMA-376 Part 1, 18.3.1.64). */
const PAPER_CODE: Readonly<Record<PaperSize, number>> = { A4: 9 };

/**
 * Writes one SheetSpec into a new ExcelJS worksheet. Strings go in as plain string values, which ExcelJS
 * always stores as text: a task that starts with "=" or "+" can never become a formula.
 */
export function renderSheetSpec(workbook: ExcelJS.Workbook, spec: SheetSpec): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(spec.name);
  spec.columnWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w));

  spec.rows.forEach((row, r) => {
    row.forEach((c, col) => {
      const cell = ws.getCell(r + 1, col + 1);
      const style = excelStyle(namedStyle(c.style));
      if (c.link && c.value !== null) {
        // ExcelJS recognises Sheet!A1 as internal; the "location" it writes is fixed up in post-processing.
        cell.value = { text: String(c.value), hyperlink: linkLocation(c.link.sheet, c.link.address) };
      } else if (c.value !== null) {
        cell.value = c.value;
      }
      cell.style = style;
    });
  });
  for (const m of spec.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);

  for (const [r, h] of Object.entries(spec.rowHeights ?? {})) ws.getRow(Number(r) + 1).height = h;

  // ExcelJS puts a break after a row: a page that starts at row r (0-based) breaks after sheet row r.
  for (const r of spec.pageBreaks ?? []) if (r > 0) ws.getRow(r).addPageBreak();

  if (spec.freeze.rows > 0 || spec.freeze.cols > 0) {
    ws.views = [
      {
        state: "frozen",
        xSplit: spec.freeze.cols,
        ySplit: spec.freeze.rows,
        topLeftCell: cellAddress(spec.freeze.rows, spec.freeze.cols),
      },
    ];
  }

  // The print setup, translated field by field: nothing here that the spec did not decide.
  const p = spec.print;
  ws.pageSetup = {
    paperSize: PAPER_CODE[p.paper],
    orientation: p.orientation,
    fitToPage: p.fitToWidth,
    fitToWidth: 1,
    fitToHeight: 0, // as many pages tall as needed
    horizontalCentered: p.centerHorizontally,
    margins: { ...p.margins },
    ...(p.repeatRows ? { printTitlesRow: `${p.repeatRows[0] + 1}:${p.repeatRows[1] + 1}` } : {}),
  };
  if (p.footer) ws.headerFooter = { oddFooter: `&C${footerSectionCode(p.footer)}` };
  return ws;
}
