/**
 * Writes SheetSpec[] (src/core/sheets/spec.ts) into the open workbook: the office.js twin of the CLI's ExcelJS
 * renderer.
 *
 * Order per sheet: number formats then values (strings get the text format "@" before their value is written, so
 * "=SUM(A1)" stays text, never a formula), a base font, styles (one format call per named style over all its
 * rectangles with ExcelApi 1.9 `getRanges`, per rectangle before), merges, column widths, row heights, freeze
 * panes, page layout (ExcelApi 1.9: A4, orientation, print title rows, fit to one page wide), hyperlinks back to
 * the plan cells, and a native clustered column chart for ChartSpec.
 *
 * PhuLuc's sheets carry a worksheet custom property "PhuLuc.generated" (ExcelApi 1.12) =
 * {"v":1,"kind","spec","id"}, where id is the worksheet's own id. The property is invisible in Excel's UI, so a
 * user does not type it, but it may travel with a copy of the sheet (Move or Copy → "Create a copy"); the copy
 * gets a new worksheet id, so a sheet counts as PhuLuc's only when the marker's id is its own id — a copy (and a
 * marker without an id) belongs to the user. Regenerating rewrites only PhuLuc's sheets (matched by the spec's
 * name, or by the sheet's own name) in place: emptied (clearSheet) and written again, never deleted, so the id,
 * name, tab position, marker and the user's formulas pointing at the sheet survive. A user's sheet with the
 * wanted name is never touched: the new sheet gets "Name (2)" (core's SheetNamer). Without ExcelApi 1.12 the marker is a registry in the custom XML part
 * urn:phuluc:sheets:1 listing the sheets' ids and names; a sheet counts as PhuLuc's only while both still match (a
 * renamed sheet, and a copy, are left alone). If a host gives a sheet a different id when the file is reopened,
 * PhuLuc no longer recognises it: it stays (as the user's) and the regenerated sheet gets a new name — never the
 * other way round.
 *
 * Syncs: 2 reads + 1 write + 1 marker (+1 per extra write chunk when the writes exceed `maxRequestBytes`, default
 * 4 MB to stay under Excel on the web's 5 MB request limit). The marker needs the new sheets' ids, known only after
 * the write sync; it is the custom property with ExcelApi 1.12, the registry without. With ExcelApi 1.20 the run
 * uses `mergeUndoGroup`, so the whole generation is one undo step; older hosts clear the undo stack for API writes.
 */
import { z } from "zod";
import { CellStyle, FONT_NAME, SheetKind, SheetSpec, STYLES, SpecCell, StyleName } from "../core/sheets/spec";
import { SheetNamer, cleanSheetName, sheetNameKey } from "../core/summary/sheet-names";
import { cellAddress, columnLetter, rangeAddress } from "../core/workbook/address";
import { ExcelAdapterError } from "./errors";
import { chunkAddresses } from "./address-lists";
import { ExcelHost, getDefaultHost, runExcel, supportsExcelApi } from "./host";
import { NS_SHEETS, parseJsonXml, queueJsonWrite, queuePartLookup, queueXmlRead } from "./xml-store";

export const SHEET_MARKER_KEY = "PhuLuc.generated";
export const DEFAULT_MAX_REQUEST_BYTES = 4_000_000;

export interface WriteSummaryOptions {
  /** Activate the first written sheet afterwards (default true). */
  readonly activate?: boolean;
  /** Request budget per sync, bytes (default 4 MB). */
  readonly maxRequestBytes?: number;
}

export interface WrittenSheet {
  /** The spec's name … */
  readonly spec: string;
  /** … and the sheet's actual name (differs when a user's sheet already had the spec's name). */
  readonly name: string;
  readonly kind: SheetKind;
  /** An earlier PhuLuc sheet was replaced. */
  readonly replaced: boolean;
}

export interface WriteSummaryResult {
  readonly sheets: readonly WrittenSheet[];
  readonly syncs: number;
  /** Syncs that carried writes (more than 1 when chunked for the request limit). */
  readonly writeSyncs: number;
  readonly marker: "customProperty" | "registry";
  /** The writes were one undo group (ExcelApi 1.20). */
  readonly undoGroup: boolean;
}

export interface PhuLucSheet {
  readonly name: string;
  readonly kind: SheetKind;
  readonly spec: string;
}

const markerSchema = z.object({ v: z.literal(1), kind: z.string(), spec: z.string(), id: z.string().optional() });

/** The marker of a sheet, when it is PhuLuc's: valid, and written for this very sheet (not carried by a copy). */
function ownMarker(ws: Excel.Worksheet, p: Excel.WorksheetCustomProperty): { kind: string; spec: string } | null {
  if (p.isNullObject) return null;
  try {
    const m = markerSchema.safeParse(JSON.parse(p.value));
    return m.success && m.data.id === ws.id ? { kind: m.data.kind, spec: m.data.spec } : null;
  } catch {
    return null;
  }
}
const registrySchema = z.object({
  v: z.literal(1),
  sheets: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string(), spec: z.string() })),
});
type Registry = z.infer<typeof registrySchema>;

const encoder = new TextEncoder();
const bytes = (v: unknown) => encoder.encode(JSON.stringify(v)).length;
const OP_OVERHEAD = 200;

/** Excel column width in points for a width in characters (Excel's rule: 7 px per character + 5 px padding). */
export function widthToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Rectangles covering every cell of each style: runs along rows, stacked when the next row has the same run. */
export function styleRectangles(rows: ReadonlyArray<ReadonlyArray<SpecCell>>): Map<StyleName, Rect[]> {
  const out = new Map<StyleName, Rect[]>();
  const open = new Map<string, Rect>();
  rows.forEach((row, r) => {
    const seen = new Set<string>();
    for (let c = 0; c < row.length; ) {
      const style = row[c]?.style;
      let end = c;
      while (end + 1 < row.length && row[end + 1]?.style === style) end++;
      if (style) {
        const key = `${style}|${c}|${end}`;
        const rect = open.get(key);
        if (rect && rect.bottom === r - 1) rect.bottom = r;
        else {
          const created = { top: r, left: c, bottom: r, right: end };
          open.set(key, created);
          out.set(style, [...(out.get(style) ?? []), created]);
        }
        seen.add(key);
      }
      c = end + 1;
    }
  });
  return out;
}

function rectAddress(r: Rect): string {
  return r.top === r.bottom && r.left === r.right ? cellAddress(r.top, r.left) : rangeAddress(r.top, r.left, r.bottom, r.right);
}

const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", center: "Center" } as const;

function applyStyle(format: Excel.RangeFormat, st: CellStyle): void {
  format.font.size = st.fontSize;
  if (st.bold) format.font.bold = true;
  if (st.italic) format.font.italic = true;
  if (st.underline) format.font.underline = "Single";
  if (st.color) format.font.color = st.color;
  if (st.fill) format.fill.color = st.fill;
  format.wrapText = st.wrap;
  format.horizontalAlignment = H_ALIGN[st.horizontal];
  format.verticalAlignment = V_ALIGN[st.vertical];
}

function applyBorders(format: Excel.RangeFormat, edges: readonly string[]): void {
  for (const edge of edges) {
    const b = format.borders.getItem(edge as Excel.BorderIndex);
    b.style = "Continuous";
    b.color = "#000000";
  }
}

interface Step {
  readonly bytes: number;
  readonly run: () => void;
}

interface Existing {
  readonly ws: Excel.Worksheet;
  readonly marker: { kind: string; spec: string } | null;
  /** The sheet's charts (loaded for PhuLuc's sheets, which are cleared and rewritten in place). */
  readonly charts: Excel.ChartCollection | null;
}

interface Plan {
  readonly spec: SheetSpec;
  readonly name: string;
  readonly replace: Existing | null;
}

function specCellText(cell: SpecCell | undefined): string {
  return cell?.value === null || cell?.value === undefined ? "" : String(cell.value);
}

/** Writes the summary sheets (see the module comment for what and how). */
export async function writeSummarySheets(
  specs: readonly SheetSpec[],
  options: WriteSummaryOptions = {},
  host: ExcelHost = getDefaultHost(),
): Promise<WriteSummaryResult> {
  const markerApi = supportsExcelApi(host, "1.12");
  const multiArea = supportsExcelApi(host, "1.9");
  const pageApi = supportsExcelApi(host, "1.9");
  const undoGroup = supportsExcelApi(host, "1.20");
  const budget = options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;

  const batch = async (context: Excel.RequestContext): Promise<WriteSummaryResult> => {
    // 1 and 2: the sheets and which of them are PhuLuc's.
    const sheets = context.workbook.worksheets;
    sheets.load("items/name,items/id,items/position");
    const parts = markerApi ? null : queuePartLookup(context, NS_SHEETS);
    await context.sync();
    const props = markerApi
      ? sheets.items.map((ws) => {
          const p = ws.customProperties.getItemOrNullObject(SHEET_MARKER_KEY);
          p.load("value");
          return p;
        })
      : [];
    // Which of them are PhuLuc's is known only after this sync; the charts of every sheet are a small read.
    const charts = sheets.items.map((ws) => ws.charts.load("items/name"));
    const xml = parts ? queueXmlRead(parts) : null;
    await context.sync();
    let syncs = 2;
    let registry: Registry = { v: 1, sheets: [] };
    if (xml) {
      const parsed = parseJsonXml(xml.value);
      const checked = parsed.ok ? registrySchema.safeParse(parsed.value) : null;
      if (checked?.success) registry = checked.data;
    }
    const existing: Existing[] = sheets.items.map((ws, i) => {
      let marker: Existing["marker"] = null;
      if (markerApi) marker = ownMarker(ws, props[i] as Excel.WorksheetCustomProperty);
      else {
        const r = registry.sheets.find((s) => s.id === ws.id && s.name === ws.name);
        if (r) marker = { kind: r.kind, spec: r.spec };
      }
      return { ws, marker, charts: charts[i] ?? null };
    });

    // Plan names: PhuLuc's own sheets are rewritten in place (same id, name, position), never a user's sheet.
    const claimed = new Set<Existing>();
    const named: Plan[] = [];
    const namer = new SheetNamer(existing.map((e) => e.ws.name));
    for (const spec of specs) {
      const wanted = sheetNameKey(cleanSheetName(spec.name));
      const ours =
        existing.find((e) => e.marker && !claimed.has(e) && e.marker.spec === spec.name) ??
        existing.find((e) => e.marker && !claimed.has(e) && sheetNameKey(e.ws.name) === wanted) ??
        null;
      if (ours) claimed.add(ours);
      named.push({ spec, name: ours ? ours.ws.name : namer.claim(spec.name), replace: ours });
    }
    const actual = new Map(named.map((p) => [p.spec.name, p.name]));

    // Steps, in order; packed into syncs under the budget.
    const steps: Step[] = [];
    const written: Excel.Worksheet[] = [];
    const caps: Caps = { multiArea, pageApi, budget, freezeApi: supportsExcelApi(host, "1.7"), validationApi: supportsExcelApi(host, "1.8") };
    for (const plan of named) steps.push(...sheetSteps(context, plan, written, actual, caps));
    if (options.activate !== false && named.length)
      steps.push({ bytes: OP_OVERHEAD, run: () => (written[0] as Excel.Worksheet).activate() });

    let writeSyncs = 0;
    let pending = 0;
    const flush = async () => {
      await context.sync();
      writeSyncs++;
      pending = 0;
    };
    context.application.suspendApiCalculationUntilNextSync();
    for (const step of steps) {
      if (pending && pending + step.bytes > budget) {
        await flush();
        context.application.suspendApiCalculationUntilNextSync();
      }
      step.run();
      pending += step.bytes;
    }
    await flush();
    syncs += writeSyncs;

    // The marker, now that the new sheets' ids are known (a reused sheet keeps its id; its marker is refreshed).
    if (markerApi)
      named.forEach((p, i) => {
        const ws = written[i] as Excel.Worksheet;
        ws.customProperties.add(SHEET_MARKER_KEY, JSON.stringify({ v: 1, kind: p.spec.kind, spec: p.spec.name, id: ws.id }));
      });
    else if (parts) {
      const replacedIds = new Set(named.flatMap((p) => (p.replace ? [p.replace.ws.id] : [])));
      const kept = registry.sheets.filter((s) => !replacedIds.has(s.id) && sheets.items.some((ws) => ws.id === s.id));
      const added = named.map((p, i) => ({ id: (written[i] as Excel.Worksheet).id, name: p.name, kind: p.spec.kind, spec: p.spec.name }));
      queueJsonWrite(context, parts, NS_SHEETS, { v: 1, sheets: [...kept, ...added] });
    }
    if (named.length || parts) {
      await context.sync();
      syncs++;
    }
    return {
      sheets: named.map((p) => ({ spec: p.spec.name, name: p.name, kind: p.spec.kind, replaced: !!p.replace })),
      syncs,
      writeSyncs,
      marker: markerApi ? "customProperty" : "registry",
      undoGroup,
    };
  };

  if (!undoGroup) return runExcel(host, batch);
  try {
    return await runExcel(host, batch, { mergeUndoGroup: true });
  } catch (e) {
    // A host that cannot group some API in undo says so; regenerate without the group (our sheets are replaced).
    if (e instanceof ExcelAdapterError && e.code === "UndoNotSupported") {
      const result = await runExcel(host, batch);
      return { ...result, undoGroup: false };
    }
    throw e;
  }
}

interface Caps {
  readonly multiArea: boolean;
  readonly pageApi: boolean;
  readonly budget: number;
  /** ExcelApi 1.7: freeze panes. */
  readonly freezeApi: boolean;
  /** ExcelApi 1.8: data validation. */
  readonly validationApi: boolean;
}

/**
 * Empties one of PhuLuc's own sheets for rewriting, keeping the sheet itself (id, name, tab position, marker), so
 * formulas the user wrote elsewhere that point at it keep working: contents, formats, hyperlinks, merges,
 * conditional formats, data validation, charts, column widths and row heights, freeze panes and page breaks.
 */
function clearSheet(ws: Excel.Worksheet, charts: Excel.ChartCollection | null, caps: Caps): void {
  const all = ws.getRange();
  all.unmerge();
  all.clear("All");
  all.conditionalFormats.clearAll();
  if (caps.validationApi) all.dataValidation.clear();
  all.format.useStandardWidth = true;
  all.format.useStandardHeight = true;
  for (const chart of charts?.items ?? []) chart.delete();
  if (caps.freezeApi) ws.freezePanes.unfreeze();
  if (caps.pageApi) ws.horizontalPageBreaks.removePageBreaks();
}

function sheetSteps(
  context: Excel.RequestContext,
  plan: Plan,
  written: Excel.Worksheet[],
  actual: ReadonlyMap<string, string>,
  caps: Caps,
): Step[] {
  const { spec } = plan;
  const steps: Step[] = [];
  let ws!: Excel.Worksheet;
  const width = Math.max(1, ...spec.rows.map((r) => r.length));
  const height = spec.rows.length;

  steps.push({
    bytes: OP_OVERHEAD * 12,
    run: () => {
      if (plan.replace) {
        ws = plan.replace.ws;
        clearSheet(ws, plan.replace.charts, caps);
      } else {
        ws = context.workbook.worksheets.add(plan.name);
        ws.load("id"); // for the marker, written after this sync
      }
      written.push(ws);
    },
  });

  // Values, in row blocks that fit the budget: the text format first, then the values.
  const rowData = spec.rows.map((row) => {
    const values: (string | number)[] = [];
    const formats: string[] = [];
    for (let c = 0; c < width; c++) {
      const v = row[c]?.value ?? null;
      values.push(v === null ? "" : v);
      formats.push(typeof v === "string" ? "@" : "General");
    }
    return { values, formats, bytes: bytes(values) + bytes(formats) };
  });
  const blockBudget = Math.max(1, Math.floor(caps.budget / 2));
  for (let start = 0; start < height; ) {
    let end = start;
    let size = rowData[start]?.bytes ?? 0;
    while (end + 1 < height && size + (rowData[end + 1]?.bytes ?? 0) <= blockBudget) size += rowData[++end]?.bytes ?? 0;
    const block = rowData.slice(start, end + 1);
    const address = rangeAddress(start, 0, end, width - 1);
    steps.push({
      bytes: size + OP_OVERHEAD * 2,
      run: () => {
        const range = ws.getRange(address);
        range.numberFormat = block.map((r) => r.formats);
        range.values = block.map((r) => r.values);
      },
    });
    start = end + 1;
  }
  if (height)
    steps.push({ bytes: OP_OVERHEAD, run: () => void (ws.getRange(rangeAddress(0, 0, height - 1, width - 1)).format.font.name = FONT_NAME) });

  // Styles: one format call per style (per address chunk), borders split by what the areas need.
  for (const [style, rects] of styleRectangles(spec.rows)) {
    const st = STYLES[style];
    const addresses = rects.map(rectAddress);
    const groups: { addresses: string[]; edges: string[] }[] = [{ addresses, edges: st.border ? ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] : [] }];
    if (st.border) {
      groups.push({ addresses: rects.filter((r) => r.bottom > r.top).map(rectAddress), edges: ["InsideHorizontal"] });
      groups.push({ addresses: rects.filter((r) => r.right > r.left).map(rectAddress), edges: ["InsideVertical"] });
    }
    groups.forEach((g, i) => {
      const apply = (format: Excel.RangeFormat) => {
        if (i === 0) applyStyle(format, st);
        applyBorders(format, g.edges);
      };
      if (!g.addresses.length || (i > 0 && !g.edges.length)) return;
      if (caps.multiArea)
        for (const chunk of chunkAddresses(g.addresses, 2000))
          steps.push({ bytes: OP_OVERHEAD * 12 + bytes(chunk), run: () => apply(ws.getRanges(chunk.join(",")).format) });
      else for (const a of g.addresses) steps.push({ bytes: OP_OVERHEAD * 12, run: () => apply(ws.getRange(a).format) });
    });
  }

  for (const m of spec.merges)
    steps.push({ bytes: OP_OVERHEAD, run: () => ws.getRange(rangeAddress(m.top, m.left, m.bottom, m.right)).merge(false) });

  // Column widths, equal neighbours together.
  for (let c = 0; c < spec.columnWidths.length; ) {
    const w = spec.columnWidths[c] as number;
    let end = c;
    while (end + 1 < spec.columnWidths.length && spec.columnWidths[end + 1] === w) end++;
    const cols = `${columnLetter(c)}:${columnLetter(end)}`;
    steps.push({ bytes: OP_OVERHEAD, run: () => void (ws.getRange(cols).format.columnWidth = widthToPoints(w)) });
    c = end + 1;
  }
  for (const [row, h] of Object.entries(spec.rowHeights ?? {})) {
    const r = Number(row) + 1;
    steps.push({ bytes: OP_OVERHEAD, run: () => void (ws.getRange(`${r}:${r}`).format.rowHeight = h) });
  }

  const { rows: fr, cols: fc } = spec.freeze;
  if (fr || fc)
    steps.push({
      bytes: OP_OVERHEAD,
      run: () => {
        if (fr && fc) ws.freezePanes.freezeAt(ws.getRange(rangeAddress(0, 0, fr - 1, fc - 1)));
        else if (fr) ws.freezePanes.freezeRows(fr);
        else ws.freezePanes.freezeColumns(fc);
      },
    });

  if (caps.pageApi)
    steps.push({
      bytes: OP_OVERHEAD * 4,
      run: () => {
        const page = ws.pageLayout;
        page.orientation = spec.print.orientation === "landscape" ? "Landscape" : "Portrait";
        page.paperSize = "A4";
        if (spec.print.repeatRows) page.setPrintTitleRows(`$${spec.print.repeatRows[0] + 1}:$${spec.print.repeatRows[1] + 1}`);
        // verticalFitToPages 0 = as many pages tall as needed (Excel's "Automatic").
        if (spec.print.fitToWidth) page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
        for (const row of spec.pageBreaks ?? []) if (row > 0) ws.horizontalPageBreaks.add(`A${row + 1}`);
      },
    });

  // Links back to the plan (or to another generated sheet, under its actual name).
  spec.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell?.link) return;
      const target = `${quoteSheet(actual.get(cell.link.sheet) ?? cell.link.sheet)}!${cell.link.address}`;
      const text = specCellText(cell);
      steps.push({
        bytes: OP_OVERHEAD + bytes(target) + bytes(text),
        run: () => void (ws.getRange(cellAddress(r, c)).hyperlink = { documentReference: target, textToDisplay: text }),
      });
    }),
  );

  const chart = spec.chart;
  if (chart && chart.series.length) {
    steps.push({
      bytes: OP_OVERHEAD * (6 + chart.series.length * 3),
      run: () => {
        const col = (c: number, from: number, to: number) => ws.getRange(rangeAddress(from, c, to, c));
        const cats = col(chart.categories.col, chart.categories.fromRow, chart.categories.toRow);
        const [first, ...rest] = chart.series;
        const f = first as (typeof chart.series)[number];
        const ch = ws.charts.add("ColumnClustered", col(f.col, f.fromRow, f.toRow), "Columns");
        ch.title.text = chart.title;
        const s0 = ch.series.getItemAt(0);
        s0.name = specCellText(spec.rows[f.nameRow]?.[f.col]);
        s0.setXAxisValues(cats);
        for (const s of rest) {
          const added = ch.series.add(specCellText(spec.rows[s.nameRow]?.[s.col]));
          added.setValues(col(s.col, s.fromRow, s.toRow));
          added.setXAxisValues(cats);
        }
        const a = chart.anchor;
        ch.setPosition(cellAddress(a.row, a.col), cellAddress(a.row + a.heightRows - 1, a.col + a.widthCols - 1));
      },
    });
  }
  return steps;
}

export interface WorkbookSheet {
  readonly name: string;
  readonly visible: boolean;
  /** Set for sheets PhuLuc generated. */
  readonly phuluc: PhuLucSheet | null;
}

/**
 * Every sheet, with PhuLuc's own ones recognised (2 syncs). The summary builder's `takenNames` are the names of
 * the sheets with `phuluc === null`: those are the user's and are never replaced.
 */
export async function listSheets(host: ExcelHost = getDefaultHost()): Promise<WorkbookSheet[]> {
  const ours = await listPhuLucSheetsWith(host);
  return ours.all.map((s) => ({ name: s.name, visible: s.visible, phuluc: ours.found.find((p) => p.name === s.name) ?? null }));
}

/** The sheets PhuLuc generated (2 syncs). */
export async function listPhuLucSheets(host: ExcelHost = getDefaultHost()): Promise<PhuLucSheet[]> {
  return (await listPhuLucSheetsWith(host)).found;
}

async function listPhuLucSheetsWith(host: ExcelHost): Promise<{ found: PhuLucSheet[]; all: { name: string; visible: boolean }[] }> {
  const markerApi = supportsExcelApi(host, "1.12");
  return runExcel(host, async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name,items/id,items/visibility");
    const parts = markerApi ? null : queuePartLookup(context, NS_SHEETS);
    await context.sync();
    const props = markerApi
      ? sheets.items.map((ws) => ws.customProperties.getItemOrNullObject(SHEET_MARKER_KEY).load("value"))
      : [];
    const xml = parts ? queueXmlRead(parts) : null;
    await context.sync();
    const out: PhuLucSheet[] = [];
    if (markerApi)
      sheets.items.forEach((ws, i) => {
        const m = ownMarker(ws, props[i] as Excel.WorksheetCustomProperty);
        if (m) out.push({ name: ws.name, kind: m.kind as SheetKind, spec: m.spec });
      });
    else if (xml) {
      const parsed = parseJsonXml(xml.value);
      const checked = parsed.ok ? registrySchema.safeParse(parsed.value) : null;
      for (const s of checked?.success ? checked.data.sheets : [])
        if (sheets.items.some((ws) => ws.id === s.id && ws.name === s.name)) out.push({ name: s.name, kind: s.kind as SheetKind, spec: s.spec });
    }
    return { found: out, all: sheets.items.map((ws) => ({ name: ws.name, visible: String(ws.visibility) === "Visible" })) };
  });
}
