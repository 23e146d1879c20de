import { cellText } from "../workbook/grid";
import { SheetData } from "../workbook/model";
import { BY_AGENCY_TITLE } from "./sheets/by-agency-sheet";
import { BY_QUARTER_TITLE } from "./sheets/by-quarter-sheet";

/** Rows of the heading pushHeading writes: title, plan name, decision, period · source. */
const HEADING_ROWS = 6;

/**
 * A summary sheet PhuLuc wrote (by agency, by quarter, or a per-agency list), recognised from its cells so
 * that both the file reader and the add-in can tell it from a plan: its first row is one of PhuLuc's
 * titles, and its heading holds the "Kỳ kế hoạch: … · Nguồn: …" line every summary carries. Checking such a
 * sheet as a plan would report problems PhuLuc invented (its lists have TT, task and agency columns too).
 */
export function isSummarySheet(sheet: SheetData): boolean {
  const title = cellText(sheet.rows[0]?.find((v) => cellText(v).trim() !== "") ?? null).trim();
  const ours = title === BY_AGENCY_TITLE || title === BY_QUARTER_TITLE || title.startsWith("NHIỆM VỤ CỦA ");
  if (!ours) return false;
  return sheet.rows.slice(1, HEADING_ROWS).some((row) => row.some((v) => /^Kỳ kế hoạch: .*(?: · Nguồn: .+)?$/u.test(cellText(v).trim())));
}
