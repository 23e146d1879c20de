import { CellValue, MergedArea, SheetData } from "../../src/core/workbook/model";
import { parseCellAddress } from "../../src/core/workbook/address";

/** Builds a SheetData from rows written as arrays, with merges given as "A1:F1". */
export function sheet(name: string, rows: Array<Array<CellValue | undefined>>, merges: string[] = []): SheetData {
  return {
    name,
    rows: rows.map((r) => r.map((v) => (v === undefined ? null : v))),
    merges: merges.map((ref): MergedArea => {
      const [a, b] = ref.split(":");
      const s = parseCellAddress(a as string);
      const e = parseCellAddress(b as string);
      if (!s || !e) throw new Error(ref);
      return { top: s.row, left: s.col, bottom: e.row, right: e.col };
    }),
  };
}
