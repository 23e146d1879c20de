/** Excel number formats: which ones show a date, and the serial-number ↔ Date conversion of the 1900 date system. */

/** True for formats that show a date or time. Quoted text, escapes and [colour]/[$-locale] parts are ignored. */
export function isDateFormat(format: string | null | undefined): boolean {
  if (!format || format === "General" || format === "@") return false;
  const first = format
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/_.|\*./g, "")
    .split(";")[0] as string;
  return /[dmyhs]/i.test(first) && !/^[#0.,%E+\-\s]*$/i.test(first);
}

const MS_PER_DAY = 86400000;
const UNIX_EPOCH_SERIAL = 25569;

/** Serial number → Date at UTC, as ExcelJS reads it (so the add-in and the CLI give the engine the same value). */
export function serialToDate(serial: number): Date {
  return new Date(Math.round((serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY));
}
