/**
 * "Đánh dấu trên bảng" / "Bỏ đánh dấu": show the problem cells on the sheet and take the marks away again, leaving
 * the user's own formatting exactly as it was.
 *
 * How a cell is marked:
 *  - Fill: a custom conditional format (ExcelApi 1.6) over the problem cells, one per severity, with a fill
 *    colour and a signature formula `=ISTEXT("PhuLuc:mark:<severity>")` (always true). The cell's own fill is
 *    never written, so it cannot be lost: theme colours, tints, patterns and gradients (which office.js cannot
 *    read back faithfully) stay as they are, and removing our conditional formats restores the look exactly. The
 *    user's own conditional formats are never touched: ours are found by their signature, and a new rule goes on
 *    top, so deleting it gives the others back their priorities. Conditional formats move with their cells when
 *    rows are inserted or deleted, so the fill keeps following the right cells.
 *  - Explanation: the data-validation input prompt (ExcelApi 1.8), shown as a tooltip whenever the cell is
 *    selected, on every platform (notes need ExcelApi 1.18, threaded comments notify co-authors and stay in the
 *    comment history). A cell holds one validation, so the prompt it had before (and whether it had a validation
 *    at all) is saved, and the user's validation rule is kept: only its prompt is replaced while marked.
 *
 * What is stored: a custom XML part (urn:phuluc:marks:1) with, per marked sheet (by id and name), each marked
 * cell's address, its previous prompt (or "no validation"), the prompt PhuLuc wrote and the validation type under
 * it (plus, for a cell that had no validation, the rule's criteria: that "any value" validation is PhuLuc's own).
 * Unmarking therefore works after closing and reopening the file, and on another computer.
 *
 * Rules:
 *  - Marking replaces the marks of every checked sheet (`checkedSheets`; by default the issues' sheets and every
 *    sheet that has PhuLuc marks now, protected ones left out): no double marks; a cell that stays marked keeps
 *    its original previous prompt; a cell no longer marked is restored, and a checked sheet left without issues
 *    loses all its marks.
 *  - A cell whose prompt the user changed or removed after marking keeps the user's version; only prompts still
 *    exactly as PhuLuc wrote them are restored. Values typed into marked cells do not matter.
 *  - A cell that had no validation gets PhuLuc's "any value" validation, which unmarking deletes — unless the
 *    user has since given the cell a rule of their own (its type or criteria differ from what PhuLuc set): then
 *    only the prompt is taken away (hidden, empty title and message) and the user's rule stays.
 *  - Unmark removes every PhuLuc conditional format it finds by signature, even without stored data (e.g. the
 *    part was deleted), so the fill can always be cleared.
 *
 * Size (validation-reads.ts, write-batches.ts, mark-formats.ts): the validation reads and the writes are split into syncs under the
 * 4 MB budget (the reads by their answer too), the writes in order: a pending copy of the stored marks, the
 * prompts, the fills, the stored part last. Failures (mark-pending.ts, marks-store.ts): the pending copy explains
 * every PhuLuc prompt whatever part of the run was applied, so even when the undo fails too no prompt of the
 * user's is lost; if a write sync fails, markIssues puts back the prompts it had written, removes PhuLuc's fills
 * on the sheets it was marking and returns the stored parts to what they were, then reports the failure.
 *
 * Syncs: markIssues 4, unmarkIssues 4 (2 when there is nothing to remove), readMarks 2 — for up to 2,995 marked
 * cells; beyond that + 1 per extra block of reads and of writes (20,000 cells: 13 and 12).
 */
import type { Severity } from "../core/validate/catalog";
import { cellAddress, parseCellAddress } from "../core/workbook/address";
import { ExcelAdapterError, Lang } from "./errors";
import { ExcelHost, getDefaultHost, runExcel, supportsExcelApi } from "./host";
import { NS_MARKS, encodeJsonXml, queueJsonWrite, queuePartLookup, queueXmlRead } from "./xml-store";
import { CELL_OP_BYTES, DEFAULT_BUDGET_BYTES, jsonBytes } from "./byte-budget";
import {
  NS_MARKS_PENDING,
  PrevState,
  PromptDigests,
  Store,
  StoredCell,
  cleanText,
  findStored,
  StoredSheet,
  matchingRecord,
  parseStores,
  pendingRecords,
  promptKey,
  recordsByAddress,
} from "./marks-store";
import { ValidationRead, loadValidations } from "./validation-reads";
import { BatchedWrite, largestWrite, runBatches, runWrites, splitWrites, undoWrites } from "./write-batches";
import { FORMAT_DELETE_BYTES, markFormatWrites, ourFormats, queueFormatScan, removeOurFormats } from "./mark-formats";
import { PendingPart, queuePendingRemoval, queuePendingWrite, readPendingXml, restoreParts, rewritePending } from "./mark-pending";

export { MARK_COLORS, MARK_SIGNATURE, compactAddresses } from "./mark-formats";

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

const TITLES: Record<Lang, Record<Severity, string>> = {
  vi: { error: "PhuLuc – Lỗi", warning: "PhuLuc – Cảnh báo", info: "PhuLuc – Lưu ý" },
  en: { error: "PhuLuc – Error", warning: "PhuLuc – Warning", info: "PhuLuc – Note" },
};

/** What marking needs from an issue; ValidationIssue fits. */
export interface MarkableIssue {
  readonly sheet: string;
  readonly cell?: string;
  readonly severity: Severity;
  readonly message: string;
}

export interface MarkOptions {
  /** Language of the prompt titles; the messages are the issues' own. Default "vi". */
  readonly lang?: Lang;
  /**
   * The sheets the check looked at: their marks are replaced by the new ones, so a checked sheet without issues
   * loses its old marks. The issues' own sheets always count as checked; names of sheets that no longer exist
   * are ignored. Default: the issues' sheets plus every sheet that has PhuLuc marks now (stored or by
   * signature) and is not protected, i.e. marking replaces all marks in the workbook.
   */
  readonly checkedSheets?: readonly string[];
}

export interface MarkResult {
  /** Cells marked, over all sheets. */
  readonly cells: number;
  /** Sheets that got marks. */
  readonly sheets: readonly string[];
  /** Checked sheets without issues whose old marks were removed. */
  readonly clearedSheets?: readonly string[];
  /** Issues without a cell address, not marked. */
  readonly skipped: number;
  /** False on hosts without ExcelApi 1.8: cells got the fill but no prompt. */
  readonly prompts: boolean;
  /** The stored marks were unreadable and were replaced. */
  readonly storedDataInvalid: boolean;
  readonly syncs: number;
  /**
   * Protected sheets that had issues or marks and were left exactly as they were (their stored marks kept, so a
   * later run after unprotecting can still unmark them). When every sheet with issues is protected, markIssues
   * throws sheetProtected instead.
   */
  readonly skippedProtected?: readonly string[];
}

export interface UnmarkResult {
  readonly sheets: readonly string[];
  /** Prompts put back as they were. */
  readonly restored: number;
  /** Prompts left alone because the user changed them after marking. */
  readonly keptUserChanges: number;
  /**
   * Of `restored`: cells that had no validation before marking and where the user has since added a rule: the
   * rule stays, only PhuLuc's prompt was taken away.
   */
  readonly keptUserRules?: number;
  /** PhuLuc conditional formats removed. */
  readonly removedFormats: number;
  readonly storedDataInvalid: boolean;
  readonly syncs: number;
  /**
   * Stored prompts not restored because the host has no prompts API (ExcelApi < 1.8): the fills were removed, the
   * stored data is kept, and unmarking again on a host with ExcelApi 1.8 puts the prompts back.
   */
  readonly promptsPending?: number;
  /** Protected sheets with marks that were left as they were (marks and stored data kept). */
  readonly skippedProtected?: readonly string[];
}

export interface MarkState {
  readonly sheets: ReadonlyArray<{ readonly name: string; readonly cells: number }>;
  readonly storedDataInvalid: boolean;
}

// ───────────── helpers ─────────────

function normAddress(cell: string): string | null {
  const p = parseCellAddress(cell.split(":")[0] ?? "");
  return p ? cellAddress(p.row, p.col) : null;
}

const clean = cleanText;

function prevOf(dv: Excel.DataValidation): PrevState {
  const p = dv.prompt ?? { showPrompt: false, title: "", message: "" };
  const type = String(dv.type);
  if (type === "None" && !p.title && !p.message) return null;
  return { type, prompt: { showPrompt: !!p.showPrompt, title: p.title ?? "", message: p.message ?? "" } };
}

const NO_PROMPT = { showPrompt: false, title: "", message: "" } as const;

function samePrev(a: PrevState, b: PrevState): boolean {
  if (a === null || b === null) return a === b;
  const [p, q] = [a.prompt, b.prompt];
  return a.type === b.type && p.showPrompt === q.showPrompt && p.title === q.title && p.message === q.message;
}

/** How a cell's validation was before this run, to put it back exactly if the run fails midway. */
function undoTo(dv: Excel.DataValidation): () => void {
  const type = String(dv.type);
  const p = dv.prompt ?? NO_PROMPT;
  if (type === "None" && !p.title && !p.message) return () => dv.clear();
  const prompt = { showPrompt: !!p.showPrompt, title: p.title ?? "", message: p.message ?? "" };
  return () => {
    dv.prompt = { ...prompt };
  };
}

/** Request bytes of writing one cell's prompt. */
const promptBytes = (p: { title?: string; message?: string } | null | undefined) => CELL_OP_BYTES + jsonBytes(p ?? NO_PROMPT);

/** Request bytes of writing a marks part (the stored one or the pending copy), with its call. */
const partBytes = (namespace: string, store: Store | null) => (store ? jsonBytes(encodeJsonXml(namespace, store)) : 0) + CELL_OP_BYTES;

/** Refused before anything is written: one write of the plan (a marks part) alone is over the budget. */
function tooManyMarks(bytes: number): ExcelAdapterError {
  return new ExcelAdapterError(
    "payloadTooLarge",
    "RequestPayloadSizeLimitExceeded",
    `The stored marks need ${bytes} bytes in one request, over the ${DEFAULT_BUDGET_BYTES}-byte budget`,
  );
}

/** A stable text for a validation rule's criteria (keys sorted, empty values dropped), to compare rules. */
function ruleKey(rule: unknown): string {
  const norm = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(norm);
    if (v && typeof v === "object") {
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(v).sort()) {
        const x = norm((v as Record<string, unknown>)[k]);
        if (x !== undefined) out[k] = x;
      }
      return Object.keys(out).length ? out : undefined;
    }
    return v === null || v === undefined ? undefined : v;
  };
  return JSON.stringify(norm(rule) ?? {});
}

/** The cell had no validation before marking, and its validation is no longer the one PhuLuc set: the user's. */
function userAddedRule(dv: Excel.DataValidation, ours: StoredCell["ours"]): boolean {
  // Data from before the type was stored: PhuLuc's own validation on such a cell is "any value" ("None").
  if (String(dv.type) !== (ours.type ?? "None")) return true;
  return ours.rule !== undefined && ruleKey(dv.rule) !== ours.rule;
}

/** What `restore` will do is "rule": the cell had no validation and the user has since added a rule. */
function userAddedRuleWhenNone(dv: Excel.DataValidation, rec: StoredCell): boolean {
  return rec.prev === null && userAddedRule(dv, rec.ours);
}

/** Puts a still-ours cell back; "rule" when the user's later rule was kept and only our prompt taken away. */
function restore(dv: Excel.DataValidation, rec: StoredCell): "prompt" | "cleared" | "rule" {
  if (rec.prev !== null) {
    dv.prompt = { ...rec.prev.prompt };
    return "prompt";
  }
  if (userAddedRule(dv, rec.ours)) {
    dv.prompt = { ...NO_PROMPT };
    return "rule";
  }
  dv.clear();
  return "cleared";
}

function promptText(issues: readonly MarkableIssue[], lang: Lang): { severity: Severity; title: string; message: string } {
  const sorted = [...issues].sort((a, b) => RANK[b.severity] - RANK[a.severity]);
  const severity = (sorted[0] as MarkableIssue).severity;
  const base = TITLES[lang][severity];
  const title = sorted.length > 1 ? `${base} (${sorted.length})` : base;
  const unique = [...new Set(sorted.map((i) => clean(i.message)))];
  let message = unique.length === 1 ? (unique[0] as string) : unique.map((m) => `• ${m}`).join("\n");
  if (message.length > 255) message = `${message.slice(0, 254)}…`;
  return { severity, title: title.slice(0, 32), message };
}

function sheetByName(sheets: Excel.WorksheetCollection, name: string): Excel.Worksheet {
  const ws = sheets.items.find((s) => s.name === name) ?? sheets.items.find((s) => s.name.toLowerCase() === name.toLowerCase());
  if (!ws) throw new ExcelAdapterError("sheetNotFound", "ItemNotFound", `no sheet ${name}`);
  return ws;
}

// ───────────── public API ─────────────

/**
 * Marks the issues' cells (4 syncs). The marks of every checked sheet (see `MarkOptions.checkedSheets`) are
 * replaced: a checked sheet left without issues is unmarked.
 */
export async function markIssues(
  issues: readonly MarkableIssue[],
  options: MarkOptions = {},
  host: ExcelHost = getDefaultHost(),
): Promise<MarkResult> {
  const lang = options.lang ?? "vi";
  const prompts = supportsExcelApi(host, "1.8");
  const multiArea = supportsExcelApi(host, "1.9");
  const bySheet = new Map<string, Map<string, MarkableIssue[]>>();
  let skipped = 0;
  for (const issue of issues) {
    const a = issue.cell ? normAddress(issue.cell) : null;
    if (!a) {
      skipped++;
      continue;
    }
    const cells = bySheet.get(issue.sheet) ?? new Map<string, MarkableIssue[]>();
    bySheet.set(issue.sheet, cells);
    cells.set(a, [...(cells.get(a) ?? []), issue]);
  }
  return runExcel(host, async (context) => {
    // 1: where things are.
    const parts = queuePartLookup(context, NS_MARKS);
    const pendingParts = queuePartLookup(context, NS_MARKS_PENDING);
    const sheets = context.workbook.worksheets;
    sheets.load("items/name,items/id");
    await context.sync();
    const pendingRead = await readPendingXml(context, pendingParts);
    // 2: what was stored (with the pending copy a failed run may have left) and which conditional formats are
    // ours (on every sheet when the checked ones are not given).
    const xml = queueXmlRead(parts);
    const scanned = new Map<string, { ws: Excel.Worksheet; cells: Map<string, MarkableIssue[]>; cfs: Excel.ConditionalFormatCollection }>();
    const scan = (ws: Excel.Worksheet) => {
      let t = scanned.get(ws.id);
      if (!t) {
        ws.protection.load("protected");
        scanned.set(ws.id, (t = { ws, cells: new Map(), cfs: queueFormatScan(ws) }));
      }
      return t;
    };
    for (const [name, cells] of bySheet) {
      const t = scan(sheetByName(sheets, name));
      for (const [a, list] of cells) t.cells.set(a, [...(t.cells.get(a) ?? []), ...list]);
    }
    // By default every sheet is looked at; a protected one is left out unless it has issues (it cannot be written).
    if (options.checkedSheets === undefined) for (const ws of sheets.items) scan(ws);
    else
      for (const name of options.checkedSheets) {
        const ws = sheets.items.find((s) => s.name === name) ?? sheets.items.find((s) => s.name.toLowerCase() === name.toLowerCase());
        if (ws) scan(ws);
      }
    await context.sync();
    const originalXml = xml?.value ?? null;
    const originalPendingXml = pendingRead.xml;
    const { store, invalid } = parseStores(originalXml, originalPendingXml);
    // The conditional formats there before this run: a custom one without formula among them is not ours.
    const knownFormats = new Set([...scanned.values()].flatMap((t) => t.cfs.items.map((cf) => cf.id)));
    // A sheet is replaced when it has issues or is checked; by default only sheets that carry marks need work.
    const wanted = [...scanned.values()].filter(
      (t) =>
        t.cells.size ||
        (options.checkedSheets !== undefined && !t.ws.protection.protected) ||
        findStored(store, t.ws) ||
        ourFormats(t.cfs).length,
    );
    // A protected sheet cannot be written: it is left exactly as it is (stored marks kept) and reported.
    const targets = wanted.filter((t) => !t.ws.protection.protected);
    const skippedProtected = wanted.filter((t) => t.ws.protection.protected).map((t) => t.ws.name);
    if (bySheet.size && !targets.some((t) => t.cells.size))
      throw new ExcelAdapterError("sheetProtected", "AccessDenied", undefined, skippedProtected);
    // 3: the prompts now on every cell we will touch (in blocks under the budget when there are many).
    const plans = targets.map((t) => {
      const old = findStored(store, t.ws);
      const addresses = new Set([...t.cells.keys(), ...(old?.cells.map((c) => c.a) ?? [])]);
      const reads = new Map<string, ValidationRead>();
      if (prompts) for (const a of addresses) reads.set(a, { ws: t.ws, address: a });
      return { ...t, old, reads };
    });
    let syncs = 2 + pendingRead.syncs;
    if (prompts)
      syncs += await loadValidations(
        context,
        plans.flatMap((p) => [...p.reads.values()]),
      );
    const dvOf = (p: (typeof plans)[number], a: string) => p.reads.get(a)?.dv as Excel.DataValidation;
    // Digests of every prompt now on those cells and of every prompt to be written, so comparisons stay synchronous.
    const digests = new PromptDigests();
    const texts = new Map<string, { severity: Severity; title: string; message: string }>();
    for (const p of plans) for (const [a, list] of p.cells) texts.set(`${p.ws.id}!${a}`, promptText(list, lang));
    await digests.prepare([
      ...plans.flatMap((p) => [...p.reads.values()].map((r) => promptKey(r.dv?.prompt))),
      ...[...texts.values()].map((t) => promptKey(t)),
    ]);
    // 4: write, in this order and chunked under the budget: the pending copy, the prompts, the fills, the stored part.
    let total = 0;
    const cleared: string[] = [];
    const cellWrites: BatchedWrite[] = [];
    const formatWrites: BatchedWrite[] = [];
    const fresh = new Set<StoredSheet>();
    const pendingSheets: StoredSheet[] = [];
    for (const p of plans) {
      const oursNow = ourFormats(p.cfs);
      if (!p.cells.size && (p.old || oursNow.length)) cleared.push(p.ws.name);
      for (const cf of oursNow) formatWrites.push({ bytes: FORMAT_DELETE_BYTES, queue: () => cf.delete() });
      const oldCells = recordsByAddress(p.old?.cells ?? []);
      const records: StoredCell[] = [];
      const pendingCells: StoredCell[] = [];
      const bySeverity: Record<Severity, string[]> = { error: [], warning: [], info: [] };
      if (prompts)
        for (const [a, recs] of oldCells) {
          if (p.cells.has(a)) continue;
          const dv = dvOf(p, a);
          const rec = matchingRecord(recs, dv.prompt, digests);
          if (!rec) continue;
          cellWrites.push({ bytes: promptBytes(rec.prev?.prompt), queue: () => restore(dv, rec), undo: undoTo(dv) });
          // Until the restore has gone through (or after an undo) the cell shows the old prompt.
          pendingCells.push(rec);
        }
      for (const [a] of p.cells) {
        const text = texts.get(`${p.ws.id}!${a}`) as { severity: Severity; title: string; message: string };
        bySeverity[text.severity].push(a);
        total++;
        if (!prompts) continue;
        const dv = dvOf(p, a);
        const old = matchingRecord(oldCells.get(a), dv.prompt, digests);
        // Already marked and still showing our prompt: keep what it had before the first mark (if the cell had no
        // validation and the user has since added a rule, that rule without a prompt is what it had).
        let prev: PrevState = prevOf(dv);
        if (old) prev = old.prev === null && userAddedRule(dv, old.ours) ? { type: String(dv.type), prompt: { ...NO_PROMPT } } : old.prev;
        const prompt = { showPrompt: true, title: text.title, message: text.message };
        cellWrites.push({ bytes: promptBytes(prompt), queue: () => (dv.prompt = prompt), undo: undoTo(dv) });
        const ours: StoredCell["ours"] = { h: digests.known(promptKey(text)), type: String(dv.type) };
        const record: StoredCell = { a, prev, ours: prev === null ? { ...ours, rule: ruleKey(dv.rule) } : ours };
        records.push(record);
        pendingCells.push(...pendingRecords(record, old));
      }
      for (const severity of ["info", "warning", "error"] as const)
        if (bySeverity[severity].length) formatWrites.push(...markFormatWrites(p.ws, bySeverity[severity], severity, multiArea));
      // Without prompts (ExcelApi < 1.8) the stored prompts cannot be restored here: keep them for a later unmark.
      if (prompts) store.sheets = store.sheets.filter((s) => s !== p.old);
      if (records.length) {
        const sheet = { id: p.ws.id, name: p.ws.name, cells: records };
        store.sheets.push(sheet);
        fresh.add(sheet);
      }
      if (pendingCells.length) pendingSheets.push({ id: p.ws.id, name: p.ws.name, cells: pendingCells });
    }
    const newStore = store.sheets.length ? { ...store, v: 2 as const } : null;
    // While prompts are written, the pending copy explains every cell whatever has been applied: the new records
    // and the old ones of cells still showing an old prompt (see marks-store.ts), and the other sheets' records as
    // stored. Without prompt writes nothing can be lost.
    const pendingStore: Store | null = cellWrites.length
      ? { v: 2, sheets: [...store.sheets.filter((s) => !fresh.has(s)), ...pendingSheets] }
      : null;
    let pendingPart: PendingPart | null = null;
    let pendingAndFinalTogether = false;
    const pendingWrite: BatchedWrite | null = pendingStore && {
      bytes: partBytes(NS_MARKS_PENDING, pendingStore),
      queue: () => (pendingPart = queuePendingWrite(context, pendingParts, pendingStore)),
    };
    const finalWrite: BatchedWrite = {
      bytes: partBytes(NS_MARKS, newStore) + CELL_OP_BYTES,
      queue: () => {
        queueJsonWrite(context, parts, NS_MARKS, newStore);
        queuePendingRemoval(context, pendingParts, pendingPart, pendingAndFinalTogether);
      },
    };
    const writes = [...(pendingWrite ? [pendingWrite] : []), ...cellWrites, ...formatWrites, finalWrite];
    const largest = largestWrite(writes);
    if (largest > DEFAULT_BUDGET_BYTES) throw tooManyMarks(largest);
    const chunks = splitWrites(writes);
    pendingAndFinalTogether = !!chunks.find((c) => pendingWrite && c.includes(pendingWrite))?.includes(finalWrite);
    const formatSet = new Set(formatWrites);
    syncs += await runBatches(context, chunks, {
      onFailure: async (queued) => {
        // Put back the prompts this run wrote — the pending copy first, if the failed sync may have removed it
        // already; if the fills were being changed too, take PhuLuc's away (the stored records still list the old
        // marks' prompts, so a later unmark restores them). Once every prompt is back, so are the stored parts.
        const finalReached = queued.includes(finalWrite);
        if (finalReached && pendingStore && !(await rewritePending(context, pendingStore))) return;
        const undone = await undoWrites(context, queued);
        if (queued.some((w) => formatSet.has(w)))
          await removeOurFormats(
            context,
            plans.map((p) => p.ws),
            knownFormats,
          ).catch(() => undefined);
        if (undone) await restoreParts(context, originalXml, originalPendingXml);
      },
    });
    return {
      cells: total,
      sheets: plans.filter((p) => p.cells.size).map((p) => p.ws.name),
      clearedSheets: cleared,
      skipped,
      prompts,
      storedDataInvalid: invalid,
      syncs,
      skippedProtected,
    };
  });
}

/** Removes PhuLuc's marks from one sheet or from all (4 syncs; 2 when there is nothing to remove). */
export async function unmarkIssues(options: { readonly sheet?: string } = {}, host: ExcelHost = getDefaultHost()): Promise<UnmarkResult> {
  const prompts = supportsExcelApi(host, "1.8");
  return runExcel(host, async (context) => {
    const parts = queuePartLookup(context, NS_MARKS);
    const pendingParts = queuePartLookup(context, NS_MARKS_PENDING);
    const sheets = context.workbook.worksheets;
    sheets.load("items/name,items/id");
    await context.sync();
    const pendingRead = await readPendingXml(context, pendingParts);
    const xml = queueXmlRead(parts);
    const chosen = options.sheet === undefined ? sheets.items : [sheetByName(sheets, options.sheet)];
    const scans = chosen.map((ws) => {
      ws.protection.load("protected");
      return { ws, cfs: queueFormatScan(ws) };
    });
    await context.sync();
    let syncs = 2 + pendingRead.syncs;
    // With the pending copy a failed mark may have left: a cell's records are then all candidates.
    const { store, invalid } = parseStores(xml?.value ?? null, pendingRead.xml);
    const all = scans.map((s) => ({ ...s, stored: findStored(store, s.ws), reads: new Map<string, ValidationRead>() }));
    // A protected sheet cannot be written: its marks and stored data stay, for a later unmark.
    const marked = all.filter((p) => p.stored || ourFormats(p.cfs).length);
    const skippedProtected = marked.filter((p) => p.ws.protection.protected).map((p) => p.ws.name);
    const plans = all.filter((p) => !p.ws.protection.protected);
    const anything = plans.some((p) => p.stored || ourFormats(p.cfs).length) || (invalid && options.sheet === undefined);
    if (!anything)
      return {
        sheets: [],
        restored: 0,
        keptUserChanges: 0,
        keptUserRules: 0,
        removedFormats: 0,
        storedDataInvalid: invalid,
        syncs,
        promptsPending: 0,
        skippedProtected,
      };
    const digests = new PromptDigests();
    if (prompts && plans.some((p) => p.stored?.cells.length)) {
      for (const p of plans) for (const c of p.stored?.cells ?? []) p.reads.set(c.a, { ws: p.ws, address: c.a });
      syncs += await loadValidations(
        context,
        plans.flatMap((p) => [...p.reads.values()]),
      );
      await digests.prepare(plans.flatMap((p) => [...p.reads.values()].map((r) => promptKey(r.dv?.prompt))));
    }
    let restored = 0;
    let kept = 0;
    let keptRules = 0;
    let removed = 0;
    let pending = 0;
    const touched: string[] = [];
    const cellWrites: BatchedWrite[] = [];
    const formatWrites: BatchedWrite[] = [];
    for (const p of plans) {
      const ours = ourFormats(p.cfs);
      for (const cf of ours) formatWrites.push({ bytes: FORMAT_DELETE_BYTES, queue: () => cf.delete() });
      removed += ours.length;
      if (p.stored) {
        const byAddress = recordsByAddress(p.stored.cells);
        if (prompts)
          for (const [a, recs] of byAddress) {
            const dv = p.reads.get(a)?.dv as Excel.DataValidation;
            // The record whose prompt the cell shows (several after a failed mark: the old and the new one).
            const c = matchingRecord(recs, dv.prompt, digests);
            if (c) {
              // Counted now: the write itself is queued below, in its chunk.
              if (userAddedRuleWhenNone(dv, c)) keptRules++;
              cellWrites.push({ bytes: promptBytes(c.prev?.prompt), queue: () => restore(dv, c) });
              restored++;
            } else if (!recs.some((r) => samePrev(prevOf(dv), r.prev))) kept++;
            // (Not counted: a cell already as it was before marking — a failed mark never wrote it, or had put it back.)
          }
        // Without prompts (ExcelApi < 1.8) the stored prompts cannot be put back here: keep them for a later unmark.
        if (prompts) store.sheets = store.sheets.filter((s) => s !== p.stored);
        else pending += byAddress.size;
      }
      if (p.stored || ours.length) touched.push(p.ws.name);
    }
    // The fills and the stored part go last, the pending copy taken away with it: if a prompt chunk fails, the
    // parts still list every mark (the cells already restored no longer show our prompt, so a later unmark leaves
    // them alone) and the fills are still there.
    const rest = store.sheets.length ? store : null;
    const finalWrite: BatchedWrite = {
      bytes: partBytes(NS_MARKS, rest) + CELL_OP_BYTES,
      queue: () => {
        queueJsonWrite(context, parts, NS_MARKS, rest);
        queuePendingRemoval(context, pendingParts, null, false);
      },
    };
    // Checked before anything is written, like markIssues: a part Excel would refuse must not fail the last sync.
    if (finalWrite.bytes > DEFAULT_BUDGET_BYTES) throw tooManyMarks(finalWrite.bytes);
    syncs += await runWrites(context, [...cellWrites, ...formatWrites, finalWrite]);
    return {
      sheets: touched,
      restored,
      keptUserChanges: kept,
      keptUserRules: keptRules,
      removedFormats: removed,
      storedDataInvalid: invalid,
      syncs,
      promptsPending: pending,
      skippedProtected,
    };
  });
}

/**
 * Which sheets carry PhuLuc marks according to the stored data, the pending copy of a failed mark included (2
 * syncs; 1 when nothing is stored).
 */
export async function readMarks(host: ExcelHost = getDefaultHost()): Promise<MarkState> {
  return runExcel(host, async (context) => {
    const parts = queuePartLookup(context, NS_MARKS);
    const pendingParts = queuePartLookup(context, NS_MARKS_PENDING);
    await context.sync();
    const pendingRead = await readPendingXml(context, pendingParts);
    const xml = queueXmlRead(parts);
    if (xml) await context.sync();
    const { store, invalid } = parseStores(xml?.value ?? null, pendingRead.xml);
    return { sheets: store.sheets.map((s) => ({ name: s.name, cells: recordsByAddress(s.cells).size })), storedDataInvalid: invalid };
  });
}
