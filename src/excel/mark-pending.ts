/**
 * The pending copy of the stored marks (why: marks-store.ts), as Excel writes: put it in the first write sync
 * before any prompt, take it away after the stored part in the last one, and — after a failed mark whose prompts
 * were put back — return both parts to exactly what they held before the run.
 */
import { NS_MARKS_PENDING, Store } from "./marks-store";
import { NS_MARKS, encodeJsonXml, queuePartLookup, queueXmlRead, queueXmlWrite } from "./xml-store";

/**
 * The pending copy's XML (null: none), read in a sync of its own when there is one: it may hold up to the budget,
 * and read with the stored part in one sync the answer could pass Excel's 5 MB. Only after a failed mark.
 */
export async function readPendingXml(
  context: Excel.RequestContext,
  parts: Excel.CustomXmlPartScopedCollection,
): Promise<{ xml: string | null; syncs: number }> {
  const read = queueXmlRead(parts);
  if (!read) return { xml: null, syncs: 0 };
  await context.sync();
  return { xml: read.value, syncs: 1 };
}

/** The pending part this run wrote: the one that was there (rewritten), or the one it added. */
export interface PendingPart {
  readonly part: Excel.CustomXmlPart;
  readonly added: boolean;
}

/** Queues the pending copy: rewrites the part that is there, or adds one (its id loaded, to remove it later). */
export function queuePendingWrite(context: Excel.RequestContext, parts: Excel.CustomXmlPartScopedCollection, store: Store): PendingPart {
  const [first, ...rest] = parts.items;
  for (const p of rest) p.delete();
  const xml = encodeJsonXml(NS_MARKS_PENDING, store);
  if (first) {
    first.setXml(xml);
    return { part: first, added: false };
  }
  const part = context.workbook.customXmlParts.add(xml);
  part.load("id");
  return { part, added: true };
}

/**
 * Queues removing the pending copy: the parts found at the start of the run and the one this run added —
 * through the object itself when it was added in this same sync, else by its id (an object made by `add` is
 * not to be reused across syncs).
 */
export function queuePendingRemoval(
  context: Excel.RequestContext,
  parts: Excel.CustomXmlPartScopedCollection,
  written: PendingPart | null,
  sameSync: boolean,
): void {
  for (const p of parts.items) p.delete();
  if (written?.added) (sameSync ? written.part : context.workbook.customXmlParts.getItem(written.part.id)).delete();
}

/**
 * After a failed write: stores the pending copy again, before any prompt is put back (the failed sync may have
 * removed it already). 2 syncs; false if Excel failed.
 */
export async function rewritePending(context: Excel.RequestContext, store: Store): Promise<boolean> {
  try {
    const parts = queuePartLookup(context, NS_MARKS_PENDING);
    await context.sync();
    queuePendingWrite(context, parts, store);
    await context.sync();
    return true;
  } catch {
    return false;
  }
}

/**
 * After a failed mark whose every write was undone: the stored part and the pending copy get back exactly the XML
 * they had before the run (null: none). 2 syncs; a failure is swallowed (the pending copy then still explains
 * every cell).
 */
export async function restoreParts(context: Excel.RequestContext, mainXml: string | null, pendingXml: string | null): Promise<void> {
  try {
    const main = queuePartLookup(context, NS_MARKS);
    const pending = queuePartLookup(context, NS_MARKS_PENDING);
    await context.sync();
    queueXmlWrite(context, main, mainXml);
    queueXmlWrite(context, pending, pendingXml);
    await context.sync();
  } catch {
    // The caller reports the first failure.
  }
}
