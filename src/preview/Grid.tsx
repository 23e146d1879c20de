// The simulated workbook drawn like Excel: the active sheet's values (as Excel would display them), merged areas,
// fills (the cells' own and conditional formats, so PhuLuc's marks show), fonts, borders, the selection and the
// input prompt of the selected cell, and the sheet tabs. Clicking a cell selects it (shift-click extends the
// selection), clicking a row number selects that row across the used columns, double-clicking a link follows it.
import { CSSProperties, MouseEvent, useEffect, useMemo, useRef } from "react";
import { displayText, parseArea, parseAreaList, columnLetter, cellKey, SHEET_MARKER } from "./fake";
import type { FakeCell, FakeConditionalFormat, FakeSheet, FakeWorkbookState } from "./fake";
import { type Lang, t } from "../taskpane/i18n";

/** Rows drawn at most (the seeds are small; a 5,000-row plan would only slow the page down). */
export const MAX_GRID_ROWS = 400;
const MIN_ROWS = 30;
const MIN_COLS = 8;
const HEADER_W = 40;
const HEADER_H = 21;

interface Extent {
  rows: number;
  cols: number;
}

function extentOf(sheet: FakeSheet): Extent {
  let rows = 0;
  let cols = 0;
  for (const key of Object.keys(sheet.cells)) {
    const [r, c] = key.split(",").map(Number) as [number, number];
    rows = Math.max(rows, r + 1);
    cols = Math.max(cols, c + 1);
  }
  for (const m of sheet.merges) {
    rows = Math.max(rows, m.bottom + 1);
    cols = Math.max(cols, m.right + 1);
  }
  return { rows, cols };
}

/** Conditional formats PhuLuc can evaluate here: custom rules whose formula is a constant true (=ISTEXT("…")). */
function alwaysTrue(cf: FakeConditionalFormat): boolean {
  const f = String(cf.rule.formula ?? "");
  return cf.type === "Custom" && /^=ISTEXT\("[^"]*"\)$/i.test(f.trim());
}

function cfFills(sheet: FakeSheet): Map<string, string> {
  const out = new Map<string, string>();
  // Index 0 has the highest priority: apply from the lowest up so the highest wins.
  for (const cf of [...sheet.conditionalFormats].reverse()) {
    const color = cf.format.fill?.color;
    if (!color || !alwaysTrue(cf)) continue;
    for (const area of parseAreaList(cf.ranges)?.areas ?? []) {
      for (let r = area.top; r <= Math.min(area.bottom, MAX_GRID_ROWS); r++)
        for (let c = area.left; c <= Math.min(area.right, 200); c++) out.set(cellKey(r, c), color);
    }
  }
  return out;
}

function widthPx(sheet: FakeSheet, col: number, rows: number): number {
  const pt = sheet.columnWidths[String(col)];
  if (pt !== undefined) return Math.round((pt * 4) / 3);
  // No width stored (the fake loads values only): size by the longest text, within reason.
  let longest = 0;
  for (let r = 0; r < Math.min(rows, 120); r++) {
    const cell = sheet.cells[cellKey(r, col)];
    if (!cell || sheet.merges.some((m) => m.top === r && m.left === col && m.right > m.left)) continue;
    longest = Math.max(longest, Math.min(displayText(cell).length, 60));
  }
  return Math.max(64, Math.min(220, longest * 6 + 12));
}

function borderCss(b: { style: string; color?: string } | undefined): string | undefined {
  if (!b || b.style === "None") return undefined;
  return `1px solid ${b.color ?? "#000"}`;
}

function cellStyle(cell: FakeCell | undefined, cf: string | undefined): CSSProperties {
  const s: CSSProperties = {};
  const fill = cf ?? cell?.fill?.color;
  if (fill) s.background = fill;
  if (!cell) return s;
  if (cell.font?.bold) s.fontWeight = 600;
  if (cell.font?.italic) s.fontStyle = "italic";
  if (cell.font?.color) s.color = cell.font.color;
  if (cell.font?.size) s.fontSize = `${Math.max(9, Math.min(cell.font.size, 16)) * 1.1}px`;
  if (cell.horizontalAlignment && cell.horizontalAlignment !== "General")
    s.textAlign = cell.horizontalAlignment.toLowerCase() as CSSProperties["textAlign"];
  else if (typeof cell.value === "number") s.textAlign = "right";
  if (cell.verticalAlignment)
    s.verticalAlign =
      cell.verticalAlignment === "Center" ? "middle" : (cell.verticalAlignment.toLowerCase() as CSSProperties["verticalAlign"]);
  const bt = borderCss(cell.borders?.EdgeTop);
  const bb = borderCss(cell.borders?.EdgeBottom);
  const bl = borderCss(cell.borders?.EdgeLeft);
  const br = borderCss(cell.borders?.EdgeRight);
  if (bt) s.borderTop = bt;
  if (bb) s.borderBottom = bb;
  if (bl) s.borderLeft = bl;
  if (br) s.borderRight = br;
  if (cell.hyperlink) {
    s.color = "#0563C1";
    s.textDecoration = "underline";
  }
  return s;
}

export interface GridProps {
  readonly lang: Lang;
  readonly state: FakeWorkbookState;
  /** Bumped after every sync of the fake: the grid reads the state afresh. */
  readonly version: number;
  readonly onSelect: (sheet: FakeSheet, address: string) => void;
  readonly onActivate: (sheet: FakeSheet) => void;
  readonly onFollow: (reference: string) => void;
}

export function Grid({ lang, state, version, onSelect, onActivate, onFollow }: GridProps) {
  const sheet = state.sheets.find((s) => s.id === state.activeSheetId) ?? state.sheets[0];
  const scroller = useRef<HTMLDivElement>(null);
  const shown = useRef<string>("");
  // Like Excel: when the selection moves (e.g. the pane selected a problem's cell), bring it into view.
  const where = sheet ? `${sheet.id}!${sheet.selection}` : "";
  useEffect(() => {
    if (where === shown.current) return;
    const otherSheet = shown.current.split("!")[0] !== where.split("!")[0];
    shown.current = where;
    const sc = scroller.current;
    const el = sc?.querySelector<HTMLElement>("td.active");
    if (!sc || !el) return;
    if (otherSheet) {
      sc.scrollLeft = 0;
      sc.scrollTop = 0;
    }
    // scrollIntoView would hide the cell under the sticky row and column headers: place it by hand.
    const table = el.offsetParent as HTMLElement | null;
    const x = el.offsetLeft + (table?.offsetLeft ?? 0);
    const y = el.offsetTop + (table?.offsetTop ?? 0);
    if (x - HEADER_W < sc.scrollLeft || x + el.offsetWidth > sc.scrollLeft + sc.clientWidth)
      sc.scrollLeft = Math.max(0, Math.min(x - HEADER_W, x + el.offsetWidth - sc.clientWidth));
    if (y - HEADER_H < sc.scrollTop || y + el.offsetHeight > sc.scrollTop + sc.clientHeight)
      sc.scrollTop = Math.max(0, y - HEADER_H - Math.round(sc.clientHeight / 3));
  }, [where, version]);
  const model = useMemo(() => {
    if (!sheet) return null;
    const used = extentOf(sheet);
    const rows = Math.min(Math.max(used.rows + 3, MIN_ROWS), MAX_GRID_ROWS);
    const cols = Math.max(used.cols + 1, MIN_COLS);
    const widths = Array.from({ length: cols }, (_, c) => widthPx(sheet, c, rows));
    const cf = cfFills(sheet);
    const covered = new Set<string>();
    const spans = new Map<string, { rowSpan: number; colSpan: number }>();
    for (const m of sheet.merges) {
      if (m.top >= rows) continue;
      const bottom = Math.min(m.bottom, rows - 1);
      spans.set(cellKey(m.top, m.left), { rowSpan: bottom - m.top + 1, colSpan: m.right - m.left + 1 });
      for (let r = m.top; r <= bottom; r++)
        for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(cellKey(r, c));
    }
    return { used, rows, cols, widths, cf, covered, spans };
    // `version` changes whenever the fake synced: the state object is mutated in place.
  }, [sheet, version]);
  if (!sheet || !model) return null;

  const selection = parseAreaList(sheet.selection)?.areas ?? [];
  const active = selection[0] ?? parseArea("A1");
  const inSelection = (r: number, c: number) => selection.some((a) => r >= a.top && r <= a.bottom && c >= a.left && c <= a.right);
  const activeCell = active ? sheet.cells[cellKey(active.top, active.left)] : undefined;
  const prompt = activeCell?.dataValidation?.prompt;
  const showPrompt = !!prompt && prompt.showPrompt && (prompt.title !== "" || prompt.message !== "");

  const click = (e: MouseEvent, r: number, c: number) => {
    if (e.shiftKey && active) {
      const top = Math.min(active.top, r);
      const left = Math.min(active.left, c);
      const bottom = Math.max(active.top, r);
      const right = Math.max(active.left, c);
      // Keep the anchor first, as Excel reports the active cell at the anchor.
      onSelect(sheet, `${columnLetter(left)}${top + 1}:${columnLetter(right)}${bottom + 1}`);
    } else onSelect(sheet, `${columnLetter(c)}${r + 1}`);
  };
  const selectRow = (r: number) => {
    const last = Math.max(model.used.cols - 1, 0);
    onSelect(sheet, `A${r + 1}:${columnLetter(last)}${r + 1}`);
  };

  const activeAddress = sheet.selection;
  const totalWidth = HEADER_W + model.widths.reduce((a, b) => a + b, 0);

  return (
    <div className="grid-wrap">
      <div className="grid-status" data-testid="grid-status">
        <span className="grid-address" data-testid="grid-selection">
          {activeAddress}
        </span>
        <span className="grid-value">{activeCell ? displayText(activeCell) : ""}</span>
      </div>
      <div ref={scroller} className="grid-scroll" role="region" aria-label={t(lang, "previewGrid", sheet.name)} tabIndex={0}>
        <table className="grid" style={{ width: totalWidth }} data-sheet={sheet.name}>
          <colgroup>
            <col style={{ width: HEADER_W }} />
            {model.widths.map((w, c) => (
              <col key={c} style={{ width: w }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <th className="corner" />
              {model.widths.map((_, c) => (
                <th key={c} className={selection.some((a) => c >= a.left && c <= a.right) ? "col-head sel" : "col-head"} scope="col">
                  {columnLetter(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: model.rows }, (_, r) => (
              <tr key={r}>
                <th
                  className={selection.some((a) => r >= a.top && r <= a.bottom) ? "row-head sel" : "row-head"}
                  scope="row"
                  onClick={() => selectRow(r)}
                >
                  {r + 1}
                </th>
                {model.widths.map((_, c) => {
                  const key = cellKey(r, c);
                  if (model.covered.has(key)) return null;
                  const cell = sheet.cells[key];
                  const span = model.spans.get(key);
                  const isActive = !!active && active.top === r && active.left === c;
                  const cls = [
                    "cell",
                    inSelection(r, c) ? "in-sel" : "",
                    isActive ? "active" : "",
                    cell?.dataValidation ? "has-prompt" : "",
                  ]
                    .filter(Boolean)
                    .join(" ");
                  return (
                    <td
                      key={c}
                      className={cls}
                      rowSpan={span?.rowSpan}
                      colSpan={span?.colSpan}
                      style={cellStyle(cell, model.cf.get(key))}
                      data-address={`${columnLetter(c)}${r + 1}`}
                      onClick={(e) => click(e, r, c)}
                      onDoubleClick={() => cell?.hyperlink?.documentReference && onFollow(cell.hyperlink.documentReference)}
                      title={cell?.hyperlink?.documentReference ? `→ ${cell.hyperlink.documentReference}` : undefined}
                    >
                      <div className={cell?.wrapText === false ? "cell-text nowrap" : "cell-text"}>{displayText(cell)}</div>
                      {isActive && showPrompt && prompt ? (
                        <div className="prompt" role="tooltip" data-testid="grid-prompt">
                          {prompt.title ? <strong>{prompt.title}</strong> : null}
                          <span>{prompt.message}</span>
                        </div>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        {model.used.rows > MAX_GRID_ROWS ? <p className="grid-cut">{t(lang, "previewRowsCut", MAX_GRID_ROWS, model.used.rows)}</p> : null}
        {sheet.charts.length ? (
          <div className="grid-charts">
            {sheet.charts.map((ch) => (
              <div key={ch.id} className="chart" data-testid="chart">
                📊 {ch.title || ch.name} — {ch.series.map((s) => s.name).join(", ")}
              </div>
            ))}
          </div>
        ) : null}
      </div>
      <div className="tabs" role="tablist" aria-label={t(lang, "previewSheetTabs")}>
        {state.sheets
          .filter((s) => s.visibility === "Visible")
          .map((s) => {
            const ours = SHEET_MARKER in s.customProperties;
            return (
              <button
                key={s.id}
                type="button"
                role="tab"
                aria-selected={s.id === state.activeSheetId}
                className={s.id === state.activeSheetId ? "tab active" : "tab"}
                onClick={() => onActivate(s)}
                title={ours ? t(lang, "previewPhuLucSheet") : undefined}
                data-phuluc={ours ? "1" : undefined}
              >
                {ours ? <span className="tab-dot" aria-hidden="true" /> : null}
                {s.name}
              </button>
            );
          })}
      </div>
    </div>
  );
}

export const GRID_CSS = `
.grid-wrap { display: flex; flex-direction: column; height: 100%; min-width: 0; background: #fff; color: #000;
  font-family: Calibri, Carlito, "Segoe UI", Arial, sans-serif; font-size: 12px; }
.grid-status { display: flex; gap: 12px; align-items: center; padding: 4px 8px; border-bottom: 1px solid #d4d4d4;
  background: #f3f3f3; min-height: 22px; }
.grid-address { min-width: 90px; padding: 1px 6px; border: 1px solid #c8c8c8; background: #fff; font-weight: 600; }
.grid-value { overflow: hidden; white-space: nowrap; text-overflow: ellipsis; color: #333; }
.grid-scroll { flex: 1; overflow: auto; position: relative; outline: none; }
.grid-scroll:focus-visible { box-shadow: inset 0 0 0 2px #217346; }
table.grid { border-collapse: separate; border-spacing: 0; table-layout: fixed; }
table.grid th { background: #efefef; color: #444; font-weight: 400; border: 0 solid #d4d4d4; border-width: 0 1px 1px 0; font-size: 11px;
  position: sticky; z-index: 2; user-select: none; }
table.grid thead th { top: 0; height: 20px; z-index: 3; }
table.grid th.row-head { left: 0; cursor: pointer; z-index: 3; }
table.grid th.corner { left: 0; top: 0; z-index: 4; }
table.grid th.sel { background: #d2e7d9; color: #0e5c2f; font-weight: 600; }
table.grid td.cell { border: 0 solid #e1e1e1; border-width: 0 1px 1px 0; padding: 1px 3px; vertical-align: bottom; cursor: cell; }
table.grid td.active, table.grid td.has-prompt { position: relative; }
.cell-text { max-height: 4.2em; overflow: hidden; white-space: pre-wrap; overflow-wrap: anywhere; line-height: 1.4em; }
.cell-text.nowrap { white-space: nowrap; }
td.in-sel { box-shadow: inset 0 0 0 9999px rgba(33, 115, 70, 0.10); }
td.active { outline: 2px solid #217346; outline-offset: -2px; }
td.has-prompt::after { content: ""; position: absolute; right: 0; top: 0; border: 3px solid transparent; border-top-color: #7a5cfa; border-right-color: #7a5cfa; }
.prompt { position: absolute; left: 8px; top: calc(100% + 4px); z-index: 5; width: 240px; padding: 6px 8px; background: #ffffe1;
  border: 1px solid #767676; box-shadow: 2px 2px 4px rgba(0,0,0,.25); color: #000; font-size: 12px; font-weight: 400;
  font-style: normal; text-decoration: none; text-align: left; white-space: normal; display: flex; flex-direction: column; gap: 2px; }
.grid-cut, .grid-charts { padding: 6px 10px; color: #555; }
.chart { display: inline-block; margin: 4px 8px 4px 0; padding: 6px 10px; border: 1px solid #c8c8c8; background: #fafafa; }
.tabs { display: flex; gap: 2px; padding: 0 8px; border-top: 1px solid #d4d4d4; background: #f3f3f3; overflow-x: auto; flex-shrink: 0; }
.tab { font: inherit; font-size: 12px; border: none; background: transparent; padding: 6px 12px; cursor: pointer; white-space: nowrap;
  color: #333; border-bottom: 3px solid transparent; display: inline-flex; align-items: center; gap: 6px; }
.tab:hover { background: #e6e6e6; }
.tab.active { background: #fff; color: #0e5c2f; font-weight: 600; border-bottom-color: #217346; }
.tab:focus-visible { outline: 2px solid #217346; outline-offset: -2px; }
.tab-dot { width: 8px; height: 8px; border-radius: 50%; background: #217346; display: inline-block; }
`;
