import { writeFileSync } from "fs";
import { join } from "path";
import { createDeflateRaw, crc32, deflateRawSync } from "zlib";
import { runCli } from "../../helpers/cli";

/**
 * Hand-made zip packages for the hostile-file tests: what no well-behaved writer produces (a directory that
 * lies about sizes, a 500 MB part) has to be built byte by byte. Only what yauzl, JSZip and Excel read:
 * deflated entries, local headers, a central directory, no zip64.
 */
export interface ZipPart {
  readonly name: string;
  readonly data: Buffer;
}

/** A part already deflated, with its true sizes and CRC, and optionally a size the directory will claim. */
export interface DeflatedPart {
  readonly name: string;
  readonly deflated: Buffer;
  readonly size: number;
  readonly crc: number;
  readonly claimedSize?: number;
}

export function deflatePart(p: ZipPart): DeflatedPart {
  return { name: p.name, deflated: deflateRawSync(p.data), size: p.data.length, crc: crc32(p.data) };
}

/**
 * Deflates `head`, `repeat` copies of `body`, then `tail`, streaming: the inflated part (hundreds of MB) never
 * exists in memory, only its deflated form (well under 1 MB for repeated rows).
 */
export async function deflateRepeated(name: string, head: string, body: string, repeat: number, tail: string): Promise<DeflatedPart> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on("data", (c: Buffer) => out.push(c));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on("end", resolve);
    deflate.on("error", reject);
  });
  let crc = 0;
  let size = 0;
  const write = async (b: Buffer) => {
    crc = crc32(b, crc);
    size += b.length;
    if (!deflate.write(b)) await new Promise((r) => deflate.once("drain", r));
  };
  await write(Buffer.from(head));
  // Many rows per write: the bodies of a chunk are one buffer, written again and again.
  const per = Math.max(1, Math.floor((1 << 20) / Buffer.byteLength(body)));
  const chunk = Buffer.from(body.repeat(per));
  let left = repeat;
  for (; left >= per; left -= per) await write(chunk);
  if (left > 0) await write(Buffer.from(body.repeat(left)));
  await write(Buffer.from(tail));
  deflate.end();
  await done;
  return { name, deflated: Buffer.concat(out), size, crc };
}

export function zip(parts: ReadonlyArray<ZipPart | DeflatedPart>): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const d = "deflated" in p ? p : deflatePart(p);
    const name = Buffer.from(d.name, "utf8");
    const declared = d.claimedSize ?? d.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(d.crc >>> 0, 14);
    local.writeUInt32LE(d.deflated.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(0x0800, 8);
    cd.writeUInt16LE(8, 10);
    cd.writeUInt32LE(d.crc >>> 0, 16);
    cd.writeUInt32LE(d.deflated.length, 20);
    cd.writeUInt32LE(declared, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    locals.push(local, name, d.deflated);
    central.push(cd, name);
    offset += local.length + name.length + d.deflated.length;
  }
  const cdSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cdSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...central, end]);
}

const part = (name: string, text: string): ZipPart => ({ name, data: Buffer.from(text, "utf8") });

const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
export const SHEET_TAIL = "</sheetData></worksheet>";

/** The parts every minimal workbook needs around its sheets (content types, relationships, workbook.xml). */
export function workbookParts(sheets: ReadonlyArray<{ name: string; kind?: "worksheet" | "chartsheet" }>, extraTypes = ""): ZipPart[] {
  const rels = sheets
    .map((s, i) =>
      s.kind === "chartsheet"
        ? `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet${i + 1}.xml"/>`
        : `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    )
    .join("");
  const overrides = sheets
    .map((s, i) =>
      s.kind === "chartsheet"
        ? `<Override PartName="/xl/chartsheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml"/>`
        : `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join("");
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  return [
    part(
      "[Content_Types].xml",
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}${extraTypes}</Types>`,
    ),
    part(
      "_rels/.rels",
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    part(
      "xl/workbook.xml",
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets
        .map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
        .join("")}</sheets></workbook>`,
    ),
    part(
      "xl/_rels/workbook.xml.rels",
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`,
    ),
  ];
}

/** Inline-string cells, so no shared-strings part is needed. */
export function rowXml(r: number, values: readonly string[]): string {
  const cells = values.map((v, c) => `<c r="${String.fromCharCode(65 + c)}${r}" t="inlineStr"><is><t>${v}</t></is></c>`).join("");
  return `<row r="${r}">${cells}</row>`;
}

export function sheetPart(index: number, rowsXml: string): ZipPart {
  return part(`xl/worksheets/sheet${index}.xml`, SHEET_HEAD + rowsXml + SHEET_TAIL);
}

export { SHEET_HEAD, part };

/** A scratch file for one test: `dir` is the suite's own temporary folder. */
export function scratchFile(dir: string, name: string, data: Buffer | string): string {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
}

/**
 * What `phuluc check` must do with a file it refuses: exit 2, nothing on stdout, exactly one line on stderr
 * starting "phuluc: ", no stack frames and no internal-error wording. Returns that line.
 */
export async function refusedInOneLine(path: string, lang: "vi" | "en" = "vi"): Promise<string> {
  const r = await runCli(["check", path, "--lang", lang]);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr.split("\n").filter(Boolean)).toHaveLength(1);
  expect(r.stderr).toMatch(/^phuluc: /);
  expect(r.stderr).not.toMatch(/\bat \S+ \(|Error:|lỗi nội bộ|internal error/);
  return r.stderr;
}
