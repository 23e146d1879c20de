// The check through core's `createChecker`, the one composition the CLI's `phuluc check` uses too (directory
// extended by the user's agencies, cell readers, legacy-encoding test, rule settings, merge-unknown mode).
// The pane adds the agencies kept in the workbook's PhuLuc settings to those of a "Danh mục cơ quan" sheet.
import { readUserAgencySheet } from "../../core/agency";
import type { UserAgencyEntry } from "../../core/agency";
import type { UserAgencyProblem } from "../../core/agency";
import { createChecker } from "../../core/check/checker";
import type { PlanTable } from "../../core/plan/types";
import type { ReportTask } from "../../core/report/schema";
import type { Lang } from "../../core/validate/catalog";
import type { Settings } from "../../core/validate/settings";
import type { ValidationIssue } from "../../core/validate/types";
import type { SheetData } from "../../core/workbook/model";
import type { UserAgency } from "../../excel";

export interface CheckInput {
  /** Name the issues and tasks carry as their file (the workbook's name; "" is fine). */
  readonly file: string;
  readonly table: PlanTable;
  /** The workbook's "Danh mục cơ quan" sheet, when it has one. */
  readonly agencySheet: SheetData | null;
  readonly settings: Settings;
  readonly userAgencies: readonly UserAgency[];
  readonly lang: Lang;
  /** False when the host could not report merged areas (below ExcelApi 1.13): blanks inside them are not "missing". */
  readonly mergesKnown?: boolean;
  /** The sheet the table was read from: findings then name the row of a multi-row task whose own cell holds the problem (an error value on its second row). */
  readonly sheet?: SheetData;
}

export interface CheckOutcome {
  readonly tasks: readonly ReportTask[];
  readonly issues: readonly ValidationIssue[];
  /** Rows of the agency sheet that could not be read (reported, skipped — as the CLI does). */
  readonly agencySheetProblems: readonly UserAgencyProblem[];
}

/** The user's agencies: the agency sheet's rows first (as the CLI reads them), then the stored ones. */
export function userAgencyEntries(
  agencySheet: SheetData | null,
  stored: readonly UserAgency[],
): { entries: UserAgencyEntry[]; problems: UserAgencyProblem[] } {
  const fromSheet = agencySheet ? readUserAgencySheet(agencySheet) : { entries: [], problems: [] };
  const entries: UserAgencyEntry[] = [...fromSheet.entries];
  for (const a of stored) {
    entries.push({
      canonical: a.canonical,
      aliases: a.aliases,
      ...(a.kind ? { kind: a.kind } : {}),
      ...(a.level ? { level: a.level } : {}),
    });
  }
  return { entries, problems: fromSheet.problems };
}

export function runChecks(input: CheckInput): CheckOutcome {
  const { entries, problems } = userAgencyEntries(input.agencySheet, input.userAgencies);
  const checker = createChecker({
    userAgencies: entries,
    settings: input.settings,
    lang: input.lang,
    ...(input.mergesKnown === false ? { mergesKnown: false } : {}),
  });
  const checked = checker.check(input.file, input.table, input.sheet);
  return { tasks: checked.tasks, issues: checked.issues, agencySheetProblems: problems };
}

/** How many rules the settings switch off (the clean message must not call such a plan ready for signing). */
export function rulesOff(settings: Settings): number {
  return Object.values(settings.rules ?? {}).filter((r) => r?.enabled === false).length;
}
