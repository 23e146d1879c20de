import { createDirectory, findUserAgencySheet, looksLegacyEncoded, readUserAgencySheet, AgencyDirectory } from "../../../src/core/agency";
import { checkTable } from "../../../src/core/check/check-table";
import { sheetRole } from "../../../src/core/check/checker";
import { createCellReaders } from "../../../src/core/check/readers";
import { nonPlanKind, recognizeTables } from "../../../src/core/layout/recognize";
import { PlanPeriod } from "../../../src/core/plan/period";
import { buildReport, SheetResult } from "../../../src/core/report/build";
import { Report } from "../../../src/core/report/schema";
import { summarize, SummaryJson } from "../../../src/core/summary";
import { WorkbookData } from "../../../src/core/workbook/model";

/**
 * The engine as `phuluc check` drives it for one workbook (src/cli/commands/check.ts, core calls only, no
 * ExcelJS): the office's agency sheet extends the directory, every visible plan sheet's tables are recognised
 * and checked, and the report and its summary are built. Kept in step with check.ts by hand: the fuzz suite
 * and `npm run fuzz` put random workbooks through it.
 */

// The built-in directory costs tens of milliseconds to build: one is shared by every workbook that brings no
// agencies of its own (each workbook still gets its own readers, as each CLI file gets its own checker).
let shared: AgencyDirectory | undefined;

export interface EngineRun {
  readonly report: Report & { summary: SummaryJson };
  /** Tables recognised, over all sheets. */
  readonly tables: number;
  /** Sheets with no table that were said to be lists of procedures, for coverage counts. */
  readonly procedureSheets: number;
}

export function runEngine(workbook: WorkbookData, planPeriod?: PlanPeriod): EngineRun {
  const userSheet = findUserAgencySheet(workbook);
  const user = userSheet ? readUserAgencySheet(userSheet) : { entries: [], problems: [] };
  const directory = user.entries.length ? createDirectory(user.entries) : (shared ??= createDirectory([]));
  const readers = createCellReaders(directory);
  let tables = 0;
  let procedureSheets = 0;
  const sheets: SheetResult[] = workbook.sheets
    .filter((s) => sheetRole(s) === "plan" && !s.hidden)
    .map((s) => {
      const found = recognizeTables(s, planPeriod ? { planPeriod } : {});
      tables += found.length;
      if (found.length === 0) {
        if (nonPlanKind(s) === "procedure-list") procedureSheets++;
        return { name: s.name, table: null, tasks: [], issues: [] };
      }
      const checked = found.map((t) => checkTable(workbook.name, t, { readers, looksLegacy: looksLegacyEncoded }));
      return { name: s.name, table: found[0] ?? null, tables: found, tasks: checked.flatMap((c) => c.tasks), issues: checked.flatMap((c) => c.issues) };
    });
  const report = buildReport([{ path: workbook.name, sheets }]);
  const periods = sheets.flatMap((s) => s.tables ?? []).map((t) => t.planPeriod).filter((p): p is PlanPeriod => p !== null);
  const span = planPeriod ?? (periods.length ? { from: Math.min(...periods.map((p) => p.from)), to: Math.max(...periods.map((p) => p.to)) } : null);
  return { report: { ...report, summary: summarize(report.tasks, span) }, tables, procedureSheets };
}
