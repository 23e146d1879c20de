import yauzl from "yauzl";
import { LIMITS, Limits, megabytes } from "./limits";
import { ReadFailure, WorkbookReadError } from "./read-error";

/**
 * The size and safety guards a workbook passes before ExcelJS inflates it (ExcelJS trusts the package and holds
 * every part in memory at once). Two passes:
 *
 * 1. the zip's central directory alone (nothing inflated): what kind of document it is, and the declared sizes
 *    and compression ratios against LIMITS;
 * 2. every XML part streamed through a counter, a chunk at a time, never held whole: yauzl stops a part that
 *    inflates beyond its declared size, so a directory that lies is caught too; a DTD (the "billion laughs"
 *    entity expansion needs one; OOXML never has one) is refused; `<row>` elements are counted per worksheet.
 *
 * Memory stays at a few chunks whatever the file holds; time is one inflate of at most LIMITS.xmlBytes.
 */

export interface PackageInventory {
  /** Worksheet parts, in the workbook's sheet order, with the sheet names they carry. */
  readonly worksheets: ReadonlyArray<{ readonly part: string; readonly sheet: string; readonly rows: number }>;
  readonly chartsheets: number;
  /** Pictures or drawings anywhere: a sheet with no cells may be a scanned plan pasted as an image. */
  readonly hasPictures: boolean;
  readonly macros: boolean;
}

type Fail = (reason: ReadFailure, detail?: ConstructorParameters<typeof WorkbookReadError>[2]) => never;

function openZip(path: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(path, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false }, (err, zip) =>
      err || !zip ? reject(err ?? new Error("no zip")) : resolve(zip),
    ),
  );
}

function readEntries(zip: yauzl.ZipFile, max: number, fail: Fail): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: yauzl.Entry[] = [];
    zip.on("entry", (e: yauzl.Entry) => {
      entries.push(e);
      if (entries.length > max) {
        try {
          fail("zip-bomb", { amount: `${entries.length}`, limit: `${max}` });
        } catch (err) {
          reject(err);
        }
        return;
      }
      zip.readEntry();
    });
    zip.on("end", () => resolve(entries));
    zip.on("error", reject);
    zip.readEntry();
  });
}

function openStream(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<NodeJS.ReadableStream & { destroy(): void }> {
  return new Promise((resolve, reject) =>
    zip.openReadStream(entry, (err, stream) => (err || !stream ? reject(err ?? new Error("no stream")) : resolve(stream))),
  );
}

const ROW = /<(?:[A-Za-z_][\w.-]*:)?row[\s>/]/g;
const DTD = /<!(?:DOCTYPE|ENTITY)/;
/** Longer than any match above, so a match split across two chunks is seen whole once. */
const CARRY = 64;

interface Scan {
  readonly rows: number;
  /** The part's text, when asked to keep it (small parts only: workbook.xml and its relationships). */
  readonly text?: string;
}

/**
 * Streams one part: refuses a DTD, counts `<row>` elements (stopping past the limit), and keeps the text when
 * asked. Bytes are read as latin1, one char per byte: the patterns are ASCII, and UTF-8 never puts ASCII bytes
 * inside a multi-byte character.
 */
async function scanPart(zip: yauzl.ZipFile, entry: yauzl.Entry, keep: boolean, limits: Limits, fail: Fail): Promise<Scan> {
  const stream = await openStream(zip, entry);
  let carry = "";
  let rows = 0;
  const kept: Buffer[] = [];
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (keep) kept.push(chunk);
      const text = carry + chunk.toString("latin1");
      if (DTD.test(text)) fail("xml-dtd", { part: entry.fileName });
      ROW.lastIndex = 0;
      for (let m = ROW.exec(text); m; m = ROW.exec(text)) if (m.index + m[0].length > carry.length) rows++;
      if (rows > limits.rowsPerSheet) return { rows };
      carry = text.slice(-CARRY);
    }
  } finally {
    stream.destroy();
  }
  return { rows, ...(keep ? { text: Buffer.concat(kept).toString("utf8") } : {}) };
}

const isXml = (name: string) => /\.(xml|rels|vml)$/i.test(name);

function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, e: string) => {
    const k = e.toLowerCase();
    if (k.startsWith("#x")) return String.fromCodePoint(parseInt(k.slice(2), 16));
    if (k.startsWith("#")) return String.fromCodePoint(Number(k.slice(1)));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[k] ?? whole;
  });
}

function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)(?:[\\w.-]+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attrs);
  return m ? decodeXml(m[1] ?? m[2] ?? "") : undefined;
}

/** Sheet names by worksheet part, from workbook.xml and its relationships: so messages name the sheet. */
function sheetNames(workbookXml: string, relsXml: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<(?:[\w.-]+:)?Relationship\b([^>]*)>/g)) {
    const id = attr(m[1] as string, "Id");
    const target = attr(m[1] as string, "Target");
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const names = new Map<string, string>();
  for (const m of workbookXml.matchAll(/<(?:[\w.-]+:)?sheet\b([^>]*)>/g)) {
    const name = attr(m[1] as string, "name");
    const id = attr(m[1] as string, "id");
    const part = id ? targets.get(id) : undefined;
    if (name !== undefined && part) names.set(part.replace(/\/\.\//g, "/"), name);
  }
  return names;
}

/** What a zip that is not an .xlsx is, from its entry names. */
function otherKind(names: ReadonlySet<string>): ReadFailure {
  if (names.has("word/document.xml")) return "word";
  if (names.has("ppt/presentation.xml")) return "powerpoint";
  if (names.has("xl/workbook.bin")) return "xlsb";
  if (names.has("mimetype") && names.has("content.xml")) return "ods";
  return "not-workbook-zip";
}

/**
 * Checks the package at `path` against `limits` and lists its sheets. Throws WorkbookReadError for anything
 * refused; a zip yauzl cannot read at all is "corrupt".
 */
export async function inspectPackage(path: string, limits: Limits = LIMITS): Promise<PackageInventory> {
  const fail: Fail = (reason, detail = {}) => {
    throw new WorkbookReadError(reason, path, detail);
  };
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(path);
  } catch (e) {
    return fail("corrupt", { cause: firstLine(e) });
  }
  try {
    const entries = await readEntries(zip, limits.entries, fail);
    const names = new Set(entries.map((e) => e.fileName));
    if (!names.has("xl/workbook.xml")) fail(otherKind(names));

    // Pass 1: the directory's word, nothing inflated.
    let total = 0;
    let xml = 0;
    for (const e of entries) {
      const size = e.uncompressedSize;
      total += size;
      if (size > limits.ratioFloor && size / Math.max(e.compressedSize, 1) > limits.ratio)
        fail("zip-bomb", { part: e.fileName, amount: `${Math.round(size / Math.max(e.compressedSize, 1))}`, limit: `${limits.ratio}` });
      if (!isXml(e.fileName)) continue;
      xml += size;
      if (size > limits.partBytes) fail("too-large", { part: e.fileName, amount: megabytes(size), limit: megabytes(limits.partBytes) });
    }
    if (xml > limits.xmlBytes) fail("too-large", { amount: megabytes(xml), limit: megabytes(limits.xmlBytes) });
    if (total > limits.totalBytes) fail("too-large", { amount: megabytes(total), limit: megabytes(limits.totalBytes) });

    // Pass 2: stream every XML part (workbook.xml and its relationships first: they name the sheets).
    const byName = new Map(entries.map((e) => [e.fileName, e]));
    const scan = async (e: yauzl.Entry, keep = false): Promise<Scan> => {
      try {
        return await scanPart(zip, e, keep, limits, fail);
      } catch (err) {
        if (err instanceof WorkbookReadError) throw err;
        // yauzl: "too many bytes in the stream" when a part inflates beyond what the directory declared.
        return fail(/too many bytes/i.test(firstLine(err)) ? "zip-bomb" : "corrupt", { part: e.fileName, cause: firstLine(err) });
      }
    };
    const workbookXml = (await scan(byName.get("xl/workbook.xml") as yauzl.Entry, true)).text ?? "";
    const relsEntry = byName.get("xl/_rels/workbook.xml.rels");
    const relsXml = relsEntry ? ((await scan(relsEntry, true)).text ?? "") : "";
    const names2 = sheetNames(workbookXml, relsXml);
    const worksheets: Array<{ part: string; sheet: string; rows: number }> = [];
    for (const e of entries) {
      if (!isXml(e.fileName) || e.fileName === "xl/workbook.xml" || e === relsEntry) continue;
      const { rows } = await scan(e);
      if (!/^xl\/worksheets\/[^/]+\.xml$/i.test(e.fileName)) continue;
      const sheet = names2.get(e.fileName) ?? e.fileName;
      if (rows > limits.rowsPerSheet) fail("too-many-rows", { part: sheet, limit: `${limits.rowsPerSheet}` });
      worksheets.push({ part: e.fileName, sheet, rows });
    }
    const order = [...names2.keys()];
    worksheets.sort((a, b) => order.indexOf(a.part) - order.indexOf(b.part));
    return {
      worksheets,
      chartsheets: entries.filter((e) => /^xl\/chartsheets\/[^/]+\.xml$/i.test(e.fileName)).length,
      hasPictures: entries.some((e) => /^xl\/(media|drawings)\//i.test(e.fileName)),
      macros: names.has("xl/vbaProject.bin"),
    };
  } finally {
    zip.close();
  }
}

function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split("\n")[0] ?? "";
}
