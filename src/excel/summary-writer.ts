/**
 * Writes SheetSpec[] (src/core/sheets/spec.ts) into the open workbook as PhuLuc's summary sheets.
 *
 * Modules: summary-marker.ts (how PhuLuc recognises its own sheets), summary-render.ts (one sheet's writes),
 * summary-links.ts (links stay inside the workbook), write-batches.ts (writes packed into syncs under the
 * request budget). This module decides names, order and what happens when Excel fails halfway.
 *
 * Regenerating rewrites only PhuLuc's sheets (matched by the spec's name, or by the sheet's own name) in place:
 * emptied and written again, never deleted, so the id, name, tab position, marker and the user's formulas pointing
 * at the sheet survive. A user's sheet with the wanted name is never touched: the new sheet gets "Name (2)" (core's
 * SheetNamer).
 *
 * All or nothing, as the user sees it. Excel does not roll a failed batch back (what ran before the failing
 * operation stays), so:
 * - new sheets are added in a sync of their own, and the first operation after it is their marker (custom
 *   property with the sheet's id, or the registry), before any content: from then on a half-written sheet is
 *   recognised as PhuLuc's, never as the user's (no "Name (2)" beside it next time);
 * - a failure in any sync of the add or the content deletes the sheets this run added (by their ids; or, when the
 *   add sync itself failed, those with a new id, a name this run chose and nothing in them) and puts the registry
 *   back as it was, in 2–3 more syncs; the error is rethrown. Should that cleanup fail too, what is left carries
 *   the marker once the marker sync ran, and the next run completes it in place. When the add sync failed, Excel
 *   does not say which sheets it added before the failure, and an empty sheet a co-author added at that moment
 *   under one of those names cannot be told from this run's: it is deleted too (it holds nothing, so nothing is
 *   lost); a sheet with anything in it — a value, a format — is never deleted;
 * - a regenerated sheet that was already emptied cannot be given its old content back: it keeps its marker, the
 *   next run completes it, and the error's `details` name it;
 * - page setup (fit to width with `verticalFitToPages: 0`, print titles, page breaks) runs in its own sync after
 *   the content; a host that rejects it gets a second try with orientation and A4 only, and the summary stays in
 *   any case (`printSetup` says what was applied).
 *
 * Syncs: 2 reads + 1 to add new sheets (none when every sheet is regenerated) + 1 write (+1 per extra chunk when
 * the writes exceed `maxRequestBytes`, default DEFAULT_BUDGET_BYTES = 4 MiB under Excel on the web's 5 MB request
 * limit; each write costed by the object paths and actions it queues, byte-budget.ts) + 1 page setup (ExcelApi
 * 1.9; + the basic retry's). With ExcelApi 1.20 the run uses `mergeUndoGroup`, so the generation is one
 * undo step; a host that answers UndoNotSupported gets the generation again without the group (the failed run has
 * cleaned up after itself first).
 */
import type { SheetKind, SheetSpec } from "../core/sheets/spec";
import { SheetNamer, cleanSheetName, sheetNameKey } from "../core/summary/sheet-names";
import { DEFAULT_BUDGET_BYTES } from "./byte-budget";
import { ExcelAdapterError, toAdapterError } from "./errors";
import { ExcelHost, getDefaultHost, runExcel, supportsExcelApi } from "./host";
import { jsonBytes, requestBytes } from "./byte-budget";
import { BatchedWrite, runWrites } from "./write-batches";
import { internalReference } from "./summary-links";
import { Marker, Ownership, SHEET_MARKER_KEY, markerValue, readOwnership } from "./summary-marker";
import { RenderCaps, contentSteps, pageSetup } from "./summary-render";
import { NS_SHEETS, queueJsonWrite, queuePartLookup, queueXmlWrite } from "./xml-store";

export { SHEET_MARKER_KEY } from "./summary-marker";
export { styleRectangles, widthToPoints } from "./summary-render";

export interface WriteSummaryOptions {
  /** Activate the first written sheet afterwards (default true). */
  readonly activate?: boolean;
  /** Request budget per sync, bytes (default DEFAULT_BUDGET_BYTES, byte-budget.ts). */
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

/**
 * What print setup the sheets got: "applied" (all of it), "basic" (the host rejected the full setup: orientation,
 * A4, margins and centring only), "notApplied" (the host rejected that too), "unsupported" (no ExcelApi 1.9).
 */
export type PrintSetupStatus = "applied" | "basic" | "notApplied" | "unsupported";

/** The parts of the full print setup the specs asked for, which the sheets lack unless printSetup is "applied". */
export type PrintFeature = "fitToWidth" | "printTitles" | "pageBreaks" | "pageNumbers";

export interface WriteSummaryResult {
  readonly sheets: readonly WrittenSheet[];
  readonly syncs: number;
  /** Syncs that carried the content (more than 1 when chunked for the request limit). */
  readonly writeSyncs: number;
  readonly marker: "customProperty" | "registry";
  /** The writes were one undo group (ExcelApi 1.20). */
  readonly undoGroup: boolean;
  readonly printSetup: PrintSetupStatus;
  /** Excel's error code when the host rejected the (full) print setup. */
  readonly printSetupError?: string;
  /**
   * What the full print setup adds beyond the basic one (orientation, A4, margins, centring) for the sheets written (empty when no spec asks for
   * any). When printSetup is "basic" or "notApplied" the sheets may lack any of them: Excel applies a failed batch
   * up to the operation it refused and does not say which that was, so the pane names them all as possibly missing.
   */
  readonly printFeatures: readonly PrintFeature[];
  /** Links left out because their target is not a sheet of this workbook (their text is kept). */
  readonly droppedLinks: number;
}

export interface PhuLucSheet {
  readonly name: string;
  readonly kind: SheetKind;
  readonly spec: string;
}

interface Existing {
  readonly ws: Excel.Worksheet;
  readonly marker: Marker | null;
  /** The sheet's charts (cleared when the sheet is rewritten in place). */
  readonly charts: Excel.ChartCollection;
}

interface Plan {
  readonly spec: SheetSpec;
  readonly name: string;
  readonly replace: Existing | null;
}

/** PhuLuc's own sheets are rewritten in place (same id, name, position), never a user's sheet. */
function planNames(specs: readonly SheetSpec[], existing: readonly Existing[]): Plan[] {
  const claimed = new Set<Existing>();
  const namer = new SheetNamer(existing.map((e) => e.ws.name));
  return specs.map((spec) => {
    const wanted = sheetNameKey(cleanSheetName(spec.name));
    const ours =
      existing.find((e) => e.marker && !claimed.has(e) && e.marker.spec === spec.name) ??
      existing.find((e) => e.marker && !claimed.has(e) && sheetNameKey(e.ws.name) === wanted) ??
      null;
    if (ours) claimed.add(ours);
    return { spec, name: ours ? ours.ws.name : namer.claim(spec.name), replace: ours };
  });
}

/** The markers of every written sheet (ids known), queued as one write: the first after the sheets exist. */
function markerWrite(
  context: Excel.RequestContext,
  plans: readonly Plan[],
  targets: readonly Excel.Worksheet[],
  own: Ownership<unknown>,
): BatchedWrite {
  const entries = plans.map((p, i) => ({ id: (targets[i] as Excel.Worksheet).id, name: p.name, kind: p.spec.kind, spec: p.spec.name }));
  return {
    // A property (path and add) per sheet, or the registry's part paths, a setXml or add and the deletes of extras.
    bytes: requestBytes(entries.length + 3, entries.length + 3, jsonBytes(entries) * 2),
    queue: () => {
      if (!own.registry) {
        entries.forEach((e, i) =>
          (targets[i] as Excel.Worksheet).customProperties.add(SHEET_MARKER_KEY, markerValue(e.kind, e.spec, e.id)),
        );
        return;
      }
      const written = new Set(entries.map((e) => e.id));
      const present = new Set(own.sheets.items.map((ws) => ws.id));
      const kept = own.registry.value.sheets.filter((s) => !written.has(s.id) && present.has(s.id));
      queueJsonWrite(context, own.registry.parts, NS_SHEETS, { v: 1, sheets: [...kept, ...entries] });
    },
  };
}

/**
 * After a failure: deletes the sheets this run added and puts the registry back (2 syncs, 3 when the add sync
 * itself failed). Once the add sync went through, the added sheets are known by their ids and only they are
 * deleted. If it failed, Excel may still have added the sheets queued before the failing one, and their ids never
 * came back: then a sheet counts as this run's only when its id was not in the workbook at the start, its name is
 * one this run chose, and it is still empty — never a sheet a user or co-author made and wrote into.
 * Returns false when the cleanup itself failed.
 */
async function rollBack(
  context: Excel.RequestContext,
  added: { readonly ids: readonly string[] | null; readonly names: ReadonlySet<string>; readonly before: ReadonlySet<string> },
  registryXml: string | null | undefined,
): Promise<boolean> {
  try {
    const sheets = context.workbook.worksheets;
    sheets.load("items/id,items/name");
    const parts = registryXml !== undefined ? queuePartLookup(context, NS_SHEETS) : null;
    await context.sync();
    let doomed = added.ids
      ? sheets.items.filter((ws) => added.ids?.includes(ws.id))
      : sheets.items.filter((ws) => !added.before.has(ws.id) && added.names.has(sheetNameKey(ws.name)));
    if (!added.ids && doomed.length) {
      const used = doomed.map((ws) => ws.getUsedRangeOrNullObject());
      await context.sync();
      doomed = doomed.filter((_, i) => (used[i] as Excel.Range).isNullObject);
    }
    for (const ws of doomed) ws.delete();
    // The registry exactly as it was read (null: there was none), written the way every part is (xml-store.ts).
    if (parts) queueXmlWrite(context, parts, registryXml as string | null);
    await context.sync();
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs the page setup in its own sync(s); a host's rejection is reported, never thrown. `syncs` counts every sync
 * sent, the failed ones included (an attempt over several chunks may fail at its last).
 */
async function applyPageSetup(
  context: Excel.RequestContext,
  plans: readonly Plan[],
  targets: readonly Excel.Worksheet[],
  budget: number,
): Promise<{ status: PrintSetupStatus; error?: string; syncs: number }> {
  const sent = { syncs: 0 };
  const attempt = async (level: "full" | "basic") =>
    runWrites(
      context,
      plans.map((p, i) => pageSetup(targets[i] as Excel.Worksheet, p.spec, level)),
      budget,
      { sent },
    );
  try {
    await attempt("full");
    return { status: "applied", syncs: sent.syncs };
  } catch (e) {
    const error = toAdapterError(e).code;
    try {
      await attempt("basic");
      return { status: "basic", error, syncs: sent.syncs };
    } catch {
      return { status: "notApplied", error, syncs: sent.syncs };
    }
  }
}

/** What the full print setup adds beyond the basic one for these specs (what a "basic" or "notApplied" sheet lacks). */
function printFeatures(specs: readonly SheetSpec[]): PrintFeature[] {
  const out: PrintFeature[] = [];
  if (specs.some((s) => s.print.fitToWidth)) out.push("fitToWidth");
  if (specs.some((s) => s.print.repeatRows)) out.push("printTitles");
  if (specs.some((s) => (s.pageBreaks ?? []).some((row) => row > 0))) out.push("pageBreaks");
  if (specs.some((s) => s.print.footer)) out.push("pageNumbers");
  return out;
}

/** Writes the summary sheets (see the module comment for what and how). */
export async function writeSummarySheets(
  specs: readonly SheetSpec[],
  options: WriteSummaryOptions = {},
  host: ExcelHost = getDefaultHost(),
): Promise<WriteSummaryResult> {
  const markerApi = supportsExcelApi(host, "1.12");
  const undoGroup = supportsExcelApi(host, "1.20");
  const budget = options.maxRequestBytes ?? DEFAULT_BUDGET_BYTES;
  const caps: RenderCaps = {
    multiArea: supportsExcelApi(host, "1.9"),
    pageApi: supportsExcelApi(host, "1.9"),
    budget,
    freezeApi: supportsExcelApi(host, "1.7"),
    validationApi: supportsExcelApi(host, "1.8"),
  };

  const batch = async (context: Excel.RequestContext): Promise<WriteSummaryResult> => {
    // Syncs 1 and 2: the sheets, which of them are PhuLuc's, and the charts of each (a small read).
    const own = await readOwnership(context, markerApi, "items/name,items/id,items/position", (ws) => ws.charts.load("items/name"));
    let syncs = 2;
    const existing: Existing[] = own.sheets.items.map((ws, i) => ({
      ws,
      marker: own.markers[i] ?? null,
      charts: own.extra[i] as Excel.ChartCollection,
    }));
    const plans = planNames(specs, existing);
    const actual = new Map(plans.map((p) => [p.spec.name, p.name]));
    const sheetNames = new Set([...existing.map((e) => sheetNameKey(e.ws.name)), ...plans.map((p) => sheetNameKey(p.name))]);
    const before = new Set(existing.map((e) => e.ws.id));
    const addedNames = new Set(plans.filter((p) => !p.replace).map((p) => sheetNameKey(p.name)));
    let contentStarted = false;
    let droppedLinks = 0;
    let writeSyncs = 0;
    const targets: Excel.Worksheet[] = [];
    // The ids of the sheets this run added, once the add sync has gone through.
    let addedIds: string[] | null = null;

    try {
      // Sync 3: the new sheets, alone, so their ids are known before anything is written into them.
      for (const p of plans) {
        if (p.replace) targets.push(p.replace.ws);
        else {
          const ws = context.workbook.worksheets.add(p.name);
          ws.load("id");
          targets.push(ws);
        }
      }
      if (addedNames.size) {
        await context.sync();
        syncs++;
      }
      addedIds = plans.flatMap((p, i) => (p.replace ? [] : [(targets[i] as Excel.Worksheet).id]));
      // The markers first, then every sheet's content, then the activation.
      const steps: BatchedWrite[] = [];
      if (plans.length || own.registry) steps.push(markerWrite(context, plans, targets, own));
      const linkTo = (link: Parameters<typeof internalReference>[0]) => {
        const ref = internalReference(link, actual, sheetNames);
        if (ref === null) droppedLinks++;
        return ref;
      };
      plans.forEach((p, i) =>
        steps.push(
          ...contentSteps(
            { ws: targets[i] as Excel.Worksheet, replace: !!p.replace, replaceCharts: p.replace?.charts ?? null },
            p.spec,
            caps,
            linkTo,
          ),
        ),
      );
      if (options.activate !== false && targets.length)
        steps.push({ bytes: requestBytes(0, 1), queue: () => (targets[0] as Excel.Worksheet).activate() });
      contentStarted = true;
      writeSyncs = await runWrites(context, steps, budget);
      syncs += writeSyncs;
    } catch (e) {
      const ok = await rollBack(context, { ids: addedIds, names: addedNames, before }, own.registry ? own.registry.xml : undefined);
      const err = toAdapterError(e);
      // Regenerated sheets may already be emptied: they stay PhuLuc's (marker kept), are completed next time; say which.
      const incomplete = contentStarted ? plans.filter((p) => p.replace).map((p) => p.name) : [];
      const leftOver = ok ? [] : plans.filter((p) => !p.replace).map((p) => p.name);
      const details = [...incomplete, ...leftOver];
      throw details.length ? new ExcelAdapterError(err.key, err.code, err.message, details) : err;
    }

    const print = caps.pageApi && plans.length ? await applyPageSetup(context, plans, targets, budget) : null;
    syncs += print?.syncs ?? 0;
    return {
      sheets: plans.map((p) => ({ spec: p.spec.name, name: p.name, kind: p.spec.kind, replaced: !!p.replace })),
      syncs,
      writeSyncs,
      marker: markerApi ? "customProperty" : "registry",
      undoGroup,
      printSetup: print ? print.status : caps.pageApi ? "applied" : "unsupported",
      ...(print?.error ? { printSetupError: print.error } : {}),
      printFeatures: printFeatures(plans.map((p) => p.spec)),
      droppedLinks,
    };
  };

  if (!undoGroup) return runExcel(host, batch);
  try {
    return await runExcel(host, batch, { mergeUndoGroup: true });
  } catch (e) {
    // A host that cannot group some API in undo says so; the failed run removed what it added: run again without.
    if (e instanceof ExcelAdapterError && e.code === "UndoNotSupported") {
      const result = await runExcel(host, batch);
      return { ...result, undoGroup: false };
    }
    throw e;
  }
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
  const markerApi = supportsExcelApi(host, "1.12");
  return runExcel(host, async (context) => {
    const own = await readOwnership(context, markerApi, "items/name,items/id,items/visibility", () => null);
    return own.sheets.items.map((ws, i) => {
      const m = own.markers[i] ?? null;
      return {
        name: ws.name,
        visible: String(ws.visibility) === "Visible",
        phuluc: m ? { name: ws.name, kind: m.kind as SheetKind, spec: m.spec } : null,
      };
    });
  });
}

/** The sheets PhuLuc generated, in tab order (2 syncs). */
export async function listPhuLucSheets(host: ExcelHost = getDefaultHost()): Promise<PhuLucSheet[]> {
  return (await listSheets(host)).flatMap((s) => (s.phuluc ? [s.phuluc] : []));
}
