import { CellLink, SpecCell, SpecMerge, StyleName } from "../../sheets/spec";

/** Small constructors so the sheet builders read like the sheet they describe. */
export function cell(value: string | number | null, style: StyleName, link?: CellLink): SpecCell {
  return link ? { value, style, link } : { value, style };
}

/** A count in a matrix: blank for zero, so the few non-zero cells stand out on paper. */
export function count(n: number, style: StyleName = "number"): SpecCell {
  return cell(n === 0 ? null : n, style);
}

export function merge(top: number, left: number, bottom: number, right: number): SpecMerge {
  return { top, left, bottom, right };
}

/** A row of `width` cells of one style, with `cells` written from column 0; the rest blank but styled (borders). */
export function styledRow(width: number, style: StyleName, cells: ReadonlyArray<SpecCell | null> = []): SpecCell[] {
  const row: SpecCell[] = [];
  for (let c = 0; c < width; c++) row.push(cells[c] ?? cell(null, style));
  return row;
}

/** Grows a sheet row by row, remembering merges. */
export class SheetRows {
  readonly rows: SpecCell[][] = [];
  readonly merges: SpecMerge[] = [];
  readonly heights: Record<number, number> = {};

  get next(): number {
    return this.rows.length;
  }

  push(row: SpecCell[], height?: number): number {
    const r = this.rows.length;
    this.rows.push(row);
    if (height !== undefined) this.heights[r] = height;
    return r;
  }

  /** A single value across the whole width (title lines, section rows, notes). */
  pushWide(width: number, value: string, style: StyleName, height?: number): number {
    const r = this.push(styledRow(width, style, [cell(value, style)]), height);
    if (width > 1) this.merges.push(merge(r, 0, r, width - 1));
    return r;
  }

  blank(): number {
    return this.push([]);
  }
}
