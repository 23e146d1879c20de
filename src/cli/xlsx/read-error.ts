/**
 * Why a file could not be read. The CLI turns each reason into one line in the user's language
 * (src/cli/read-message.ts); `detail` carries the values that line names (a part, a size, a limit).
 */
export type ReadFailure =
  | "missing"
  /** The file exists but this user may not read it (EACCES/EPERM). */
  | "no-permission"
  | "not-file"
  | "empty"
  /** Bytes that are no known container: random data, or a format we do not name. */
  | "not-xlsx"
  /** Text: CSV, an HTML or XML "spreadsheet" that some systems export under an .xls/.xlsx name. */
  | "text"
  /** An OLE file holding EncryptionInfo/EncryptedPackage: what Excel writes for a password-protected .xlsx. */
  | "encrypted"
  | "xls"
  | "word"
  | "powerpoint"
  | "ods"
  | "xlsb"
  /** A zip that is no Office document at all (no xl/workbook.xml). */
  | "not-workbook-zip"
  | "corrupt"
  | "too-large"
  | "too-many-rows"
  | "zip-bomb"
  /** An entry name that points outside the package (a drive letter, "//", a ".." segment). */
  | "unsafe-name"
  | "xml-dtd"
  | "no-sheets"
  | "charts-only";

export interface ReadDetail {
  /** The part or sheet the reason is about. */
  readonly part?: string;
  /** A measured quantity (MB, rows, ratio) and the limit it broke, already formatted. */
  readonly amount?: string;
  readonly limit?: string;
  /** The underlying error's first line, for "corrupt". */
  readonly cause?: string;
}

export class WorkbookReadError extends Error {
  constructor(
    readonly reason: ReadFailure,
    readonly path: string,
    readonly detail: ReadDetail = {},
  ) {
    super(`${reason}: ${path}${detail.part ? ` (${detail.part})` : ""}${detail.cause ? ` (${detail.cause})` : ""}`);
  }
}
