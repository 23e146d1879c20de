import { ColumnMap, Role, RoleCell, ROLES } from "../plan/types";
import { cleanText, oneLine } from "../text/normalize";
import { Grid } from "../workbook/grid";
import { HeaderMatch, isColumnNumberRow } from "./header";
import { headerRole } from "./header-roles";
import { RoleTexts, RowFacts } from "./row-classifier";
import { isFooterText } from "./row-patterns";

/**
 * The grid as one table sees it, and the facts about its rows that classifyRow (row-classifier.ts) asks for:
 * the reading side of the recogniser, kept apart from the rules that decide what a row is.
 */

/** The columns a table may look at for footer lines (see TableReader). */
export interface Span {
  readonly from: number;
  readonly to: number;
}

/** The grid as one table sees it: its columns by role, what a cell holds and shows. */
export class TableGrid {
  constructor(
    readonly grid: Grid,
    readonly header: HeaderMatch,
    readonly span: Span,
  ) {}

  col(role: Role): number | undefined {
    return (this.header.columns as ColumnMap)[role as "task"];
  }

  /** The cell's own text: what is stored in it, blank for covered cells of a merged area. */
  own(r: number, role: Role): string {
    const c = this.col(role);
    return c === undefined ? "" : cleanText(this.grid.text(r, c));
  }

  /**
   * The text a reader sees in the role's cell on row r. A vertically merged cell shows its value on every
   * row it covers; a cell covered from the left (a merge across columns) belongs to the column it starts in.
   */
  shown(r: number, role: Role): string {
    const c = this.col(role);
    if (c === undefined) return "";
    const area = this.grid.area(r, c);
    if (!area) return cleanText(this.grid.text(r, c));
    if (area.left !== c) return "";
    return cleanText(this.grid.text(area.top, area.left));
  }

  values(r: number, pick: (r: number, role: Role) => string): RoleTexts {
    const v = {} as Record<Role, string>;
    for (const role of ROLES) v[role] = pick(r, role);
    return v;
  }

  roleCell(r: number, role: Role): RoleCell | undefined {
    const c = this.col(role);
    if (c === undefined) return undefined;
    const area = this.grid.area(r, c);
    return { row: r, col: c, inMerge: area !== null, fromMerge: area !== null && (area.top !== r || area.left !== c) };
  }

  isBlankRow(r: number): boolean {
    return this.grid.isRowBlank(r, this.header.firstCol, this.header.lastCol);
  }

  rowHasFooter(r: number): boolean {
    const to = Math.min(this.span.to, this.grid.rowLength(r) - 1);
    for (let c = this.span.from; c <= to; c++) {
      const t = this.grid.text(r, c);
      if (t.trim() && isFooterText(t)) return true;
    }
    return false;
  }

  /** A merged area starting on row r that spans three or more table columns: a banner (section) row. */
  bannerText(r: number): string | null {
    for (let c = this.header.firstCol; c <= this.header.lastCol; c++) {
      const a = this.grid.area(r, c);
      if (a && a.top === r && a.left === c && a.right - a.left >= 2) {
        const t = oneLine(this.grid.text(r, c));
        return t === "" ? null : t;
      }
    }
    return null;
  }

  /** The header again (repeated at a page break, or the header of another table below). */
  isHeaderAgain(r: number): boolean {
    let matches = 0;
    for (const role of ROLES) {
      const c = this.col(role);
      if (c !== undefined && headerRole(this.grid.text(r, c)) === role) matches++;
    }
    return matches >= 3 || isColumnNumberRow(this.grid, r, this.header.firstCol, this.header.lastCol);
  }

  /** The merged area covering the role's cell on row r, or null. */
  areaOf(r: number, role: Role): ReturnType<Grid["area"]> {
    const c = this.col(role);
    return c === undefined ? null : this.grid.area(r, c);
  }
}

const DETAIL_MERGE_ROLES = ["lead", "support", "deadline"] as const;

/**
 * The facts classifyRow asks of row `index`, read from the grid when first asked and then kept: a blank row costs
 * its blank test only, as the reader always did.
 */
export class GridRow implements RowFacts {
  private readonly memo = new Map<keyof RowFacts, unknown>();

  constructor(
    private readonly table: TableGrid,
    readonly index: number,
  ) {}

  private once<K extends keyof RowFacts>(key: K, compute: () => RowFacts[K]): RowFacts[K] {
    if (!this.memo.has(key)) this.memo.set(key, compute());
    return this.memo.get(key) as RowFacts[K];
  }

  get blank(): boolean {
    return this.once("blank", () => this.table.isBlankRow(this.index));
  }

  get footer(): boolean {
    return this.once("footer", () => this.table.rowHasFooter(this.index));
  }

  get headerAgain(): boolean {
    return this.once("headerAgain", () => this.table.isHeaderAgain(this.index));
  }

  get own(): RoleTexts {
    return this.once("own", () => this.table.values(this.index, (row, role) => this.table.own(row, role)));
  }

  get banner(): string | null {
    return this.once("banner", () => this.table.bannerText(this.index));
  }

  get detailMergeStarts(): boolean {
    return this.once("detailMergeStarts", () => {
      const { grid } = this.table;
      return DETAIL_MERGE_ROLES.some((role) => {
        const a = this.table.areaOf(this.index, role);
        return !!a && a.top === this.index && grid.text(a.top, a.left).trim() !== "";
      });
    });
  }

  get detailsMergeDown(): boolean {
    return this.once("detailsMergeDown", () =>
      DETAIL_MERGE_ROLES.every((role) => {
        if (!this.own[role]) return true;
        const a = this.table.areaOf(this.index, role);
        return !!a && a.top === this.index && a.bottom > this.index;
      }),
    );
  }

  get taskMergeTop(): number | null {
    return this.once("taskMergeTop", () => this.table.areaOf(this.index, "task")?.top ?? null);
  }

  get showsDetails(): boolean {
    return this.once("showsDetails", () =>
      (["product", "lead", "support", "deadline"] as const).some((role) => this.table.shown(this.index, role) !== ""),
    );
  }

  get nextFilled(): RowFacts | null {
    return this.once("nextFilled", () => {
      const { grid } = this.table;
      for (let n = this.index + 1; n < grid.rowCount && n <= this.index + 3; n++) {
        if (!this.table.isBlankRow(n)) return new GridRow(this.table, n);
      }
      return null;
    });
  }
}
