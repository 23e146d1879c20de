import yauzl from "yauzl";
import { LIMITS, Limits, megabytes } from "./limits";
import { ReadDetail, ReadFailure, WorkbookReadError } from "./read-error";

/**
 * The size and safety guards a workbook passes before ExcelJS inflates it (ExcelJS trusts the package and holds
 * every part in memory at once). Two passes:
 *
 * 1. the zip's central directory alone (nothing inflated): every entry's name (one that escapes the package, or
 *    that no tool can agree on, is refused), what kind of document it is, and the declared sizes and the XML
 *    parts' compression ratios against LIMITS;
 * 2. every part — XML or not: ExcelJS inflates pictures, customXml and vbaProject.bin into memory too — streamed
 *    through a counter, a chunk at a time, never held whole. yauzl stops a part that inflates beyond its declared
 *    size, so a directory that lies is caught whatever the part is; in XML parts a DTD (the "billion laughs"
 *    entity expansion needs one; OOXML never has one) is refused and `<row>` elements are counted per worksheet.
 *
 * Memory stays at a few chunks whatever the file holds; time is one inflate of at most LIMITS.totalBytes.
 */

export interface PackageInventory {
  /** Worksheet parts, in the workbook's sheet order, with the sheet names they carry. */
  readonly worksheets: ReadonlyArray<{ readonly part: string; readonly sheet: string; readonly rows: number }>;
  readonly chartsheets: number;
  /** Pictures (xl/media): a sheet with no cells may be a scanned plan pasted as an image. */
  readonly hasPictures: boolean;
  readonly macros: boolean;
}

type Fail = (reason: ReadFailure, detail?: ConstructorParameters<typeof WorkbookReadError>[2]) => never;

/**
 * Names are decoded here, not by yauzl (`decodeStrings: false`): yauzl refuses any name starting with "/",
 * which ExcelJS (xlsx.js strips the slash) and Excel read, so a valid workbook would be refused.
 */
function openZip(path: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(path, { lazyEntries: true, autoClose: false, validateEntrySizes: true, decodeStrings: false }, (err, zip) =>
      err || !zip ? reject(err ?? new Error("no zip")) : resolve(zip),
    ),
  );
}

/** An entry with the name the package uses for it: decoded, backslashes as "/", one leading "/" dropped. */
export interface NamedEntry {
  readonly entry: yauzl.Entry;
  readonly name: string;
}

/**
 * The entry's name as ExcelJS will see it, or why it is unsafe: a drive letter, a second leading "/" or a ".."
 * segment would let a part name point outside the package — no Office writer produces one.
 */
export function entryName(
  entry: Pick<yauzl.Entry, "generalPurposeBitFlag" | "fileNameRaw" | "extraFields">,
): { name: string } | { unsafe: string } {
  const decoded = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, false);
  const name = decoded.startsWith("/") ? decoded.slice(1) : decoded;
  return yauzl.validateFileName(name) === null ? { name } : { unsafe: decoded };
}

function readEntries(zip: yauzl.ZipFile, max: number, fail: Fail): Promise<NamedEntry[]> {
  return new Promise((resolve, reject) => {
    const entries: NamedEntry[] = [];
    const refuse = (reason: ReadFailure, detail: ReadDetail) => {
      try {
        fail(reason, detail);
      } catch (err) {
        reject(err);
      }
    };
    zip.on("entry", (e: yauzl.Entry) => {
      const named = entryName(e);
      if ("unsafe" in named) return refuse("unsafe-name", { part: named.unsafe });
      entries.push({ entry: e, name: named.name });
      if (entries.length > max) return refuse("zip-bomb", { amount: `${entries.length}`, limit: `${max}` });
      zip.readEntry();
    });
    zip.on("end", () => resolve(entries));
    // yauzl's own complaints (a bad header, an offset past the end …) are a damaged file, said in one line.
    zip.on("error", (err: unknown) => refuse("corrupt", { cause: firstLine(err) }));
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
 * Streams one part: in XML, refuses a DTD, counts `<row>` elements (stopping past the limit), and keeps the text
 * when asked; any other part is only counted through (yauzl fails the stream past the declared size). Bytes are
 * read as latin1, one char per byte: the patterns are ASCII, and UTF-8 never puts ASCII bytes inside a
 * multi-byte character.
 */
async function scanPart(zip: yauzl.ZipFile, entry: NamedEntry, keep: boolean, limits: Limits, fail: Fail): Promise<Scan> {
  const stream = await openStream(zip, entry.entry);
  const xml = isXml(entry.name);
  let carry = "";
  let rows = 0;
  const kept: Buffer[] = [];
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (!xml) continue;
      if (keep) kept.push(chunk);
      const text = carry + chunk.toString("latin1");
      if (DTD.test(text)) fail("xml-dtd", { part: entry.name });
      if (isWorksheet(entry.name)) {
        ROW.lastIndex = 0;
        for (let m = ROW.exec(text); m; m = ROW.exec(text)) if (m.index + m[0].length > carry.length) rows++;
        // Refused by the caller: the rest of the part need not be read.
        if (rows > limits.rowsPerSheet) return { rows };
      }
      carry = text.slice(-CARRY);
    }
  } finally {
    stream.destroy();
  }
  return { rows, ...(keep ? { text: Buffer.concat(kept).toString("utf8") } : {}) };
}

const isXml = (name: string) => /\.(xml|rels|vml)$/i.test(name);
const isWorksheet = (name: string) => /^xl\/worksheets\/[^/]+\.xml$/i.test(name);

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
    const names = new Set(entries.map((e) => e.name));
    if (!names.has("xl/workbook.xml")) fail(otherKind(names));

    // Pass 1: the directory's word, nothing inflated. The ratio judges XML only: a picture or an embedded object
    // that is mostly empty (a blank BMP, an OLE file of zeros) compresses far better than text and harms no one;
    // its true size is what pass 2 counts.
    let total = 0;
    let xml = 0;
    for (const { entry: e, name } of entries) {
      const size = e.uncompressedSize;
      total += size;
      if (!isXml(name)) continue;
      if (size > limits.ratioFloor && size / Math.max(e.compressedSize, 1) > limits.ratio)
        fail("zip-bomb", { part: name, amount: `${Math.round(size / Math.max(e.compressedSize, 1))}`, limit: `${limits.ratio}` });
      xml += size;
      if (size > limits.partBytes) fail("too-large", { part: name, amount: megabytes(size), limit: megabytes(limits.partBytes) });
    }
    if (xml > limits.xmlBytes) fail("too-large", { amount: megabytes(xml), limit: megabytes(limits.xmlBytes) });
    if (total > limits.totalBytes) fail("too-large", { amount: megabytes(total), limit: megabytes(limits.totalBytes) });

    // Pass 2: stream every part (workbook.xml and its relationships first: they name the sheets).
    const byName = new Map(entries.map((e) => [e.name, e]));
    const scan = async (e: NamedEntry, keep = false): Promise<Scan> => {
      try {
        return await scanPart(zip, e, keep, limits, fail);
      } catch (err) {
        if (err instanceof WorkbookReadError) throw err;
        // yauzl: "too many bytes in the stream" when a part inflates beyond what the directory declared.
        return fail(/too many bytes/i.test(firstLine(err)) ? "zip-bomb" : "corrupt", { part: e.name, cause: firstLine(err) });
      }
    };
    const workbookEntry = byName.get("xl/workbook.xml") as NamedEntry;
    const workbookXml = (await scan(workbookEntry, true)).text ?? "";
    const relsEntry = byName.get("xl/_rels/workbook.xml.rels");
    const relsXml = relsEntry ? ((await scan(relsEntry, true)).text ?? "") : "";
    const names2 = sheetNames(workbookXml, relsXml);
    const worksheets: Array<{ part: string; sheet: string; rows: number }> = [];
    for (const e of entries) {
      if (e === workbookEntry || e === relsEntry) continue;
      const { rows } = await scan(e);
      if (!isWorksheet(e.name)) continue;
      const sheet = names2.get(e.name) ?? e.name;
      if (rows > limits.rowsPerSheet) fail("too-many-rows", { part: sheet, limit: `${limits.rowsPerSheet}` });
      worksheets.push({ part: e.name, sheet, rows });
    }
    const order = [...names2.keys()];
    worksheets.sort((a, b) => order.indexOf(a.part) - order.indexOf(b.part));
    return {
      worksheets,
      chartsheets: entries.filter((e) => /^xl\/chartsheets\/[^/]+\.xml$/i.test(e.name)).length,
      // Pictures are in xl/media; xl/drawings also holds the vmlDrawing every cell comment needs.
      hasPictures: entries.some((e) => /^xl\/media\//i.test(e.name)),
      macros: names.has("xl/vbaProject.bin"),
    };
  } finally {
    zip.close();
  }
}

function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split("\n")[0] ?? "";
}
