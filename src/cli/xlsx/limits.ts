/**
 * How much of a workbook the command line agrees to inflate before ExcelJS sees it. ExcelJS reads a whole
 * package into memory and builds an object per cell: a 25 MB sheet part (100,000 plan rows) took 460 MB and
 * 7 s to load when measured (docs/cli.md, "Size guards"), so a file over these limits is refused from its zip
 * directory, before anything is inflated, with one line that says which part and by how much.
 *
 * The biggest real plans are well under 1 MB of sheet XML (a few thousand rows): every limit leaves a margin
 * of at least 30× over them, and the row limit is twice the 50,000 task rows the add-in is built for.
 */
const MB = 1024 * 1024;

export interface Limits {
  readonly partBytes: number;
  readonly xmlBytes: number;
  readonly totalBytes: number;
  readonly rowsPerSheet: number;
  readonly entries: number;
  readonly ratio: number;
  readonly ratioFloor: number;
  readonly oleBytes: number;
}

export const LIMITS: Limits = {
  /** One XML part (a worksheet, the shared strings), inflated. */
  partBytes: 32 * MB,
  /** All XML parts together, inflated. */
  xmlBytes: 64 * MB,
  /** Every part of the package, pictures included, inflated. */
  totalBytes: 256 * MB,
  /** `<row>` elements in one worksheet (rows that only carry formatting count: ExcelJS builds them all). */
  rowsPerSheet: 100_000,
  /** Entries in the package: a workbook of 1,000 sheets has about 3,000. */
  entries: 20_000,
  /**
   * Inflated ÷ compressed size above which a part is a zip bomb. Sheet XML compresses about 9:1 and shared
   * strings about 25:1 (measured on plan-like workbooks); deflate's ceiling is about 1,032:1. Parts under
   * `ratioFloor` are not judged: a tiny part compressing well harms no one.
   */
  ratio: 200,
  ratioFloor: 1 * MB,
  /** An OLE file (encrypted .xlsx, .xls) is read whole to list its streams: no bigger than this. */
  oleBytes: 256 * MB,
};

export const megabytes = (bytes: number): string => (bytes / MB).toFixed(bytes < 10 * MB ? 1 : 0);
