// One check session: everything that decides how a workbook is checked, put together in one place, so that the
// command line, the task pane and the fuzz suite (and later the importer) are thin shells that read and write and
// call this. Pure: the shells bring the sheets, the stored settings and the agency sheet; nothing here does I/O.
import { readUserAgencySheet, UserAgencyEntry, UserAgencyProblem } from "../agency";
import { recognizeTables } from "../layout/recognize";
import { parsePlanPeriod, PlanPeriod } from "../plan/period";
import { PlanTable } from "../plan/types";
import { SheetResult } from "../report/build";
import { ReportTask } from "../report/schema";
import { Lang } from "../validate/catalog";
import { Settings } from "../validate/settings";
import { ValidationIssue } from "../validate/types";
import { noTableIssue } from "../validate/validate";
import { SheetData } from "../workbook/model";
import { TableCheck } from "./check-table";
import { Checker, createChecker, sheetRole, SheetRole } from "./checker";
import { HeaderHint, recognizeFromHeader } from "./from-header";

export interface SessionContext {
  /** The name findings carry as their file: the CLI gives the path, the pane "" (the workbook has no path). */
  readonly file?: string;
  /** What the workbook stores (the add-in's "Cài đặt"): rule settings and the plan period. */
  readonly storedSettings?: Settings;
  /** Given for this run (the CLI's --config): rule by rule over the stored ones, its plan period over theirs. */
  readonly overrides?: Settings;
  /** Given for this run (the CLI's --plan-period): over every other period, the table's own title included. */
  readonly planPeriod?: PlanPeriod;
  /** The workbook's "Danh mục cơ quan" sheet, when it has one: its rows come first among the user's agencies. */
  readonly agencySheet?: SheetData | null;
  /** The agencies kept in the workbook's stored settings: after the sheet's. */
  readonly storedAgencies?: readonly UserAgencyEntry[];
  readonly lang?: Lang;
  /**
   * False when the host could not report merged areas (Excel below ExcelApi 1.13, or too many to list): a blank
   * cell may then be part of a merged one, so no finding rests on a blank alone.
   */
  readonly mergesKnown?: boolean;
}

export interface SheetCheckOptions {
  /** Recognise from this header row (the user's selection) instead of the whole sheet: one table at most. */
  readonly from?: HeaderHint;
  /**
   * The user named this sheet (the CLI's --sheet): it is checked whatever its role, and a sheet with no table is a
   * finding (NO_TABLE) rather than nothing to say.
   */
  readonly named?: boolean;
  /** The workbook's own marker says PhuLuc wrote this sheet (the add-in's listSheets): a summary, not a plan. */
  readonly markedSummary?: boolean;
}

/** What the session says about one sheet. */
export interface SheetCheck {
  readonly role: SheetRole;
  /** Every plan table found, top to bottom (none on a sheet that is not a plan, unless it was named). */
  readonly tables: readonly PlanTable[];
  readonly checks: readonly TableCheck[];
  /** Every table's tasks, then every table's findings, in table order. */
  readonly tasks: readonly ReportTask[];
  readonly issues: readonly ValidationIssue[];
  /** The sheet as the report takes it: the first table, all of them, their tasks and findings. */
  readonly result: SheetResult;
}

/** The sheets a whole-workbook check reads, and the hidden plan sheets it leaves out (the user is told). */
export interface SheetSelection {
  readonly sheets: readonly SheetData[];
  readonly hidden: readonly string[];
}

export interface CheckSession {
  /** The settings in force: the stored ones overridden rule by rule. */
  readonly settings: Settings;
  /** The period in force: the run's, else the settings'; undefined lets each table's title or deadlines say. */
  readonly planPeriod: PlanPeriod | undefined;
  /** Rows of the agency sheet that could not be read: reported by the shell, skipped by the check. */
  readonly agencySheetProblems: readonly UserAgencyProblem[];
  /** What a sheet is to PhuLuc: only "plan" sheets are recognised unless named. */
  role(sheet: SheetData, markedSummary?: boolean): SheetRole;
  /**
   * The sheets a check of the whole workbook reads: the visible plan sheets; or, when the user named one, that
   * sheet alone whatever it is (hidden included) — null when no sheet has that name.
   */
  selectSheets(sheets: readonly SheetData[], named?: string): SheetSelection | null;
  /** Recognition only (the pane's table card): the tables a check of this sheet would check. */
  findTables(sheet: SheetData, options?: SheetCheckOptions): PlanTable[];
  /** Recognises the sheet's tables (or the one from the given header) and checks every one. */
  checkSheet(sheet: SheetData, options?: SheetCheckOptions): SheetCheck;
}

/**
 * The settings for one workbook: what it stores, overridden rule by rule by the run's settings, whose plan period
 * in turn replaces the stored one. Keys that end up empty are left out (the report's settings stay minimal).
 */
export function mergeSettings(stored: Settings, overrides: Settings): Settings {
  const rules = { ...(stored.rules ?? {}), ...(overrides.rules ?? {}) };
  const planPeriod = overrides.planPeriod ?? stored.planPeriod;
  return { ...(Object.keys(rules).length ? { rules } : {}), ...(planPeriod ? { planPeriod } : {}) };
}

/** The run's period, else the settings' when it reads as one (an unreadable stored period is no period). */
export function sessionPeriod(settings: Settings, runPeriod?: PlanPeriod): PlanPeriod | undefined {
  return runPeriod ?? (settings.planPeriod ? (parsePlanPeriod(settings.planPeriod) ?? undefined) : undefined);
}

export function createCheckSession(context: SessionContext = {}): CheckSession {
  const file = context.file ?? "";
  const settings = mergeSettings(context.storedSettings ?? {}, context.overrides ?? {});
  const planPeriod = sessionPeriod(settings, context.planPeriod);
  const fromSheet = context.agencySheet ? readUserAgencySheet(context.agencySheet) : { entries: [], problems: [] };
  const userAgencies = [...fromSheet.entries, ...(context.storedAgencies ?? [])];
  // Built on the first check, not for recognition alone: the pane recognises on every sheet switch.
  let checker: Checker | undefined;
  const getChecker = (): Checker =>
    (checker ??= createChecker({
      userAgencies,
      settings,
      ...(context.lang ? { lang: context.lang } : {}),
      ...(context.mergesKnown === false ? { mergesKnown: false } : {}),
    }));

  const role = (sheet: SheetData, markedSummary?: boolean): SheetRole => {
    const own = sheetRole(sheet);
    return own === "plan" && markedSummary ? "summary" : own;
  };

  const findTables = (sheet: SheetData, options: SheetCheckOptions = {}): PlanTable[] => {
    if (!options.named && role(sheet, options.markedSummary) !== "plan") return [];
    if (options.from) {
      const table = recognizeFromHeader(sheet, options.from, planPeriod);
      return table ? [table] : [];
    }
    // Every table of the sheet: appendices stack several, and a second one's missing lead matters as much.
    return recognizeTables(sheet, planPeriod ? { planPeriod } : {});
  };

  return {
    settings,
    planPeriod,
    agencySheetProblems: fromSheet.problems,
    role,
    selectSheets(sheets, named) {
      if (named !== undefined) {
        const picked = sheets.filter((s) => s.name === named);
        return picked.length ? { sheets: picked, hidden: [] } : null;
      }
      // Not the agency list, not the summary sheets PhuLuc wrote; hidden sheets (old copies kept out of sight) only
      // when named.
      const plans = sheets.filter((s) => sheetRole(s) === "plan");
      return { sheets: plans.filter((s) => !s.hidden), hidden: plans.filter((s) => s.hidden).map((s) => s.name) };
    },
    findTables,
    checkSheet(sheet, options = {}) {
      const sheetRoleNow = role(sheet, options.markedSummary);
      const tables = findTables(sheet, options);
      if (tables.length === 0) {
        const issue = options.named ? noTableIssue(file, sheet.name, settings, context.lang) : null;
        const issues = issue ? [issue] : [];
        return { role: sheetRoleNow, tables, checks: [], tasks: [], issues, result: { name: sheet.name, table: null, tasks: [], issues } };
      }
      const checks = tables.map((table) => getChecker().check(file, table, sheet));
      const tasks = checks.flatMap((c) => c.tasks);
      const issues = checks.flatMap((c) => c.issues);
      return {
        role: sheetRoleNow,
        tables,
        checks,
        tasks,
        issues,
        result: { name: sheet.name, table: tables[0] ?? null, tables, tasks, issues },
      };
    },
  };
}
