/**
 * The in-memory workbook behind the fake Excel: plain JSON-able data, so a test can snapshot it before and after
 * an operation and deep-compare, and a preview page can render it as a grid.
 */
import type { CellValue, MergedArea, SheetData, WorkbookData } from "../../src/core/workbook/model";
import { Area, cellRef, parseArea } from "./address";

export interface FakeFill {
  color: string; // "#RRGGBB"
  pattern?: string;
}

export interface FakeFont {
  name?: string;
  size?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: string; // "None" | "Single" | …
  color?: string;
}

export interface FakeBorder {
  style: string; // "Continuous" | "None" | …
  color?: string;
  weight?: string;
}

export type BorderEdge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight";

export interface FakePrompt {
  showPrompt: boolean;
  title: string;
  message: string;
}

export interface FakeDataValidation {
  /** "None" for an "any value" validation that only carries an input prompt. */
  type: string;
  rule: Record<string, unknown> | null;
  prompt: FakePrompt;
}

export interface FakeHyperlink {
  address?: string;
  documentReference?: string;
  screenTip?: string;
  textToDisplay?: string;
}

export interface FakeCell {
  /** Constant value; absent for a blank cell or an (uncalculated) formula. */
  value?: string | number | boolean;
  formula?: string;
  /** "#N/A", "#REF!" … */
  error?: string;
  numberFormat?: string;
  fill?: FakeFill;
  font?: FakeFont;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  borders?: Partial<Record<BorderEdge, FakeBorder>>;
  dataValidation?: FakeDataValidation;
  hyperlink?: FakeHyperlink;
  /** A legacy note; not reachable through the API subset, present so tests can check it is left alone. */
  note?: string;
  /** A threaded comment's text; same remark as `note`. */
  comment?: string;
}

export interface FakeConditionalFormat {
  id: string;
  type: string; // "Custom" | "CellValue" | …
  /** Sheet-local areas it applies to, "A1:B2,D4". */
  ranges: string;
  stopIfTrue: boolean;
  rule: Record<string, unknown>;
  format: { fill?: FakeFill; font?: FakeFont };
}

export interface FakeChartSeries {
  name: string;
  values: string; // sheet-qualified address
  xValues?: string;
}

export interface FakeChart {
  id: string;
  name: string;
  type: string;
  title: string;
  position: { start: string; end: string } | null;
  series: FakeChartSeries[];
}

export interface FakePageLayout {
  orientation: string; // "Portrait" | "Landscape"
  paperSize: string; // "Letter" | "A4" …
  printTitleRows: string | null; // "$1:$4"
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  centerHorizontally: boolean;
  /** Points, as office.js sets them (Excel's defaults: 0.7 inch at the sides, 0.75 top and bottom, 0.3 header and footer). */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  /** The default header/footer's sections (HeaderFooterGroup.defaultForAllPages), Excel's codes as set. */
  footer: { left: string; center: string; right: string };
}

export interface FakeSheet {
  id: string;
  name: string;
  visibility: string; // "Visible" | "Hidden" | "VeryHidden"
  /** A protected sheet refuses writes to its cells (AccessDenied), like Excel with the default protection options. */
  protected: boolean;
  cells: Record<string, FakeCell>; // key "r,c", 0-based
  merges: MergedArea[];
  columnWidths: Record<string, number>; // points, by 0-based column
  rowHeights: Record<string, number>; // points, by 0-based row
  freeze: { rows: number; cols: number } | null;
  pageLayout: FakePageLayout;
  /** 0-based rows that start a new printed page. */
  horizontalPageBreaks: number[];
  charts: FakeChart[];
  customProperties: Record<string, string>;
  /** In priority order: index 0 is priority 0 (evaluated first). */
  conditionalFormats: FakeConditionalFormat[];
  /** Sheet-local address of the selection on this sheet. */
  selection: string;
}

export interface FakeCustomXmlPart {
  id: string;
  namespaceUri: string;
  xml: string;
}

export interface FakeWorkbookState {
  name: string;
  /** In tab order. */
  sheets: FakeSheet[];
  activeSheetId: string;
  customXmlParts: FakeCustomXmlPart[];
  /** Excel.SettingCollection (workbook settings of this add-in). */
  settings: Record<string, unknown>;
  /** Id counter; left out of snapshots (so before/after compare equal) and rebuilt from the ids when missing. */
  nextId?: number;
}

export const DEFAULT_COLUMN_WIDTH = 48; // points: 8.43 characters of Calibri 11
export const DEFAULT_ROW_HEIGHT = 15;
export const DEFAULT_FONT: Required<FakeFont> = {
  name: "Calibri",
  size: 11,
  bold: false,
  italic: false,
  underline: "None",
  color: "#000000",
};

export function cellKey(row: number, col: number): string {
  return `${row},${col}`;
}

export function parseCellKey(key: string): { row: number; col: number } {
  const [r, c] = key.split(",");
  return { row: Number(r), col: Number(c) };
}

function highestId(state: FakeWorkbookState): number {
  let max = 0;
  const text = JSON.stringify(state);
  for (const m of text.matchAll(/([0-9A-F]{8})-0000-4000-8000-/g)) max = Math.max(max, parseInt(m[1] as string, 16));
  return max;
}

export function newId(state: FakeWorkbookState, prefix: string): string {
  state.nextId = (state.nextId ?? highestId(state)) + 1;
  const hex = state.nextId.toString(16).toUpperCase().padStart(8, "0");
  return `{${prefix}${hex}-0000-4000-8000-000000000000}`;
}

export function defaultPageLayout(): FakePageLayout {
  return {
    orientation: "Portrait",
    paperSize: "Letter",
    printTitleRows: null,
    zoom: { scale: 100 },
    centerHorizontally: false,
    margins: { left: 50.4, right: 50.4, top: 54, bottom: 54, header: 21.6, footer: 21.6 },
    footer: { left: "", center: "", right: "" },
  };
}

export function createSheet(state: FakeWorkbookState, name: string): FakeSheet {
  return {
    id: newId(state, "5EE7"),
    name,
    visibility: "Visible",
    protected: false,
    cells: {},
    merges: [],
    columnWidths: {},
    rowHeights: {},
    freeze: null,
    pageLayout: defaultPageLayout(),
    horizontalPageBreaks: [],
    charts: [],
    customProperties: {},
    conditionalFormats: [],
    selection: "A1",
  };
}

export function emptyWorkbook(name = "Book1.xlsx", sheetNames: readonly string[] = ["Sheet1"]): FakeWorkbookState {
  const state: FakeWorkbookState = { name, sheets: [], activeSheetId: "", customXmlParts: [], settings: {}, nextId: 0 };
  for (const n of sheetNames) state.sheets.push(createSheet(state, n));
  state.activeSheetId = state.sheets[0]?.id ?? "";
  return state;
}

const MS_PER_DAY = 86400000;
const EPOCH_1900 = 25569; // serial number of 1970-01-01

export function dateToSerial(d: Date): number {
  return d.getTime() / MS_PER_DAY + EPOCH_1900;
}

export function serialToDate(serial: number): Date {
  return new Date(Math.round((serial - EPOCH_1900) * MS_PER_DAY));
}

/** True for number formats that show a date or time (quoted text, escapes and [colour]/[$-locale] parts ignored). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format || format === "General" || format === "@") return false;
  const bare = format
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .split(";")[0] as string;
  return /[dmyhs]/i.test(bare) && !/^[#0.,%E+\-\s]*$/i.test(bare);
}

export interface LoadOptions {
  /** Number format given to Date values (Excel stores dates as serial numbers). Default "dd/mm/yyyy". */
  dateFormat?: string;
  /** Sheet to make active; default the first. */
  activeSheet?: string;
}

/** Builds the fake's workbook from the engine's model (e.g. a seed .xlsx read by the CLI reader). */
export function workbookFromData(data: WorkbookData, options: LoadOptions = {}): FakeWorkbookState {
  const state = emptyWorkbook(data.name.split(/[\\/]/).pop() ?? data.name, []);
  for (const sheet of data.sheets) {
    const s = createSheet(state, sheet.name);
    sheet.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        const cell = cellFromValue(v, options.dateFormat ?? "dd/mm/yyyy");
        if (cell) s.cells[cellKey(r, c)] = cell;
      }),
    );
    s.merges = sheet.merges.map((m) => ({ ...m }));
    state.sheets.push(s);
  }
  const active = options.activeSheet ? state.sheets.find((s) => s.name === options.activeSheet) : state.sheets[0];
  state.activeSheetId = active?.id ?? "";
  return state;
}

function cellFromValue(v: CellValue, dateFormat: string): FakeCell | null {
  if (v === null || v === undefined || v === "") return null;
  if (v instanceof Date) return { value: dateToSerial(v), numberFormat: dateFormat };
  if (typeof v === "object") return { error: v.error };
  return { value: v };
}

/** The engine's model of the fake workbook: what an exact reader would produce (dates back as Date). */
export function workbookToData(state: FakeWorkbookState): WorkbookData {
  return { name: state.name, sheets: state.sheets.map(sheetToData) };
}

export function sheetToData(sheet: FakeSheet): SheetData {
  const rows: CellValue[][] = [];
  for (const [key, cell] of Object.entries(sheet.cells)) {
    const v = cellValue(cell);
    if (v === null) continue;
    const { row, col } = parseCellKey(key);
    const r = (rows[row] ??= []);
    r[col] = v;
  }
  for (let i = 0; i < rows.length; i++) {
    const r = (rows[i] ??= []);
    for (let c = 0; c < r.length; c++) if (r[c] === undefined) r[c] = null;
  }
  return { name: sheet.name, rows, merges: sheet.merges.map((m) => ({ ...m })) };
}

function cellValue(cell: FakeCell): CellValue {
  if (cell.error) return { error: cell.error };
  if (cell.value === undefined) return null;
  if (typeof cell.value === "number" && isDateFormat(cell.numberFormat)) return serialToDate(cell.value);
  return cell.value;
}

/** A deep copy with empty parts dropped, for deep-equal assertions and for the preview page. */
export function snapshot(state: FakeWorkbookState): FakeWorkbookState {
  const copy = JSON.parse(JSON.stringify(state)) as FakeWorkbookState;
  delete copy.nextId;
  for (const sheet of copy.sheets) {
    for (const [key, cell] of Object.entries(sheet.cells)) {
      if (cell.borders && Object.keys(cell.borders).length === 0) delete cell.borders;
      if (Object.keys(cell).length === 0) delete sheet.cells[key];
    }
  }
  return copy;
}

export function findSheet(state: FakeWorkbookState, name: string): FakeSheet | undefined {
  const lower = name.toLowerCase();
  return state.sheets.find((s) => s.name.toLowerCase() === lower);
}

/** Convenience for tests and the preview: the cell at "B3" of a sheet (undefined when never touched). */
export function cellAt(sheet: FakeSheet, address: string): FakeCell | undefined {
  const a: Area | null = parseArea(address);
  if (!a) throw new Error(`not an address: ${address}`);
  return sheet.cells[cellKey(a.top, a.left)];
}

export { cellRef };
