/**
 * PhuLuc's data kept inside a workbook as a custom XML part: one `<phuluc xmlns="urn:phuluc:…">` element
 * holding a JSON document. Pure text functions, shared by the office.js adapter (which reads and writes the
 * parts) and the command line (which finds them in the .xlsx package).
 */

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** XML character references and the five entities back to text. */
export function unescapeXml(text: string): string {
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

/** The namespace of a PhuLuc part, or null when the XML is not one of ours. */
export function namespaceOf(xml: string): string | null {
  const m = /<(?:\w+:)?phuluc\b[^>]*\bxmlns(?::\w+)?="([^"]+)"/.exec(xml);
  return m ? (m[1] as string) : null;
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
