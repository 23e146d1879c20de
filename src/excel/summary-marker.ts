/**
 * How PhuLuc recognises the sheets it generated.
 *
 * ExcelApi 1.12: a worksheet custom property "PhuLuc.generated" = {"v":1,"kind","spec","id"}, where id is the
 * worksheet's own id. The property is invisible in Excel's UI, so a user does not type it, but it may travel with a
 * copy of the sheet (Move or Copy → "Create a copy"); the copy gets a new worksheet id, so a sheet counts as
 * PhuLuc's only when the marker's id is its own id — a copy (and a marker without an id) belongs to the user.
 *
 * Older hosts: a registry in the custom XML part urn:phuluc:sheets:1 listing {id, name, kind, spec}; a sheet counts
 * as PhuLuc's only while both its id and its name still match (a renamed sheet, and a copy, are the user's).
 *
 * Reading the ownership takes 2 syncs: the sheets (and the registry's part), then each sheet's property (or the
 * registry's XML) — a property can only be asked for once the sheets are known.
 */
import { z } from "zod";
import type { SheetKind } from "../core/sheets/spec";
import { NS_SHEETS, parseJsonXml, queuePartLookup, queueXmlRead } from "./xml-store";

export const SHEET_MARKER_KEY = "PhuLuc.generated";

const markerSchema = z.object({ v: z.literal(1), kind: z.string(), spec: z.string(), id: z.string().optional() });

export const registrySchema = z.object({
  v: z.literal(1),
  sheets: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string(), spec: z.string() })),
});
export type Registry = z.infer<typeof registrySchema>;

export interface Marker {
  readonly kind: string;
  readonly spec: string;
}

/** The marker's text for one sheet (its own id inside, so a copy of the sheet is not taken for it). */
export function markerValue(kind: SheetKind, spec: string, id: string): string {
  return JSON.stringify({ v: 1, kind, spec, id });
}

/** The marker of a sheet, when it is PhuLuc's: valid, and written for this very sheet (not carried by a copy). */
export function ownMarker(ws: Excel.Worksheet, p: Excel.WorksheetCustomProperty): Marker | null {
  if (p.isNullObject) return null;
  try {
    const m = markerSchema.safeParse(JSON.parse(p.value));
    return m.success && m.data.id === ws.id ? { kind: m.data.kind, spec: m.data.spec } : null;
  } catch {
    return null;
  }
}

/** A stored registry; damaged or invalid data counts as an empty registry (no sheet is taken for PhuLuc's). */
export function parseRegistry(xml: string | null): Registry {
  if (xml === null) return { v: 1, sheets: [] };
  const parsed = parseJsonXml(xml);
  const checked = parsed.ok ? registrySchema.safeParse(parsed.value) : null;
  return checked?.success ? checked.data : { v: 1, sheets: [] };
}

export interface Ownership<X> {
  readonly sheets: Excel.WorksheetCollection;
  /** Per sheet, in tab order: its marker when PhuLuc wrote it, else null. */
  readonly markers: readonly (Marker | null)[];
  /** What `extra` queued for each sheet in the second sync. */
  readonly extra: readonly X[];
  /** Without ExcelApi 1.12: the registry's parts, its stored XML as it was (null: no part), and its content. */
  readonly registry: { readonly parts: Excel.CustomXmlPartScopedCollection; readonly xml: string | null; readonly value: Registry } | null;
}

/**
 * Reads the sheets and which of them are PhuLuc's (2 syncs). `load` names the sheet properties to load; `extra`
 * queues more per-sheet reads into the second sync (the writer's charts).
 */
export async function readOwnership<X>(
  context: Excel.RequestContext,
  markerApi: boolean,
  load: string,
  extra: (ws: Excel.Worksheet) => X,
): Promise<Ownership<X>> {
  const sheets = context.workbook.worksheets;
  sheets.load(load);
  const parts = markerApi ? null : queuePartLookup(context, NS_SHEETS);
  await context.sync();
  const props = markerApi
    ? sheets.items.map((ws) => {
        const p = ws.customProperties.getItemOrNullObject(SHEET_MARKER_KEY);
        p.load("value");
        return p;
      })
    : [];
  const more = sheets.items.map(extra);
  const xml = parts ? queueXmlRead(parts) : null;
  await context.sync();
  const stored = xml ? xml.value : null;
  const registry = parts ? { parts, xml: stored, value: parseRegistry(stored) } : null;
  const markers = sheets.items.map((ws, i): Marker | null => {
    if (markerApi) return ownMarker(ws, props[i] as Excel.WorksheetCustomProperty);
    const r = registry?.value.sheets.find((s) => s.id === ws.id && s.name === ws.name);
    return r ? { kind: r.kind, spec: r.spec } : null;
  });
  return { sheets, markers, extra: more, registry };
}
