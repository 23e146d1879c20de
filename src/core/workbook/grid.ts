import { CellValue, MergedArea, SheetData, isCellError } from "./model";
import { MergeIndex } from "./merge-index";

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
 *
 * The sheet's extent is its data: `colCount` is the longest stored row, never a merge's right edge (a merge
 * over the whole sheet would otherwise make every row 16,384 columns wide). Merges are indexed, never
 * expanded cell by cell (merge-index.ts), so the work is bounded by the cells stored and the merges given.
 */
export class Grid {
  readonly name: string;
  readonly rowCount: number;
  readonly colCount: number;
  private readonly rows: ReadonlyArray<ReadonlyArray<CellValue>>;
  private readonly merges: MergeIndex;

  constructor(sheet: SheetData) {
    this.name = sheet.name;
    this.rows = sheet.rows;
    this.rowCount = sheet.rows.length;
    let cols = 0;
    for (const row of sheet.rows) cols = Math.max(cols, row.length);
    this.colCount = cols;
    this.merges = new MergeIndex(sheet.merges, this.rowCount, this.colCount);
  }

  value(r: number, c: number): CellValue {
    return this.rows[r]?.[c] ?? null;
  }

  /**
   * How many cells row r stores: past them every cell's own text is blank. Loops over a row's own texts stop
   * here, so one very wide row does not make every row wide.
   */
  rowLength(r: number): number {
    return this.rows[r]?.length ?? 0;
  }

  /** The text stored in the cell itself (blank for the non-origin cells of a merged area). */
  text(r: number, c: number): string {
    return cellText(this.value(r, c));
  }

  /** The merged area covering the cell, if any (clipped to the sheet's data). */
  area(r: number, c: number): MergedArea | null {
    return this.merges.at(r, c);
  }

  /** The text a reader sees at the cell: a blank cell inside a merged area shows the area's value. */
  shownText(r: number, c: number): string {
    const m = this.area(r, c);
    return m ? this.text(m.top, m.left) : this.text(r, c);
  }

  isRowBlank(r: number, fromCol = 0, toCol = this.colCount - 1): boolean {
    const last = Math.min(toCol, this.rowLength(r) - 1);
    for (let c = fromCol; c <= last; c++) if (this.text(r, c).trim() !== "") return false;
    return true;
  }

  /** Work spent on merges: entries the index holds (for tests that bound it). */
  get mergeIndexSize(): number {
    return this.merges.size;
  }
}
