import { AgencyDirectory, createDirectory, isUserAgencySheetName, looksLegacyEncoded, UserAgencyEntry } from "../agency";
import { PlanTable } from "../plan/types";
import { CellReaders } from "../report/build";
import { isSummarySheet } from "../summary/own-sheet";
import { Lang } from "../validate/catalog";
import { Settings } from "../validate/settings";
import { SheetData } from "../workbook/model";
import { checkTable, TableCheck } from "./check-table";
import { createCellReaders } from "./readers";

/**
 * What a sheet is to PhuLuc. Only "plan" sheets are checked: the office's own agency list ("Danh mục cơ
 * quan") and the summary sheets PhuLuc wrote have task-like columns but are not plans.
 */
export type SheetRole = "plan" | "agency-directory" | "summary";

export function sheetRole(sheet: SheetData): SheetRole {
  if (isUserAgencySheetName(sheet.name)) return "agency-directory";
  if (isSummarySheet(sheet)) return "summary";
  return "plan";
}

export interface CheckerOptions {
  /** The office's own agencies and aliases (workbook sheet "Danh mục cơ quan", add-in settings). */
  readonly userAgencies?: readonly UserAgencyEntry[];
  readonly settings?: Settings;
  readonly lang?: Lang;
  /** False when the host could not report merged areas (Excel below ExcelApi 1.13). */
  readonly mergesKnown?: boolean;
}

export interface Checker {
  readonly readers: CellReaders;
  /** `sheet`, the table's own sheet, lets a finding point at the very row of a task spanning rows. */
  check(file: string, table: PlanTable, sheet?: SheetData): TableCheck;
}

// The built-in directory costs tens of milliseconds to build and is the same for every check that brings no
// agencies of its own: one is shared (each checker still gets its own readers and their caches).
let builtIn: AgencyDirectory | undefined;

function directoryFor(userAgencies: readonly UserAgencyEntry[]): AgencyDirectory {
  return userAgencies.length ? createDirectory([...userAgencies]) : (builtIn ??= createDirectory([]));
}

/**
 * The one way a plan is checked, by the command line and by the add-in alike: the same directory, readers,
 * legacy detection and settings, so the same workbook gets the same issues wherever it is checked.
 */
export function createChecker(options: CheckerOptions = {}): Checker {
  const readers = createCellReaders(directoryFor(options.userAgencies ?? []));
  return {
    readers,
    check: (file, table, sheet) =>
      checkTable(file, table, {
        ...(sheet ? { sheet } : {}),
        readers,
        looksLegacy: looksLegacyEncoded,
        ...(options.settings ? { settings: options.settings } : {}),
        ...(options.lang ? { lang: options.lang } : {}),
        ...(options.mergesKnown === false ? { mergesKnown: false } : {}),
      }),
  };
}
