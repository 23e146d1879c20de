import { FONT_NAME, PageFooter } from "./spec";

/**
 * Excel's header/footer codes for a spec's footer: one section's text as both writers pass it on (ExcelJS puts
 * "&C" in front for the centre section; office.js sets it as `centerFooter`). The codes are Excel's own
 * (&"font,style", &nn size, &P page, &N pages), so the page that prints is the same from either writer.
 */
export function footerSectionCode(footer: PageFooter): string {
  // A literal "&" is "&&"; "{page}" and "{pages}" become the page codes after that, so they are not doubled.
  const text = footer.center
    .replace(/&/g, "&&")
    .replace(/\{pages\}/g, "&N")
    .replace(/\{page\}/g, "&P");
  // The size code takes every digit that follows it: text that starts with a digit is kept apart by a space.
  const gap = /^\d/.test(text) ? " " : "";
  return `&"${FONT_NAME},Regular"&${footer.fontSize}${gap}${text}`;
}

/** office.js sets margins in points; the spec (like the .xlsx file) keeps them in inches. */
export const POINTS_PER_INCH = 72;
