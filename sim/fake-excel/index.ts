/**
 * A recording fake of the part of Excel's JavaScript API that PhuLuc uses, holding a workbook in memory.
 *
 *   const fake = new FakeExcel(workbookFromData(data));        // jest: import and use fake.host / fake.run
 *   installFakeOffice(window, workbookFromData(data));          // browser: globals Excel and Office
 *
 * It enforces office.js semantics: proxies, load-before-read (PropertyNotLoaded), writes queued and applied at
 * sync, getItemOrNullObject/isNullObject, requirement sets (ApiNotFound above `apiVersion`), request and response
 * payload limits (RequestPayloadSizeLimitExceeded), protected sheets (AccessDenied), cell-edit mode. Every sync is
 * recorded in `syncs` with the request size in bytes. Plain TypeScript: no node or jest APIs.
 */
import { Ctx, EventHandler, FakeExcelOptions, FakeOfficeError, SyncRecord } from "./runtime";
import { FakeWorkbook } from "./objects";
import { parseArea } from "./address";
import { changedAreas, PendingChanges } from "./events";
import { FakeWorkbookState, LoadOptions, emptyWorkbook, snapshot, workbookFromData, workbookToData } from "./state";
import type { WorkbookData } from "../../src/core/workbook/model";
import { SIMULATION_MARKER } from "./marker";

export { FakeOfficeError } from "./runtime";
export { SIMULATION_MARKER } from "./marker";
export type { EventHandler, FakeExcelOptions, PageSetupFeature, SyncFailure, SyncRecord } from "./runtime";
export { FakeEventHandlerResult, FakeEventHandlers } from "./events";
export * from "./state";
export { displayText } from "./objects";
export { parseArea, parseAreaList, formatArea, columnLetter } from "./address";

export interface FakeRunOptions {
  mergeUndoGroup?: boolean;
}

/** What the fake's request context exposes (the real one has more). */
export interface FakeRequestContext {
  readonly workbook: FakeWorkbook;
  readonly application: FakeWorkbook["application"];
  readonly trackedObjects: { add(o: unknown): void; remove(o: unknown): void };
  sync(): Promise<void>;
}

function versionNumber(v: string): [number, number] {
  const [a, b] = v.split(".");
  return [Number(a) || 0, Number(b) || 0];
}

/** The arguments of a WorksheetActivated event, as office.js passes them to a handler. */
export interface FakeWorksheetActivatedEventArgs {
  readonly worksheetId: string;
  readonly type: "WorksheetActivated";
  readonly source: "Local";
}

/** The arguments of a WorksheetChanged event (the subset office.js passes that PhuLuc may use). */
export interface FakeWorksheetChangedEventArgs {
  readonly worksheetId: string;
  readonly address: string;
  readonly changeType: "RangeEdited";
  readonly type: "WorksheetChanged";
  /** "Remote": a co-author's change (ExcelApi 1.7). */
  readonly source: "Local" | "Remote";
  /** ExcelApi 1.14: "ThisLocalAddin" for this add-in's own API writes, else "Unknown"; absent on older hosts. */
  readonly triggerSource?: "ThisLocalAddin" | "Unknown";
}

/** Who made a change: the add-in's API, the user at this Excel, or a co-author. */
type ChangeOrigin = "addin" | "user" | "coauthor";

export class FakeExcel {
  state: FakeWorkbookState;
  readonly options: Required<FakeExcelOptions>;
  readonly syncs: SyncRecord[] = [];
  /** Number of Excel.run batches started. */
  runs = 0;
  /** Every event raised, in order (delivered or not: a handler may not be registered). */
  readonly events: FakeWorksheetActivatedEventArgs[] = [];
  /** What event handlers threw or rejected with (office.js only logs them). */
  readonly eventErrors: unknown[] = [];
  private readonly listeners = new Set<() => void>();
  private readonly handlers = new Map<string, Array<{ handler: EventHandler; context: unknown; scope?: string }>>();
  /** Every WorksheetChanged event raised, in order (API writes, `editCell`, `remoteEdit`). */
  readonly changes: FakeWorksheetChangedEventArgs[] = [];
  /** API writes of the sync being applied, raised as events once it has run (`notifyChange`). */
  private readonly pendingChanges = new PendingChanges();
  private readonly contexts = new WeakMap<object, Ctx>();
  private delivery: Promise<void> = Promise.resolve();
  private readonly inFlight = new Set<Promise<unknown>>();

  /**
   * Calls `listener` after every sync has applied its operations, failed or not (the preview redraws its
   * grid then). Returns a function that removes the listener.
   */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** @internal called by the request context after each sync. */
  notifyChange(): void {
    for (const { sheetId, address } of this.pendingChanges.take()) this.sheetChanged(sheetId, address, "addin");
    for (const l of this.listeners) l();
  }

  /** @internal an API write was applied (runtime.ts): collected, raised after the sync as Excel does. */
  wrote(target: unknown, desc: Record<string, unknown>): void {
    const changed = changedAreas(target, desc);
    if (changed && changed.areas.length) this.pendingChanges.add(changed.sheet.id, changed.areas);
  }

  /** @internal registration applied at sync (FakeEventHandlers.add); `scope`: the worksheet id of a sheet's own event. */
  addEventHandler(event: string, handler: EventHandler, context: unknown, scope?: string): void {
    const list = this.handlers.get(event) ?? [];
    if (!list.some((h) => h.handler === handler)) list.push({ handler, context, ...(scope !== undefined ? { scope } : {}) });
    this.handlers.set(event, list);
  }

  /** @internal removal applied at sync (EventHandlerResult.remove / FakeEventHandlers.remove). */
  removeEventHandler(event: string, handler: EventHandler): void {
    const list = this.handlers.get(event);
    if (list)
      this.handlers.set(
        event,
        list.filter((h) => h.handler !== handler),
      );
  }

  /** Number of handlers registered for an event ("WorksheetActivated"). */
  handlerCount(event = "WorksheetActivated"): number {
    return this.handlers.get(event)?.length ?? 0;
  }

  /**
   * @internal a sheet became active (Worksheet.activate, Range.select on another sheet, deleting the active sheet,
   * or the user through `activateSheet`). Delivered asynchronously, one event after the other, to the handlers
   * registered when it is delivered — as office.js does, after the sync that caused it has finished.
   */
  sheetActivated(worksheetId: string): void {
    const args: FakeWorksheetActivatedEventArgs = { worksheetId, type: "WorksheetActivated", source: "Local" };
    this.events.push(args);
    this.deliver("WorksheetActivated", args, () => true);
  }

  /**
   * @internal data changed on a sheet: WorksheetChanged is delivered like WorksheetActivated (asynchronously, in
   * order, after the change), to the handlers registered on that worksheet's `onChanged`.
   */
  sheetChanged(worksheetId: string, address: string, origin: ChangeOrigin): void {
    const args: FakeWorksheetChangedEventArgs = {
      worksheetId,
      address,
      changeType: "RangeEdited",
      type: "WorksheetChanged",
      source: origin === "coauthor" ? "Remote" : "Local",
      ...(this.supports("1.14") ? { triggerSource: origin === "addin" ? "ThisLocalAddin" : "Unknown" } : {}),
    };
    this.changes.push(args);
    this.deliver("WorksheetChanged", args, (scope) => scope === worksheetId);
  }

  /**
   * Queues an event for the handlers registered when it is delivered (on the next task, after the previous
   * event), as office.js does; a handler's throw or rejection is recorded in `eventErrors`, never lost.
   */
  private deliver(event: string, args: object, accepts: (scope: string | undefined) => boolean): void {
    this.delivery = this.delivery
      .then(() => new Promise<void>((resolve) => setTimeout(resolve, 0)))
      .then(() => {
        for (const { handler, scope } of [...(this.handlers.get(event) ?? [])]) {
          if (!accepts(scope)) continue;
          let result: unknown;
          try {
            result = handler({ ...args });
          } catch (e) {
            this.eventErrors.push(e);
            continue;
          }
          const p = Promise.resolve(result).catch((e: unknown) => void this.eventErrors.push(e));
          this.inFlight.add(p);
          void p.finally(() => this.inFlight.delete(p));
        }
      });
  }

  /**
   * The user types into a cell (or clears it with null): the value is set as a constant (formula and error go) and
   * WorksheetChanged is raised on that sheet. `sheet` is a name or id, `address` one cell ("D26").
   */
  editCell(sheet: string, address: string, value: string | number | boolean | null): void {
    this.typeInto(sheet, address, value, "user");
  }

  /**
   * A co-author changes a cell (Excel on the web, or a shared file): as `editCell`, but the event's source is
   * "Remote".
   */
  remoteEdit(sheet: string, address: string, value: string | number | boolean | null): void {
    this.typeInto(sheet, address, value, "coauthor");
  }

  private typeInto(sheet: string, address: string, value: string | number | boolean | null, origin: ChangeOrigin): void {
    const s = this.state.sheets.find((x) => x.name === sheet) ?? this.state.sheets.find((x) => x.id === sheet);
    if (!s) throw new Error(`no sheet ${sheet}`);
    const area = parseArea(address);
    if (!area || area.top !== area.bottom || area.left !== area.right) throw new Error(`not one cell: ${address}`);
    const key = `${area.top},${area.left}`;
    const cell = { ...(s.cells[key] ?? {}) };
    delete cell.formula;
    delete cell.error;
    if (value === null || value === "") delete cell.value;
    else cell.value = value;
    s.cells[key] = cell;
    this.notifyChange();
    this.sheetChanged(s.id, address.toUpperCase(), origin);
  }

  /** Resolves once every raised event is delivered and the promises its handlers returned have settled. */
  async eventsSettled(): Promise<void> {
    for (;;) {
      const delivery = this.delivery;
      await delivery;
      if (this.inFlight.size) await Promise.all([...this.inFlight]);
      else if (delivery === this.delivery) return;
    }
  }

  /**
   * The user clicks a sheet tab (the preview's tabs): the sheet becomes active and WorksheetActivated is raised,
   * unless it was active already. `key` is a sheet name or id. Throws for a missing or hidden sheet.
   */
  activateSheet(key: string): void {
    const sheet = this.state.sheets.find((s) => s.name === key) ?? this.state.sheets.find((s) => s.id === key);
    if (!sheet) throw new Error(`no sheet ${key}`);
    if (sheet.visibility !== "Visible") throw new Error(`sheet ${key} is hidden`);
    if (this.state.activeSheetId === sheet.id) return;
    this.state.activeSheetId = sheet.id;
    this.sheetActivated(sheet.id);
  }

  constructor(state: FakeWorkbookState = emptyWorkbook(), options: FakeExcelOptions = {}) {
    this.state = state;
    this.options = {
      apiVersion: options.apiVersion ?? "1.17",
      requestLimitBytes: options.requestLimitBytes ?? 5 * 1024 * 1024,
      responseLimitBytes: options.responseLimitBytes ?? 5 * 1024 * 1024,
      cellEditMode: options.cellEditMode ?? false,
      payloadLimitError: options.payloadLimitError ?? "specific",
      displayLanguage: options.displayLanguage ?? "vi-VN",
      platform: options.platform ?? "OfficeOnline",
      failSync: options.failSync ?? null,
      rejectPageSetup: options.rejectPageSetup ?? [],
    };
  }

  static fromWorkbookData(data: WorkbookData, options: FakeExcelOptions & LoadOptions = {}): FakeExcel {
    return new FakeExcel(workbookFromData(data, options), options);
  }

  get syncCount(): number {
    return this.syncs.length;
  }

  resetStats(): void {
    this.syncs.length = 0;
    this.runs = 0;
  }

  /** True when the host supports ExcelApi `version` (sets are cumulative). */
  supports(version: string): boolean {
    const [ma, mi] = versionNumber(version);
    const [MA, MI] = versionNumber(this.options.apiVersion);
    return ma < MA || (ma === MA && mi <= MI);
  }

  isSetSupported(name: string, version = "1.1"): boolean {
    if (name === "ExcelApi") return this.supports(version);
    if (name === "ExcelApiOnline") return false;
    return false;
  }

  /**
   * Excel.run(batch) / Excel.run(options, batch) / Excel.run(context, batch) — the last reuses an earlier batch's
   * request context (how an event handler is removed). A batch that leaves queued work gets a final sync, as
   * office.js does.
   */
  run<T>(
    a: ((ctx: FakeRequestContext) => Promise<T>) | FakeRunOptions | FakeRequestContext,
    b?: (ctx: FakeRequestContext) => Promise<T>,
  ): Promise<T> {
    const batch = (typeof a === "function" ? a : b) as (ctx: FakeRequestContext) => Promise<T>;
    const earlier = typeof a === "object" && a !== null ? this.contexts.get(a) : undefined;
    if (earlier) {
      this.runs++;
      return (async () => {
        const result = await batch(earlier.requestContext as FakeRequestContext);
        if (earlier.pending) await earlier.sync();
        return result;
      })();
    }
    const opts = typeof a === "function" ? {} : (a as FakeRunOptions);
    if ("sync" in opts)
      return Promise.reject(new FakeOfficeError("InvalidArgument", "The request context does not belong to this workbook."));
    if (opts.mergeUndoGroup && !this.supports("1.20"))
      return Promise.reject(new FakeOfficeError("ApiNotFound", "RunOptions.mergeUndoGroup needs ExcelApi 1.20."));
    this.runs++;
    const ctx = new Ctx(this, !!opts.mergeUndoGroup);
    const workbook = new FakeWorkbook(ctx, "wb", () => this.state);
    const context: FakeRequestContext = {
      workbook,
      get application() {
        return workbook.application;
      },
      trackedObjects: { add: () => undefined, remove: () => undefined },
      sync: () => ctx.sync(),
    };
    ctx.requestContext = context;
    this.contexts.set(context, ctx);
    return (async () => {
      const result = await batch(context);
      if (ctx.pending) await ctx.sync();
      return result;
    })();
  }

  /** An object with the shape of the adapter's ExcelHost. */
  get host(): {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    run<T>(batch: (ctx: any) => Promise<T>, options?: FakeRunOptions): Promise<T>;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    runInContext<T>(context: any, batch: (ctx: any) => Promise<T>): Promise<T>;
    isSetSupported(name: string, version: string): boolean;
  } {
    return {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      run: <T>(batch: (ctx: any) => Promise<T>, options?: FakeRunOptions) => (options ? this.run<T>(options, batch) : this.run<T>(batch)),
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      runInContext: <T>(context: any, batch: (ctx: any) => Promise<T>) => this.run<T>(context as FakeRequestContext, batch),
      isSetSupported: (name, version) => this.isSetSupported(name, version),
    };
  }

  snapshot(): FakeWorkbookState {
    return snapshot(this.state);
  }

  toWorkbookData(): WorkbookData {
    return workbookToData(this.state);
  }

  sheet(name: string) {
    const s = this.state.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }
}

const ENUMS = {
  ConditionalFormatType: {
    custom: "Custom",
    cellValue: "CellValue",
    containsText: "ContainsText",
    colorScale: "ColorScale",
    dataBar: "DataBar",
    iconSet: "IconSet",
    topBottom: "TopBottom",
    presetCriteria: "PresetCriteria",
  },
  ChartType: { columnClustered: "ColumnClustered", barClustered: "BarClustered", line: "Line", pie: "Pie" },
  ChartSeriesBy: { auto: "Auto", columns: "Columns", rows: "Rows" },
  BorderIndex: {
    edgeTop: "EdgeTop",
    edgeBottom: "EdgeBottom",
    edgeLeft: "EdgeLeft",
    edgeRight: "EdgeRight",
    insideVertical: "InsideVertical",
    insideHorizontal: "InsideHorizontal",
  },
  BorderLineStyle: { none: "None", continuous: "Continuous" },
  HorizontalAlignment: { general: "General", left: "Left", center: "Center", right: "Right" },
  VerticalAlignment: { top: "Top", center: "Center", bottom: "Bottom" },
  PageOrientation: { portrait: "Portrait", landscape: "Landscape" },
  PaperType: { a4: "A4", letter: "Letter" },
  SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
  ErrorCodes: {
    accessDenied: "AccessDenied",
    apiNotFound: "ApiNotFound",
    generalException: "GeneralException",
    invalidArgument: "InvalidArgument",
    invalidOperation: "InvalidOperation",
    invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
    itemAlreadyExists: "ItemAlreadyExists",
    itemNotFound: "ItemNotFound",
    responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  },
};

export interface InstalledFake {
  fake: FakeExcel;
  Excel: Record<string, unknown>;
  Office: Record<string, unknown>;
}

/** The globals a page needs: `Excel` (run + enums) and `Office` (onReady, context.requirements, displayLanguage). */
export function createGlobals(fake: FakeExcel): InstalledFake {
  const requirements = { isSetSupported: (name: string, version?: string) => fake.isSetSupported(name, version) };
  const context = {
    host: "Excel",
    platform: fake.options.platform,
    displayLanguage: fake.options.displayLanguage,
    contentLanguage: fake.options.displayLanguage,
    requirements,
    diagnostics: { host: "Excel", platform: fake.options.platform, version: `16.0 (fake ExcelApi ${fake.options.apiVersion})` },
    document: { url: fake.state.name },
  };
  const info = { host: "Excel", platform: fake.options.platform };
  const Office = {
    context,
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC", Mac: "Mac" },
    onReady: (cb?: (i: typeof info) => void) => {
      if (cb) cb(info);
      return Promise.resolve(info);
    },
    isFake: true,
    simulation: SIMULATION_MARKER,
  };
  const Excel = {
    ...ENUMS,
    run: <T>(a: unknown, b?: unknown) => fake.run<T>(a as FakeRunOptions, b as (ctx: FakeRequestContext) => Promise<T>),
    isFake: true,
    simulation: SIMULATION_MARKER,
  };
  return { fake, Excel, Office };
}

/**
 * Installs the fake as the page's `Excel` and `Office` globals (for the browser preview and the e2e page) and
 * returns the fake so the page can render `fake.state` and tests can inspect it. Install it instead of office.js,
 * or after office.js's script when only the Excel part should be faked.
 */
export function installFakeOffice(
  target: Record<string, unknown> | object,
  workbook: FakeWorkbookState | WorkbookData,
  options: FakeExcelOptions & LoadOptions = {},
): FakeExcel {
  const state =
    "sheets" in workbook && "activeSheetId" in workbook
      ? (workbook as FakeWorkbookState)
      : workbookFromData(workbook as WorkbookData, options);
  const fake = new FakeExcel(state, options);
  const g = createGlobals(fake);
  Object.assign(target as Record<string, unknown>, { Excel: g.Excel, Office: g.Office, __fakeExcel: fake });
  return fake;
}
