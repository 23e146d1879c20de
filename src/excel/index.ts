/** The office.js adapter: everything the task pane needs from Excel. */
export type { ExcelHost, RunOptions } from "./host";
export { officeHost, getDefaultHost, setDefaultHost, supportsExcelApi } from "./host";
export type { ExcelErrorKey, Lang } from "./errors";
export { ExcelAdapterError, excelErrorKey, excelErrorMessage, toAdapterError, EXCEL_ERROR_MESSAGES } from "./errors";
export type { SheetRead, WorkbookRead, SelectionInfo } from "./read";
export { readActiveSheet, readSheet, readWorkbook, readSelection } from "./read";
export type { MergesUnknownReason } from "./merged-areas";
export { selectCell, selectIssue } from "./navigate";
export type { ActiveSheetWatch, ChangeAuthor, SheetChange, SheetChangeOptions, SheetChangeWatch } from "./sheet-events";
export { watchActiveSheet, readActiveSheetName, watchSheetChanges, changeOrigin } from "./sheet-events";
export type { MarkableIssue, MarkOptions, MarkResult, UnmarkResult, MarkState } from "./marks";
export { markIssues, unmarkIssues, readMarks, MARK_COLORS, MARK_SIGNATURE } from "./marks";
export type {
  WriteSummaryOptions,
  WriteSummaryResult,
  WrittenSheet,
  PhuLucSheet,
  WorkbookSheet,
  PrintSetupStatus,
  PrintFeature,
} from "./summary-writer";
export { writeSummarySheets, listSheets, listPhuLucSheets, SHEET_MARKER_KEY } from "./summary-writer";
export type { AddinSettings, UserAgency, LoadedSettings } from "./settings-store";
export {
  loadAddinSettings,
  saveAddinSettings,
  clearAddinSettings,
  parseStoredSettings,
  addinSettingsSchema,
  userAgencySchema,
  DEFAULT_ADDIN_SETTINGS,
} from "./settings-store";
export { requirementReport, MINIMUM_EXCEL_API } from "./requirements";
export type { RequirementReport } from "./requirements";
