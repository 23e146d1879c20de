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

/** Text a person could read: no NUL byte and valid UTF-8 (a cut-off last character is allowed). */
function looksText(head: Buffer): boolean {
  // Excel's "Unicode Text" export is UTF-16 with a byte-order mark: text too.
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return true;
  if (head.includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(head.subarray(0, Math.max(0, head.length - 4)));
    return true;
  } catch {
    return false;
  }
}

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
