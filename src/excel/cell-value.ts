/**
 * One loaded cell (`values` + `valueTypes` + `numberFormat`) as the engine sees it: blanks null, errors CellError,
 * date-formatted numbers Date at UTC midnight (or the month/year text of a partial date), as the CLI's reader
 * gives them. sheet-events.ts compares a changed range with what the check read through it.
 * read.ts places whole blocks with it.
 */
import { datePrecision, partialDateText } from "../core/workbook/dates";
import type { CellValue } from "../core/workbook/model";
import { isDateFormat, serialToDate } from "./number-format";

export function cellValue(value: unknown, type: string, format: string): CellValue {
  switch (type) {
    case "Empty":
      return null;
    case "Error":
      return { error: String(value) };
    case "Double": {
      if (typeof value !== "number" || !isDateFormat(format)) return value as number;
      // "6/2021" kept as a date formatted "mm/yyyy" reads as that month, not its first day.
      const precision = datePrecision(format);
      return precision === "day" ? serialToDate(value) : partialDateText(serialToDate(value), precision);
    }
    case "Boolean":
      return Boolean(value);
    default:
      return value === "" || value === null || value === undefined ? null : (value as CellValue);
  }
}
