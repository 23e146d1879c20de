/**
 * The proxies of the fake object model: the part of Excel's JavaScript API that PhuLuc uses (plus a little around
 * it), with office.js's shapes and names so the adapter code runs unchanged against it. Targets resolve at sync.
 */
import { Area, MAX_COLS, MAX_ROWS, cellRef, formatArea, intersects, parseArea, parseAreaList, qualified, splitSheet } from "./address";
import { ClientResult, Ctx, FakeOfficeError, MESSAGES, Obj, PageSetupFeature, Spec, queueResult } from "./runtime";
import { FakeEventHandlers } from "./events";
import {
  BorderEdge,
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_FONT,
  DEFAULT_ROW_HEIGHT,
  FakeCell,
  FakeChart,
  FakeConditionalFormat,
  FakeCustomXmlPart,
  FakeDataValidation,
  FakeFont,
  FakePrompt,
  FakeSheet,
  FakeWorkbookState,
  cellKey,
  createSheet,
  findSheet,
  isDateFormat,
  newId,
  serialToDate,
} from "./state";

type Pending = ReturnType<Obj<unknown>["_collect"]>;

/** Excel's documented limit for one getMergedAreasOrNullObject call. */
export const MAX_MERGED_AREAS = 512;

// ───────────────────────── helpers ─────────────────────────

function notFound(what: string): FakeOfficeError {
  return new FakeOfficeError("ItemNotFound", `${MESSAGES.itemNotFound} (${what})`);
}

function invalidArgument(message: string): FakeOfficeError {
  return new FakeOfficeError("InvalidArgument", message);
}

function guard(sheet: FakeSheet): void {
  if (sheet.protected) throw new FakeOfficeError("AccessDenied", MESSAGES.accessDenied);
}

function state(ctx: Ctx): FakeWorkbookState {
  return ctx.host.state;
}

/** Makes a sheet the active one; a change raises WorksheetActivated (delivered by the host after the sync). */
function setActive(ctx: Ctx, sheet: FakeSheet | undefined): void {
  const wb = state(ctx);
  const id = sheet?.id ?? "";
  if (wb.activeSheetId === id) return;
  wb.activeSheetId = id;
  if (id) ctx.host.sheetActivated(id);
}

function usedBounds(sheet: FakeSheet, valuesOnly: boolean): Area | null {
  let top = Infinity,
    left = Infinity,
    bottom = -1,
    right = -1;
  const take = (r: number, c: number) => {
    top = Math.min(top, r);
    left = Math.min(left, c);
    bottom = Math.max(bottom, r);
    right = Math.max(right, c);
  };
  for (const [key, cell] of Object.entries(sheet.cells)) {
    const has = valuesOnly
      ? cell.value !== undefined || cell.formula !== undefined || cell.error !== undefined
      : Object.keys(cell).length > 0;
    if (!has) continue;
    const [r, c] = key.split(",").map(Number) as [number, number];
    take(r, c);
  }
  if (!valuesOnly)
    for (const m of sheet.merges) {
      take(m.top, m.left);
      take(m.bottom, m.right);
    }
  return bottom < 0 ? null : { top, left, bottom, right };
}

/** Whole-column or whole-row areas are clipped to the used part of the sheet when cells are visited. */
function bounded(sheet: FakeSheet, a: Area): Area {
  if ((a.bottom - a.top + 1) * (a.right - a.left + 1) <= 4_000_000) return a;
  const used = usedBounds(sheet, false) ?? { top: 0, left: 0, bottom: 0, right: 0 };
  return {
    top: a.top,
    left: a.left,
    bottom: Math.max(a.top, Math.min(a.bottom, used.bottom)),
    right: Math.max(a.left, Math.min(a.right, used.right)),
  };
}

function forCells(sheet: FakeSheet, areas: readonly Area[], fn: (r: number, c: number) => void): void {
  for (const a0 of areas) {
    const a = bounded(sheet, a0);
    for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) fn(r, c);
  }
}

function cellOf(sheet: FakeSheet, r: number, c: number): FakeCell {
  const key = cellKey(r, c);
  return (sheet.cells[key] ??= {});
}

function peek(sheet: FakeSheet, r: number, c: number): FakeCell | undefined {
  return sheet.cells[cellKey(r, c)];
}

function prune(sheet: FakeSheet, r: number, c: number): void {
  const key = cellKey(r, c);
  const cell = sheet.cells[key];
  if (!cell) return;
  if (cell.font && Object.keys(cell.font).length === 0) delete cell.font;
  if (cell.borders && Object.keys(cell.borders).length === 0) delete cell.borders;
  if (Object.keys(cell).length === 0) delete sheet.cells[key];
}

/** The value every cell shares, or null when they differ (as Excel answers for mixed formats). */
function uniform<V>(sheet: FakeSheet, areas: readonly Area[], get: (cell: FakeCell | undefined) => V): V | null {
  let first = true;
  let out: V | null = null;
  let key = "";
  let mixed = false;
  forCells(sheet, areas, (r, c) => {
    if (mixed) return;
    const v = get(peek(sheet, r, c));
    const k = JSON.stringify(v) ?? "undefined";
    if (first) {
      out = v;
      key = k;
      first = false;
    } else if (k !== key) mixed = true;
  });
  return mixed ? null : out;
}

function grid<V>(area: Area, fn: (r: number, c: number) => V): V[][] {
  if ((area.bottom - area.top + 1) * (area.right - area.left + 1) > 5_000_000)
    throw new FakeOfficeError("RangeExceedsLimit", "The range is too large for this operation.");
  const out: V[][] = [];
  for (let r = area.top; r <= area.bottom; r++) {
    const row: V[] = [];
    for (let c = area.left; c <= area.right; c++) row.push(fn(r, c));
    out.push(row);
  }
  return out;
}

function eachInput<V>(area: Area, input: V | V[][], fn: (r: number, c: number, v: V) => void): void {
  const rows = area.bottom - area.top + 1;
  const cols = area.right - area.left + 1;
  if (Array.isArray(input)) {
    if (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== cols))
      throw invalidArgument("The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
    input.forEach((row, i) => row.forEach((v, j) => fn(area.top + i, area.left + j, v)));
  } else for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) fn(r, c, input);
}

/** What Excel does with a value written through `values`: "=…" becomes a formula unless the cell is formatted as text. */
function writeValue(cell: FakeCell, v: unknown): void {
  delete cell.value;
  delete cell.formula;
  delete cell.error;
  if (v === null || v === undefined || v === "") return;
  if (typeof v === "number" || typeof v === "boolean") {
    cell.value = v;
    return;
  }
  const s = String(v);
  if (cell.numberFormat === "@") cell.value = s;
  else if (s.startsWith("'")) cell.value = s.slice(1);
  else if (s.length > 1 && (s.startsWith("=") || s.startsWith("+"))) cell.formula = s.startsWith("+") ? `=${s.slice(1)}` : s;
  else if (/^-?\d+(\.\d+)?$/.test(s.trim())) cell.value = Number(s);
  else if (/^(TRUE|FALSE)$/i.test(s)) cell.value = s.toUpperCase() === "TRUE";
  else cell.value = s;
}

function rawValue(cell: FakeCell | undefined): string | number | boolean {
  if (!cell) return "";
  if (cell.error) return cell.error;
  return cell.value ?? "";
}

function valueType(cell: FakeCell | undefined): string {
  if (!cell) return "Empty";
  if (cell.error) return "Error";
  if (cell.value === undefined) return "Empty";
  return typeof cell.value === "number" ? "Double" : typeof cell.value === "boolean" ? "Boolean" : "String";
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, "0");
}

/** A small number-format renderer: enough for General, text, integers/decimals and d/m/y dates. */
export function displayText(cell: FakeCell | undefined): string {
  if (!cell) return "";
  if (cell.error) return cell.error;
  const v = cell.value;
  if (v === undefined) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "string") return v;
  const fmt = cell.numberFormat ?? "General";
  if (isDateFormat(fmt)) {
    const d = serialToDate(v);
    const tokens: Record<string, string> = {
      yyyy: String(d.getUTCFullYear()),
      yy: pad(d.getUTCFullYear() % 100),
      mm: pad(d.getUTCMonth() + 1),
      m: String(d.getUTCMonth() + 1),
      dd: pad(d.getUTCDate()),
      d: String(d.getUTCDate()),
    };
    return fmt
      .replace(/\[[^\]]*\]/g, "")
      .replace(/yyyy|yy|mm|m|dd|d/gi, (t) => tokens[t.toLowerCase()] ?? t)
      .replace(/\\/g, "");
  }
  const dec = /0\.(0+)/.exec(fmt);
  if (dec) return v.toFixed((dec[1] as string).length);
  if (fmt.includes("#,##0")) return Math.round(v).toLocaleString("en-US");
  return String(Number(v.toPrecision(11)));
}

function validSheetName(name: string): void {
  if (!name || name.length > 31 || /[:\\/?*[\]]/.test(name) || name.startsWith("'") || name.endsWith("'"))
    throw invalidArgument(`The sheet name '${name}' is not valid.`);
}

/** The name Excel gives a copy of `name`: "Name (2)", or the next free number; the base is shortened to fit 31. */
function copyName(wb: FakeWorkbookState, name: string): string {
  const base = name.replace(/ \(\d+\)$/, "");
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${base.slice(0, 31 - suffix.length)}${suffix}`;
    if (!findSheet(wb, candidate)) return candidate;
  }
}

function localAddress(areas: readonly Area[]): string {
  return areas.map(formatArea).join(",");
}

// ───────────────────────── collections ─────────────────────────

abstract class Coll<T, IT, I extends Obj<IT>> extends Obj<T> {
  protected abstract _enumerate(t: T): IT[];
  protected abstract _item(target: IT, index: number): I;

  get items(): I[] {
    return this._get<I[]>("items");
  }

  override _collect(spec: Spec): Pending {
    const t = this._resolve();
    if (t === null) return { payload: null, commit: () => (this._isNull = true) };
    let itemSpec = spec.navs.get("items");
    if (!itemSpec) {
      const props = new Set([...spec.props].filter((p) => p !== "items"));
      itemSpec = { all: spec.all || spec.props.has("items") || (props.size === 0 && spec.navs.size === 0), props, navs: spec.navs };
    }
    const items = this._enumerate(t).map((target, i) => this._item(target, i));
    const pend = items.map((it) => it._collect(itemSpec as Spec));
    return {
      payload: pend.map((p) => p.payload),
      commit: () => {
        this._isNull = false;
        this._values.set("items", items);
        pend.forEach((p) => p.commit());
      },
    };
  }

  getCount(): ClientResult<number> {
    return queueResult(this, "getCount", [], (t) => this._enumerate(t).length);
  }
}

// ───────────────────────── workbook ─────────────────────────

export class FakeApplication extends Obj<FakeWorkbookState> {
  get _className() {
    return "Application";
  }
  protected _readers() {
    return { calculationMode: () => "Automatic" };
  }
  get calculationMode(): string {
    return this._get("calculationMode");
  }
  suspendApiCalculationUntilNextSync(): void {
    this._ctx.require("1.6", "Application.suspendApiCalculationUntilNextSync");
    this._ctx.suspendCalculation();
    this._op({ m: "suspendApiCalculationUntilNextSync" }, () => undefined);
  }
}

export class FakeWorkbook extends Obj<FakeWorkbookState> {
  private _sheets?: FakeWorksheetCollection;
  private _parts?: FakeCustomXmlPartCollection;
  private _settings?: FakeSettingCollection;
  private _app?: FakeApplication;
  get _className() {
    return "Workbook";
  }
  protected _readers() {
    return { name: (s: FakeWorkbookState) => s.name };
  }
  protected override _nav(name: string) {
    const navs: Record<string, () => Obj<unknown>> = {
      worksheets: () => this.worksheets as Obj<unknown>,
      customXmlParts: () => this.customXmlParts as Obj<unknown>,
      settings: () => this.settings as Obj<unknown>,
      application: () => this.application as Obj<unknown>,
    };
    return navs[name]?.();
  }
  get name(): string {
    return this._get("name");
  }
  get worksheets(): FakeWorksheetCollection {
    return (this._sheets ??= new FakeWorksheetCollection(this._ctx, "wb.worksheets", () => state(this._ctx)));
  }
  get customXmlParts(): FakeCustomXmlPartCollection {
    this._ctx.require("1.5", "Workbook.customXmlParts");
    return (this._parts ??= new FakeCustomXmlPartCollection(this._ctx, "wb.customXmlParts", () => state(this._ctx)));
  }
  get settings(): FakeSettingCollection {
    return (this._settings ??= new FakeSettingCollection(this._ctx, "wb.settings", () => state(this._ctx)));
  }
  get application(): FakeApplication {
    return (this._app ??= new FakeApplication(this._ctx, "app", () => state(this._ctx)));
  }
  getActiveWorksheet(): FakeWorksheet {
    return this.worksheets.getActiveWorksheet();
  }
  getSelectedRange(): FakeRange {
    return new FakeRange(this._ctx, "wb.getSelectedRange()", () => {
      const s = state(this._ctx);
      const sheet = s.sheets.find((x) => x.id === s.activeSheetId);
      if (!sheet) throw notFound("active sheet");
      const list = parseAreaList(sheet.selection);
      if (!list || list.areas.length !== 1)
        throw new FakeOfficeError("InvalidSelection", "The current selection is invalid for this operation.");
      return { sheet, area: list.areas[0] as Area };
    });
  }
  getSelectedRanges(): FakeRangeAreas {
    this._ctx.require("1.9", "Workbook.getSelectedRanges");
    return new FakeRangeAreas(this._ctx, "wb.getSelectedRanges()", () => {
      const s = state(this._ctx);
      const sheet = s.sheets.find((x) => x.id === s.activeSheetId);
      if (!sheet) throw notFound("active sheet");
      return { sheet, areas: parseAreaList(sheet.selection)?.areas ?? [] };
    });
  }
}

// ───────────────────────── worksheets ─────────────────────────

export class FakeWorksheetCollection extends Coll<FakeWorkbookState, FakeSheet, FakeWorksheet> {
  private _onActivated?: FakeEventHandlers;
  get _className() {
    return "WorksheetCollection";
  }
  /** ExcelApi 1.7: a worksheet of the workbook was activated (`{ worksheetId, type: "WorksheetActivated", source }`). */
  get onActivated(): FakeEventHandlers {
    this._ctx.require("1.7", "WorksheetCollection.onActivated");
    return (this._onActivated ??= new FakeEventHandlers(this._ctx, "WorksheetActivated", `${this._path}.onActivated`));
  }
  protected _readers() {
    return {};
  }
  protected _enumerate(s: FakeWorkbookState) {
    return s.sheets;
  }
  protected _item(sheet: FakeSheet) {
    return new FakeWorksheet(this._ctx, `wb.ws[${JSON.stringify(sheet.name)}]`, () => sheet);
  }
  private lookup(key: string): FakeSheet | null {
    const s = state(this._ctx);
    return findSheet(s, key) ?? s.sheets.find((x) => x.id === key) ?? null;
  }
  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this._ctx, `wb.ws[${JSON.stringify(key)}]`, () => {
      const sheet = this.lookup(key);
      if (!sheet) throw notFound(`worksheet '${key}'`);
      return sheet;
    });
  }
  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this._ctx, `wb.ws?[${JSON.stringify(key)}]`, () => this.lookup(key));
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this._ctx, "wb.activeWs", () => {
      const s = state(this._ctx);
      return s.sheets.find((x) => x.id === s.activeSheetId) ?? null;
    });
  }
  add(name?: string): FakeWorksheet {
    let created: FakeSheet | null = null;
    const ws = new FakeWorksheet(this._ctx, `wb.ws.add(${JSON.stringify(name ?? "")})`, () => {
      if (!created) throw new FakeOfficeError("InvalidObjectPath", MESSAGES.invalidObjectPath("Worksheet.add"));
      return created;
    });
    this._op({ m: "add", a: [name ?? null] }, (s) => {
      let n = name;
      if (n === undefined) for (let i = 1; !n || findSheet(s, n); i++) n = `Sheet${i}`;
      validSheetName(n);
      if (findSheet(s, n)) throw new FakeOfficeError("ItemAlreadyExists", `A worksheet named '${n}' already exists.`);
      created = createSheet(s, n);
      s.sheets.push(created);
    });
    return ws;
  }
}

export class FakeWorksheet extends Obj<FakeSheet> {
  private _navs = new Map<string, unknown>();
  private _onChanged?: FakeEventHandlers;
  /**
   * ExcelApi 1.7: data on this worksheet changed (`{ worksheetId, address, changeType, type: "WorksheetChanged",
   * source }`). Raised by `fake.editCell` (the user typing); the path names the sheet as the proxy was got.
   */
  get onChanged(): FakeEventHandlers {
    this._ctx.require("1.7", "Worksheet.onChanged");
    return (this._onChanged ??= new FakeEventHandlers(this._ctx, "WorksheetChanged", `${this._path}.onChanged`, () => this._must().id));
  }
  get _className() {
    return "Worksheet";
  }
  protected _readers() {
    return {
      name: (s: FakeSheet) => s.name,
      id: (s: FakeSheet) => s.id,
      position: (s: FakeSheet) => state(this._ctx).sheets.indexOf(s),
      visibility: (s: FakeSheet) => s.visibility,
    };
  }
  private nav<O>(name: string, make: () => O): O {
    let o = this._navs.get(name) as O | undefined;
    if (!o) this._navs.set(name, (o = make()));
    return o;
  }
  protected override _nav(name: string): Obj<unknown> | undefined {
    switch (name) {
      case "protection":
        return this.protection as Obj<unknown>;
      case "freezePanes":
        return this.freezePanes as Obj<unknown>;
      case "pageLayout":
        return this.pageLayout as Obj<unknown>;
      case "customProperties":
        return this.customProperties as Obj<unknown>;
      case "charts":
        return this.charts as Obj<unknown>;
      default:
        return undefined;
    }
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._set("name", v, (s, n) => {
      validSheetName(n);
      const other = findSheet(state(this._ctx), n);
      if (other && other !== s) throw new FakeOfficeError("ItemAlreadyExists", `A worksheet named '${n}' already exists.`);
      s.name = n;
    });
  }
  get id(): string {
    return this._get("id");
  }
  get position(): number {
    return this._get("position");
  }
  set position(v: number) {
    this._set("position", v, (s, p) => {
      const list = state(this._ctx).sheets;
      list.splice(list.indexOf(s), 1);
      list.splice(Math.max(0, Math.min(p, list.length)), 0, s);
    });
  }
  get visibility(): string {
    return this._get("visibility");
  }
  set visibility(v: string) {
    this._set("visibility", v, (s, x) => {
      s.visibility = x;
    });
  }
  get protection(): FakeWorksheetProtection {
    return this.nav("protection", () => new FakeWorksheetProtection(this._ctx, `${this._path}.protection`, () => this._resolve()));
  }
  get freezePanes(): FakeFreezePanes {
    this._ctx.require("1.7", "Worksheet.freezePanes");
    return this.nav("freezePanes", () => new FakeFreezePanes(this._ctx, `${this._path}.freezePanes`, () => this._resolve(), this));
  }
  get pageLayout(): FakePageLayout {
    this._ctx.require("1.9", "Worksheet.pageLayout");
    return this.nav("pageLayout", () => new FakePageLayout(this._ctx, `${this._path}.pageLayout`, () => this._resolve()));
  }
  get horizontalPageBreaks(): FakePageBreakCollection {
    this._ctx.require("1.9", "Worksheet.horizontalPageBreaks");
    return this.nav(
      "horizontalPageBreaks",
      () => new FakePageBreakCollection(this._ctx, `${this._path}.horizontalPageBreaks`, () => this._resolve(), this),
    );
  }
  get customProperties(): FakeCustomPropertyCollection {
    this._ctx.require("1.12", "Worksheet.customProperties");
    return this.nav(
      "customProperties",
      () => new FakeCustomPropertyCollection(this._ctx, `${this._path}.customProperties`, () => this._resolve()),
    );
  }
  get charts(): FakeChartCollection {
    return this.nav("charts", () => new FakeChartCollection(this._ctx, `${this._path}.charts`, () => this._resolve()));
  }
  getRange(address?: string): FakeRange {
    return new FakeRange(this._ctx, `${this._path}.range(${JSON.stringify(address ?? "")})`, () => {
      const sheet = this._resolve();
      if (!sheet) return null;
      if (address === undefined || address === "") return { sheet, area: { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 } };
      const { local } = splitSheet(address);
      const area = parseArea(local);
      if (!area) throw invalidArgument(`The argument 'address' is invalid: ${address}`);
      return { sheet, area };
    });
  }
  getRanges(address: string): FakeRangeAreas {
    this._ctx.require("1.9", "Worksheet.getRanges");
    return new FakeRangeAreas(this._ctx, `${this._path}.ranges(${JSON.stringify(address)})`, () => {
      const sheet = this._resolve();
      if (!sheet) return null;
      const list = parseAreaList(address);
      if (!list) throw invalidArgument(`The argument 'address' is invalid: ${address}`);
      return { sheet, areas: list.areas };
    });
  }
  getCell(row: number, column: number): FakeRange {
    return this.getRange(cellRef(row, column));
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    this._ctx.require("1.7", "Worksheet.getRangeByIndexes");
    return new FakeRange(this._ctx, `${this._path}.byIndexes(${startRow},${startColumn},${rowCount},${columnCount})`, () => {
      const sheet = this._resolve();
      if (!sheet) return null;
      if (rowCount < 1 || columnCount < 1) throw invalidArgument("rowCount and columnCount must be positive.");
      return { sheet, area: { top: startRow, left: startColumn, bottom: startRow + rowCount - 1, right: startColumn + columnCount - 1 } };
    });
  }
  private used(valuesOnly: boolean, nullable: boolean): FakeRange {
    return new FakeRange(this._ctx, `${this._path}.usedRange(${valuesOnly})${nullable ? "?" : ""}`, () => {
      const sheet = this._resolve();
      if (!sheet) return null;
      const area = usedBounds(sheet, valuesOnly);
      if (!area) return nullable ? null : { sheet, area: { top: 0, left: 0, bottom: 0, right: 0 } };
      return { sheet, area };
    });
  }
  getUsedRange(valuesOnly = false): FakeRange {
    return this.used(valuesOnly, false);
  }
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    this._ctx.require("1.4", "Worksheet.getUsedRangeOrNullObject");
    return this.used(valuesOnly, true);
  }
  /**
   * Excel's Move or Copy → "Create a copy" (ExcelApi 1.7). The copy gets a new id and the name "Name (2)" (the
   * lowest free number); cells, layout, conditional formats, charts and the worksheet custom properties come
   * along. (Current Excel builds are reported not to copy custom properties; the fake copies them, the worst case
   * for an add-in that uses them as a marker.) Position "None" (the default) and "Beginning" put it first.
   */
  copy(positionType: string = "None", relativeTo?: FakeWorksheet): FakeWorksheet {
    this._ctx.require("1.7", "Worksheet.copy");
    let created: FakeSheet | null = null;
    const ws = new FakeWorksheet(this._ctx, `${this._path}.copy(${JSON.stringify(positionType)})`, () => {
      if (!created) throw new FakeOfficeError("InvalidObjectPath", MESSAGES.invalidObjectPath("Worksheet.copy"));
      return created;
    });
    this._op({ m: "copy", a: [positionType, relativeTo?._path ?? null] }, (s) => {
      const wb = state(this._ctx);
      const anchor = relativeTo ? relativeTo._resolve() : null;
      if ((positionType === "Before" || positionType === "After") && !anchor)
        throw invalidArgument("Worksheet.copy: relativeTo is required for Before and After.");
      const copy = JSON.parse(JSON.stringify(s)) as FakeSheet;
      copy.id = newId(wb, "5EE7");
      copy.name = copyName(wb, s.name);
      copy.conditionalFormats = copy.conditionalFormats.map((cf) => ({ ...cf, id: newId(wb, "CF") }));
      copy.charts = copy.charts.map((c) => ({ ...c, id: newId(wb, "CA") }));
      let at = 0;
      if (positionType === "End") at = wb.sheets.length;
      else if (anchor && positionType === "Before") at = wb.sheets.indexOf(anchor);
      else if (anchor && positionType === "After") at = wb.sheets.indexOf(anchor) + 1;
      wb.sheets.splice(at, 0, copy);
      created = copy;
    });
    return ws;
  }
  activate(): void {
    this._op({ m: "activate" }, (s) => {
      if (s.visibility !== "Visible") throw new FakeOfficeError("InvalidOperation", "A hidden sheet cannot be activated.");
      setActive(this._ctx, s);
    });
  }
  delete(): void {
    this._op({ m: "delete" }, (s) => {
      const wb = state(this._ctx);
      const visible = wb.sheets.filter((x) => x.visibility === "Visible");
      if (visible.length === 1 && visible[0] === s)
        throw new FakeOfficeError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      const i = wb.sheets.indexOf(s);
      wb.sheets.splice(i, 1);
      // Like Excel: every formula that referred to the deleted sheet now refers to #REF! (='Sheet'!C4 → =#REF!C4).
      const quoted = `'${s.name.replace(/'/g, "''")}'!`;
      const bare = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(s.name) ? `${s.name}!` : null;
      const refersTo = (f: string) =>
        f.includes(quoted) || (bare !== null && new RegExp(`(^|[^\\p{L}\\p{N}_.'])${bare.replace(/[.]/g, "\\.")}`, "u").test(f));
      for (const other of wb.sheets)
        for (const cell of Object.values(other.cells))
          if (cell.formula && refersTo(cell.formula)) {
            cell.formula = cell.formula.split(quoted).join("#REF!");
            if (bare)
              cell.formula = cell.formula.replace(new RegExp(`(^|[^\\p{L}\\p{N}_.'])${bare.replace(/[.]/g, "\\.")}`, "gu"), "$1#REF!");
            delete cell.value;
            cell.error = "#REF!";
          }
      if (wb.activeSheetId === s.id) {
        const next = wb.sheets
          .slice(i)
          .concat(wb.sheets.slice(0, i).reverse())
          .find((x) => x.visibility === "Visible");
        setActive(this._ctx, next);
      }
    });
  }
}

export class FakeWorksheetProtection extends Obj<FakeSheet> {
  get _className() {
    return "WorksheetProtection";
  }
  protected _readers() {
    return { protected: (s: FakeSheet) => s.protected };
  }
  get protected(): boolean {
    return this._get("protected");
  }
  protect(): void {
    this._op({ m: "protect" }, (s) => {
      s.protected = true;
    });
  }
  unprotect(): void {
    this._op({ m: "unprotect" }, (s) => {
      s.protected = false;
    });
  }
}

export class FakeFreezePanes extends Obj<FakeSheet> {
  constructor(
    ctx: Ctx,
    path: string,
    resolver: () => FakeSheet | null,
    private readonly ws: FakeWorksheet,
  ) {
    super(ctx, path, resolver);
  }
  get _className() {
    return "WorksheetFreezePanes";
  }
  protected _readers() {
    return {};
  }
  freezeRows(count = 1): void {
    this._op({ m: "freezeRows", a: [count] }, (s) => {
      s.freeze = count > 0 ? { rows: count, cols: 0 } : null;
    });
  }
  freezeColumns(count = 1): void {
    this._op({ m: "freezeColumns", a: [count] }, (s) => {
      s.freeze = count > 0 ? { rows: 0, cols: count } : null;
    });
  }
  freezeAt(frozen: FakeRange | string): void {
    const range = typeof frozen === "string" ? this.ws.getRange(frozen) : frozen;
    this._op({ m: "freezeAt", a: [range._path] }, (s) => {
      const { area } = range._must();
      const rows = area.top === 0 && area.bottom === MAX_ROWS - 1 ? 0 : area.bottom + 1;
      const cols = area.left === 0 && area.right === MAX_COLS - 1 ? 0 : area.right + 1;
      s.freeze = { rows, cols };
    });
  }
  unfreeze(): void {
    this._op({ m: "unfreeze" }, (s) => {
      s.freeze = null;
    });
  }
  getLocationOrNullObject(): FakeRange {
    return new FakeRange(this._ctx, `${this._path}.location?`, () => {
      const s = this._resolve();
      if (!s || !s.freeze) return null;
      const rows = s.freeze.rows || MAX_ROWS;
      const cols = s.freeze.cols || MAX_COLS;
      return { sheet: s, area: { top: 0, left: 0, bottom: rows - 1, right: cols - 1 } };
    });
  }
}

/** Throws as a host that rejects this page setup does (`rejectPageSetup` option). */
function rejectIfConfigured(ctx: Ctx, feature: PageSetupFeature, what: string): void {
  if (!ctx.host.options.rejectPageSetup.includes(feature)) return;
  if (feature === "fitToPages") throw invalidArgument(`The argument is invalid or missing or has an incorrect format: ${what}`);
  throw new FakeOfficeError("GeneralException", `There was an internal error while processing the request: ${what}`);
}

export class FakePageLayout extends Obj<FakeSheet> {
  get _className() {
    return "PageLayout";
  }
  protected _readers() {
    return {
      orientation: (s: FakeSheet) => s.pageLayout.orientation,
      paperSize: (s: FakeSheet) => s.pageLayout.paperSize,
      zoom: (s: FakeSheet) => s.pageLayout.zoom,
      centerHorizontally: (s: FakeSheet) => s.pageLayout.centerHorizontally,
      leftMargin: (s: FakeSheet) => s.pageLayout.margins.left,
      rightMargin: (s: FakeSheet) => s.pageLayout.margins.right,
      topMargin: (s: FakeSheet) => s.pageLayout.margins.top,
      bottomMargin: (s: FakeSheet) => s.pageLayout.margins.bottom,
      headerMargin: (s: FakeSheet) => s.pageLayout.margins.header,
      footerMargin: (s: FakeSheet) => s.pageLayout.margins.footer,
    };
  }
  private _headersFooters: FakeHeaderFooterGroup | undefined;
  protected override _nav(name: string): Obj<unknown> | undefined {
    return name === "headersFooters" ? (this.headersFooters as Obj<unknown>) : undefined;
  }
  get headersFooters(): FakeHeaderFooterGroup {
    return (this._headersFooters ??= new FakeHeaderFooterGroup(this._ctx, `${this._path}.headersFooters`, () => this._resolve()));
  }
  private _margin(side: keyof FakeSheet["pageLayout"]["margins"], prop: string, v: number): void {
    this._set(prop, v, (s, x) => {
      if (typeof x !== "number" || !Number.isFinite(x) || x < 0) throw invalidArgument(`Invalid ${prop}: ${String(x)}`);
      s.pageLayout.margins[side] = x;
    });
  }
  get leftMargin(): number {
    return this._get("leftMargin");
  }
  set leftMargin(v: number) {
    this._margin("left", "leftMargin", v);
  }
  get rightMargin(): number {
    return this._get("rightMargin");
  }
  set rightMargin(v: number) {
    this._margin("right", "rightMargin", v);
  }
  get topMargin(): number {
    return this._get("topMargin");
  }
  set topMargin(v: number) {
    this._margin("top", "topMargin", v);
  }
  get bottomMargin(): number {
    return this._get("bottomMargin");
  }
  set bottomMargin(v: number) {
    this._margin("bottom", "bottomMargin", v);
  }
  get headerMargin(): number {
    return this._get("headerMargin");
  }
  set headerMargin(v: number) {
    this._margin("header", "headerMargin", v);
  }
  get footerMargin(): number {
    return this._get("footerMargin");
  }
  set footerMargin(v: number) {
    this._margin("footer", "footerMargin", v);
  }
  get orientation(): string {
    return this._get("orientation");
  }
  set orientation(v: string) {
    this._set("orientation", v, (s, x) => void (s.pageLayout.orientation = x));
  }
  get paperSize(): string {
    return this._get("paperSize");
  }
  set paperSize(v: string) {
    this._set("paperSize", v, (s, x) => void (s.pageLayout.paperSize = x));
  }
  get zoom(): FakeSheet["pageLayout"]["zoom"] {
    return this._get("zoom");
  }
  set zoom(v: FakeSheet["pageLayout"]["zoom"]) {
    this._set("zoom", v, (s, x) => {
      if (x && (x.horizontalFitToPages !== undefined || x.verticalFitToPages !== undefined))
        rejectIfConfigured(this._ctx, "fitToPages", "PageLayout.zoom");
      const z = { ...x };
      for (const k of Object.keys(z) as (keyof typeof z)[]) if (z[k] === undefined || z[k] === null) delete z[k];
      s.pageLayout.zoom = z;
    });
  }
  get centerHorizontally(): boolean {
    return this._get("centerHorizontally");
  }
  set centerHorizontally(v: boolean) {
    this._set("centerHorizontally", v, (s, x) => void (s.pageLayout.centerHorizontally = x));
  }
  setPrintTitleRows(rows: FakeRange | string): void {
    this._op({ m: "setPrintTitleRows", a: [typeof rows === "string" ? rows : rows._path] }, (s) => {
      rejectIfConfigured(this._ctx, "printTitles", "PageLayout.setPrintTitleRows");
      const area = typeof rows === "string" ? parseArea(splitSheet(rows).local) : rows._must().area;
      if (!area) throw invalidArgument(`Invalid print title rows: ${String(rows)}`);
      s.pageLayout.printTitleRows = `$${area.top + 1}:$${area.bottom + 1}`;
    });
  }
  getPrintTitleRowsOrNullObject(): FakeRange {
    return new FakeRange(this._ctx, `${this._path}.printTitleRows?`, () => {
      const s = this._resolve();
      if (!s || !s.pageLayout.printTitleRows) return null;
      const area = parseArea(s.pageLayout.printTitleRows.replace(/\$/g, ""));
      return area ? { sheet: s, area } : null;
    });
  }
}

/** PageLayout.headersFooters (ExcelApi 1.9): only the default pages' footer, which is what PhuLuc sets. */
export class FakeHeaderFooterGroup extends Obj<FakeSheet> {
  get _className() {
    return "HeaderFooterGroup";
  }
  protected _readers() {
    return {};
  }
  private _default: FakeHeaderFooter | undefined;
  protected override _nav(name: string): Obj<unknown> | undefined {
    return name === "defaultForAllPages" ? (this.defaultForAllPages as Obj<unknown>) : undefined;
  }
  get defaultForAllPages(): FakeHeaderFooter {
    return (this._default ??= new FakeHeaderFooter(this._ctx, `${this._path}.defaultForAllPages`, () => this._resolve()));
  }
}

export class FakeHeaderFooter extends Obj<FakeSheet> {
  get _className() {
    return "HeaderFooter";
  }
  protected _readers() {
    return {
      leftFooter: (s: FakeSheet) => s.pageLayout.footer.left,
      centerFooter: (s: FakeSheet) => s.pageLayout.footer.center,
      rightFooter: (s: FakeSheet) => s.pageLayout.footer.right,
    };
  }
  private _section(side: keyof FakeSheet["pageLayout"]["footer"], prop: string, v: string): void {
    this._set(prop, v, (s, x) => {
      // Excel caps a header or footer at 255 characters, its codes included.
      if (typeof x !== "string" || x.length > 255) throw invalidArgument(`Invalid ${prop}`);
      rejectIfConfigured(this._ctx, "footer", `HeaderFooter.${prop}`);
      s.pageLayout.footer[side] = x;
    });
  }
  get leftFooter(): string {
    return this._get("leftFooter");
  }
  set leftFooter(v: string) {
    this._section("left", "leftFooter", v);
  }
  get centerFooter(): string {
    return this._get("centerFooter");
  }
  set centerFooter(v: string) {
    this._section("center", "centerFooter", v);
  }
  get rightFooter(): string {
    return this._get("rightFooter");
  }
  set rightFooter(v: string) {
    this._section("right", "rightFooter", v);
  }
}

export class FakePageBreakCollection extends Obj<FakeSheet> {
  constructor(
    ctx: Ctx,
    path: string,
    resolver: () => FakeSheet | null,
    private readonly ws: FakeWorksheet,
  ) {
    super(ctx, path, resolver);
  }
  get _className() {
    return "PageBreakCollection";
  }
  protected _readers() {
    return { count: (s: FakeSheet) => s.horizontalPageBreaks.length };
  }
  add(at: FakeRange | string): void {
    const range = typeof at === "string" ? this.ws.getRange(at) : at;
    this._op({ m: "add", a: [range._path] }, (s) => {
      rejectIfConfigured(this._ctx, "pageBreaks", "PageBreakCollection.add");
      const row = range._must().area.top;
      if (!s.horizontalPageBreaks.includes(row)) s.horizontalPageBreaks = [...s.horizontalPageBreaks, row].sort((a, b) => a - b);
    });
  }
  removePageBreaks(): void {
    this._op({ m: "removePageBreaks" }, (s) => void (s.horizontalPageBreaks = []));
  }
}

// ───────────────────────── ranges ─────────────────────────

export interface RangeTarget {
  sheet: FakeSheet;
  area: Area;
}

export interface AreasTarget {
  sheet: FakeSheet;
  areas: Area[];
}

export class FakeRange extends Obj<RangeTarget> {
  private _format?: FakeRangeFormat;
  private _dv?: FakeDataValidation_;
  private _cfs?: FakeConditionalFormatCollection;
  private _ws?: FakeWorksheet;
  get _className() {
    return "Range";
  }
  protected _readers() {
    const vals =
      <V>(fn: (cell: FakeCell | undefined) => V) =>
      (t: RangeTarget) =>
        grid(t.area, (r, c) => fn(peek(t.sheet, r, c)));
    return {
      address: (t: RangeTarget) => qualified(t.sheet.name, t.area),
      addressLocal: (t: RangeTarget) => qualified(t.sheet.name, t.area),
      rowIndex: (t: RangeTarget) => t.area.top,
      columnIndex: (t: RangeTarget) => t.area.left,
      rowCount: (t: RangeTarget) => t.area.bottom - t.area.top + 1,
      columnCount: (t: RangeTarget) => t.area.right - t.area.left + 1,
      cellCount: (t: RangeTarget) => (t.area.bottom - t.area.top + 1) * (t.area.right - t.area.left + 1),
      values: vals(rawValue),
      text: vals(displayText),
      numberFormat: vals((c) => c?.numberFormat ?? "General"),
      valueTypes: vals(valueType),
      formulas: vals((c) => c?.formula ?? rawValue(c)),
      hyperlink: (t: RangeTarget) => peek(t.sheet, t.area.top, t.area.left)?.hyperlink ?? null,
    };
  }
  protected override _nav(name: string): Obj<unknown> | undefined {
    if (name === "format") return this.format as Obj<unknown>;
    if (name === "dataValidation") return this.dataValidation as Obj<unknown>;
    if (name === "conditionalFormats") return this.conditionalFormats as Obj<unknown>;
    if (name === "worksheet") return this.worksheet as Obj<unknown>;
    return undefined;
  }
  private areas = (): AreasTarget | null => {
    const t = this._resolve();
    return t ? { sheet: t.sheet, areas: [t.area] } : null;
  };
  get address(): string {
    return this._get("address");
  }
  get addressLocal(): string {
    return this._get("addressLocal");
  }
  get rowIndex(): number {
    return this._get("rowIndex");
  }
  get columnIndex(): number {
    return this._get("columnIndex");
  }
  get rowCount(): number {
    return this._get("rowCount");
  }
  get columnCount(): number {
    return this._get("columnCount");
  }
  get cellCount(): number {
    return this._get("cellCount");
  }
  get values(): unknown[][] {
    return this._get("values");
  }
  set values(v: unknown[][]) {
    this._set("values", v, (t, input) => {
      guard(t.sheet);
      eachInput(t.area, input, (r, c, x) => {
        writeValue(cellOf(t.sheet, r, c), x);
        prune(t.sheet, r, c);
      });
    });
  }
  get text(): string[][] {
    return this._get("text");
  }
  get valueTypes(): string[][] {
    return this._get("valueTypes");
  }
  get numberFormat(): string[][] {
    return this._get("numberFormat");
  }
  set numberFormat(v: string[][]) {
    this._set("numberFormat", v, (t, input) => {
      guard(t.sheet);
      eachInput(t.area, input, (r, c, x) => {
        const cell = cellOf(t.sheet, r, c);
        if (x === "General" || x === null) delete cell.numberFormat;
        else cell.numberFormat = String(x);
        prune(t.sheet, r, c);
      });
    });
  }
  get formulas(): unknown[][] {
    return this._get("formulas");
  }
  set formulas(v: unknown[][]) {
    this._set("formulas", v, (t, input) => {
      guard(t.sheet);
      eachInput(t.area, input, (r, c, x) => {
        const cell = cellOf(t.sheet, r, c);
        if (typeof x === "string" && x.startsWith("=")) {
          delete cell.value;
          delete cell.error;
          cell.formula = x;
        } else writeValue(cell, x);
        prune(t.sheet, r, c);
      });
    });
  }
  get hyperlink(): Record<string, string> | null {
    return this._get("hyperlink");
  }
  set hyperlink(v: Record<string, string> | null) {
    this._ctx.require("1.7", "Range.hyperlink");
    this._set("hyperlink", v, (t, link) => {
      guard(t.sheet);
      forCells(t.sheet, [t.area], (r, c) => {
        const cell = cellOf(t.sheet, r, c);
        if (!link) delete cell.hyperlink;
        else {
          cell.hyperlink = { ...link };
          if (link.textToDisplay !== undefined) writeValue(cell, link.textToDisplay);
        }
        prune(t.sheet, r, c);
      });
    });
  }
  get format(): FakeRangeFormat {
    return (this._format ??= new FakeRangeFormat(this._ctx, `${this._path}.format`, this.areas));
  }
  get dataValidation(): FakeDataValidation_ {
    this._ctx.require("1.8", "Range.dataValidation");
    return (this._dv ??= new FakeDataValidation_(this._ctx, `${this._path}.dataValidation`, () => this._resolve()));
  }
  get conditionalFormats(): FakeConditionalFormatCollection {
    this._ctx.require("1.6", "Range.conditionalFormats");
    return (this._cfs ??= new FakeConditionalFormatCollection(this._ctx, `${this._path}.conditionalFormats`, this.areas));
  }
  get worksheet(): FakeWorksheet {
    return (this._ws ??= new FakeWorksheet(this._ctx, `${this._path}.worksheet`, () => this._resolve()?.sheet ?? null));
  }
  private derived(name: string, fn: (t: RangeTarget) => Area): FakeRange {
    return new FakeRange(this._ctx, `${this._path}.${name}`, () => {
      const t = this._resolve();
      return t ? { sheet: t.sheet, area: fn(t) } : null;
    });
  }
  getCell(row: number, column: number): FakeRange {
    return this.derived(`cell(${row},${column})`, (t) => ({
      top: t.area.top + row,
      left: t.area.left + column,
      bottom: t.area.top + row,
      right: t.area.left + column,
    }));
  }
  getRow(row: number): FakeRange {
    return this.derived(`row(${row})`, (t) => ({ ...t.area, top: t.area.top + row, bottom: t.area.top + row }));
  }
  getColumn(column: number): FakeRange {
    return this.derived(`column(${column})`, (t) => ({ ...t.area, left: t.area.left + column, right: t.area.left + column }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derived(`resized(${deltaRows},${deltaColumns})`, (t) => ({
      ...t.area,
      bottom: t.area.bottom + deltaRows,
      right: t.area.right + deltaColumns,
    }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derived(`offset(${rowOffset},${columnOffset})`, (t) => ({
      top: t.area.top + rowOffset,
      bottom: t.area.bottom + rowOffset,
      left: t.area.left + columnOffset,
      right: t.area.right + columnOffset,
    }));
  }
  select(): void {
    this._op({ m: "select" }, (t) => {
      if (t.sheet.visibility !== "Visible") throw new FakeOfficeError("InvalidOperation", "Cannot select a cell on a hidden sheet.");
      setActive(this._ctx, t.sheet);
      t.sheet.selection = formatArea(t.area);
    });
  }
  merge(across = false): void {
    this._op({ m: "merge", a: [across] }, (t) => {
      guard(t.sheet);
      const a = t.area;
      const rows = across ? Array.from({ length: a.bottom - a.top + 1 }, (_, i) => ({ ...a, top: a.top + i, bottom: a.top + i })) : [a];
      for (const m of rows) {
        if (m.top === m.bottom && m.left === m.right) continue;
        t.sheet.merges = t.sheet.merges.filter((x) => !intersects(x, m));
        t.sheet.merges.push({ top: m.top, left: m.left, bottom: m.bottom, right: m.right });
        forCells(t.sheet, [m], (r, c) => {
          if (r === m.top && c === m.left) return;
          const cell = peek(t.sheet, r, c);
          if (cell) {
            delete cell.value;
            delete cell.formula;
            delete cell.error;
            prune(t.sheet, r, c);
          }
        });
      }
    });
  }
  unmerge(): void {
    this._op({ m: "unmerge" }, (t) => {
      guard(t.sheet);
      t.sheet.merges = t.sheet.merges.filter((x) => !intersects(x, t.area));
    });
  }
  clear(applyTo = "All"): void {
    this._op({ m: "clear", a: [applyTo] }, (t) => {
      guard(t.sheet);
      forCells(t.sheet, [t.area], (r, c) => {
        const cell = peek(t.sheet, r, c);
        if (!cell) return;
        if (applyTo === "All" || applyTo === "Contents") {
          delete cell.value;
          delete cell.formula;
          delete cell.error;
        }
        if (applyTo === "All" || applyTo === "Formats") {
          for (const k of ["numberFormat", "fill", "font", "horizontalAlignment", "verticalAlignment", "wrapText", "borders"] as const)
            delete cell[k];
        }
        if (applyTo === "All" || applyTo === "Hyperlinks") delete cell.hyperlink;
        prune(t.sheet, r, c);
      });
    });
  }
  /**
   * As Excel: only merged areas whose top-left cell lies in the range (office-js issue #3611, "by design"), and
   * above 512 of them the call fails (documented: "if the merged areas count in this range is more than 512, then
   * this method will fail to return the result"; the code is not documented — GeneralException here, the
   * hardest case for the adapter, as it cannot be told apart from an oversized payload on the web).
   */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    this._ctx.require("1.13", "Range.getMergedAreasOrNullObject");
    return new FakeRangeAreas(this._ctx, `${this._path}.mergedAreas?`, () => {
      const t = this._resolve();
      if (!t) return null;
      const a = t.area;
      const areas = t.sheet.merges
        .filter((m) => m.top >= a.top && m.top <= a.bottom && m.left >= a.left && m.left <= a.right)
        .map((m) => ({ ...m }));
      if (areas.length > MAX_MERGED_AREAS)
        throw new FakeOfficeError("GeneralException", MESSAGES.tooManyMergedAreas, "Range.getMergedAreasOrNullObject");
      return areas.length ? { sheet: t.sheet, areas } : null;
    });
  }
  /** The used cells inside this range (ExcelApi 1.4), a null object when there are none. */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    this._ctx.require("1.4", "Range.getUsedRangeOrNullObject");
    return new FakeRange(this._ctx, `${this._path}.usedRange(${valuesOnly})?`, () => {
      const t = this._resolve();
      if (!t) return null;
      const a = t.area;
      let top = Infinity,
        left = Infinity,
        bottom = -1,
        right = -1;
      for (const key in t.sheet.cells) {
        // Position first (cheap), content second: a 300,000-cell sheet is scanned for a small window.
        const comma = key.indexOf(",");
        const r = Number(key.slice(0, comma));
        if (r < a.top || r > a.bottom) continue;
        const c = Number(key.slice(comma + 1));
        if (c < a.left || c > a.right) continue;
        const cell = t.sheet.cells[key] as FakeCell;
        const has = valuesOnly
          ? cell.value !== undefined || cell.formula !== undefined || cell.error !== undefined
          : Object.keys(cell).length > 0;
        if (!has) continue;
        top = Math.min(top, r);
        left = Math.min(left, c);
        bottom = Math.max(bottom, r);
        right = Math.max(right, c);
      }
      return bottom < 0 ? null : { sheet: t.sheet, area: { top, left, bottom, right } };
    });
  }
}

export class FakeRangeCollection extends Coll<AreasTarget, RangeTarget, FakeRange> {
  get _className() {
    return "RangeCollection";
  }
  protected _readers() {
    return {};
  }
  protected _enumerate(t: AreasTarget) {
    return t.areas.map((area) => ({ sheet: t.sheet, area }));
  }
  protected _item(target: RangeTarget, i: number) {
    return new FakeRange(this._ctx, `${this._path}[${i}]`, () => target);
  }
}

export class FakeRangeAreas extends Obj<AreasTarget> {
  private _areas?: FakeRangeCollection;
  private _format?: FakeRangeFormat;
  private _cfs?: FakeConditionalFormatCollection;
  get _className() {
    return "RangeAreas";
  }
  protected _readers() {
    return {
      address: (t: AreasTarget) => t.areas.map((a) => qualified(t.sheet.name, a)).join(","),
      addressLocal: (t: AreasTarget) => t.areas.map((a) => qualified(t.sheet.name, a)).join(","),
      areaCount: (t: AreasTarget) => t.areas.length,
      cellCount: (t: AreasTarget) => t.areas.reduce((n, a) => n + (a.bottom - a.top + 1) * (a.right - a.left + 1), 0),
    };
  }
  protected override _nav(name: string): Obj<unknown> | undefined {
    if (name === "areas") return this.areas as Obj<unknown>;
    if (name === "format") return this.format as Obj<unknown>;
    if (name === "conditionalFormats") return this.conditionalFormats as Obj<unknown>;
    return undefined;
  }
  get address(): string {
    return this._get("address");
  }
  get areaCount(): number {
    return this._get("areaCount");
  }
  get areas(): FakeRangeCollection {
    return (this._areas ??= new FakeRangeCollection(this._ctx, `${this._path}.areas`, () => this._resolve()));
  }
  get format(): FakeRangeFormat {
    return (this._format ??= new FakeRangeFormat(this._ctx, `${this._path}.format`, () => this._resolve()));
  }
  get conditionalFormats(): FakeConditionalFormatCollection {
    return (this._cfs ??= new FakeConditionalFormatCollection(this._ctx, `${this._path}.conditionalFormats`, () => this._resolve()));
  }
  select(): void {
    this._op({ m: "select" }, (t) => {
      setActive(this._ctx, t.sheet);
      t.sheet.selection = localAddress(t.areas);
    });
  }
}

// ───────────────────────── formats ─────────────────────────

export class FakeRangeFormat extends Obj<AreasTarget> {
  private _fill?: FakeRangeFill;
  private _font?: FakeRangeFont;
  private _borders?: FakeBorderCollection;
  get _className() {
    return "RangeFormat";
  }
  protected _readers() {
    return {
      horizontalAlignment: (t: AreasTarget) => uniform(t.sheet, t.areas, (c) => c?.horizontalAlignment ?? "General"),
      verticalAlignment: (t: AreasTarget) => uniform(t.sheet, t.areas, (c) => c?.verticalAlignment ?? "Bottom"),
      wrapText: (t: AreasTarget) => uniform(t.sheet, t.areas, (c) => c?.wrapText ?? false),
      columnWidth: (t: AreasTarget) => {
        const ws = new Set<number>();
        for (const a of t.areas)
          for (let c = a.left; c <= Math.min(a.right, a.left + 16383); c++) ws.add(t.sheet.columnWidths[c] ?? DEFAULT_COLUMN_WIDTH);
        return ws.size === 1 ? [...ws][0] : null;
      },
      rowHeight: (t: AreasTarget) => {
        const hs = new Set<number>();
        for (const a0 of t.areas) {
          const a = bounded(t.sheet, a0);
          for (let r = a.top; r <= a.bottom; r++) hs.add(t.sheet.rowHeights[r] ?? DEFAULT_ROW_HEIGHT);
        }
        return hs.size === 1 ? [...hs][0] : null;
      },
    };
  }
  protected override _nav(name: string): Obj<unknown> | undefined {
    if (name === "fill") return this.fill as Obj<unknown>;
    if (name === "font") return this.font as Obj<unknown>;
    if (name === "borders") return this.borders as Obj<unknown>;
    return undefined;
  }
  private cells(prop: string, v: unknown, apply: (cell: FakeCell) => void): void {
    this._set(prop, v, (t) => {
      guard(t.sheet);
      forCells(t.sheet, t.areas, (r, c) => {
        apply(cellOf(t.sheet, r, c));
        prune(t.sheet, r, c);
      });
    });
  }
  get horizontalAlignment(): string {
    return this._get("horizontalAlignment");
  }
  set horizontalAlignment(v: string) {
    this.cells("horizontalAlignment", v, (cell) => (v === "General" ? delete cell.horizontalAlignment : (cell.horizontalAlignment = v)));
  }
  get verticalAlignment(): string {
    return this._get("verticalAlignment");
  }
  set verticalAlignment(v: string) {
    this.cells("verticalAlignment", v, (cell) => (v === "Bottom" ? delete cell.verticalAlignment : (cell.verticalAlignment = v)));
  }
  get wrapText(): boolean {
    return this._get("wrapText");
  }
  set wrapText(v: boolean) {
    this.cells("wrapText", v, (cell) => (v ? (cell.wrapText = true) : delete cell.wrapText));
  }
  get columnWidth(): number {
    return this._get("columnWidth");
  }
  set columnWidth(v: number) {
    this._set("columnWidth", v, (t) => {
      guard(t.sheet);
      for (const a of t.areas) for (let c = a.left; c <= a.right; c++) t.sheet.columnWidths[c] = v;
    });
  }
  /** Setting true resets the columns to the standard width (drops their own widths). */
  set useStandardWidth(v: boolean) {
    this._set("useStandardWidth", v, (t) => {
      guard(t.sheet);
      if (v)
        for (const key of Object.keys(t.sheet.columnWidths))
          if (t.areas.some((a) => Number(key) >= a.left && Number(key) <= a.right)) delete t.sheet.columnWidths[key];
    });
  }
  /** Setting true resets the rows to the standard height (drops their own heights). */
  set useStandardHeight(v: boolean) {
    this._set("useStandardHeight", v, (t) => {
      guard(t.sheet);
      if (v)
        for (const key of Object.keys(t.sheet.rowHeights))
          if (t.areas.some((a) => Number(key) >= a.top && Number(key) <= a.bottom)) delete t.sheet.rowHeights[key];
    });
  }
  get rowHeight(): number {
    return this._get("rowHeight");
  }
  set rowHeight(v: number) {
    this._set("rowHeight", v, (t) => {
      guard(t.sheet);
      for (const a0 of t.areas) {
        const a = bounded(t.sheet, a0);
        for (let r = a.top; r <= a.bottom; r++) t.sheet.rowHeights[r] = v;
      }
    });
  }
  autofitRows(): void {
    this._op({ m: "autofitRows" }, (t) => guard(t.sheet));
  }
  autofitColumns(): void {
    this._op({ m: "autofitColumns" }, (t) => guard(t.sheet));
  }
  get fill(): FakeRangeFill {
    return (this._fill ??= new FakeRangeFill(this._ctx, `${this._path}.fill`, () => this._resolve()));
  }
  get font(): FakeRangeFont {
    return (this._font ??= new FakeRangeFont(this._ctx, `${this._path}.font`, () => this._resolve()));
  }
  get borders(): FakeBorderCollection {
    return (this._borders ??= new FakeBorderCollection(this._ctx, `${this._path}.borders`, () => this._resolve()));
  }
}

function normColor(v: string): string {
  return /^#[0-9a-f]{6}$/i.test(v) ? v.toUpperCase() : v;
}

export class FakeRangeFill extends Obj<AreasTarget> {
  get _className() {
    return "RangeFill";
  }
  protected _readers() {
    return {
      color: (t: AreasTarget) => uniform(t.sheet, t.areas, (c) => c?.fill?.color ?? "#FFFFFF"),
      pattern: (t: AreasTarget) => uniform(t.sheet, t.areas, (c) => (c?.fill ? (c.fill.pattern ?? "Solid") : "None")),
    };
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this._set("color", v, (t) => {
      guard(t.sheet);
      forCells(t.sheet, t.areas, (r, c) => {
        cellOf(t.sheet, r, c).fill = { color: normColor(v) };
      });
    });
  }
  get pattern(): string {
    return this._get("pattern");
  }
  clear(): void {
    this._values.delete("color");
    this._op({ m: "clear" }, (t) => {
      guard(t.sheet);
      forCells(t.sheet, t.areas, (r, c) => {
        const cell = peek(t.sheet, r, c);
        if (cell) {
          delete cell.fill;
          prune(t.sheet, r, c);
        }
      });
    });
  }
}

const FONT_PROPS = ["name", "size", "bold", "italic", "underline", "color"] as const;

export class FakeRangeFont extends Obj<AreasTarget> {
  get _className() {
    return "RangeFont";
  }
  protected _readers() {
    const out: Record<string, (t: AreasTarget) => unknown> = {};
    for (const p of FONT_PROPS) out[p] = (t) => uniform(t.sheet, t.areas, (c) => c?.font?.[p] ?? DEFAULT_FONT[p]);
    return out;
  }
  private put<K extends keyof FakeFont>(prop: K, v: FakeFont[K]): void {
    this._set(prop, v, (t) => {
      guard(t.sheet);
      forCells(t.sheet, t.areas, (r, c) => {
        const cell = cellOf(t.sheet, r, c);
        cell.font = { ...cell.font, [prop]: prop === "color" ? normColor(String(v)) : v };
      });
    });
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this.put("name", v);
  }
  get size(): number {
    return this._get("size");
  }
  set size(v: number) {
    this.put("size", v);
  }
  get bold(): boolean {
    return this._get("bold");
  }
  set bold(v: boolean) {
    this.put("bold", v);
  }
  get italic(): boolean {
    return this._get("italic");
  }
  set italic(v: boolean) {
    this.put("italic", v);
  }
  get underline(): string {
    return this._get("underline");
  }
  set underline(v: string) {
    this.put("underline", v);
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this.put("color", v);
  }
}

interface BorderTarget extends AreasTarget {
  index: string;
}

export class FakeBorderCollection extends Obj<AreasTarget> {
  get _className() {
    return "RangeBorderCollection";
  }
  protected _readers() {
    return {};
  }
  getItem(index: string): FakeRangeBorder {
    return new FakeRangeBorder(this._ctx, `${this._path}[${index}]`, () => {
      const t = this._resolve();
      return t ? { ...t, index } : null;
    });
  }
}

/** Which cell edges a border index touches in an area. */
function borderEdges(a: Area, index: string, fn: (r: number, c: number, edge: BorderEdge) => void): void {
  switch (index) {
    case "EdgeTop":
      for (let c = a.left; c <= a.right; c++) fn(a.top, c, "EdgeTop");
      break;
    case "EdgeBottom":
      for (let c = a.left; c <= a.right; c++) fn(a.bottom, c, "EdgeBottom");
      break;
    case "EdgeLeft":
      for (let r = a.top; r <= a.bottom; r++) fn(r, a.left, "EdgeLeft");
      break;
    case "EdgeRight":
      for (let r = a.top; r <= a.bottom; r++) fn(r, a.right, "EdgeRight");
      break;
    case "InsideHorizontal":
      for (let r = a.top; r < a.bottom; r++) for (let c = a.left; c <= a.right; c++) fn(r, c, "EdgeBottom");
      break;
    case "InsideVertical":
      for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c < a.right; c++) fn(r, c, "EdgeRight");
      break;
    default:
      throw invalidArgument(`Unsupported border index ${index}`);
  }
}

export class FakeRangeBorder extends Obj<BorderTarget> {
  get _className() {
    return "RangeBorder";
  }
  protected _readers() {
    const edge = (t: BorderTarget): BorderEdge =>
      t.index === "InsideHorizontal" ? "EdgeBottom" : t.index === "InsideVertical" ? "EdgeRight" : (t.index as BorderEdge);
    return {
      style: (t: BorderTarget) => uniform(t.sheet, t.areas, (c) => c?.borders?.[edge(t)]?.style ?? "None"),
      color: (t: BorderTarget) => uniform(t.sheet, t.areas, (c) => c?.borders?.[edge(t)]?.color ?? "#000000"),
      weight: (t: BorderTarget) => uniform(t.sheet, t.areas, (c) => c?.borders?.[edge(t)]?.weight ?? "Thin"),
    };
  }
  private put(prop: "style" | "color" | "weight", v: string): void {
    this._set(prop, v, (t) => {
      guard(t.sheet);
      for (const a0 of t.areas)
        borderEdges(bounded(t.sheet, a0), t.index, (r, c, e) => {
          const cell = cellOf(t.sheet, r, c);
          const borders = (cell.borders ??= {});
          if (prop === "style" && v === "None") delete borders[e];
          else borders[e] = { ...(borders[e] ?? { style: "Continuous" }), [prop]: prop === "color" ? normColor(v) : v };
          prune(t.sheet, r, c);
        });
    });
  }
  get style(): string {
    return this._get("style");
  }
  set style(v: string) {
    this.put("style", v);
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this.put("color", v);
  }
  get weight(): string {
    return this._get("weight");
  }
  set weight(v: string) {
    this.put("weight", v);
  }
}

// ───────────────────────── data validation ─────────────────────────

const NO_PROMPT: FakePrompt = { showPrompt: false, title: "", message: "" };

const RULE_TYPES: Record<string, string> = {
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  list: "List",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
  custom: "Custom",
};

// The trailing underscore keeps the class name apart from the state type FakeDataValidation.
export class FakeDataValidation_ extends Obj<RangeTarget> {
  get _className() {
    return "DataValidation";
  }
  protected _readers() {
    return {
      type: (t: RangeTarget) => uniform(t.sheet, [t.area], (c) => c?.dataValidation?.type ?? "None") ?? "Inconsistent",
      rule: (t: RangeTarget) => uniform(t.sheet, [t.area], (c) => c?.dataValidation?.rule ?? {}),
      prompt: (t: RangeTarget) => uniform(t.sheet, [t.area], (c) => c?.dataValidation?.prompt ?? NO_PROMPT),
      ignoreBlanks: () => true,
      valid: () => true,
    };
  }
  get type(): string {
    return this._get("type");
  }
  get rule(): Record<string, unknown> {
    return this._get("rule");
  }
  set rule(v: Record<string, unknown>) {
    this._set("rule", v, (t, rule) => {
      guard(t.sheet);
      const key = Object.keys(rule)[0] ?? "";
      const type = RULE_TYPES[key];
      if (!type) throw invalidArgument("Unsupported data validation rule.");
      forCells(t.sheet, [t.area], (r, c) => {
        const cell = cellOf(t.sheet, r, c);
        const dv: FakeDataValidation = cell.dataValidation ?? { type: "None", rule: null, prompt: { ...NO_PROMPT, showPrompt: true } };
        cell.dataValidation = { ...dv, type, rule: JSON.parse(JSON.stringify(rule)) as Record<string, unknown> };
      });
    });
  }
  get prompt(): FakePrompt {
    return this._get("prompt");
  }
  set prompt(v: FakePrompt) {
    this._set("prompt", v, (t, p) => {
      guard(t.sheet);
      if ((p.title ?? "").length > 32) throw invalidArgument("The prompt title is longer than 32 characters.");
      if ((p.message ?? "").length > 255) throw invalidArgument("The prompt message is longer than 255 characters.");
      forCells(t.sheet, [t.area], (r, c) => {
        const cell = cellOf(t.sheet, r, c);
        const dv: FakeDataValidation = cell.dataValidation ?? { type: "None", rule: null, prompt: NO_PROMPT };
        cell.dataValidation = { ...dv, prompt: { showPrompt: p.showPrompt ?? true, title: p.title ?? "", message: p.message ?? "" } };
      });
    });
  }
  clear(): void {
    this._op({ m: "clear" }, (t) => {
      guard(t.sheet);
      forCells(t.sheet, [t.area], (r, c) => {
        const cell = peek(t.sheet, r, c);
        if (cell) {
          delete cell.dataValidation;
          prune(t.sheet, r, c);
        }
      });
    });
  }
}

// ───────────────────────── conditional formats ─────────────────────────

interface CfTarget {
  sheet: FakeSheet;
  cf: FakeConditionalFormat;
}

function cfAreas(cf: FakeConditionalFormat): Area[] {
  return parseAreaList(cf.ranges)?.areas ?? [];
}

export class FakeConditionalFormatCollection extends Coll<AreasTarget, CfTarget, FakeConditionalFormat_> {
  get _className() {
    return "ConditionalFormatCollection";
  }
  protected _readers() {
    return {};
  }
  protected _enumerate(t: AreasTarget): CfTarget[] {
    return t.sheet.conditionalFormats
      .filter((cf) => cfAreas(cf).some((a) => t.areas.some((b) => intersects(a, b))))
      .map((cf) => ({ sheet: t.sheet, cf }));
  }
  protected _item(target: CfTarget, i: number) {
    return new FakeConditionalFormat_(this._ctx, `${this._path}[${i}]`, () => target);
  }
  add(type: string): FakeConditionalFormat_ {
    let made: CfTarget | null = null;
    const cf = new FakeConditionalFormat_(this._ctx, `${this._path}.add(${type})`, () => made);
    this._op({ m: "add", a: [type] }, (t) => {
      guard(t.sheet);
      const created: FakeConditionalFormat = {
        id: newId(state(this._ctx), "CF"),
        type,
        ranges: localAddress(t.areas),
        stopIfTrue: false,
        rule: {},
        format: {},
      };
      t.sheet.conditionalFormats.unshift(created);
      made = { sheet: t.sheet, cf: created };
    });
    return cf;
  }
  getItem(id: string): FakeConditionalFormat_ {
    return new FakeConditionalFormat_(this._ctx, `${this._path}[${JSON.stringify(id)}]`, () => {
      const t = this._must();
      const cf = t.sheet.conditionalFormats.find((x) => x.id === id);
      if (!cf) throw notFound(`conditional format ${id}`);
      return { sheet: t.sheet, cf };
    });
  }
  clearAll(): void {
    this._op({ m: "clearAll" }, (t) => {
      guard(t.sheet);
      const hit = new Set(this._enumerate(t).map((x) => x.cf));
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((cf) => !hit.has(cf));
    });
  }
}

export class FakeConditionalFormat_ extends Obj<CfTarget> {
  private _custom?: FakeCustomConditionalFormat;
  private _customOrNull?: FakeCustomConditionalFormat;
  get _className() {
    return "ConditionalFormat";
  }
  protected _readers() {
    return {
      id: (t: CfTarget) => t.cf.id,
      type: (t: CfTarget) => t.cf.type,
      priority: (t: CfTarget) => t.sheet.conditionalFormats.indexOf(t.cf),
      stopIfTrue: (t: CfTarget) => t.cf.stopIfTrue,
    };
  }
  protected override _nav(name: string): Obj<unknown> | undefined {
    if (name === "custom") return this.custom as Obj<unknown>;
    if (name === "customOrNullObject") return this.customOrNullObject as Obj<unknown>;
    return undefined;
  }
  get id(): string {
    return this._get("id");
  }
  get type(): string {
    return this._get("type");
  }
  get priority(): number {
    return this._get("priority");
  }
  set priority(v: number) {
    this._set("priority", v, (t, p) => {
      guard(t.sheet);
      const list = t.sheet.conditionalFormats;
      list.splice(list.indexOf(t.cf), 1);
      list.splice(Math.max(0, Math.min(p, list.length)), 0, t.cf);
    });
  }
  get stopIfTrue(): boolean {
    return this._get("stopIfTrue");
  }
  set stopIfTrue(v: boolean) {
    this._set("stopIfTrue", v, (t, x) => {
      guard(t.sheet);
      t.cf.stopIfTrue = x;
    });
  }
  get custom(): FakeCustomConditionalFormat {
    return (this._custom ??= new FakeCustomConditionalFormat(this._ctx, `${this._path}.custom`, () => {
      const t = this._resolve();
      if (t && t.cf.type !== "Custom") throw new FakeOfficeError("InvalidOperation", "The conditional format is not of type Custom.");
      return t;
    }));
  }
  get customOrNullObject(): FakeCustomConditionalFormat {
    return (this._customOrNull ??= new FakeCustomConditionalFormat(this._ctx, `${this._path}.custom?`, () => {
      const t = this._resolve();
      return t && t.cf.type === "Custom" ? t : null;
    }));
  }
  getRange(): FakeRange {
    return new FakeRange(this._ctx, `${this._path}.range`, () => {
      const t = this._must();
      const areas = cfAreas(t.cf);
      if (areas.length !== 1)
        throw new FakeOfficeError("InvalidOperation", "The conditional format applies to several areas; use getRanges.");
      return { sheet: t.sheet, area: areas[0] as Area };
    });
  }
  getRanges(): FakeRangeAreas {
    this._ctx.require("1.9", "ConditionalFormat.getRanges");
    return new FakeRangeAreas(this._ctx, `${this._path}.ranges`, () => {
      const t = this._must();
      return { sheet: t.sheet, areas: cfAreas(t.cf) };
    });
  }
  delete(): void {
    this._op({ m: "delete" }, (t) => {
      guard(t.sheet);
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((x) => x !== t.cf);
    });
  }
}

export class FakeCustomConditionalFormat extends Obj<CfTarget> {
  private _rule?: FakeConditionalFormatRule;
  private _format?: FakeConditionalRangeFormat;
  get _className() {
    return "CustomConditionalFormat";
  }
  protected _readers() {
    return {};
  }
  protected override _nav(name: string): Obj<unknown> | undefined {
    if (name === "rule") return this.rule as Obj<unknown>;
    if (name === "format") return this.format as Obj<unknown>;
    return undefined;
  }
  get rule(): FakeConditionalFormatRule {
    return (this._rule ??= new FakeConditionalFormatRule(this._ctx, `${this._path}.rule`, () => this._resolve()));
  }
  get format(): FakeConditionalRangeFormat {
    return (this._format ??= new FakeConditionalRangeFormat(this._ctx, `${this._path}.format`, () => this._resolve()));
  }
}

export class FakeConditionalFormatRule extends Obj<CfTarget> {
  get _className() {
    return "ConditionalFormatRule";
  }
  protected _readers() {
    return {
      formula: (t: CfTarget) => (t.cf.rule.formula as string | undefined) ?? "",
      formulaLocal: (t: CfTarget) => (t.cf.rule.formula as string | undefined) ?? "",
    };
  }
  get formula(): string {
    return this._get("formula");
  }
  set formula(v: string) {
    this._set("formula", v, (t, f) => {
      guard(t.sheet);
      t.cf.rule = { ...t.cf.rule, formula: f };
    });
  }
}

export class FakeConditionalRangeFormat extends Obj<CfTarget> {
  private _fill?: FakeConditionalRangeFill;
  get _className() {
    return "ConditionalRangeFormat";
  }
  protected _readers() {
    return {};
  }
  protected override _nav(name: string): Obj<unknown> | undefined {
    return name === "fill" ? (this.fill as Obj<unknown>) : undefined;
  }
  get fill(): FakeConditionalRangeFill {
    return (this._fill ??= new FakeConditionalRangeFill(this._ctx, `${this._path}.fill`, () => this._resolve()));
  }
}

export class FakeConditionalRangeFill extends Obj<CfTarget> {
  get _className() {
    return "ConditionalRangeFill";
  }
  protected _readers() {
    return { color: (t: CfTarget) => t.cf.format.fill?.color ?? null };
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this._set("color", v, (t, c) => {
      guard(t.sheet);
      t.cf.format = { ...t.cf.format, fill: { color: normColor(c) } };
    });
  }
  clear(): void {
    this._op({ m: "clear" }, (t) => {
      delete t.cf.format.fill;
    });
  }
}

// ───────────────────────── custom XML parts ─────────────────────────

function rootNamespace(xml: string): string {
  const root = /<(?!\?|!)([^\s/>]+)([^>]*)>/.exec(xml);
  if (!root) throw invalidArgument("The XML is not well-formed.");
  const prefix = (root[1] as string).includes(":") ? (root[1] as string).split(":")[0] : null;
  const attr = prefix ? new RegExp(`xmlns:${prefix}\\s*=\\s*["']([^"']*)["']`) : /xmlns\s*=\s*["']([^"']*)["']/;
  return attr.exec(root[2] as string)?.[1] ?? "";
}

export class FakeCustomXmlPartCollection extends Coll<FakeWorkbookState, FakeCustomXmlPart, FakeCustomXmlPart_> {
  get _className() {
    return "CustomXmlPartCollection";
  }
  protected _readers() {
    return {};
  }
  protected _enumerate(s: FakeWorkbookState) {
    return s.customXmlParts;
  }
  protected _item(part: FakeCustomXmlPart, i: number) {
    return new FakeCustomXmlPart_(this._ctx, `wb.xml[${i}]`, () => part);
  }
  add(xml: string): FakeCustomXmlPart_ {
    let made: FakeCustomXmlPart | null = null;
    const part = new FakeCustomXmlPart_(this._ctx, "wb.xml.add()", () => made);
    this._op({ m: "add", a: [xml] }, (s) => {
      made = { id: newId(s, "C0"), namespaceUri: rootNamespace(xml), xml };
      s.customXmlParts.push(made);
    });
    return part;
  }
  getByNamespace(namespaceUri: string): FakeCustomXmlPartScopedCollection {
    return new FakeCustomXmlPartScopedCollection(this._ctx, `wb.xml.ns(${JSON.stringify(namespaceUri)})`, () => ({
      state: state(this._ctx),
      ns: namespaceUri,
    }));
  }
  getItem(id: string): FakeCustomXmlPart_ {
    return new FakeCustomXmlPart_(this._ctx, `wb.xml[${JSON.stringify(id)}]`, () => {
      const p = state(this._ctx).customXmlParts.find((x) => x.id === id);
      if (!p) throw notFound(`custom XML part ${id}`);
      return p;
    });
  }
  getItemOrNullObject(id: string): FakeCustomXmlPart_ {
    return new FakeCustomXmlPart_(
      this._ctx,
      `wb.xml?[${JSON.stringify(id)}]`,
      () => state(this._ctx).customXmlParts.find((x) => x.id === id) ?? null,
    );
  }
}

interface Scope {
  state: FakeWorkbookState;
  ns: string;
}

export class FakeCustomXmlPartScopedCollection extends Coll<Scope, FakeCustomXmlPart, FakeCustomXmlPart_> {
  get _className() {
    return "CustomXmlPartScopedCollection";
  }
  protected _readers() {
    return {};
  }
  protected _enumerate(t: Scope) {
    return t.state.customXmlParts.filter((p) => p.namespaceUri === t.ns);
  }
  protected _item(part: FakeCustomXmlPart, i: number) {
    return new FakeCustomXmlPart_(this._ctx, `${this._path}[${i}]`, () => part);
  }
  private only(nullable: boolean): FakeCustomXmlPart_ {
    return new FakeCustomXmlPart_(this._ctx, `${this._path}.only${nullable ? "?" : ""}`, () => {
      const list = this._enumerate(this._must());
      if (list.length === 1) return list[0] as FakeCustomXmlPart;
      if (nullable) return null;
      throw new FakeOfficeError(list.length ? "InvalidOperation" : "ItemNotFound", "Expected exactly one custom XML part.");
    });
  }
  getOnlyItem(): FakeCustomXmlPart_ {
    return this.only(false);
  }
  getOnlyItemOrNullObject(): FakeCustomXmlPart_ {
    return this.only(true);
  }
  getItemOrNullObject(id: string): FakeCustomXmlPart_ {
    return new FakeCustomXmlPart_(
      this._ctx,
      `${this._path}?[${JSON.stringify(id)}]`,
      () => this._enumerate(this._must()).find((p) => p.id === id) ?? null,
    );
  }
}

export class FakeCustomXmlPart_ extends Obj<FakeCustomXmlPart> {
  get _className() {
    return "CustomXmlPart";
  }
  protected _readers() {
    return { id: (p: FakeCustomXmlPart) => p.id, namespaceUri: (p: FakeCustomXmlPart) => p.namespaceUri };
  }
  get id(): string {
    return this._get("id");
  }
  get namespaceUri(): string {
    return this._get("namespaceUri");
  }
  getXml(): ClientResult<string> {
    return queueResult(this, "getXml", [], (p) => p.xml);
  }
  setXml(xml: string): void {
    this._op({ m: "setXml", a: [xml] }, (p) => {
      p.xml = xml;
      p.namespaceUri = rootNamespace(xml);
    });
  }
  delete(): void {
    this._op({ m: "delete" }, (p) => {
      const s = state(this._ctx);
      s.customXmlParts = s.customXmlParts.filter((x) => x !== p);
    });
  }
}

// ───────────────────────── worksheet custom properties ─────────────────────────

interface PropTarget {
  sheet: FakeSheet;
  key: string;
}

function propKey(sheet: FakeSheet, key: string): string | undefined {
  return Object.keys(sheet.customProperties).find((k) => k.toLowerCase() === key.toLowerCase());
}

export class FakeCustomPropertyCollection extends Coll<FakeSheet, PropTarget, FakeCustomProperty> {
  get _className() {
    return "WorksheetCustomPropertyCollection";
  }
  protected _readers() {
    return {};
  }
  protected _enumerate(sheet: FakeSheet) {
    return Object.keys(sheet.customProperties).map((key) => ({ sheet, key }));
  }
  protected _item(t: PropTarget) {
    return new FakeCustomProperty(this._ctx, `${this._path}[${JSON.stringify(t.key)}]`, () => t);
  }
  add(key: string, value: string): FakeCustomProperty {
    this._op({ m: "add", a: [key, value] }, (sheet) => {
      if (key.length > 255) throw invalidArgument("The key is longer than 255 characters.");
      const existing = propKey(sheet, key);
      if (existing !== undefined) delete sheet.customProperties[existing];
      sheet.customProperties[key] = String(value);
    });
    return this.getItem(key);
  }
  getItem(key: string): FakeCustomProperty {
    return new FakeCustomProperty(this._ctx, `${this._path}[${JSON.stringify(key)}]`, () => {
      const sheet = this._must();
      const k = propKey(sheet, key);
      if (k === undefined) throw notFound(`custom property ${key}`);
      return { sheet, key: k };
    });
  }
  getItemOrNullObject(key: string): FakeCustomProperty {
    return new FakeCustomProperty(this._ctx, `${this._path}?[${JSON.stringify(key)}]`, () => {
      const sheet = this._resolve();
      if (!sheet) return null;
      const k = propKey(sheet, key);
      return k === undefined ? null : { sheet, key: k };
    });
  }
}

export class FakeCustomProperty extends Obj<PropTarget> {
  get _className() {
    return "WorksheetCustomProperty";
  }
  protected _readers() {
    return { key: (t: PropTarget) => t.key, value: (t: PropTarget) => t.sheet.customProperties[t.key] ?? "" };
  }
  get key(): string {
    return this._get("key");
  }
  get value(): string {
    return this._get("value");
  }
  set value(v: string) {
    this._set("value", v, (t, x) => void (t.sheet.customProperties[t.key] = String(x)));
  }
  delete(): void {
    this._op({ m: "delete" }, (t) => void delete t.sheet.customProperties[t.key]);
  }
}

// ───────────────────────── settings ─────────────────────────

interface SettingTarget {
  state: FakeWorkbookState;
  key: string;
}

export class FakeSettingCollection extends Coll<FakeWorkbookState, SettingTarget, FakeSetting> {
  get _className() {
    return "SettingCollection";
  }
  protected _readers() {
    return {};
  }
  protected _enumerate(s: FakeWorkbookState) {
    return Object.keys(s.settings).map((key) => ({ state: s, key }));
  }
  protected _item(t: SettingTarget) {
    return new FakeSetting(this._ctx, `wb.settings[${JSON.stringify(t.key)}]`, () => t);
  }
  add(key: string, value: unknown): FakeSetting {
    this._op({ m: "add", a: [key, value] }, (s) => void (s.settings[key] = JSON.parse(JSON.stringify(value)) as unknown));
    return this.getItem(key);
  }
  getItem(key: string): FakeSetting {
    return new FakeSetting(this._ctx, `wb.settings[${JSON.stringify(key)}]`, () => {
      const s = this._must();
      if (!(key in s.settings)) throw notFound(`setting ${key}`);
      return { state: s, key };
    });
  }
  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this._ctx, `wb.settings?[${JSON.stringify(key)}]`, () => {
      const s = this._must();
      return key in s.settings ? { state: s, key } : null;
    });
  }
}

export class FakeSetting extends Obj<SettingTarget> {
  get _className() {
    return "Setting";
  }
  protected _readers() {
    return { key: (t: SettingTarget) => t.key, value: (t: SettingTarget) => t.state.settings[t.key] };
  }
  get key(): string {
    return this._get("key");
  }
  get value(): unknown {
    return this._get("value");
  }
  set value(v: unknown) {
    this._set("value", v, (t, x) => void (t.state.settings[t.key] = x));
  }
  delete(): void {
    this._op({ m: "delete" }, (t) => void delete t.state.settings[t.key]);
  }
}

// ───────────────────────── charts ─────────────────────────

interface ChartTarget {
  sheet: FakeSheet;
  chart: FakeChart;
}

export class FakeChartCollection extends Coll<FakeSheet, ChartTarget, FakeChart_> {
  get _className() {
    return "ChartCollection";
  }
  protected _readers() {
    return { count: (s: FakeSheet) => s.charts.length };
  }
  protected _enumerate(sheet: FakeSheet) {
    return sheet.charts.map((chart) => ({ sheet, chart }));
  }
  protected _item(t: ChartTarget, i: number) {
    return new FakeChart_(this._ctx, `${this._path}[${i}]`, () => t);
  }
  add(type: string, sourceData: FakeRange, seriesBy = "Auto"): FakeChart_ {
    let made: ChartTarget | null = null;
    const chart = new FakeChart_(this._ctx, `${this._path}.add(${type})`, () => made);
    this._op({ m: "add", a: [type, sourceData._path, seriesBy] }, (sheet) => {
      guard(sheet);
      const src = sourceData._must();
      const a = src.area;
      const byRows = seriesBy === "Rows";
      const n = byRows ? a.bottom - a.top + 1 : a.right - a.left + 1;
      const series = Array.from({ length: n }, (_, i) => ({
        name: `Series${i + 1}`,
        values: qualified(
          src.sheet.name,
          byRows ? { ...a, top: a.top + i, bottom: a.top + i } : { ...a, left: a.left + i, right: a.left + i },
        ),
      }));
      const c: FakeChart = {
        id: newId(state(this._ctx), "CA"),
        name: `Chart ${sheet.charts.length + 1}`,
        type,
        title: "",
        position: null,
        series,
      };
      sheet.charts.push(c);
      made = { sheet, chart: c };
    });
    return chart;
  }
  getItem(name: string): FakeChart_ {
    return new FakeChart_(this._ctx, `${this._path}[${JSON.stringify(name)}]`, () => {
      const sheet = this._must();
      const chart = sheet.charts.find((c) => c.name === name);
      if (!chart) throw notFound(`chart ${name}`);
      return { sheet, chart };
    });
  }
}

export class FakeChart_ extends Obj<ChartTarget> {
  private _title?: FakeChartTitle;
  private _series?: FakeChartSeriesCollection;
  get _className() {
    return "Chart";
  }
  protected _readers() {
    return { name: (t: ChartTarget) => t.chart.name, id: (t: ChartTarget) => t.chart.id, chartType: (t: ChartTarget) => t.chart.type };
  }
  protected override _nav(name: string): Obj<unknown> | undefined {
    if (name === "title") return this.title as Obj<unknown>;
    if (name === "series") return this.series as Obj<unknown>;
    return undefined;
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._set("name", v, (t, n) => void (t.chart.name = n));
  }
  get title(): FakeChartTitle {
    return (this._title ??= new FakeChartTitle(this._ctx, `${this._path}.title`, () => this._resolve()));
  }
  get series(): FakeChartSeriesCollection {
    return (this._series ??= new FakeChartSeriesCollection(this._ctx, `${this._path}.series`, () => this._resolve()));
  }
  setPosition(startCell: FakeRange | string, endCell?: FakeRange | string): void {
    const addr = (x: FakeRange | string | undefined): string =>
      x === undefined ? "" : typeof x === "string" ? splitSheet(x).local : formatArea(x._must().area);
    this._op(
      {
        m: "setPosition",
        a: [
          String(startCell instanceof FakeRange ? startCell._path : startCell),
          String(endCell instanceof FakeRange ? endCell._path : (endCell ?? "")),
        ],
      },
      (t) => {
        t.chart.position = { start: addr(startCell), end: addr(endCell) };
      },
    );
  }
  delete(): void {
    this._op({ m: "delete" }, (t) => void (t.sheet.charts = t.sheet.charts.filter((c) => c !== t.chart)));
  }
}

export class FakeChartTitle extends Obj<ChartTarget> {
  get _className() {
    return "ChartTitle";
  }
  protected _readers() {
    return { text: (t: ChartTarget) => t.chart.title };
  }
  get text(): string {
    return this._get("text");
  }
  set text(v: string) {
    this._set("text", v, (t, x) => void (t.chart.title = x));
  }
}

interface SeriesTarget extends ChartTarget {
  index: number;
}

export class FakeChartSeriesCollection extends Coll<ChartTarget, SeriesTarget, FakeChartSeries_> {
  get _className() {
    return "ChartSeriesCollection";
  }
  protected _readers() {
    return { count: (t: ChartTarget) => t.chart.series.length };
  }
  protected _enumerate(t: ChartTarget) {
    return t.chart.series.map((_, index) => ({ ...t, index }));
  }
  protected _item(t: SeriesTarget, i: number) {
    return new FakeChartSeries_(this._ctx, `${this._path}[${i}]`, () => t);
  }
  get count(): number {
    return this._get("count");
  }
  add(name?: string): FakeChartSeries_ {
    let made: SeriesTarget | null = null;
    const s = new FakeChartSeries_(this._ctx, `${this._path}.add()`, () => made);
    this._op({ m: "add", a: [name ?? null] }, (t) => {
      t.chart.series.push({ name: name ?? `Series${t.chart.series.length + 1}`, values: "" });
      made = { ...t, index: t.chart.series.length - 1 };
    });
    return s;
  }
  getItemAt(index: number): FakeChartSeries_ {
    return new FakeChartSeries_(this._ctx, `${this._path}.at(${index})`, () => {
      const t = this._must();
      if (index < 0 || index >= t.chart.series.length) throw notFound(`series ${index}`);
      return { ...t, index };
    });
  }
}

export class FakeChartSeries_ extends Obj<SeriesTarget> {
  get _className() {
    return "ChartSeries";
  }
  protected _readers() {
    return { name: (t: SeriesTarget) => t.chart.series[t.index]?.name ?? "" };
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._set("name", v, (t, n) => {
      const s = t.chart.series[t.index];
      if (s) s.name = n;
    });
  }
  private source(method: string, range: FakeRange, apply: (s: FakeChart["series"][number], address: string) => void): void {
    this._ctx.require("1.7", `ChartSeries.${method}`);
    this._op({ m: method, a: [range._path] }, (t) => {
      const r = range._must();
      const s = t.chart.series[t.index];
      if (s) apply(s, qualified(r.sheet.name, r.area));
    });
  }
  setValues(range: FakeRange): void {
    this.source("setValues", range, (s, a) => void (s.values = a));
  }
  setXAxisValues(range: FakeRange): void {
    this.source("setXAxisValues", range, (s, a) => void (s.xValues = a));
  }
  delete(): void {
    this._op({ m: "delete" }, (t) => void t.chart.series.splice(t.index, 1));
  }
}
