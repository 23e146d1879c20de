/**
 * Summaries of a plan's tasks: by agency, by quarter, per-agency lists (pure data), and the SheetSpecs that
 * both the CLI (ExcelJS) and the add-in (office.js) render. Counting rules: docs/summaries.md.
 */
export type { SummaryTask, CountOptions, TimingCounts } from "./types";
export { summarize } from "./summarize";
export type { SummaryJson, AgencySummaryJson, QuarterSummaryJson } from "./summarize";
export { taskTiming } from "./timing";
export type { TaskTiming } from "./timing";
export { agencyKey, taskAgencies, compareNames } from "./agencies";
export type { AgencyRef } from "./agencies";
export { tallyAgencies, timeTasks, countTimings } from "./tally";
export type { AgencyTally, TimedTask } from "./tally";
export { agencyTaskList, selectAgencies } from "./agency-lists";
export type { AgencyTaskList, ListedTask } from "./agency-lists";
export { describeDeadline, describeMilestone, vnDate } from "../deadline/words";
export { quarterKey, quarterLabel, quarterColumns, periodQuarters } from "./quarters";
export {
  SheetNamer,
  SHEET_NAME_MAX,
  AGENCY_SHEET_PREFIX,
  agencySheetName,
  cleanSheetName,
  shortenAgencyName,
  sheetNameKey,
  truncateWords,
} from "./sheet-names";
export { buildSummarySheets, BY_AGENCY_SHEET, BY_QUARTER_SHEET } from "./sheets/build";
export type { SummarySheets, SummarySheetsInput, SummarySheetsOptions } from "./sheets/build";
export type { PlanInfo } from "./sheets/heading";
export { byAgencySheet } from "./sheets/by-agency-sheet";
export { byQuarterSheet } from "./sheets/by-quarter-sheet";
export { agencyTasksSheet } from "./sheets/agency-tasks-sheet";
export { isSummarySheet } from "./own-sheet";
