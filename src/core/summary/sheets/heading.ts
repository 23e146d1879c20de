import { formatPlanPeriod, PlanPeriod } from "../../plan/period";
import { StyleName } from "../../sheets/spec";
import { SheetRows } from "./cells";

/** What the top of every summary sheet says about the plan. */
export interface PlanInfo {
  /** Text lines above the plan table (document title, "Kèm theo Quyết định …"). */
  readonly titleLines: readonly string[];
  readonly period: PlanPeriod | null;
  /** Where the tasks were read from. */
  readonly sources: ReadonlyArray<{ readonly file: string; readonly sheet: string }>;
}

/** The plan's own name: the first title line that is not a bare "PHỤ LỤC" or the "(Kèm theo …)" line. */
export function planName(lines: readonly string[]): string | null {
  const meaningful = lines.map((l) => l.replace(/\s+/g, " ").trim()).filter((l) => l !== "");
  return meaningful.find((l) => !/^ph[uụ] l[uụ]c(\s+[\dIVX]+)?\.?$/iu.test(l) && !isDocumentLine(l)) ?? null;
}

function isDocumentLine(line: string): boolean {
  return /^\(?\s*(ban hành )?kèm theo/iu.test(line);
}

/** "(Kèm theo Quyết định số 751/QĐ-UBND …)": the decision the plan belongs to. */
export function documentLine(lines: readonly string[]): string | null {
  return lines.map((l) => l.replace(/\s+/g, " ").trim()).find(isDocumentLine) ?? null;
}

export function periodText(period: PlanPeriod | null): string {
  if (!period) return "Kỳ kế hoạch: chưa xác định";
  return period.from === period.to ? `Kỳ kế hoạch: năm ${period.from}` : `Kỳ kế hoạch: giai đoạn ${formatPlanPeriod(period)}`;
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

export function sourceText(info: PlanInfo): string {
  const parts = info.sources.map((s) => (s.file ? `${baseName(s.file)}, trang tính “${s.sheet}”` : `trang tính “${s.sheet}”`));
  return parts.length ? `Nguồn: ${parts.join("; ")}` : "";
}

/**
 * Title, plan name, the decision line, period and source, then one blank row; all merged across the sheet
 * width and centred, as the heading of an administrative table is.
 */
export function pushHeading(rows: SheetRows, width: number, title: string, info: PlanInfo, extra: readonly string[] = []): void {
  const line = (text: string, style: StyleName, height: number) => rows.pushWide(width, text, style, height);
  line(title, "title", 24);
  const name = planName(info.titleLines);
  if (name) line(name, "subtitle", 18);
  const doc = documentLine(info.titleLines);
  if (doc) line(doc, "subtitle", 18);
  const source = sourceText(info);
  line(source ? `${periodText(info.period)} · ${source}` : periodText(info.period), "subtitle", 18);
  for (const e of extra) line(e, "subtitle", 18);
  rows.blank();
}
