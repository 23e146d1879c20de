/**
 * PhuLuc's own data stored in the workbook as custom XML parts (ExcelApi 1.5): one part per namespace holding a
 * JSON document. Custom XML parts travel with the file (a colleague opening it gets the same settings and marks),
 * are not tied to the add-in's id (unlike document settings), are invisible in the grid, and are read and written
 * inside the same Excel.run batches as everything else.
 */

export { NS_SETTINGS } from "../core/settings/stored";
export const NS_MARKS = "urn:phuluc:marks:1";
export const NS_SHEETS = "urn:phuluc:sheets:1";

// The JSON-in-XML format itself is shared with the command line, which reads the same parts from .xlsx files.
export { encodeJsonXml, jsonTextOf, parseJsonXml } from "../core/settings/json-xml";
export type { ParsedJson } from "../core/settings/json-xml";
import { encodeJsonXml } from "../core/settings/json-xml";

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
  queueXmlWrite(context, parts, value === null ? null : encodeJsonXml(namespace, value));
}

/**
 * The same with the part's XML as it is (restoring a part exactly as it was read, even one PhuLuc could not
 * parse): the first part gets it, extra parts are removed; null removes them all.
 */
export function queueXmlWrite(context: Excel.RequestContext, parts: Excel.CustomXmlPartScopedCollection, xml: string | null): void {
  const [first, ...rest] = parts.items;
  for (const p of rest) p.delete();
  if (xml === null) {
    first?.delete();
    return;
  }
  if (first) first.setXml(xml);
  else context.workbook.customXmlParts.add(xml);
}
