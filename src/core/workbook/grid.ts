import { CellValue, MergedArea, SheetData, isCellError } from "./model";

/** How a cell value reads as text. Dates read the Vietnamese way (dd/mm/yyyy) so deadline rules see them. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) {
    const d = String(value.getUTCDate()).padStart(2, "0");
    const m = String(value.getUTCMonth() + 1).padStart(2, "0");
    return `${d}/${m}/${value.getUTCFullYear()}`;
  }
  if (isCellError(value)) return value.error;
  return "";
}

/**
 * Read access to a sheet that knows its merged areas. Excel keeps a merged area's value in its top-left
 * cell only; the others read as blank. `text` gives what is stored; `area` tells whether a cell is covered.
 */
export class Grid {
  readonly name: string;
  readonly rowCount: number;
  readonly colCount: number;
  private readonly rows: ReadonlyArray<ReadonlyArray<CellValue>>;
  private readonly mergeAt = new Map<number, MergedArea>();

  constructor(sheet: SheetData) {
    this.name = sheet.name;
    this.rows = sheet.rows;
    this.rowCount = sheet.rows.length;
    let cols = 0;
    for (const row of sheet.rows) cols = Math.max(cols, row.length);
    for (const m of sheet.merges) cols = Math.max(cols, m.right + 1);
    this.colCount = cols;
    for (const m of sheet.merges) {
      // Merges far beyond the data (whole-row merges of formatting) would cost memory for nothing.
      const bottom = Math.min(m.bottom, this.rowCount - 1);
      const right = Math.min(m.right, cols - 1);
      for (let r = m.top; r <= bottom; r++) for (let c = m.left; c <= right; c++) this.mergeAt.set(this.key(r, c), m);
    }
  }

  private key(r: number, c: number): number {
    return r * 16384 + c;
  }

  value(r: number, c: number): CellValue {
    return this.rows[r]?.[c] ?? null;
  }

  /** The text stored in the cell itself (blank for the non-origin cells of a merged area). */
  text(r: number, c: number): string {
    return cellText(this.value(r, c));
  }

  /** The merged area covering the cell, if any. */
  area(r: number, c: number): MergedArea | null {
    return this.mergeAt.get(this.key(r, c)) ?? null;
  }

  /** The text a reader sees at the cell: a blank cell inside a merged area shows the area's value. */
  shownText(r: number, c: number): string {
    const m = this.area(r, c);
    return m ? this.text(m.top, m.left) : this.text(r, c);
  }

  isRowBlank(r: number, fromCol = 0, toCol = this.colCount - 1): boolean {
    for (let c = fromCol; c <= toCol; c++) if (this.text(r, c).trim() !== "") return false;
    return true;
  }
}
