/**
 * A workbook as the engine sees it, independent of Excel and of ExcelJS: sheets are grids of plain cell
 * values plus their merged areas. The office.js adapter and the .xlsx reader both fill this model, so the
 * same engine runs inside Excel and on files.
 */

export interface CellError {
  readonly error: string; // "#N/A", "#REF!", …
}

export type CellValue = string | number | boolean | Date | CellError | null;

/** A merged area, 0-based inclusive row/column indexes. */
export interface MergedArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface SheetData {
  readonly name: string;
  /** rows[r][c], 0-based; rows may be ragged and shorter than the used range. */
  readonly rows: ReadonlyArray<ReadonlyArray<CellValue>>;
  readonly merges: ReadonlyArray<MergedArea>;
  /** Hidden (or very hidden) in the workbook: old copies kept out of sight are not checked unless asked for. */
  readonly hidden?: boolean;
}

export interface WorkbookData {
  /** File path or workbook name, for messages and reports. */
  readonly name: string;
  readonly sheets: ReadonlyArray<SheetData>;
}

export function isCellError(value: CellValue): value is CellError {
  return typeof value === "object" && value !== null && !(value instanceof Date) && "error" in value;
}
