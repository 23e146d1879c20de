/**
 * Excel keeps "6/2021" typed into a cell as the date 1 June 2021 with the number format "mm/yyyy", and
 * "2021" formatted "yyyy" likewise as 1 January. Read as a day those become due dates a month or a year too
 * early, so a date cell is read at the precision its number format shows.
 */
export type DatePrecision = "day" | "month" | "year";

export function datePrecision(numberFormat: string | null | undefined): DatePrecision {
  if (!numberFormat) return "day";
  // Quoted text, escaped characters and [$-vi-VN]/[Red] sections are not date codes.
  const codes = numberFormat.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "").toLowerCase();
  if (/d/.test(codes)) return "day";
  // "m" alone may be minutes ("h:mm"); with a year it is the month.
  if (/m/.test(codes) && /y/.test(codes)) return "month";
  if (/y/.test(codes)) return "year";
  return "day";
}

/** The text a month- or year-precision date cell shows, in the form the deadline reader understands. */
export function partialDateText(date: Date, precision: Exclude<DatePrecision, "day">): string {
  const year = date.getUTCFullYear();
  return precision === "year" ? String(year) : `${date.getUTCMonth() + 1}/${year}`;
}
