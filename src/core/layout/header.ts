import { AuxColumns, ColumnMap, ExtraColumn, Role } from "../plan/types";
import { Grid } from "../workbook/grid";
import { foldKey } from "../text/normalize";
import { HeaderRole, headerRole, isProgressWording } from "./header-roles";

export interface HeaderMatch {
  readonly rows: readonly number[];
  readonly columns: ColumnMap;
  readonly extras: readonly ExtraColumn[];
  /** Status and responsible-person columns (also listed among the extras, so their text is kept as written). */
  readonly aux: AuxColumns;
  readonly firstCol: number;
  readonly lastCol: number;
  /** Number of roles found: the better header wins when several rows look like one. */
  readonly score: number;
}

/** How far down a sheet the header may start: title blocks are rarely longer than this. */
const MAX_HEADER_ROW = 80;

/** Text of a cell as its own column sees it: a horizontally merged header belongs to its first column. */
function originText(grid: Grid, r: number, c: number): string {
  const area = grid.area(r, c);
  return area && (area.left !== c || area.top !== r) ? "" : grid.text(r, c);
}

/** Group headers are a few words ("Cơ quan thực hiện", "Thời gian"); a long merged line is a title. */
const MAX_GROUP_HEADER_WORDS = 6;

/**
 * Does row r carry a group header spanning several columns on one row ("Cơ quan thực hiện" over two)? A title
 * merged across the table right above the header ("(Kèm theo Quyết định số …)") is not one.
 */
function hasGroupHeader(grid: Grid, r: number): boolean {
  for (let c = 0; c < grid.rowLength(r); c++) {
    const a = grid.area(r, c);
    const text = grid.text(r, c).trim();
    if (
      a &&
      a.top === r &&
      a.left === c &&
      a.bottom === r &&
      a.right > a.left &&
      text !== "" &&
      text.split(/\s+/).length <= MAX_GROUP_HEADER_WORDS
    )
      return true;
  }
  return false;
}

type Found = { col: number; role: HeaderRole; text: string };

function assemble(rows: number[], found: Found[]): HeaderMatch | null {
  const columns: Partial<Record<Role, number>> = {};
  const aux: { -readonly [K in keyof AuxColumns]: AuxColumns[K] } = {};
  const extras: ExtraColumn[] = [];
  // "Tiến độ thực hiện" beside "Thời gian hoàn thành" is the progress column, not a second deadline.
  const deadlines = found.filter((f) => f.role === "deadline");
  if (deadlines.length > 1 && deadlines.some((f) => !isProgressWording(f.text)))
    for (const f of deadlines) if (isProgressWording(f.text)) f.role = "status";
  // In a target table ("Chỉ tiêu | Kết quả"), a bare "Kết quả" is the target's value, not a deliverable.
  const taskHeader = found.find((f) => f.role === "task");
  if (taskHeader && /^chi tieu\b/.test(foldKey(taskHeader.text)))
    for (const f of found) if (f.role === "product" && /^ket qua$/.test(foldKey(f.text))) f.role = "extra";
  for (const f of found) {
    if (f.role === "status" || f.role === "responsible") {
      if (aux[f.role] === undefined) aux[f.role] = f.col;
      extras.push({ col: f.col, header: f.text });
    } else if (f.role !== "extra" && columns[f.role] === undefined) columns[f.role] = f.col;
    else extras.push({ col: f.col, header: f.text });
  }
  if (columns.task === undefined) return null;
  const roleCount = Object.keys(columns).length;
  // A plan table names what is done and at least two of who/when/what-comes-out.
  if (roleCount < 3 || (columns.lead === undefined && columns.deadline === undefined && columns.support === undefined)) return null;
  const roleCols = Object.values(columns) as number[];
  let firstCol = Math.min(...roleCols);
  let lastCol = Math.max(...roleCols);
  // Extra columns count when they sit inside the table or right next to it.
  const sorted = [...extras].sort((a, b) => a.col - b.col);
  for (const e of sorted) if (e.col === lastCol + 1) lastCol = e.col;
  for (const e of [...sorted].reverse()) if (e.col === firstCol - 1) firstCol = e.col;
  const kept = sorted.filter((e) => e.col >= firstCol && e.col <= lastCol);
  const keptAux: { -readonly [K in keyof AuxColumns]: AuxColumns[K] } = {};
  for (const [role, col] of Object.entries(aux) as Array<[keyof AuxColumns, number]>)
    if (kept.some((e) => e.col === col)) keptAux[role] = col;
  return {
    rows,
    columns: columns as ColumnMap,
    extras: kept,
    aux: keptAux,
    firstCol,
    lastCol,
    score: roleCount,
  };
}

/** Main roles: a second one of these in a header row starts another table beside the first. */
const MAIN_ROLES: ReadonlySet<HeaderRole> = new Set<HeaderRole>(["tt", "task", "product", "lead", "support", "deadline"]);

/**
 * A block past a blank column with this many of the six roles is a full table header by itself. A plan's own
 * results block ("Nội dung thực hiện | Đơn vị thực hiện | Thời gian hoàn thành") has three: it stays with the plan.
 */
const OWN_TABLE_ROLES = 4;

/** What the header search knows about a block of header cells beyond the cells themselves. */
interface BlockContext {
  /** Is column c blank on the header's rows (no text, not covered by a merged header)? */
  readonly isSeparator: (c: number) => boolean;
  /** Does a table title of its own ("PHỤ LỤC II", "Biểu 2") stand above the header, over columns from..to? */
  readonly titledOver: (from: number, to: number) => boolean;
}

/**
 * Past a blank column, does this block start a table of its own? It must have a task column and repeat one of
 * the six roles of the table on its left, and show it is a table, not that table's results block beside it:
 * it opens with a TT column, has a title of its own above it, or names four of the six roles.
 */
function startsOwnTable(block: readonly Found[], roles: ReadonlySet<HeaderRole>, context: BlockContext): boolean {
  if (!block.some((f) => f.role === "task") || !block.some((f) => MAIN_ROLES.has(f.role) && roles.has(f.role))) return false;
  const first = block[0] as Found;
  if (first.role === "tt") return true;
  const own = new Set(block.filter((f) => MAIN_ROLES.has(f.role)).map((f) => f.role));
  return own.size >= OWN_TABLE_ROLES || context.titledOver(first.col, (block[block.length - 1] as Found).col);
}

/**
 * The header cells of one row, cut into the headers of tables standing side by side. A blank column (no header
 * text, not covered by a merged header) separates blocks of header cells; blocks join one table until a block
 * that starts a table of its own (startsOwnTable: "TT | Nhiệm vụ | … | Thời gian |   | TT | Nhiệm vụ | …").
 * Inside a block, with no blank column between, a second "TT" after the table's task column starts the next table;
 * one before it does not ("STT | TT | Nhiệm vụ": a running number and the plan's own numbering, one table).
 */
function sideBySide(found: readonly Found[], context: BlockContext): Found[][] {
  const groups: Found[][] = [];
  let current: Found[] = [];
  let roles = new Set<HeaderRole>();
  const start = () => {
    if (current.length) groups.push(current);
    current = [];
    roles = new Set();
  };
  let i = 0;
  while (i < found.length) {
    // One block: cells up to the next blank, uncovered column.
    let j = i + 1;
    while (j < found.length && !gapBetween((found[j - 1] as Found).col, (found[j] as Found).col, context.isSeparator)) j++;
    const block = found.slice(i, j);
    if (current.length && startsOwnTable(block, roles, context)) start();
    for (const f of block) {
      if (f.role === "tt" && roles.has("tt") && roles.has("task")) start();
      current.push(f);
      if (MAIN_ROLES.has(f.role)) roles.add(f.role);
    }
    i = j;
  }
  start();
  return groups;
}

function gapBetween(a: number, b: number, isSeparator: (c: number) => boolean): boolean {
  for (let c = a + 1; c < b; c++) if (isSeparator(c)) return true;
  return false;
}

/**
 * The headers a row holds, left to right (several when tables stand side by side). A part that is no table
 * header by itself belongs to the table on its left ("Thời gian hoàn thành | Tiến độ thực hiện" is one table
 * with a progress column) or, when nothing stands on its left, to the table on its right: no header cell is
 * thrown away because the row was cut in the wrong place.
 */
function assembleAll(rows: number[], found: readonly Found[], context: BlockContext): HeaderMatch[] {
  const groups: Found[][] = [];
  let leading: Found[] = [];
  for (const group of sideBySide(found, context)) {
    const previous = groups[groups.length - 1];
    const isHeader =
      assemble(
        rows,
        group.map((f) => ({ ...f })),
      ) !== null;
    if (!isHeader && previous) previous.push(...group);
    else if (!isHeader) leading.push(...group);
    else {
      groups.push([...leading, ...group]);
      leading = [];
    }
  }
  const out: HeaderMatch[] = [];
  for (const group of groups) {
    const m = assemble(rows, group);
    if (m) out.push(m);
  }
  return out;
}

/** Words that open a table's own title line. */
const TABLE_TITLE = /^(phu luc|bieu|bang|danh muc)\b/;
/** How far above its header a table's title may stand. */
const TITLE_ROWS_ABOVE = 4;
/** A title's opening words are within its first characters: only those are folded, however long the cell. */
const TITLE_HEAD_CHARS = 40;

function blockContext(grid: Grid, headerRows: readonly number[]): BlockContext {
  const top = headerRows[0] as number;
  const blank = (row: number, c: number) => grid.area(row, c) === null && grid.text(row, c).trim() === "";
  return {
    isSeparator: (c) => headerRows.every((r) => blank(r, c)),
    titledOver: (from, to) => {
      for (let r = top - 1; r >= Math.max(0, top - TITLE_ROWS_ABOVE); r--)
        for (let c = from; c <= Math.min(to, grid.rowLength(r) - 1); c++) {
          const text = originText(grid, r, c);
          if (text !== "" && TABLE_TITLE.test(foldKey(text.slice(0, TITLE_HEAD_CHARS)))) return true;
        }
      return false;
    },
  };
}

function singleRowHeader(grid: Grid, r: number): HeaderMatch[] {
  const found: Found[] = [];
  for (let c = 0; c < grid.rowLength(r); c++) {
    const text = originText(grid, r, c);
    const role = text.trim() ? headerRole(text) : null;
    if (role) found.push({ col: c, role, text });
    else if (text.trim()) found.push({ col: c, role: "extra", text });
  }
  return assembleAll([r], found, blockContext(grid, [r]));
}

function twoRowHeader(grid: Grid, r: number): HeaderMatch[] {
  if (r + 1 >= grid.rowCount || !hasGroupHeader(grid, r)) return [];
  const found: Found[] = [];
  const width = Math.max(grid.rowLength(r), grid.rowLength(r + 1));
  for (let c = 0; c < width; c++) {
    const topArea = grid.area(r, c);
    const top = grid.shownText(r, c);
    const bottomInSameArea = topArea !== null && topArea.bottom >= r + 1;
    const bottom = bottomInSameArea ? "" : originText(grid, r + 1, c);
    let role: HeaderRole | null = null;
    let text = top;
    if (bottom.trim()) {
      role = headerRole(bottom, top) ?? headerRole(`${top} ${bottom}`);
      text = `${top} – ${bottom}`;
    } else if (!topArea || topArea.left === c) {
      role = top.trim() ? headerRole(top) : null;
    }
    if (role) found.push({ col: c, role, text });
    else if (text.trim() && (!topArea || topArea.left === c)) found.push({ col: c, role: "extra", text });
  }
  return assembleAll([r, r + 1], found, blockContext(grid, [r, r + 1]));
}

const best = (ms: readonly HeaderMatch[]): number => ms.reduce((s, m) => Math.max(s, m.score), 0);

/**
 * Finds the table header in the first rows of a sheet — or, for the next table on the same sheet, in the rows
 * from `from` on (a second appendix table below the first, with its own title and header). Tables standing
 * side by side on the header's rows are all returned, left to right; the first is the best-scoring row's
 * leftmost header.
 */
export function findHeaders(grid: Grid, from = 0): HeaderMatch[] {
  let found: HeaderMatch[] = [];
  const last = Math.min(grid.rowCount, from + MAX_HEADER_ROW);
  for (let r = from; r < last; r++) {
    const two = twoRowHeader(grid, r);
    const one = singleRowHeader(grid, r);
    const m = two.length && (!one.length || best(two) >= best(one)) ? two : one;
    if (m.length && (!found.length || best(m) > best(found))) found = m;
    // Six roles is a full header: look no further, the first full one is the table's.
    if (best(found) === 6) break;
  }
  return found;
}

/** The first (leftmost) header of findHeaders, or null. */
export function findHeader(grid: Grid, from = 0): HeaderMatch | null {
  return findHeaders(grid, from)[0] ?? null;
}

/**
 * "(1) (2) (3) …", "1 2 3 …" or "A B 1 2 3 4" (statistics forms letter their first columns) right under the
 * header: numbering of columns, not a task.
 */
export function isColumnNumberRow(grid: Grid, r: number, firstCol: number, lastCol: number): boolean {
  let count = 0;
  let previous = 0;
  let letter = 0;
  for (let c = firstCol; c <= lastCol; c++) {
    const t = grid.text(r, c).trim();
    if (t === "") continue;
    const l = /^\(?\s*([A-E])\s*\)?$/.exec(t);
    if (l && previous === 0) {
      const code = (l[1] as string).charCodeAt(0) - 64;
      if (code !== letter + 1) return false;
      letter = code;
      count++;
      continue;
    }
    const m = /^\(?\s*(\d{1,2})\s*\)?$/.exec(t);
    if (!m) return false;
    const n = Number(m[1]);
    if (n <= previous) return false;
    previous = n;
    count++;
  }
  return count >= 3 && previous > 0;
}
