/**
 * PhuLuc's own data stored in the workbook as custom XML parts (ExcelApi 1.5): one part per namespace holding a
 * JSON document. Custom XML parts travel with the file (a colleague opening it gets the same settings and marks),
 * are not tied to the add-in's id (unlike document settings), are invisible in the grid, and are read and written
 * inside the same Excel.run batches as everything else.
 */

export const NS_SETTINGS = "urn:phuluc:settings:1";
export const NS_MARKS = "urn:phuluc:marks:1";
export const NS_SHEETS = "urn:phuluc:sheets:1";

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, "&");
}

export function encodeJsonXml(namespace: string, value: unknown): string {
  return `<phuluc xmlns="${namespace}">${escapeXml(JSON.stringify(value))}</phuluc>`;
}

/** The JSON text inside a PhuLuc part, or null when the XML is not one of ours. */
export function jsonTextOf(xml: string): string | null {
  const m = /<(?:\w+:)?phuluc\b[^>]*>([\s\S]*?)<\/(?:\w+:)?phuluc>/.exec(xml);
  if (!m) return null;
  const inner = (m[1] as string).trim();
  const cdata = /^<!\[CDATA\[([\s\S]*)\]\]>$/.exec(inner);
  return cdata ? (cdata[1] as string) : unescapeXml(inner);
}

export type ParsedJson = { ok: true; value: unknown } | { ok: false; error: string };

export function parseJsonXml(xml: string): ParsedJson {
  const text = jsonTextOf(xml);
  if (text === null) return { ok: false, error: "not a PhuLuc XML part" };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

/** Queues the lookup of a namespace's parts; read `.items` after the next sync. */
export function queuePartLookup(context: Excel.RequestContext, namespace: string): Excel.CustomXmlPartScopedCollection {
  const parts = context.workbook.customXmlParts.getByNamespace(namespace);
  parts.load("items/id");
  return parts;
}

/** After the lookup's sync: queues getXml on the first part (null when there is none). */
export function queueXmlRead(parts: Excel.CustomXmlPartScopedCollection): OfficeExtension.ClientResult<string> | null {
  const first = parts.items[0];
  return first ? first.getXml() : null;
}

/** Queues writing `value` (or removing the document when value is null); extra parts of the namespace are removed. */
export function queueJsonWrite(
  context: Excel.RequestContext,
  parts: Excel.CustomXmlPartScopedCollection,
  namespace: string,
  value: unknown | null,
): void {
  const [first, ...rest] = parts.items;
  for (const p of rest) p.delete();
  if (value === null) {
    first?.delete();
    return;
  }
  const xml = encodeJsonXml(namespace, value);
  if (first) first.setXml(xml);
  else context.workbook.customXmlParts.add(xml);
}
