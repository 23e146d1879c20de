import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import { PlanPeriod } from "../../core/plan/period";
import { PlanTable } from "../../core/plan/types";
import { CellLink, SheetSpec } from "../../core/sheets/spec";
import { buildSummarySheets, SheetNamer, SummarySheetsOptions, SummaryTask } from "../../core/summary";
import { cellAddress } from "../../core/workbook/address";
import { ChartData } from "./chart-xml";
import { copyWorksheet } from "./copy-sheet";
import { renderSheetSpec } from "./render-spec";
import { finishPackage } from "./xlsx-package";

/** One plan sheet the tasks were read from: copied into the summary workbook so links have a target. */
export interface SummaryPlanSource {
  /** The file path as it appears in the tasks' `file`. */
  readonly file: string;
  readonly worksheet: ExcelJS.Worksheet;
  readonly table: PlanTable;
}

export interface WriteSummaryInput {
  readonly tasks: readonly SummaryTask[];
  readonly sources: readonly SummaryPlanSource[];
  /** The plan period (e.g. from --plan-period); default: the span of the sources' tables' periods. */
  readonly planPeriod?: PlanPeriod | null;
  /** Per-agency lists only for these agencies (canonical names). */
  readonly agencies?: readonly string[];
  readonly recurringInMatrix?: boolean;
}

export interface WriteSummaryResult {
  /** Sheet names in workbook order. */
  readonly sheets: string[];
  /** Copied plan sheets: "file\u0000sheet" → name in the summary workbook. */
  readonly planSheets: ReadonlyMap<string, string>;
  readonly unmatchedAgencies: string[];
}

function sourceKey(file: string | undefined, sheet: string): string {
  return `${file ?? ""}\u0000${sheet}`;
}

function spanOf(tables: readonly PlanTable[]): PlanPeriod | null {
  const periods = tables.map((t) => t.planPeriod).filter((p): p is PlanPeriod => p !== null);
  if (periods.length === 0) return null;
  return { from: Math.min(...periods.map((p) => p.from)), to: Math.max(...periods.map((p) => p.to)) };
}

/** The numbers and labels a chart caches, read from the sheet the chart draws from. */
function chartData(spec: SheetSpec): ChartData | null {
  const chart = spec.chart;
  if (!chart) return null;
  const at = (r: number, c: number) => spec.rows[r]?.[c]?.value ?? null;
  const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
  return {
    sheet: spec.name,
    spec: chart,
    categories: range(chart.categories.fromRow, chart.categories.toRow).map((r) => String(at(r, chart.categories.col) ?? "")),
    series: chart.series.map((s) => ({
      name: String(at(s.nameRow, s.col) ?? ""),
      values: range(s.fromRow, s.toRow).map((r) => Number(at(r, s.col) ?? 0)),
    })),
  };
}

/**
 * Writes a NEW workbook at `outPath`: the summary sheets (by agency, by quarter, one list per agency), then a
 * copy of each plan sheet the tasks came from, which the lists link to. Never touches the input files.
 */
export async function writeSummaryWorkbook(outPath: string, input: WriteSummaryInput): Promise<WriteSummaryResult> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "PhuLuc";
  workbook.created = new Date();

  // Plan copies keep their own names where they can; the summary sheets take what is left.
  const namer = new SheetNamer();
  const planSheets = new Map<string, string>();
  const taskColumns = new Map<string, number>();
  for (const s of input.sources) {
    const key = sourceKey(s.file, s.table.sheet);
    if (planSheets.has(key)) continue;
    // The copy keeps the sheet's own name, "!" and apostrophes included: links to it are fixed up as internal
    // ones when the package is finished (xlsx-package.ts), whatever the name.
    planSheets.set(key, namer.claim(s.worksheet.name));
    taskColumns.set(key, s.table.columns.task);
  }

  const link = (task: SummaryTask): CellLink | null => {
    const key = sourceKey(task.file, task.sheet);
    const sheet = planSheets.get(key) ?? (input.sources.length === 1 ? [...planSheets.values()][0] : undefined);
    const col = taskColumns.get(key) ?? (input.sources.length === 1 ? input.sources[0]?.table.columns.task : undefined);
    return sheet !== undefined && col !== undefined ? { sheet, address: cellAddress(task.row - 1, col) } : null;
  };

  const tables = input.sources.map((s) => s.table);
  const options: SummarySheetsOptions = {
    takenNames: planSheets.values(),
    ...(input.agencies ? { agencies: input.agencies } : {}),
    ...(input.recurringInMatrix ? { recurringInMatrix: true } : {}),
  };
  const { sheets, unmatchedAgencies } = buildSummarySheets(
    {
      tasks: input.tasks,
      plan: {
        titleLines: tables[0]?.titleLines ?? [],
        period: input.planPeriod ?? spanOf(tables),
        sources: input.sources.map((s) => ({ file: s.file, sheet: s.table.sheet })),
      },
      link,
    },
    options,
  );

  for (const spec of sheets) renderSheetSpec(workbook, spec);
  const copied = new Set<string>();
  for (const s of input.sources) {
    const key = sourceKey(s.file, s.table.sheet);
    if (copied.has(key)) continue;
    copied.add(key);
    copyWorksheet(s.worksheet, workbook, planSheets.get(key) as string);
  }
  workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: "visible" }];

  const buffer = await workbook.xlsx.writeBuffer();
  const charts = sheets.map(chartData).filter((c): c is ChartData => c !== null);
  const finished = await finishPackage(buffer as ArrayBuffer, charts);
  await fs.writeFile(outPath, finished);
  return { sheets: workbook.worksheets.map((w) => w.name), planSheets, unmatchedAgencies };
}
