import { SheetSpec, SpecMerge, STYLES } from "./spec";

/**
 * Row heights for wrapped text, decided once in the spec so both writers set the same ones. Excel does not grow
 * a row for wrapped text when it opens a file (only when a cell is edited), so a row without a height would print
 * one line tall and cut the task text; and office.js writes leave row heights as they were. The height is
 * estimated from the text length and the column widths.
 */

// A column width unit holds about one character of the default 11 pt font; Times New Roman's average
// Vietnamese letter is a little narrower, and the cell's inner padding takes about one unit.
const CHARS_PER_UNIT_AT_11PT = 1.2;
const LINE_HEIGHT = 1.25; // points per point of font size
const PADDING = 3; // points
/** Excel's limits for a row's height, and the least a wrapped row gets. */
const MIN_HEIGHT = 16;
const MAX_HEIGHT = 409;

export function linesNeeded(text: string, widthUnits: number, fontSize: number): number {
  const perLine = Math.max(1, (widthUnits - 1) * CHARS_PER_UNIT_AT_11PT * (11 / fontSize));
  let lines = 0;
  for (const line of text.split("\n")) {
    // Wrapping happens at spaces, so a line usually carries less than its full width: count words.
    let used = 0;
    let count = 1;
    for (const word of line.split(" ")) {
      const w = word.length;
      if (used === 0) used = w;
      else if (used + 1 + w <= perLine) used += 1 + w;
      else {
        count++;
        used = w;
      }
      while (used > perLine) {
        count++;
        used -= perLine;
      }
    }
    lines += count;
  }
  return lines;
}

/** Heights (points) for rows that the spec leaves to auto-fit and that hold wrapped text. */
export function estimateRowHeights(spec: SheetSpec): Map<number, number> {
  const covered = new Map<string, SpecMerge>();
  for (const m of spec.merges) for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) covered.set(`${r},${c}`, m);
  const out = new Map<number, number>();
  spec.rows.forEach((row, r) => {
    if (spec.rowHeights?.[r] !== undefined) return;
    let height = 0;
    row.forEach((cell, c) => {
      if (typeof cell.value !== "string" || cell.value === "") return;
      const style = STYLES[cell.style ?? "text"];
      if (!style.wrap) return;
      const m = covered.get(`${r},${c}`);
      if (m && (m.top !== r || m.left !== c)) return;
      if (m && m.bottom > m.top) return; // a tall merge shares its height with other rows
      let width = 0;
      for (let k = m ? m.left : c; k <= (m ? m.right : c); k++) width += spec.columnWidths[k] ?? 9;
      const lines = linesNeeded(cell.value, width, style.fontSize);
      height = Math.max(height, lines * style.fontSize * LINE_HEIGHT + PADDING);
    });
    if (height > 0) out.set(r, Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(height))));
  });
  return out;
}

/** The spec with a height for every row of wrapped text added to its explicit ones (which win). */
export function withRowHeights(spec: SheetSpec): SheetSpec {
  const heights: Record<number, number> = { ...spec.rowHeights };
  for (const [r, h] of estimateRowHeights(spec)) heights[r] = h;
  return { ...spec, rowHeights: heights };
}
