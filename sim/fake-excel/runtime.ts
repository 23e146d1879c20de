/**
 * The request/sync machinery of the fake, modelled on office.js: proxies queue operations; `sync()` serialises the
 * queue (its size is the request payload), runs it against the in-memory workbook in order (an error stops the
 * batch; earlier operations stay applied, as in Excel), then hands loaded values to the proxies. Reading a property
 * that was neither loaded-and-synced nor set throws PropertyNotLoaded.
 */
import type { FakeWorkbookState } from "./state";
import { RequestIds, jsonBytes, officeRequest, officeResponseBytes } from "./payload";

export class FakeOfficeError extends Error {
  override name = "RichApi.Error";
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.code = code;
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
  }
}

export const MESSAGES = {
  propertyNotLoaded: (p: string) =>
    `The property '${p}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  valueNotLoaded:
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
  requestTooLarge:
    'The request payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
  responseTooLarge:
    'The response payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
  cellEditMode:
    "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
  accessDenied: "The cell or chart you're trying to change is on a protected sheet. To make a change, unprotect the sheet.",
  itemNotFound: "The requested resource doesn't exist.",
  generalException: "There was an internal error while processing the request.",
  tooManyMergedAreas: "The merged areas count in this range is more than 512; getMergedAreasOrNullObject cannot return the result.",
  invalidObjectPath: (p: string) => `The object path '${p}' isn't working for what you're trying to do.`,
};

export interface FakeExcelOptions {
  /** Highest ExcelApi requirement set the fake host reports (sets are cumulative). Default "1.17". */
  apiVersion?: string;
  /** Request payload limit per sync, bytes of the serialised queue. Default 5 MB like Excel on the web. */
  requestLimitBytes?: number;
  /** Response payload limit per sync. Default 5 MB. */
  responseLimitBytes?: number;
  /** When true every sync that carries operations fails with InvalidOperationInCellEditMode. */
  cellEditMode?: boolean;
  /**
   * The error an oversized request or response gets: "specific" (RequestPayloadSizeLimitExceeded /
   * ResponsePayloadSizeLimitExceeded, as documented) or "GeneralException", as Excel on the web often answers
   * instead. Default "specific".
   */
  payloadLimitError?: "specific" | "GeneralException";
  displayLanguage?: string;
  platform?: string;
  /**
   * Failure injection: called for every sync with its index in `syncs` (0-based) and its record; a code fails that
   * sync with FakeOfficeError(code). `afterOperations` applies that many of the sync's operations first (Excel
   * does not roll a batch back: what ran before the failing operation stays applied). Null: the sync runs.
   * `operations` are the sync's operations as queued (`{ o: objectPath, m?: method, load?: … }`), so a test can
   * fail a sync by what it contains rather than by its index.
   */
  failSync?: ((index: number, record: SyncRecord, operations: readonly Record<string, unknown>[]) => SyncFailure | null) | null;
  /** Page setup this host rejects, as some Excel hosts do (objects.ts, FakePageLayout). Default none. */
  rejectPageSetup?: readonly PageSetupFeature[];
}

/** "fitToPages": a zoom with fit-to-pages (verticalFitToPages 0 included); "printTitles"; "pageBreaks"; "footer": a header/footer section. */
export type PageSetupFeature = "fitToPages" | "printTitles" | "pageBreaks" | "footer";

/** What `failSync` answers for a sync that must fail. */
export interface SyncFailure {
  readonly code: string;
  /** Operations applied before the failure (default 0: nothing of the sync is applied). */
  readonly afterOperations?: number;
}

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  operations: number;
  calculationSuspended: boolean;
  mergeUndoGroup: boolean;
  /** Set when the sync failed. */
  error?: string;
}

interface Pending {
  payload: unknown;
  commit: () => void;
}

interface Op {
  desc: unknown;
  exec: () => Pending | void;
}

export interface FakeHostLike {
  readonly state: FakeWorkbookState;
  readonly options: Required<FakeExcelOptions>;
  readonly syncs: SyncRecord[];
  supports(version: string): boolean;
  /** Tells listeners (the preview's grid) that a sync has run. */
  notifyChange(): void;
  /** A sheet became active: the host delivers WorksheetActivated to the registered handlers (asynchronously). */
  sheetActivated(worksheetId: string): void;
  /** Event handler registrations, applied at sync (see events.ts). */
  addEventHandler(event: string, handler: EventHandler, context: unknown, scope?: string): void;
  removeEventHandler(event: string, handler: EventHandler): void;
  /** An API write was applied to `target` (a range, its format, validation or conditional formats …): see events.ts. */
  wrote?(target: unknown, desc: Record<string, unknown>): void;
}

/** What office.js calls with an event's arguments; it may return a promise. */
export type EventHandler = (args: Record<string, unknown>) => unknown;

export { jsonBytes, utf8Length } from "./payload";

/** What Excel on the web often answers for an oversized payload instead of the documented codes. */
function generalException(): FakeOfficeError {
  return new FakeOfficeError("GeneralException", MESSAGES.generalException);
}

export class Ctx {
  private queue: Op[] = [];
  private readonly objects: Obj<unknown>[] = [];
  private suspendCalc = false;
  /** office.js's id counter and object path ids for this context, to measure payloads as it serialises them. */
  private readonly ids = new RequestIds();
  /** The request context handed to the batch (EventHandlerResult.context). */
  requestContext: unknown = null;

  constructor(
    readonly host: FakeHostLike,
    private readonly mergeUndoGroup: boolean,
  ) {}

  get pending(): number {
    return this.queue.length;
  }

  enqueue(op: Op): void {
    this.queue.push(op);
  }

  register(obj: Obj<unknown>): void {
    this.objects.push(obj);
  }

  suspendCalculation(): void {
    this.suspendCalc = true;
  }

  require(version: string, api: string): void {
    if (!this.host.supports(version))
      throw new FakeOfficeError(
        "ApiNotFound",
        `The API you are trying to use could not be found. ${api} is part of ExcelApi ${version}, which this host does not support.`,
        api,
      );
  }

  async sync(): Promise<void> {
    try {
      await this.applyQueue();
    } finally {
      this.host.notifyChange();
    }
  }

  private async applyQueue(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const request = officeRequest(
      ops.map((o) => o.desc),
      this.ids,
    );
    const record: SyncRecord = {
      requestBytes: jsonBytes(request.body),
      responseBytes: 0,
      operations: ops.length,
      calculationSuspended: this.suspendCalc,
      mergeUndoGroup: this.mergeUndoGroup,
    };
    this.suspendCalc = false;
    this.host.syncs.push(record);
    await Promise.resolve();
    const fail = (e: FakeOfficeError): never => {
      record.error = e.code;
      throw e;
    };
    if (ops.length && this.host.options.cellEditMode) fail(new FakeOfficeError("InvalidOperationInCellEditMode", MESSAGES.cellEditMode));
    const general = this.host.options.payloadLimitError === "GeneralException";
    if (record.requestBytes > this.host.options.requestLimitBytes)
      fail(general ? generalException() : new FakeOfficeError("RequestPayloadSizeLimitExceeded", MESSAGES.requestTooLarge));
    const injected =
      this.host.options.failSync?.(
        this.host.syncs.length - 1,
        record,
        ops.map((o) => o.desc as Record<string, unknown>),
      ) ?? null;
    const pending: Pending[] = [];
    const results: { actionId: number; payload: unknown }[] = [];
    for (const [i, op] of ops.entries()) {
      if (injected && i >= (injected.afterOperations ?? 0)) break;
      try {
        const p = op.exec();
        if (p) {
          pending.push(p);
          results.push({ actionId: request.actionIds[i] ?? 0, payload: p.payload });
        }
      } catch (e) {
        if (e instanceof FakeOfficeError) fail(e);
        throw e;
      }
    }
    if (injected) fail(new FakeOfficeError(injected.code, `Injected failure (${injected.code}).`));
    record.responseBytes = officeResponseBytes(results);
    if (record.responseBytes > this.host.options.responseLimitBytes)
      fail(general ? generalException() : new FakeOfficeError("ResponsePayloadSizeLimitExceeded", MESSAGES.responseTooLarge));
    for (const p of pending) p.commit();
    for (const obj of this.objects) obj._settle();
  }
}

export interface Spec {
  all: boolean;
  props: Set<string>;
  navs: Map<string, Spec>;
}

function emptySpec(all: boolean): Spec {
  return { all, props: new Set(), navs: new Map() };
}

function addPath(spec: Spec, path: string): void {
  const parts = path
    .split("/")
    .map((p) => p.trim())
    .filter(Boolean);
  if (!parts.length) return;
  const [head, ...rest] = parts as [string, ...string[]];
  if (!rest.length) {
    spec.props.add(head);
    return;
  }
  let nav = spec.navs.get(head);
  if (!nav) spec.navs.set(head, (nav = emptySpec(false)));
  addPath(nav, rest.join("/"));
}

export type LoadArg = string | string[] | { select?: string | string[]; expand?: string | string[] } | undefined;

export function parseSpec(arg: LoadArg): Spec {
  if (arg === undefined) return emptySpec(true);
  const spec = emptySpec(false);
  const list = (v: string | string[] | undefined): string[] =>
    v === undefined ? [] : (Array.isArray(v) ? v : v.split(",")).map((s) => s.trim()).filter(Boolean);
  if (typeof arg === "string" || Array.isArray(arg)) for (const p of list(arg)) addPath(spec, p);
  else {
    for (const p of list(arg.select)) addPath(spec, p);
    for (const p of list(arg.expand)) addPath(spec, p);
    if (!arg.select) spec.all = true;
  }
  return spec;
}

export function specText(arg: LoadArg): string {
  return arg === undefined ? "*" : typeof arg === "string" ? arg : JSON.stringify(arg);
}

const clone = <V>(v: V): V => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as V));

/** Base of every proxy: load/sync bookkeeping, null objects, queued writes. */
export abstract class Obj<T> {
  _isNull: boolean | undefined;
  readonly _values = new Map<string, unknown>();
  private _target: { value: T | null } | undefined;

  constructor(
    readonly _ctx: Ctx,
    readonly _path: string,
    private readonly _resolver: () => T | null,
  ) {
    _ctx.register(this as Obj<unknown>);
  }

  abstract get _className(): string;
  protected abstract _readers(): Record<string, (t: T) => unknown>;
  protected _nav(_name: string): Obj<unknown> | undefined {
    return undefined;
  }

  /** Resolves once, at execution time, like an object path on the host. Throws ItemNotFound for a missing item. */
  _resolve(): T | null {
    if (this._target) return this._target.value;
    const value = this._resolver();
    this._target = { value };
    return value;
  }

  _must(): T {
    const t = this._resolve();
    if (t === null) throw new FakeOfficeError("InvalidObjectPath", MESSAGES.invalidObjectPath(this._path));
    return t;
  }

  _settle(): void {
    if (this._isNull !== undefined) return;
    try {
      this._isNull = this._resolve() === null;
    } catch {
      /* unresolved (its batch failed): stays unknown */
    }
  }

  get isNullObject(): boolean {
    if (this._isNull === undefined) throw new FakeOfficeError("PropertyNotLoaded", MESSAGES.propertyNotLoaded("isNullObject"));
    return this._isNull;
  }

  _collect(spec: Spec): Pending {
    const t = this._resolve();
    if (t === null) return { payload: null, commit: () => (this._isNull = true) };
    const readers = this._readers();
    const names = spec.all ? Object.keys(readers) : [...spec.props];
    const vals: Record<string, unknown> = {};
    const navs: Pending[] = [];
    for (const n of names) {
      const rd = readers[n];
      if (rd) vals[n] = clone(rd(t));
      else {
        const nav = this._nav(n);
        if (!nav) throw new FakeOfficeError("InvalidArgument", `The property '${n}' does not exist on ${this._className}.`);
        navs.push(nav._collect(emptySpec(true)));
      }
    }
    for (const [n, s] of spec.navs) {
      const nav = this._nav(n);
      if (!nav) throw new FakeOfficeError("InvalidArgument", `The navigation property '${n}' does not exist on ${this._className}.`);
      navs.push(nav._collect(s));
    }
    return {
      payload: { ...vals, ...(navs.length ? { _nav: navs.map((p) => p.payload) } : {}) },
      commit: () => {
        this._isNull = false;
        for (const [k, v] of Object.entries(vals)) this._values.set(k, v);
        for (const p of navs) p.commit();
      },
    };
  }

  load(arg?: LoadArg): this {
    const spec = parseSpec(arg);
    this._ctx.enqueue({ desc: { o: this._path, load: specText(arg) }, exec: () => this._collect(spec) });
    return this;
  }

  _get<V>(prop: string): V {
    if (!this._values.has(prop)) throw new FakeOfficeError("PropertyNotLoaded", MESSAGES.propertyNotLoaded(prop));
    return this._values.get(prop) as V;
  }

  /** Queues a write that runs against the resolved target at sync. */
  _op(desc: Record<string, unknown>, apply: (t: T) => void): void {
    this._ctx.enqueue({
      desc: { o: this._path, ...desc },
      exec: () => {
        const target = this._must();
        apply(target);
        // Excel raises WorksheetChanged for the add-in's own writes too (events.ts decides which ones count).
        this._ctx.host.wrote?.(target, desc);
      },
    });
  }

  _set<V>(prop: string, value: V, apply: (t: T, v: V) => void): void {
    this._values.set(prop, clone(value));
    const v = clone(value);
    this._op({ set: prop, v }, (t) => apply(t, v));
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._values);
  }
}

/** A method's result (getXml, getCount …): `value` is readable after the sync that ran it. */
export class ClientResult<V> {
  private loaded = false;
  private v: V | undefined;
  get value(): V {
    if (!this.loaded) throw new FakeOfficeError("ValueNotLoaded", MESSAGES.valueNotLoaded);
    return this.v as V;
  }
  _resolveWith(v: V): void {
    this.v = v;
    this.loaded = true;
  }
}

export function queueResult<T, V>(obj: Obj<T>, method: string, args: unknown[], compute: (t: T) => V): ClientResult<V> {
  const result = new ClientResult<V>();
  obj._ctx.enqueue({
    desc: { o: obj._path, m: method, a: args },
    exec: () => {
      const v = compute(obj._must());
      return { payload: v, commit: () => result._resolveWith(v) };
    },
  });
  return result;
}
