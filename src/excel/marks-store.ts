/**
 * What markIssues stores about the cells it marked (custom XML part urn:phuluc:marks:1), and how it recognises its
 * own prompts again.
 *
 * Per marked sheet (id and name), per cell: the address, the validation it had before (null: none) and what
 * PhuLuc wrote ("ours"): the validation type under our prompt and, for a cell that had no validation, the criteria
 * of PhuLuc's own "any value" rule. Version 2 keeps our prompt as a digest (`h`: SHA-256 of title and message,
 * 16 hex digits) instead of its text: 20,000 marked cells then store about 1.3 MB instead of 4–5 MB, so the part
 * fits in one request under Excel on the web's 5 MB limit. The previous prompt stays in full (it is put back).
 * Version 1 data (our prompt as text) is still read.
 *
 * The pending copy (urn:phuluc:marks:pending:1, same format): while markIssues writes prompts chunk by chunk, the
 * stored part still describes the marks from before, so a run that fails with its undo failing too would leave
 * PhuLuc prompts that no record explains, and the user's own prompt under them would be lost. So the first write
 * sync, before any prompt, stores a pending copy holding every record a cell may need whatever has been applied —
 * the new ones, and the old one of each cell still showing an old prompt of PhuLuc's (folded into the new record
 * as an `alt` digest when the previous state is the same) — and the last sync, after the stored part, removes it.
 * Readers take the stored part and the pending copy together: a cell may then have several records, and the one
 * whose prompt the cell shows now is the one that explains it (`matchingRecord`).
 */
import { z } from "zod";
import { parseJsonXml } from "./xml-store";

const promptSchema = z.object({ showPrompt: z.boolean(), title: z.string(), message: z.string() });
const prevSchema = z.object({ type: z.string(), prompt: promptSchema }).nullable();
// type: the validation type under our prompt when it was written; rule: its criteria (ruleKey), stored when the
// cell had no validation (prev null), i.e. when the validation is PhuLuc's own. Absent in data from before.
const oursV1 = z.object({ title: z.string(), message: z.string(), type: z.string().optional(), rule: z.string().optional() });
// alt: digests of other prompts of PhuLuc's this record explains too (only in the pending copy: a re-marked cell's
// old prompt, with the same previous state as the new one — far smaller than a second record).
const oursV2 = z.object({ h: z.string(), alt: z.array(z.string()).optional(), type: z.string().optional(), rule: z.string().optional() });
const cellV1 = z.object({ a: z.string(), prev: prevSchema, ours: oursV1 });
const cellV2 = z.object({ a: z.string(), prev: prevSchema, ours: z.union([oursV2, oursV1]) });
const storeV1 = z.object({ v: z.literal(1), sheets: z.array(z.object({ id: z.string(), name: z.string(), cells: z.array(cellV1) })) });
const storeV2 = z.object({ v: z.literal(2), sheets: z.array(z.object({ id: z.string(), name: z.string(), cells: z.array(cellV2) })) });

export type StoredCell = z.infer<typeof cellV2>;
export type StoredSheet = z.infer<typeof storeV2>["sheets"][number];
export type Store = z.infer<typeof storeV2>;
export type PrevState = StoredCell["prev"];
export type Ours = StoredCell["ours"];

export const NS_MARKS_PENDING = "urn:phuluc:marks:pending:1";

export function emptyStore(): Store {
  return { v: 2, sheets: [] };
}

/** The stored marks; unreadable or invalid data gives an empty store and `invalid`. */
export function parseStore(xml: string | null): { store: Store; invalid: boolean } {
  if (xml === null) return { store: emptyStore(), invalid: false };
  const parsed = parseJsonXml(xml);
  if (parsed.ok) {
    const v2 = storeV2.safeParse(parsed.value);
    if (v2.success) return { store: v2.data, invalid: false };
    const v1 = storeV1.safeParse(parsed.value);
    if (v1.success) return { store: { v: 2, sheets: v1.data.sheets }, invalid: false };
  }
  return { store: emptyStore(), invalid: true };
}

/**
 * The stored part and the pending copy read together (see the header): invalid if either is unreadable (what
 * can still be read is used).
 */
export function parseStores(xml: string | null, pendingXml: string | null): { store: Store; invalid: boolean } {
  const main = parseStore(xml);
  if (pendingXml === null) return main;
  const pending = parseStore(pendingXml);
  return { store: mergeStores(main.store, pending.store), invalid: main.invalid || pending.invalid };
}

/**
 * The record of the pending copy for a re-marked cell: the new record, also explaining the old prompt the cell
 * shows until its write has gone through (or again after an undo) — folded in when the previous state, type and
 * rule are the same, else the old record beside it.
 */
export function pendingRecords(fresh: StoredCell, old: StoredCell | undefined): StoredCell[] {
  if (!old) return [fresh];
  const same = JSON.stringify([old.prev, old.ours.type, old.ours.rule]) === JSON.stringify([fresh.prev, fresh.ours.type, fresh.ours.rule]);
  if (!same || !("h" in old.ours) || !("h" in fresh.ours)) return [fresh, old];
  const h = fresh.ours.h;
  const alt = [...new Set([old.ours.h, ...(old.ours.alt ?? [])])].filter((d) => d !== h);
  return [alt.length ? { ...fresh, ours: { ...fresh.ours, alt } } : fresh];
}

/** Both stores' records, per sheet (by id), identical records once. */
export function mergeStores(a: Store, b: Store): Store {
  const sheets: StoredSheet[] = a.sheets.map((s) => ({ ...s, cells: [...s.cells] }));
  for (const sb of b.sheets) {
    const sa = sheets.find((s) => s.id === sb.id);
    if (!sa) {
      sheets.push({ ...sb, cells: [...sb.cells] });
      continue;
    }
    const seen = new Set(sa.cells.map((c) => JSON.stringify(c)));
    for (const c of sb.cells) if (!seen.has(JSON.stringify(c))) sa.cells.push(c);
  }
  return { v: 2, sheets };
}

/** A sheet's records by address (several when the pending copy and the stored part differ for a cell). */
export function recordsByAddress(cells: readonly StoredCell[]): Map<string, StoredCell[]> {
  const out = new Map<string, StoredCell[]>();
  for (const c of cells) {
    const list = out.get(c.a);
    if (list) list.push(c);
    else out.set(c.a, [c]);
  }
  return out;
}

export function findStored(store: Store, ws: { id: string; name: string }): StoredSheet | undefined {
  return store.sheets.find((s) => s.id === ws.id) ?? store.sheets.find((s) => s.name === ws.name);
}

export const cleanText = (s: string) => s.replace(/\r\n?/g, "\n").trim();

/** The text a prompt digest is taken of: title and message, line endings and outer spaces normalised. */
export function promptKey(p: { title?: string | null; message?: string | null } | null | undefined): string {
  return `${cleanText(p?.title ?? "")}\n${cleanText(p?.message ?? "")}`;
}

/**
 * Digests of prompt texts (Web Crypto SHA-256, available in every host that runs the pane and in Node 20), each
 * distinct text digested once: marked cells share few messages.
 */
export class PromptDigests {
  private readonly cache = new Map<string, Promise<string>>();

  of(key: string): Promise<string> {
    let d = this.cache.get(key);
    if (!d) {
      d = crypto.subtle
        .digest("SHA-256", new TextEncoder().encode(key))
        .then((buf) => Array.from(new Uint8Array(buf).slice(0, 8), (b) => b.toString(16).padStart(2, "0")).join(""));
      this.cache.set(key, d);
    }
    return d;
  }

  /** Digests of many keys at once; afterwards `known` answers synchronously. */
  async prepare(keys: Iterable<string>): Promise<void> {
    await Promise.all([...new Set(keys)].map((k) => this.of(k)));
    for (const [k, p] of this.cache) this.done.set(k, await p);
  }

  private readonly done = new Map<string, string>();

  known(key: string): string {
    const d = this.done.get(key);
    if (d === undefined) throw new Error(`digest not prepared`);
    return d;
  }
}

/** Whether a prompt is still exactly the one PhuLuc wrote (by digest, or by text for version 1 data). */
export function isOurPrompt(
  prompt: { title?: string | null; message?: string | null } | null | undefined,
  ours: Ours,
  digests: PromptDigests,
): boolean {
  if (!prompt) return false;
  if ("h" in ours) {
    const d = digests.known(promptKey(prompt));
    return d === ours.h || (ours.alt?.includes(d) ?? false);
  }
  return cleanText(prompt.title ?? "") === cleanText(ours.title) && cleanText(prompt.message ?? "") === cleanText(ours.message);
}

/** Of a cell's records, the one whose prompt the cell shows now (none: the prompt is not PhuLuc's any more). */
export function matchingRecord(
  records: readonly StoredCell[] | undefined,
  prompt: { title?: string | null; message?: string | null } | null | undefined,
  digests: PromptDigests,
): StoredCell | undefined {
  return records?.find((r) => isOurPrompt(prompt, r.ours, digests));
}
