import { PrintSpec } from "../../sheets/spec";

/**
 * Every summary sheet prints the same way: A4 landscape, one page wide, centred between margins of half an inch
 * at the sides (0.6 inch top and bottom, room for the footer), the table header on every page and "Trang 3/7" at
 * the foot of each page, so a printed list that comes apart can be put back in order.
 */
export function printSetup(headerFirst: number, headerLast: number): PrintSpec {
  return {
    orientation: "landscape",
    paper: "A4",
    repeatRows: [headerFirst, headerLast],
    fitToWidth: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    centerHorizontally: true,
    footer: { center: "Trang {page}/{pages}", fontSize: 10 },
  };
}
