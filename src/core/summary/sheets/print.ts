import { SheetSpec } from "../../sheets/spec";

/** Every summary sheet prints the same way: A4 landscape, one page wide, the table header on every page. */
export function printSetup(headerFirst: number, headerLast: number): SheetSpec["print"] {
  return { orientation: "landscape", paper: "A4", repeatRows: [headerFirst, headerLast], fitToWidth: true };
}
