import ExcelJS from "exceljs";
import { CellStyle, FONT_NAME, StyleName, STYLES } from "../../core/sheets/spec";

function argb(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}

const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF000000" } };

/** A SheetSpec named style as ExcelJS cell style parts (font, fill, alignment, border). */
export function excelStyle(s: CellStyle): Partial<ExcelJS.Style> {
  const font: Partial<ExcelJS.Font> = { name: FONT_NAME, size: s.fontSize };
  if (s.bold) font.bold = true;
  if (s.italic) font.italic = true;
  if (s.underline) font.underline = true;
  if (s.color) font.color = { argb: argb(s.color) };
  const style: Partial<ExcelJS.Style> = {
    font,
    alignment: { wrapText: s.wrap, horizontal: s.horizontal, vertical: s.vertical === "center" ? "middle" : "top" },
  };
  if (s.fill) style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) } };
  if (s.border) style.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  return style;
}

export function namedStyle(name: StyleName | undefined): CellStyle {
  return STYLES[name ?? "text"];
}
