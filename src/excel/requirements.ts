/**
 * What this host can do, for the pane to enable buttons or explain what is missing. The manifest requires
 * ExcelApi 1.7; everything newer is feature-detected here and in each module.
 */
import { ExcelHost, getDefaultHost, supportsExcelApi } from "./host";

/**
 * The floor, as manifest.xml requires it (a test keeps the two equal). What needs it, unconditionally: custom XML
 * parts (settings, stored marks: 1.5), conditional formats and suspended calculation (marks, summaries: 1.6), and
 * for the summaries Worksheet.getRangeByIndexes, Range.hyperlink, chart series setValues/setXAxisValues and
 * format.useStandardWidth/Height, plus the sheet events (1.7). See docs/excel-adapter.md, "Requirement sets".
 */
export const MINIMUM_EXCEL_API = "1.7";

export interface RequirementReport {
  /** ExcelApi 1.7: the minimum (reading, navigation, values, charts, hyperlinks, custom XML parts). */
  readonly minimum: boolean;
  /** ExcelApi 1.8: explanation prompts on marked cells (data-validation input messages). */
  readonly markPrompts: boolean;
  /** ExcelApi 1.9: one format call per style/severity (RangeAreas), page layout and page breaks. */
  readonly multiAreaAndPrint: boolean;
  /** ExcelApi 1.12: worksheet custom property as the PhuLuc sheet marker (else a registry in a custom XML part). */
  readonly sheetMarker: boolean;
  /** ExcelApi 1.13: merged areas can be read (else the table is read without merges: recognition is weaker). */
  readonly mergedAreas: boolean;
  /** ExcelApi 1.20: summary generation is one undo step. */
  readonly undoGroup: boolean;
}

export function requirementReport(host: ExcelHost = getDefaultHost()): RequirementReport {
  const s = (v: string) => supportsExcelApi(host, v);
  return {
    minimum: s(MINIMUM_EXCEL_API),
    markPrompts: s("1.8"),
    multiAreaAndPrint: s("1.9"),
    sheetMarker: s("1.12"),
    mergedAreas: s("1.13"),
    undoGroup: s("1.20"),
  };
}
