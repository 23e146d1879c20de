// What the pane's buttons do, over the Excel adapter (src/excel) and the engine. Every function takes an optional
// ExcelHost (default: office.js, or the fake the preview installs as the page's Excel/Office globals).
import { isUserAgencySheetName } from "../core/agency";
import type { SheetRole } from "../core/check/checker";
import type { HeaderHint } from "../core/check/from-header";
import type { CheckSession } from "../core/check/session";
import type { PlanTable } from "../core/plan/types";
import type { ReportTask } from "../core/report/schema";
import type { ValidationIssue } from "../core/validate/types";
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
  readMarks,
  watchActiveSheet,
  watchSheetChanges as watchChanges,
} from "../excel";
import type {
  ActiveSheetWatch,
  AddinSettings,
  ExcelHost,
  LoadedSettings,
  MarkResult,
  MarkState,
  MergesUnknownReason,
  SelectionInfo,
  SheetChange,
  SheetChangeWatch,
  SheetRead,
  UnmarkResult,
  WorkbookSheet,
  WriteSummaryResult,
} from "../excel";
import type { Lang } from "./i18n";
import { paneSession } from "./model/check";
import { AgencyChoice, agencyChoices, summarySpecs } from "./model/summary";
import { isEmptySheet } from "./model/table";

/** What the pane knows about the plan table it works on. */
export interface TableState {
  readonly sheet: string;
  /** The sheet's first plan table: the one the card describes, marks and summaries link to. */
  readonly table: PlanTable | null;
  /** The sheet's other plan tables (appendices stack several): checked with the first, as the CLI does. */
  readonly others: readonly PlanTable[];
  readonly empty: boolean;
  /** Set when the table was found from the user's selection: re-reads start there again. */
  readonly hint: HeaderHint | null;
  readonly mergesKnown: boolean;
  /** Why they are not known (shown to the user in the adapter's words). */
  readonly mergesUnknown?: MergesUnknownReason;
  /** Only a "plan" sheet is recognised and checked: not the agency list, not a summary sheet PhuLuc wrote. */
  readonly role: SheetRole;
}

/** PhuLuc's marker on the sheet (listSheets) says it wrote it: a summary, whatever its cells look like. */
function markedSummary(name: string, sheets: readonly WorkbookSheet[] | null): boolean {
  return sheets?.some((s) => s.name === name && s.phuluc !== null) ?? false;
}

function stateOf(read: SheetRead, role: SheetRole, tables: readonly PlanTable[], hint: HeaderHint | null): TableState {
  const table = tables[0] ?? null;
  return {
    sheet: read.sheet.name,
    table,
    others: tables.slice(1),
    empty: isEmptySheet(read.sheet),
    hint: table ? hint : null,
    mergesKnown: read.mergesKnown,
    ...(read.mergesUnknown ? { mergesUnknown: read.mergesUnknown } : {}),
    role,
  };
}

/** The session's recognition of the sheet read (its role first: only a plan sheet has tables), from the hint if any. */
function locate(read: SheetRead, session: CheckSession, hint: HeaderHint | null, sheets: readonly WorkbookSheet[] | null): TableState {
  const options = { ...(hint ? { from: hint } : {}), markedSummary: markedSummary(read.sheet.name, sheets) };
  return stateOf(read, session.role(read.sheet, options.markedSummary), session.findTables(read.sheet, options), hint);
}

export async function loadSettings(host?: ExcelHost): Promise<LoadedSettings> {
  return loadAddinSettings(host);
}

/** On open and "Đọc lại": the active sheet's table (none on the agency list or on PhuLuc's own summaries). */
export async function readTable(settings: AddinSettings, host?: ExcelHost): Promise<TableState> {
  const read = await readActiveSheet(host);
  return locate(read, paneSession({ stored: settings }), null, await listSheets(host));
}

/** After saving settings: the table's own sheet read again (not whichever sheet is active), from the same hint. */
export async function rereadTable(previous: TableState, settings: AddinSettings, host?: ExcelHost): Promise<TableState> {
  const read = await readSheet(previous.sheet, host);
  return locate(read, paneSession({ stored: settings }), previous.hint, await listSheets(host));
}

/** "Dùng vùng đã chọn": recognition from the selected header row of the selection's sheet. */
export async function readTableFromSelection(
  settings: AddinSettings,
  host?: ExcelHost,
): Promise<{ state: TableState; selection: SelectionInfo }> {
  const selection = await readSelection(host);
  const read = await readSheet(selection.sheet, host);
  const hint: HeaderHint = { top: selection.top, left: selection.left, right: selection.right };
  return { state: locate(read, paneSession({ stored: settings }), hint, await listSheets(host)), selection };
}

export interface CheckResult {
  readonly state: TableState;
  readonly tasks: readonly ReportTask[];
  readonly issues: readonly ValidationIssue[];
  readonly agencySheet: string | null;
  readonly agencySheetProblems: ReadonlyArray<{ row: number; message: string }>;
  readonly settings: LoadedSettings;
  /** What the check read of the plan sheet: later changes are compared with it (watchSheetChanges). */
  readonly read: SheetRead;
}

/**
 * "Kiểm tra": fresh settings, the table's sheet read again (the user may have edited it), the "Danh mục cơ quan"
 * sheet if the workbook has one, then the engine's check — the same composition as the CLI.
 */
export async function checkPlan(previous: TableState, lang: Lang, host?: ExcelHost): Promise<CheckResult> {
  const settings = await loadAddinSettings(host);
  const sheets = await listSheets(host);
  const agencyName = sheets.find((s) => isUserAgencySheetName(s.name))?.name ?? null;
  let read;
  try {
    read = await readSheet(previous.sheet, host);
  } catch (e) {
    // The plan sheet was renamed or deleted: fall back to the active sheet.
    if (e instanceof ExcelAdapterError && e.key === "sheetNotFound") read = await readActiveSheet(host);
    else throw e;
  }
  const agencySheet = agencyName && agencyName !== read.sheet.name ? (await readSheet(agencyName, host)).sheet : null;
  // The session checks every table of the sheet, as the CLI does: a second table's missing lead matters as much.
  const session = paneSession({ stored: settings.value, agencySheet, lang, mergesKnown: read.mergesKnown });
  const options = { ...(previous.hint ? { from: previous.hint } : {}), markedSummary: markedSummary(read.sheet.name, sheets) };
  const checked = session.checkSheet(read.sheet, options);
  const state = stateOf(read, checked.role, checked.tables, previous.hint);
  if (!state.table) return { state, tasks: [], issues: [], agencySheet: agencyName, agencySheetProblems: [], settings, read };
  return {
    state,
    tasks: checked.tasks,
    issues: checked.issues,
    agencySheet: agencyName,
    agencySheetProblems: session.agencySheetProblems,
    settings,
    read,
  };
}

export type { SheetChange, SheetChangeWatch };

/**
 * Tells the pane that the checked sheet changed after its check: the user's edit or a co-author's (with where), never
 * PhuLuc's own marks (src/excel/sheet-events.ts: Excel's triggerSource where it has one, else the changed cells
 * compared with what this check read). 1 sync to register, 1 to stop.
 */
export function watchSheetChanges(
  check: CheckResult,
  onChange: (change: SheetChange) => void,
  host?: ExcelHost,
): Promise<SheetChangeWatch> {
  return watchChanges(check.state.sheet, onChange, { baseline: check.read.sheet, mergesKnown: check.read.mergesKnown }, host);
}

/** Which sheets carry PhuLuc's marks now (2 syncs; 1 when none are stored). */
export function marksNow(host?: ExcelHost): Promise<MarkState> {
  return readMarks(host);
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

/** Marks the issues of the checked plan sheet; marks on other sheets stay as they are. */
export function markOnSheet(issues: readonly ValidationIssue[], sheet: string, lang: Lang, host?: ExcelHost): Promise<MarkResult> {
  return markIssues(issues, { lang, checkedSheets: [sheet] }, host);
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
