import { findUserAgencySheet } from "../../../src/core/agency";
import { checkReport, CheckReport } from "../../../src/core/check/report";
import { createCheckSession } from "../../../src/core/check/session";
import { nonPlanKind } from "../../../src/core/layout/recognize";
import { PlanPeriod } from "../../../src/core/plan/period";
import { SheetResult } from "../../../src/core/report/build";
import { WorkbookData } from "../../../src/core/workbook/model";

/**
 * The engine as `phuluc check` drives it for one workbook, through the same check session (src/core/check/session.ts)
 * with no ExcelJS and no stored settings: the office's agency sheet extends the directory, every visible plan
 * sheet's tables are recognised and checked (hidden ones listed), and the report and its summary are built. The fuzz suite and
 * `npm run fuzz` put random workbooks through it.
 */

export interface EngineRun {
  readonly report: CheckReport;
  /** Tables recognised, over all sheets. */
  readonly tables: number;
  /** Sheets with no table that were said to be lists of procedures, for coverage counts. */
  readonly procedureSheets: number;
}

export function runEngine(workbook: WorkbookData, planPeriod?: PlanPeriod): EngineRun {
  const session = createCheckSession({
    file: workbook.name,
    ...(planPeriod ? { planPeriod } : {}),
    agencySheet: findUserAgencySheet(workbook) ?? null,
  });
  let tables = 0;
  let procedureSheets = 0;
  const selection = session.selectSheets(workbook.sheets);
  const sheets: SheetResult[] = (selection?.sheets ?? []).map((s) => {
    const checked = session.checkSheet(s);
    tables += checked.tables.length;
    if (checked.tables.length === 0 && nonPlanKind(s) === "procedure-list") procedureSheets++;
    return checked.result;
  });
  const hidden = selection?.hidden ?? [];
  const file = { path: workbook.name, sheets, ...(hidden.length ? { hiddenSheets: hidden } : {}) };
  return { report: checkReport([file], planPeriod).report, tables, procedureSheets };
}
