/**
 * Hyperlinks of the summary sheets go only inside the workbook: `Range.hyperlink.documentReference` (never
 * `address`, which is a URL or a file), to a sheet that exists in the workbook or is written in this run, and with
 * the sheet name always quoted as Excel quotes it ('It''s'!A1). Quoting keeps a name with "!", spaces or a quote
 * one sheet name; an unquoted "Sở A!B!A1" would be read as sheet "Sở A" and a broken address. A name with "[" or
 * "]" cannot be a sheet's (Excel forbids them) and in a reference means another workbook, so such a target — or
 * any target that is not a sheet here — gets no link at all: its text stays, and the writer counts it
 * (`WriteSummaryResult.droppedLinks`) instead of pointing somewhere outside.
 */
import type { CellLink } from "../core/sheets/spec";
import { sheetNameKey } from "../core/summary/sheet-names";

/** A sheet name as a reference's sheet part: always in single quotes, inner quotes doubled. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** One cell or one rectangle in A1 style ($ allowed), nothing else (no sheet, no workbook, no name). */
const LOCAL_ADDRESS = /^\$?[A-Z]{1,3}\$?[1-9]\d{0,6}(:\$?[A-Z]{1,3}\$?[1-9]\d{0,6})?$/;

/**
 * The documentReference for a link, or null when it could not stay inside the workbook. `actual` maps a generated
 * sheet's spec name to the name it really got; `sheetNames` are every sheet the workbook will have (existing and
 * written now).
 */
export function internalReference(link: CellLink, actual: ReadonlyMap<string, string>, sheetNames: ReadonlySet<string>): string | null {
  const sheet = actual.get(link.sheet) ?? link.sheet;
  if (!sheet || /[[\]]/.test(sheet) || !sheetNames.has(sheetNameKey(sheet))) return null;
  if (!LOCAL_ADDRESS.test(link.address)) return null;
  return `${quoteSheet(sheet)}!${link.address}`;
}
