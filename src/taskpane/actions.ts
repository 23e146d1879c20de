// What the pane's buttons do, over the Excel adapter (src/excel) and the engine. Every function takes an optional
// ExcelHost (default: office.js, or the fake the preview installs as the page's Excel/Office globals).
import { findUserAgencySheet } from "../core/agency";
import type { PlanTable } from "../core/plan/types";
import type { ReportTask } from "../core/report/schema";
import type { ValidationIssue } from "../core/validate/types";
import type { SheetData } from "../core/workbook/model";
import {
  DEFAULT_ADDIN_SETTINGS,
  listSheets,
  loadAddinSettings,
  markIssues,
  readActiveSheet,
  readSelection,
  readSheet,
  saveAddinSettings,
  clearAddinSettings,
  selectCell,
  selectIssue,
  unmarkIssues,
  writeSummarySheets,
  ExcelAdapterError,
  readActiveSheetName,
  watchActiveSheet,
} from "../excel";
import type { ActiveSheetWatch, AddinSettings, ExcelHost, LoadedSettings, MarkResult, SelectionInfo, UnmarkResult, WriteSummaryResult } from "../excel";
import type { Lang } from "./i18n";
import { runChecks } from "./model/check";
import { AgencyChoice, agencyChoices, summarySpecs } from "./model/summary";
import { findTable, findTableFromHeader, HeaderHint, isEmptySheet } from "./model/table";

/** What the pane knows about the plan table it works on. */
export interface TableState {
  readonly sheet: string;
  readonly table: PlanTable | null;
  readonly empty: boolean;
  /** Set when the table was found from the user's selection: re-reads start there again. */
  readonly hint: HeaderHint | null;
  readonly mergesKnown: boolean;
}

function locate(sheet: SheetData, settings: AddinSettings, hint: HeaderHint | null, mergesKnown: boolean): TableState {
  const table = hint ? findTableFromHeader(sheet, hint, settings.settings) : findTable(sheet, settings.settings);
  return { sheet: sheet.name, table, empty: isEmptySheet(sheet), hint: table ? hint : null, mergesKnown };
}

export async function loadSettings(host?: ExcelHost): Promise<LoadedSettings> {
  return loadAddinSettings(host);
}

/** On open and "Đọc lại": the active sheet's table. */
export async function readTable(settings: AddinSettings, host?: ExcelHost): Promise<TableState> {
  const read = await readActiveSheet(host);
  return locate(read.sheet, settings, null, read.mergesKnown);
}

/** "Dùng vùng đã chọn": recognition from the selected header row of the selection's sheet. */
export async function readTableFromSelection(
  settings: AddinSettings,
  host?: ExcelHost,
): Promise<{ state: TableState; selection: SelectionInfo }> {
  const selection = await readSelection(host);
  const read = await readSheet(selection.sheet, host);
  const hint: HeaderHint = { top: selection.top, left: selection.left, right: selection.right };
  return { state: locate(read.sheet, settings, hint, read.mergesKnown), selection };
}

export interface CheckResult {
  readonly state: TableState;
  readonly tasks: readonly ReportTask[];
  readonly issues: readonly ValidationIssue[];
  readonly agencySheet: string | null;
  readonly agencySheetProblems: ReadonlyArray<{ row: number; message: string }>;
  readonly settings: LoadedSettings;
}

/**
 * "Kiểm tra": fresh settings, the table's sheet read again (the user may have edited it), the "Danh mục cơ quan"
 * sheet if the workbook has one, then the engine's check — the same composition as the CLI.
 */
export async function checkPlan(previous: TableState, lang: Lang, host?: ExcelHost): Promise<CheckResult> {
  const settings = await loadAddinSettings(host);
  const sheets = await listSheets(host);
  const agencyName = findUserAgencySheet({ name: "", sheets: sheets.map((s) => ({ name: s.name, rows: [], merges: [] })) })?.name ?? null;
  let read;
  try {
    read = await readSheet(previous.sheet, host);
  } catch (e) {
    // The plan sheet was renamed or deleted: fall back to the active sheet.
    if (e instanceof ExcelAdapterError && e.key === "sheetNotFound") read = await readActiveSheet(host);
    else throw e;
  }
  const agencySheet = agencyName && agencyName !== read.sheet.name ? (await readSheet(agencyName, host)).sheet : null;
  const state = locate(read.sheet, settings.value, previous.hint, read.mergesKnown);
  if (!state.table) return { state, tasks: [], issues: [], agencySheet: agencyName, agencySheetProblems: [], settings };
  const outcome = runChecks({
    file: "",
    table: state.table,
    agencySheet,
    settings: settings.value.settings,
    userAgencies: settings.value.userAgencies,
    lang,
  });
  return {
    state,
    tasks: outcome.tasks,
    issues: outcome.issues,
    agencySheet: agencyName,
    agencySheetProblems: outcome.agencySheetProblems,
    settings,
  };
}

/** Follows the user between sheets: `onSwitch` after every sheet activation; the returned function stops. */
export function watchSheets(onSwitch: (sheet: string) => void, host?: ExcelHost): Promise<ActiveSheetWatch> {
  return watchActiveSheet(onSwitch, host);
}

/** Which sheet is active now (1 sync): what the pane decides from once sheet events have come in. */
export function activeSheet(host?: ExcelHost): Promise<string> {
  return readActiveSheetName(host);
}

/** Activates a sheet (e.g. a summary sheet just written), selecting A1. */
export function openSheet(name: string, host?: ExcelHost): Promise<void> {
  return selectCell(name, "A1", host);
}

export function goToIssue(issue: ValidationIssue, host?: ExcelHost): Promise<boolean> {
  return selectIssue(issue, host);
}

export function markOnSheet(issues: readonly ValidationIssue[], lang: Lang, host?: ExcelHost): Promise<MarkResult> {
  return markIssues(issues, { lang }, host);
}

export function removeMarks(host?: ExcelHost): Promise<UnmarkResult> {
  return unmarkIssues({}, host);
}

export { agencyChoices };
export type { AgencyChoice };

/** "Tạo bảng tổng hợp": the user's sheet names are taken, PhuLuc's own are replaced in place. */
export async function writeSummaries(
  table: PlanTable,
  tasks: readonly ReportTask[],
  choices: readonly AgencyChoice[],
  chosen: ReadonlySet<string>,
  host?: ExcelHost,
): Promise<WriteSummaryResult> {
  const sheets = await listSheets(host);
  const takenNames = sheets.filter((s) => s.phuluc === null).map((s) => s.name);
  const specs = summarySpecs({ tasks, table, chosen, choices, takenNames });
  return writeSummarySheets(specs, {}, host);
}

export function storeSettings(value: AddinSettings, host?: ExcelHost): Promise<AddinSettings> {
  return saveAddinSettings(value, host);
}

export async function resetSettings(host?: ExcelHost): Promise<AddinSettings> {
  await clearAddinSettings(host);
  return DEFAULT_ADDIN_SETTINGS;
}
