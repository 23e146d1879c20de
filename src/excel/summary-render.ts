/**
 * What one summary sheet's writes are, as writes the shared executor packs into syncs (write-batches.ts): the office.js twin
 * of the CLI's ExcelJS renderer.
 *
 * Content, in order: emptying a regenerated sheet (clearSheet), number formats then values (strings get the text
 * format "@" before their value is written, so "=SUM(A1)" stays text, never a formula), a base font, styles (one
 * format call per named style over all its rectangles with ExcelApi 1.9 `getRanges`, per rectangle before), merges,
 * column widths, row heights (the spec's: the same the CLI writes), freeze panes, hyperlinks (summary-links.ts) and a native clustered column chart.
 *
 * Page setup is apart (pageSetup): some hosts reject fit-to-width with `verticalFitToPages: 0`, print titles or
 * page breaks, and a rejected print setting must not cost the user the summary, so the writer runs it in its own
 * sync after the content.
 */
import { POINTS_PER_INCH, footerSectionCode } from "../core/sheets/print";
import { CellStyle, FONT_NAME, PaperSize, STYLES, SheetSpec, SpecCell, StyleName } from "../core/sheets/spec";
import type { CellLink } from "../core/sheets/spec";
import { cellAddress, columnLetter, rangeAddress } from "../core/workbook/address";
import { chunkAddresses } from "./address-lists";
import { jsonBytes, requestBytes } from "./byte-budget";
import { BatchedWrite } from "./write-batches";

export interface RenderCaps {
  /** ExcelApi 1.9: getRanges (RangeAreas) and page breaks. */
  readonly multiArea: boolean;
  readonly pageApi: boolean;
  readonly budget: number;
  /** ExcelApi 1.7: freeze panes. */
  readonly freezeApi: boolean;
  /** ExcelApi 1.8: data validation. */
  readonly validationApi: boolean;
}

/** Excel column width in points for a width in characters (Excel's rule: 7 px per character + 5 px padding). */
export function widthToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
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
    for (let c = 0; c < row.length;) {
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

/**
 * The object paths and actions applyStyle (when `st` is given) and applyBorders queue on one range's format,
 * counted the way they are written above: the format path, then font (always, for the size), fill, borders and
 * one path per edge; one action per property set. Keep in step with the two functions.
 */
function formatCost(st: CellStyle | null, edges: readonly string[]): { paths: number; actions: number } {
  const paths = 1 + (st ? 1 + (st.fill ? 1 : 0) : 0) + (edges.length ? 1 + edges.length : 0);
  const styleActions = st ? 4 + [st.bold, st.italic, st.underline, st.color, st.fill].filter(Boolean).length : 0;
  return { paths, actions: styleActions + 2 * edges.length };
}

/** Runs of consecutive rows (0-based, inclusive) that share one height, in row order. */
export function heightRuns(heights: Readonly<Record<number, number>>): { from: number; to: number; height: number }[] {
  const rows = Object.keys(heights)
    .map(Number)
    .sort((a, b) => a - b);
  const runs: { from: number; to: number; height: number }[] = [];
  for (const r of rows) {
    const h = heights[r] as number;
    const last = runs[runs.length - 1];
    if (last && last.to === r - 1 && last.height === h) last.to = r;
    else runs.push({ from: r, to: r, height: h });
  }
  return runs;
}

export function specCellText(cell: SpecCell | undefined): string {
  return cell?.value === null || cell?.value === undefined ? "" : String(cell.value);
}

/**
 * Empties one of PhuLuc's own sheets for rewriting, keeping the sheet itself (id, name, tab position, marker), so
 * formulas the user wrote elsewhere that point at it keep working: contents, formats, hyperlinks, merges,
 * conditional formats, data validation, charts, column widths and row heights, freeze panes and page breaks.
 */
function clearSheet(ws: Excel.Worksheet, charts: Excel.ChartCollection | null, caps: RenderCaps): void {
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

export interface RenderTarget {
  readonly ws: Excel.Worksheet;
  /** Set for one of PhuLuc's own sheets, rewritten in place: its charts, loaded in the read sync. */
  readonly replaceCharts: Excel.ChartCollection | null;
  readonly replace: boolean;
}

/** The content steps of one sheet; `linkTo` gives a link's documentReference, or null to leave the text unlinked. */
export function contentSteps(
  target: RenderTarget,
  spec: SheetSpec,
  caps: RenderCaps,
  linkTo: (link: CellLink) => string | null,
): BatchedWrite[] {
  const { ws } = target;
  const steps: BatchedWrite[] = [];
  const width = Math.max(1, ...spec.rows.map((r) => r.length));
  const height = spec.rows.length;

  // clearSheet: the sheet's range, its format, conditional formats, validation, freeze panes and page breaks
  // paths, eight actions, and a path and a delete per old chart.
  const oldCharts = target.replaceCharts?.items.length ?? 0;
  if (target.replace)
    steps.push({ bytes: requestBytes(6 + oldCharts, 8 + oldCharts), queue: () => clearSheet(ws, target.replaceCharts, caps) });

  // Values, in row blocks that fit the budget: the text format first, then the values.
  const rowData = spec.rows.map((row) => {
    const values: (string | number)[] = [];
    const formats: string[] = [];
    for (let c = 0; c < width; c++) {
      const v = row[c]?.value ?? null;
      values.push(v === null ? "" : v);
      formats.push(typeof v === "string" ? "@" : "General");
    }
    return { values, formats, bytes: jsonBytes(values) + jsonBytes(formats) };
  });
  const blockBudget = Math.max(1, Math.floor(caps.budget / 2));
  for (let start = 0; start < height;) {
    let end = start;
    let size = rowData[start]?.bytes ?? 0;
    while (end + 1 < height && size + (rowData[end + 1]?.bytes ?? 0) <= blockBudget) size += rowData[++end]?.bytes ?? 0;
    const block = rowData.slice(start, end + 1);
    const address = rangeAddress(start, 0, end, width - 1);
    steps.push({
      bytes: requestBytes(1, 2, size + address.length),
      queue: () => {
        const range = ws.getRange(address);
        range.numberFormat = block.map((r) => r.formats);
        range.values = block.map((r) => r.values);
      },
    });
    start = end + 1;
  }
  if (height)
    steps.push({
      bytes: requestBytes(3, 1, 40),
      queue: () => void (ws.getRange(rangeAddress(0, 0, height - 1, width - 1)).format.font.name = FONT_NAME),
    });

  // Styles: one format call per style (per address chunk), borders split by what the areas need.
  for (const [style, rects] of styleRectangles(spec.rows)) {
    const st = STYLES[style];
    const addresses = rects.map(rectAddress);
    const groups: { addresses: string[]; edges: string[] }[] = [
      { addresses, edges: st.border ? ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] : [] },
    ];
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
      // The range (or range areas) path plus what the format writes; below 1.9 each rectangle pays all of it.
      const cost = formatCost(i === 0 ? st : null, g.edges);
      if (caps.multiArea)
        for (const chunk of chunkAddresses(g.addresses, 2000))
          steps.push({
            bytes: requestBytes(1 + cost.paths, cost.actions, jsonBytes(chunk)),
            queue: () => apply(ws.getRanges(chunk.join(",")).format),
          });
      else
        for (const a of g.addresses)
          steps.push({ bytes: requestBytes(1 + cost.paths, cost.actions, a.length + 2), queue: () => apply(ws.getRange(a).format) });
    });
  }

  // A merge: its range's path and the merge call.
  for (const m of spec.merges)
    steps.push({ bytes: requestBytes(1, 1, 30), queue: () => ws.getRange(rangeAddress(m.top, m.left, m.bottom, m.right)).merge(false) });

  // Column widths, equal neighbours together.
  for (let c = 0; c < spec.columnWidths.length;) {
    const w = spec.columnWidths[c] as number;
    let end = c;
    while (end + 1 < spec.columnWidths.length && spec.columnWidths[end + 1] === w) end++;
    const cols = `${columnLetter(c)}:${columnLetter(end)}`;
    steps.push({ bytes: requestBytes(2, 1, 30), queue: () => void (ws.getRange(cols).format.columnWidth = widthToPoints(w)) });
    c = end + 1;
  }
  // Row heights, as the spec decided them (the same the CLI writes), neighbouring rows of one height together.
  for (const run of heightRuns(spec.rowHeights ?? {})) {
    const rows = `${run.from + 1}:${run.to + 1}`;
    steps.push({ bytes: requestBytes(2, 1, 30), queue: () => void (ws.getRange(rows).format.rowHeight = run.height) });
  }

  const { rows: fr, cols: fc } = spec.freeze;
  if ((fr || fc) && caps.freezeApi)
    steps.push({
      bytes: requestBytes(2, 1, 30),
      queue: () => {
        if (fr && fc) ws.freezePanes.freezeAt(ws.getRange(rangeAddress(0, 0, fr - 1, fc - 1)));
        else if (fr) ws.freezePanes.freezeRows(fr);
        else ws.freezePanes.freezeColumns(fc);
      },
    });

  // Links back to the plan (or to another generated sheet, under its actual name), only inside the workbook.
  spec.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell?.link) return;
      const target = linkTo(cell.link);
      if (target === null) return;
      const text = specCellText(cell);
      steps.push({
        // Its own range path plus the property write.
        bytes: requestBytes(1, 1, jsonBytes({ documentReference: target, textToDisplay: text }) + 20),
        queue: () => void (ws.getRange(cellAddress(r, c)).hyperlink = { documentReference: target, textToDisplay: text }),
      });
    }),
  );

  const chart = spec.chart;
  if (chart && chart.series.length) {
    steps.push({
      // Paths: the charts, the chart, its title and series, the categories' range, two per series (its range and
      // the series); actions: add, title, the first series' name and categories, two per further series, position.
      bytes: requestBytes(
        6 + chart.series.length * 2,
        4 + chart.series.length * 2,
        jsonBytes(chart.title) + 60 * chart.series.length + 100,
      ),
      queue: () => {
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

/** The office.js name of each paper the spec can name. */
const PAPER: Readonly<Record<PaperSize, Excel.PaperType | "A4">> = { A4: "A4" };

/**
 * Page setup of one sheet (ExcelApi 1.9), translated from the spec as the CLI's renderer translates it.
 * "basic" is what no host is known to reject — orientation, paper, margins (points here, inches in the spec) and
 * centring — for the second attempt after a host refused the full setup; "full" adds the page-number footer, then
 * the settings some hosts reject, last: print title rows, page breaks and fit to one page wide
 * (`verticalFitToPages: 0` = as many pages tall as needed, Excel's "Automatic").
 */
export function pageSetup(ws: Excel.Worksheet, spec: SheetSpec, level: "full" | "basic"): BatchedWrite {
  const p = spec.print;
  const footer = level === "full" && p.footer ? footerSectionCode(p.footer) : null;
  const breaks = level === "full" ? (spec.pageBreaks ?? []).filter((row) => row > 0) : [];
  return {
    // Paths: the page layout, the page breaks, and the footer's group and its default pages. Actions: orientation,
    // paper, six margins, centring, the footer, print titles, zoom, one add per break. Arguments: the footer's codes.
    bytes: requestBytes(4, 12 + breaks.length, 80 + (footer === null ? 0 : jsonBytes(footer))),
    queue: () => {
      const page = ws.pageLayout;
      page.orientation = p.orientation === "landscape" ? "Landscape" : "Portrait";
      page.paperSize = PAPER[p.paper];
      const m = p.margins;
      page.leftMargin = m.left * POINTS_PER_INCH;
      page.rightMargin = m.right * POINTS_PER_INCH;
      page.topMargin = m.top * POINTS_PER_INCH;
      page.bottomMargin = m.bottom * POINTS_PER_INCH;
      page.headerMargin = m.header * POINTS_PER_INCH;
      page.footerMargin = m.footer * POINTS_PER_INCH;
      page.centerHorizontally = p.centerHorizontally;
      if (level === "basic") return;
      if (footer !== null) page.headersFooters.defaultForAllPages.centerFooter = footer;
      if (p.repeatRows) page.setPrintTitleRows(`$${p.repeatRows[0] + 1}:$${p.repeatRows[1] + 1}`);
      for (const row of breaks) ws.horizontalPageBreaks.add(`A${row + 1}`);
      if (p.fitToWidth) page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    },
  };
}
