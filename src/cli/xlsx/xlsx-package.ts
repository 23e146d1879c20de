// jszip: the zip library exceljs itself uses, also a direct dependency of ours (package.json).
import JSZip from "jszip";
import { ChartData, chartXml, CT_CHART, CT_DRAWING, drawingXml, REL_CHART, REL_DRAWING, relationshipsXml, xmlEscape } from "./chart-xml";
import { unescapeXml } from "../../core/settings/json-xml";

/**
 * Post-processing of the .xlsx package ExcelJS wrote: native charts (which ExcelJS cannot write) and
 * hyperlinks, which must all point inside the workbook (ExcelJS writes an external relationship for some
 * internal ones, which Excel would follow instead of the in-workbook location).
 */

interface Rel {
  id: string;
  type: string;
  target: string;
  targetMode?: string;
}

function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:]+)="([^"]*)"/g)) out[m[1] as string] = m[2] as string;
  return out;
}

function parseRels(xml: string | null): Rel[] {
  if (!xml) return [];
  return [...xml.matchAll(/<Relationship\b[^>]*\/?>/g)].map((m) => {
    const a = attrs(m[0]);
    return {
      id: a.Id ?? "",
      type: a.Type ?? "",
      target: unescapeXml(a.Target ?? ""),
      ...(a.TargetMode ? { targetMode: a.TargetMode } : {}),
    };
  });
}

function writeRels(rels: readonly Rel[]): string {
  return relationshipsXml(rels).replace(/<Relationship ([^>]*?)\/>/g, (whole, body: string) => {
    const id = /Id="([^"]*)"/.exec(body)?.[1];
    const rel = rels.find((r) => r.id === id);
    return rel?.targetMode ? `<Relationship ${body} TargetMode="${rel.targetMode}"/>` : whole;
  });
}

function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash)}/_rels/${partPath.slice(slash + 1)}.rels`;
}

async function text(zip: JSZip, path: string): Promise<string | null> {
  const f = zip.file(path);
  return f ? f.async("string") : null;
}

/** Sheet name → its part path ("xl/worksheets/sheet2.xml"), from workbook.xml and its relationships. */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = (await text(zip, "xl/workbook.xml")) ?? "";
  const rels = parseRels(await text(zip, "xl/_rels/workbook.xml.rels"));
  const out = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*\/?>/g)) {
    const a = attrs(m[0]);
    const rel = rels.find((r) => r.id === a["r:id"]);
    if (!rel || a.name === undefined) continue;
    const target = rel.target.startsWith("/") ? rel.target.slice(1) : `xl/${rel.target}`;
    out.set(unescapeXml(a.name), target);
  }
  return out;
}

/** `'It''s'!A1` or `Plan!B12` → the sheet and cell it names; null for anything else (a URL, a file). */
function internalTarget(target: string): { sheet: string; address: string } | null {
  const m = /^(?:'((?:[^']|'')+)'|([^'![\]]+))!(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)$/.exec(target);
  if (!m) return null;
  return { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] as string), address: m[3] as string };
}

/**
 * Links stay inside the workbook. ExcelJS decides "internal" by a pattern (`^[^!]+!A1$`) that a sheet named
 * "Nhiệm vụ – Sở X!" or "It's" fails, and then writes the target as an external relationship — a link Excel
 * would try to open as a file. Here every hyperlink becomes a `location` naming a sheet of this workbook, its
 * relationship dropped; one that names no sheet here is removed (its cell keeps its text). The written
 * workbook has no external hyperlink at all.
 */
async function fixInternalLinks(zip: JSZip, sheetPath: string, sheetNames: ReadonlySet<string>): Promise<void> {
  let xml = await text(zip, sheetPath);
  if (!xml || !/<hyperlink\b/.test(xml)) return;
  const relsPath = relsPathOf(sheetPath);
  const rels = parseRels(await text(zip, relsPath));
  const dropped = new Set<string>();
  xml = xml.replace(/<hyperlink\b[^>]*\/>/g, (tag) => {
    const a = attrs(tag);
    const rid = a["r:id"];
    if (rid !== undefined) dropped.add(rid);
    const location = a.location !== undefined ? unescapeXml(a.location) : rels.find((r) => r.id === rid)?.target;
    const target = location !== undefined ? internalTarget(location) : null;
    if (!target || !sheetNames.has(target.sheet) || a.ref === undefined) return "";
    const tooltip = a.tooltip !== undefined ? ` tooltip="${a.tooltip}"` : "";
    return `<hyperlink ref="${a.ref}" location="${xmlEscape(`'${target.sheet.replace(/'/g, "''")}'!${target.address}`)}"${tooltip}/>`;
  });
  // CT_Hyperlinks needs at least one <hyperlink>: an emptied list goes.
  xml = xml.replace(/<hyperlinks>\s*<\/hyperlinks>/g, "");
  zip.file(sheetPath, xml);
  if (dropped.size === 0) return;
  const kept = rels.filter((r) => !dropped.has(r.id));
  if (kept.length) zip.file(relsPath, writeRels(kept));
  else zip.remove(relsPath);
}

function nextId(rels: readonly Rel[]): string {
  let n = rels.length + 1;
  while (rels.some((r) => r.id === `rId${n}`)) n++;
  return `rId${n}`;
}

/** Elements that must follow <drawing> inside <worksheet> (ECMA-376 CT_Worksheet order). */
const AFTER_DRAWING = [
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

function insertDrawing(sheetXml: string, relId: string): string {
  if (/<drawing\b/.test(sheetXml)) throw new Error("sheet already has a drawing");
  const element = `<drawing r:id="${relId}"/>`;
  let at = sheetXml.lastIndexOf("</worksheet>");
  for (const name of AFTER_DRAWING) {
    const i = sheetXml.search(new RegExp(`<${name}[\\s/>]`));
    if (i >= 0 && i < at) at = i;
  }
  const withNs = /xmlns:r=/.test(sheetXml)
    ? sheetXml
    : sheetXml.replace(/<worksheet\b/, '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"');
  const shift = withNs.length - sheetXml.length;
  return withNs.slice(0, at + shift) + element + withNs.slice(at + shift);
}

function addOverride(contentTypes: string, partName: string, type: string): string {
  if (contentTypes.includes(`PartName="${partName}"`)) return contentTypes;
  return contentTypes.replace("</Types>", `<Override PartName="${partName}" ContentType="${type}"/></Types>`);
}

async function addChart(zip: JSZip, sheetPath: string, chart: ChartData, n: number): Promise<void> {
  const chartPath = `xl/charts/chart${n}.xml`;
  const drawingPath = `xl/drawings/drawing${n}.xml`;
  if (zip.file(chartPath) || zip.file(drawingPath)) throw new Error(`${chartPath} or ${drawingPath} exists`);
  zip.file(chartPath, chartXml(chart));
  zip.file(drawingPath, drawingXml(chart.spec.anchor, "rId1", `Biểu đồ ${n}`));
  zip.file(relsPathOf(drawingPath), relationshipsXml([{ id: "rId1", type: REL_CHART, target: `../charts/chart${n}.xml` }]));

  const sheetRelsPath = relsPathOf(sheetPath);
  const rels = parseRels(await text(zip, sheetRelsPath));
  const relId = nextId(rels);
  rels.push({ id: relId, type: REL_DRAWING, target: `../drawings/drawing${n}.xml` });
  zip.file(sheetRelsPath, writeRels(rels));
  zip.file(sheetPath, insertDrawing((await text(zip, sheetPath)) ?? "", relId));

  let types = (await text(zip, "[Content_Types].xml")) ?? "";
  types = addOverride(types, `/${chartPath}`, CT_CHART);
  types = addOverride(types, `/${drawingPath}`, CT_DRAWING);
  zip.file("[Content_Types].xml", types);
}

export async function finishPackage(buffer: Buffer | ArrayBuffer, charts: readonly ChartData[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buffer);
  const parts = await sheetParts(zip);
  const names = new Set(parts.keys());
  for (const path of parts.values()) await fixInternalLinks(zip, path, names);
  let n = 1;
  for (const chart of charts) {
    const path = parts.get(chart.sheet);
    if (!path) throw new Error(`no sheet named ${xmlEscape(chart.sheet)} for the chart`);
    await addChart(zip, path, chart, n++);
  }
  return zip.generateAsync({
    type: "nodebuffer",
    compression: "DEFLATE",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
}
