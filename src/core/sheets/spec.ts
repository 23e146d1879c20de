/**
 * A sheet described once, written twice: the CLI renders a SheetSpec with ExcelJS into a new .xlsx, the
 * add-in renders the same SheetSpec with office.js into the open workbook. Everything about how a summary
 * sheet looks (titles, widths, styles, print setup, links, chart) is decided here, in core, so the two
 * outputs cannot drift apart.
 */

/** Named styles; renderers map each to their own format objects. */
export type StyleName =
  | "title" // sheet title: bold, larger
  | "subtitle" // plan name and period under the title
  | "header" // table header: bold, centred, shaded, wrapped, bordered
  | "section" // a section row inside a list: bold, light shading, bordered
  | "text" // ordinary wrapped text, bordered
  | "number" // integer count, centred, bordered
  | "total" // totals row/column: bold number, bordered
  | "link" // a hyperlink back to the plan row: underlined, blue, bordered
  | "note"; // small italic explanation below a table, no border

export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  readonly fontSize: number;
  readonly color?: string; // "#RRGGBB"
  readonly fill?: string; // "#RRGGBB"
  readonly wrap: boolean;
  readonly horizontal: "left" | "center" | "right";
  readonly vertical: "top" | "center";
  readonly border: boolean;
}

/** Vietnamese administrative documents are set in Times New Roman (Nghị định 30/2020/NĐ-CP). */
export const FONT_NAME = "Times New Roman";

export const STYLES: Readonly<Record<StyleName, CellStyle>> = {
  title: { bold: true, fontSize: 14, wrap: false, horizontal: "center", vertical: "center", border: false },
  subtitle: { italic: true, fontSize: 12, wrap: false, horizontal: "center", vertical: "center", border: false },
  header: { bold: true, fontSize: 12, fill: "#D9E2F3", wrap: true, horizontal: "center", vertical: "center", border: true },
  section: { bold: true, fontSize: 12, fill: "#F2F2F2", wrap: true, horizontal: "left", vertical: "center", border: true },
  text: { fontSize: 12, wrap: true, horizontal: "left", vertical: "top", border: true },
  number: { fontSize: 12, wrap: false, horizontal: "center", vertical: "top", border: true },
  total: { bold: true, fontSize: 12, wrap: false, horizontal: "center", vertical: "top", border: true },
  link: { underline: true, color: "#0563C1", fontSize: 12, wrap: true, horizontal: "left", vertical: "top", border: true },
  note: { italic: true, fontSize: 11, wrap: false, horizontal: "left", vertical: "top", border: false },
};

/** A link to a cell of another sheet of the same workbook (the plan row a task came from). */
export interface CellLink {
  readonly sheet: string;
  readonly address: string; // "B12"
}

/**
 * One cell. Strings are ALWAYS written as text, never as formulas, whatever they start with ("=", "+",
 * "-", "@"): renderers must guarantee it (ExcelJS: plain string values; office.js: text number format "@"
 * before writing values).
 */
export interface SpecCell {
  readonly value: string | number | null;
  readonly style?: StyleName;
  readonly link?: CellLink;
}

export interface SpecMerge {
  readonly top: number; // 0-based, inclusive
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** A clustered column chart over a block of this sheet. */
export interface ChartSpec {
  readonly title: string;
  /** 0-based rows/cols of the category labels (one column, several rows) … */
  readonly categories: { readonly col: number; readonly fromRow: number; readonly toRow: number };
  /** … and of each series (one column each), with the series name's cell. */
  readonly series: ReadonlyArray<{ readonly nameRow: number; readonly col: number; readonly fromRow: number; readonly toRow: number }>;
  /** Where the chart sits: top-left cell and size in columns/rows. */
  readonly anchor: { readonly row: number; readonly col: number; readonly widthCols: number; readonly heightRows: number };
}

export type PaperSize = "A4";

/** Page margins in inches, as Excel's page setup dialog and the .xlsx file store them. */
export interface PageMargins {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  /** From the page's top edge to the header, and from its bottom edge to the footer. */
  readonly header: number;
  readonly footer: number;
}

/** A footer line centred at the bottom of every printed page, in Times New Roman. */
export interface PageFooter {
  /** Plain text; "{page}" and "{pages}" stand for the page number and the page count (print.ts makes Excel's codes). */
  readonly center: string;
  readonly fontSize: number;
}

export interface PrintSpec {
  readonly orientation: "landscape" | "portrait";
  readonly paper: PaperSize;
  /** 0-based first and last rows repeated at the top of every printed page. */
  readonly repeatRows?: readonly [number, number];
  /** One page wide, as many pages tall as needed. */
  readonly fitToWidth: boolean;
  readonly margins: PageMargins;
  /** Centre the printed table between the left and right margins. */
  readonly centerHorizontally: boolean;
  readonly footer?: PageFooter;
}

export type SheetKind = "by-agency" | "by-quarter" | "agency-tasks" | "plan-copy";

export interface SheetSpec {
  /** Valid Excel sheet name: ≤ 31 characters, none of : \ / ? * [ ], unique in the workbook. */
  readonly name: string;
  readonly kind: SheetKind;
  /** rows[r][c], starting at A1; ragged rows allowed. */
  readonly rows: ReadonlyArray<ReadonlyArray<SpecCell>>;
  readonly merges: readonly SpecMerge[];
  /** Widths in characters, one per column. */
  readonly columnWidths: readonly number[];
  /**
   * Heights in points. The spec builder fills in every row that needs one (title rows, and rows of wrapped text:
   * withRowHeights, row-heights.ts); the rest auto-fit. Both writers set exactly these.
   */
  readonly rowHeights?: Readonly<Record<number, number>>;
  /** Frozen rows/columns at the top-left (the header stays visible while scrolling). */
  readonly freeze: { readonly rows: number; readonly cols: number };
  /** How the sheet prints; the writers translate every field (print.ts for the footer's codes). */
  readonly print: PrintSpec;
  readonly chart?: ChartSpec;
  /**
   * Optional (added for the by-quarter sheet): 0-based rows that must start a new printed page, so that a
   * block and its chart are not cut across two pages. Renderers that cannot set page breaks may ignore it.
   */
  readonly pageBreaks?: readonly number[];
}
