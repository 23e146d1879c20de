import * as CFB from "cfb";
import { promises as fs } from "fs";
import { LIMITS } from "./limits";
import { ReadFailure } from "./read-error";

/**
 * What a file is, from its first bytes, before anything tries to unzip it. An .xlsx is a zip; an OLE compound
 * file is either a legacy .xls/.doc/.ppt or — the case that used to be misnamed "an old .xls" — a
 * password-protected .xlsx, which Excel stores as an OLE file with the streams EncryptionInfo and
 * EncryptedPackage (MS-OFFCRYPTO §2.3.4.4 / §2.3.4.10).
 */
export type FileKind = "zip" | "empty" | Exclude<ReadFailure, "missing" | "not-file" | "corrupt">;

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** An empty zip (end-of-central-directory record only): still a zip, that yauzl then finds without a workbook. */
const ZIP_EMPTY = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const SNIFF = 4096;

/** Bytes no text has: C0 controls other than tab, line feed, form feed and carriage return, and DEL. */
const isControl = (b: number) => (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f;
const isPrintableAscii = (b: number) => (b >= 0x20 && b < 0x7f) || b === 0x09 || b === 0x0a || b === 0x0d;

/**
 * Text a person could read: no NUL byte, and either valid UTF-8 (a cut-off last character is allowed) or
 * "mostly printable" — a CSV saved on Vietnamese Windows is cp1258 (or TCVN3/VNI in old offices), not UTF-8, yet
 * its bytes are almost all ASCII letters, digits and separators with no control bytes. Random or binary data has
 * about one control byte in eight and barely a third printable ASCII.
 */
function looksText(head: Buffer): boolean {
  // Excel's "Unicode Text" export is UTF-16 with a byte-order mark: text too.
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return true;
  if (head.includes(0)) return false;
  try {
    // `stream`: a character cut off at the end of the sniffed bytes is kept for later, not an error.
    new TextDecoder("utf-8", { fatal: true }).decode(head, { stream: true });
    return true;
  } catch {
    // Not UTF-8: a legacy 8-bit code page, judged by its bytes.
  }
  let controls = 0;
  let printable = 0;
  for (const b of head) {
    if (isControl(b)) controls++;
    else if (isPrintableAscii(b)) printable++;
  }
  return controls <= head.length * MAX_CONTROL_SHARE && printable >= head.length * MIN_PRINTABLE_SHARE;
}

/** At most 1 % control bytes and at least 60 % printable ASCII: Vietnamese cp1258 text has about 80 %. */
const MAX_CONTROL_SHARE = 0.01;
const MIN_PRINTABLE_SHARE = 0.6;

/** The streams of an OLE file say what it is. */
function oleKind(data: Buffer): FileKind {
  let names: Set<string>;
  try {
    names = new Set(CFB.read(data, { type: "buffer" }).FileIndex.map((e) => e.name));
  } catch {
    return "not-xlsx";
  }
  if (names.has("EncryptionInfo") && names.has("EncryptedPackage")) return "encrypted";
  if (names.has("Workbook") || names.has("Book")) return "xls";
  if (names.has("WordDocument")) return "word";
  if (names.has("PowerPoint Document")) return "powerpoint";
  return "not-xlsx";
}

export async function fileKind(path: string, size: number): Promise<FileKind> {
  if (size === 0) return "empty";
  const fh = await fs.open(path, "r");
  let head: Buffer;
  try {
    head = Buffer.alloc(Math.min(SNIFF, size));
    await fh.read(head, 0, head.length, 0);
  } finally {
    await fh.close();
  }
  if (head.subarray(0, 4).equals(ZIP) || head.subarray(0, 4).equals(ZIP_EMPTY)) return "zip";
  if (head.subarray(0, 8).equals(OLE))
    // Listing the streams needs the whole file; an OLE file bigger than any workbook is not read.
    return size <= LIMITS.oleBytes ? oleKind(await fs.readFile(path)) : "not-xlsx";
  if (looksText(head)) return "text";
  return "not-xlsx";
}
