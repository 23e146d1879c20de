import { PlanPeriod } from "../plan/period";
import { PlanTable, PlanTask, Role, RoleCell, ROLES, Section } from "../plan/types";
import { cleanText, oneLine } from "../text/normalize";
import { Grid } from "../workbook/grid";
import { SheetData } from "../workbook/model";
import { findHeaders, HeaderMatch, isColumnNumberRow } from "./header";
import { planPeriodFromDeadlines, planPeriodFromTitle } from "./plan-period";
import { contextYear, readPlanContext } from "../plan/issuer";
import { isProcedureListHeader } from "./header-roles";
import { sectionHeading } from "./row-patterns";
import { RoleTexts, RowClass, RowFacts, classifyRow, looksLikeTableRow } from "./row-classifier";
import { GridRow, Span, TableGrid } from "./row-facts";

export interface RecognizeOptions {
  /** The period the user gave; otherwise it is read from the title rows, then from the deadlines. */
  readonly planPeriod?: PlanPeriod;
}

/**
 * A run of this many blank rows may end the table (a single blank row inside a table is common); the
 * table goes on if a task row follows within LOOK_PAST_BLANKS rows.
 */
const BLANK_ROWS_END_TABLE = 3;
const LOOK_PAST_BLANKS = 50;

interface TaskDraft {
  row: number;
  lastRow: number;
  tt: string;
  section: Section | null;
  taskLines: string[];
  lines: Record<Exclude<Role, "task" | "tt">, string[]>;
  cells: Partial<Record<Role, RoleCell>>;
  extras: Record<string, string[]>;
}

/**
 * Reads a table's rows under its header: asks classifyRow (row-classifier.ts) what each row is and applies the
 * answer — sections, tasks and their continuation lines, where the table ends.
 */
class TableReader {
  private readonly sections: Section[] = [];
  private readonly stack: Section[] = [];
  private readonly tasks: PlanTask[] = [];
  private current: TaskDraft | null = null;
  private lastRow: number;
  /** Last row of a finished task with a lead, deadline or product: a header seen again after it may be a repeat. */
  private detailBoundary = -1;
  /** The row the reader stopped at (exclusive): how far it looked. */
  private stop = 0;
  private readonly table: TableGrid;
  private readonly grid: Grid;
  private readonly header: HeaderMatch;

  /**
   * `span` is the columns this table may look at for footer lines: the whole row, or the columns between the
   * tables beside it (a footer under the table on the left does not end the one on the right).
   */
  constructor(grid: Grid, header: HeaderMatch, span: Span = { from: 0, to: Number.POSITIVE_INFINITY }) {
    this.table = new TableGrid(grid, header, span);
    this.grid = grid;
    this.header = header;
    this.lastRow = header.rows[header.rows.length - 1] as number;
  }

  private pushSection(title: string, level: number, r: number): void {
    this.finishTask();
    while (this.stack.length > 0 && (this.stack[this.stack.length - 1] as Section).level >= level) this.stack.pop();
    const path = [...this.stack.map((s) => s.title), title];
    const section: Section = { title, level, path, row: r };
    this.stack.push(section);
    this.sections.push(section);
    this.lastRow = r;
  }

  private startTask(r: number, tt: string, taskText: string): void {
    this.finishTask();
    const shown = this.table.values(r, (row, role) => this.table.shown(row, role));
    const cells: Partial<Record<Role, RoleCell>> = {};
    for (const role of ROLES) {
      const cell = this.table.roleCell(r, role);
      if (cell) cells[role] = cell;
    }
    const extras: Record<string, string[]> = {};
    for (const e of this.header.extras) {
      const t = cleanText(this.grid.shownText(r, e.col));
      extras[oneLine(e.header)] = t ? [t] : [];
    }
    this.current = {
      row: r,
      lastRow: r,
      tt,
      section: this.stack[this.stack.length - 1] ?? null,
      taskLines: taskText ? [taskText] : [],
      lines: {
        product: shown.product ? [shown.product] : [],
        lead: shown.lead ? [shown.lead] : [],
        support: shown.support ? [shown.support] : [],
        deadline: shown.deadline ? [shown.deadline] : [],
      },
      cells,
      extras,
    };
    this.lastRow = r;
  }

  /** Adds a row's own values to the current task (continuation rows, sub-items without their own agency). */
  private extendTask(r: number, own: RoleTexts, taskLine: string): void {
    const t = this.current;
    if (!t) return;
    if (taskLine) t.taskLines.push(taskLine);
    for (const role of ["product", "lead", "support", "deadline"] as const) {
      const v = own[role];
      if (v && !t.lines[role].includes(v)) t.lines[role].push(v);
    }
    for (const e of this.header.extras) {
      const v = cleanText(this.grid.text(r, e.col));
      const list = t.extras[oneLine(e.header)];
      if (v && list && !list.includes(v)) list.push(v);
    }
    t.lastRow = r;
    this.lastRow = r;
  }

  private finishTask(): void {
    const t = this.current;
    if (!t) return;
    this.current = null;
    const extras: Record<string, string> = {};
    for (const [k, v] of Object.entries(t.extras)) extras[k] = v.join("\n");
    const auxText = (col: number | undefined): string | undefined => {
      const e = col === undefined ? undefined : this.header.extras.find((x) => x.col === col);
      return e ? (extras[oneLine(e.header)] ?? "") : undefined;
    };
    if (t.lines.lead.length || t.lines.deadline.length || t.lines.product.length)
      this.detailBoundary = Math.max(this.detailBoundary, t.lastRow);
    const status = auxText(this.header.aux.status);
    const responsible = auxText(this.header.aux.responsible);
    this.tasks.push({
      sheet: this.grid.name,
      row: t.row,
      lastRow: t.lastRow,
      tt: t.tt,
      section: t.section,
      task: t.taskLines.join("\n"),
      product: t.lines.product.join("\n"),
      lead: t.lines.lead.join("\n"),
      support: t.lines.support.join("\n"),
      deadline: t.lines.deadline.join("\n"),
      cells: t.cells,
      extras,
      ...(status !== undefined ? { status } : {}),
      ...(responsible !== undefined ? { responsible } : {}),
    });
  }

  /** After a run of blank rows: the next row that belongs to the table, or null when the table has ended. */
  private rowAfterBlanks(r: number): number | null {
    for (let n = r + 1; n < this.grid.rowCount && n <= r + LOOK_PAST_BLANKS; n++) {
      const row = new GridRow(this.table, n);
      if (row.blank) continue;
      if (row.footer) return null;
      return looksLikeTableRow(row.own) ? n : null;
    }
    return null;
  }

  /**
   * The header seen again. Right after tasks it is a page-break repeat (Word and PDF conversions keep them):
   * skip it. After title rows ("PHỤ LỤC II", "(Kèm theo …)") it starts another table: this one ended before
   * those rows, which are taken back.
   */
  private headerAgain(): "skip" | "end" {
    // The boundary is kept as tasks finish (finishTask): a header repeated on every page costs no rescan.
    this.finishTask();
    const boundary = this.detailBoundary;
    const strays = tail(this.tasks, (t) => t.row > boundary);
    const straySections = tail(this.sections, (s) => s.row > boundary);
    if (strays.length === 0 && straySections.length === 0) return "skip";
    // Only the table's own sections ("II. Phát triển …", "B. …") stand before it: the header is repeated under
    // a section of the same table (Word and web copies do this), not the start of another table.
    // A part ("B.", "Phần II") starting with its own header is another table; a section ("II.") is not.
    if (strays.length === 0 && straySections.every((s) => (sectionHeading(s.title)?.level ?? 0) >= 1)) return "skip";
    this.tasks.splice(this.tasks.length - strays.length);
    this.sections.splice(this.sections.length - straySections.length);
    this.lastRow = boundary;
    return "end";
  }

  read(): void {
    const { rows } = this.header;
    let r = (rows[rows.length - 1] as number) + 1;
    let blankRun = 0;
    for (; r < this.grid.rowCount; r++) {
      this.stop = r + 1;
      const row = new GridRow(this.table, r);
      const kind = classifyRow(row, this.current);
      if (kind.kind === "blank") {
        if (++blankRun >= BLANK_ROWS_END_TABLE) {
          const next = this.rowAfterBlanks(r);
          if (next === null) break;
          r = next - 1;
          blankRun = 0;
        }
        continue;
      }
      blankRun = 0;
      if (kind.kind === "footer") break;
      if (kind.kind === "header-again") {
        if (this.headerAgain() === "end") return;
        continue;
      }
      this.apply(row, kind);
    }
    this.finishTask();
  }

  /** Does what classifyRow said with a row of the table. */
  private apply(row: RowFacts, kind: Exclude<RowClass, { kind: "blank" | "footer" | "header-again" }>): void {
    switch (kind.kind) {
      case "section":
        return this.pushSection(kind.title, kind.level, row.index);
      case "task":
        return this.startTask(row.index, kind.tt, kind.text);
      case "continuation":
        return this.extendTask(row.index, row.own, kind.taskLine);
      case "ignored":
        return;
    }
  }

  /** How far the reader looked (exclusive). */
  get stoppedAt(): number {
    return this.stop;
  }

  result(): { sections: Section[]; tasks: PlanTask[]; lastRow: number } {
    return { sections: this.sections, tasks: this.tasks, lastRow: this.lastRow };
  }
}

/** The items at the end of a list that pass the test (a list's tail is what a repeated header takes back). */
function tail<T>(list: readonly T[], test: (x: T) => boolean): T[] {
  let i = list.length;
  while (i > 0 && test(list[i - 1] as T)) i--;
  return list.slice(i);
}

/** The text lines of rows from…headerTop-1: row by row, a merged area once (from its top-left cell). */
export function titleLines(grid: Grid, from: number, headerTop: number): string[] {
  const lines: string[] = [];
  for (let r = from; r < headerTop; r++) {
    for (let c = 0; c < grid.rowLength(r); c++) {
      const a = grid.area(r, c);
      if (a && (a.top !== r || a.left !== c)) continue;
      const t = oneLine(grid.text(r, c));
      if (t) lines.push(t);
    }
  }
  return lines;
}

/**
 * What the lines above a table say of the plan: its issuer and date, and its period — the user's if given,
 * else the title's ("… ĐẾN NĂM 2030" from the plan's year), else a frame guessed from the deadlines (marked as
 * such: never used to resolve a year-less deadline).
 */
export function readTitle(
  lines: readonly string[],
  tasks: readonly PlanTask[],
  userPeriod: PlanPeriod | null,
  contextLines: readonly string[] = lines,
): Pick<PlanTable, "context" | "planPeriod" | "planPeriodSource"> {
  const context = readPlanContext(contextLines);
  if (userPeriod) return { context, planPeriod: userPeriod, planPeriodSource: "user" };
  const titled = planPeriodFromTitle(lines, contextYear(context));
  if (titled && "period" in titled) return { context, planPeriod: titled.period, planPeriodSource: "title" };
  if (titled) {
    // "… ĐẾN NĂM 2030" with no date above the table: from the earliest year its deadlines name.
    const seen = planPeriodFromDeadlines(tasks.map((t) => t.deadline));
    return {
      context,
      planPeriod: { from: Math.min(seen?.from ?? titled.until, titled.until), to: titled.until },
      planPeriodSource: "title",
    };
  }
  const guessed = planPeriodFromDeadlines(tasks.map((t) => t.deadline));
  return { context, planPeriod: guessed, planPeriodSource: guessed ? "deadlines" : null };
}

/** Finds and reads the (first) plan table of a sheet; null when the sheet has none. */
export function recognizeTable(sheet: SheetData, options: RecognizeOptions = {}): PlanTable | null {
  return recognizeTables(sheet, options)[0] ?? null;
}

/** How far down a sheet to look for the header of a list of administrative procedures. */
const PROCEDURE_SCAN_ROWS = 60;

/**
 * Why a sheet with no plan table has none, when that can be said: "procedure-list" for a list of administrative
 * procedures (thủ tục hành chính), which is not a plan. Null otherwise.
 */
export function nonPlanKind(sheet: SheetData): "procedure-list" | null {
  const grid = new Grid(sheet);
  for (let r = 0; r < Math.min(grid.rowCount, PROCEDURE_SCAN_ROWS); r++) {
    const texts: string[] = [];
    for (let c = 0; c < grid.rowLength(r); c++) texts.push(grid.text(r, c));
    if (isProcedureListHeader(texts)) return "procedure-list";
  }
  return null;
}

/** At most this many tables are read on one sheet: a guard, far above what appendices hold. */
const MAX_TABLES_PER_SHEET = 50;

/** Columns of a header, for telling whether a header found again is the same one. */
function signature(h: HeaderMatch): string {
  return JSON.stringify([h.rows.length, h.columns, h.firstCol, h.lastCol]);
}

/**
 * Every plan table of a sheet, top to bottom and, on the same rows, left to right: appendices often stack
 * several (one per group of tasks), each with its own title lines and header, and some put two tables side by
 * side. Each table's title lines are the sheet's top lines (issuer, date) and the lines between it and the
 * table above.
 */
export function recognizeTables(sheet: SheetData, options: RecognizeOptions = {}): PlanTable[] {
  const grid = new Grid(sheet);
  const tables: PlanTable[] = [];
  let from = 0;
  let topLines: string[] | null = null;
  // Headers read with no task under them, and how far their reader looked: the same header found again before
  // that row has nothing under it either (a sheet of repeated headers is not read once per row).
  const empty = new Map<string, number>();
  while (from < grid.rowCount && tables.length < MAX_TABLES_PER_SHEET) {
    const found = findHeaders(grid, from);
    if (!found.length) break;
    const first = found[0] as HeaderMatch;
    const headerTop = first.rows[0] as number;
    const headerRows = first.rows.length;
    const headerTexts = first.rows.flatMap((r) => Array.from({ length: grid.rowLength(r) }, (_, c) => grid.text(r, c)));
    if (isProcedureListHeader(headerTexts)) {
      // A list of administrative procedures is not a plan table (nonPlanKind says so to the user).
      from = (first.rows[first.rows.length - 1] as number) + 1;
      continue;
    }
    const before = tables.length;
    // The sheet's top lines, once a first header was read: null while reading the first (its own lines are those).
    const sheetTop = topLines;
    let next = headerTop + headerRows;
    found.forEach((foundHeader, i) => {
      if (tables.length >= MAX_TABLES_PER_SHEET) return;
      const sig = signature(foundHeader);
      const seenUntil = empty.get(sig);
      if (seenUntil !== undefined && seenUntil > headerTop) {
        next = Math.max(next, seenUntil);
        return;
      }
      const above = tablesAbove(tables.slice(0, before), foundHeader);
      const header = above ? continuedHeader(grid, foundHeader, above) : foundHeader;
      // Beside other tables, a table looks for footer lines only in the columns between its neighbours.
      const left = found[i - 1];
      const right = found[i + 1];
      const span = { from: left ? left.lastCol + 1 : 0, to: right ? right.firstCol - 1 : Number.POSITIVE_INFINITY };
      const read = readTableAt(grid, sheet.name, header, from, sheetTop, options, span);
      if (read.table) {
        tables.push(read.table);
        next = Math.max(next, read.table.lastRow + 1);
      } else empty.set(sig, read.stoppedAt);
    });
    if (topLines === null) topLines = titleLines(grid, 0, headerTop);
    // Go on below these tables (or, when a header had no task under it, below that header).
    from = Math.max(next, from + 1);
  }
  return tables;
}

/** The table above a header that shares its columns (the one a header repeated lower down continues). */
function tablesAbove(tables: readonly PlanTable[], header: HeaderMatch): PlanTable | undefined {
  for (let i = tables.length - 1; i >= 0; i--) {
    const t = tables[i] as PlanTable;
    if (t.firstCol <= header.lastCol && header.firstCol <= t.lastCol) return t;
  }
  return undefined;
}

/**
 * A later table whose header repeats the one above but merges "Nội dung" over the TT and task columns (web and
 * Word copies do this) keeps the columns of the table above: its rows still carry TT and task apart.
 */
function continuedHeader(grid: Grid, next: HeaderMatch, above: PlanTable): HeaderMatch {
  const { tt, task } = above.columns;
  if (tt === undefined || next.columns.tt !== undefined || next.columns.task !== tt) return next;
  const area = grid.area(next.rows[0] as number, tt);
  if (!area || area.right < task) return next;
  const same = (["lead", "support", "deadline", "product"] as const).every((r) => next.columns[r] === above.columns[r]);
  return same ? { ...next, columns: { ...next.columns, tt, task } } : next;
}

function readTableAt(
  grid: Grid,
  sheetName: string,
  header: HeaderMatch,
  from: number,
  topLines: string[] | null,
  options: RecognizeOptions,
  span?: { readonly from: number; readonly to: number },
): { table: PlanTable | null; stoppedAt: number } {
  const headerBottom = header.rows[header.rows.length - 1] as number;
  const numberRow = isColumnNumberRow(grid, headerBottom + 1, header.firstCol, header.lastCol) ? headerBottom + 1 : null;
  const reader = new TableReader(grid, numberRow === null ? header : { ...header, rows: [...header.rows, numberRow] }, span);
  reader.read();
  const { sections, tasks, lastRow } = reader.result();
  // A header with no task under it is not a plan to check (an empty template, or words that look like one).
  if (tasks.length === 0) return { table: null, stoppedAt: reader.stoppedAt };

  const own = titleLines(grid, from, header.rows[0] as number);
  // A later table: the sheet's top lines (issuer block, date) still speak for it; they come before its own lines.
  const lines = topLines === null ? own : [...topLines, ...own];
  // For its period its own title speaks first.
  const periodLines = topLines === null ? lines : [...own, ...topLines];
  const { context, planPeriod, planPeriodSource } = readTitle(periodLines, tasks, options.planPeriod ?? null, lines);
  const table: PlanTable = {
    sheet: sheetName,
    headerRows: header.rows,
    numberRow,
    columns: header.columns,
    extras: header.extras,
    aux: header.aux,
    firstCol: header.firstCol,
    lastCol: header.lastCol,
    lastRow: Math.max(lastRow, numberRow ?? 0),
    titleLines: lines,
    context,
    planPeriod,
    planPeriodSource,
    sections,
    tasks,
  };
  return { table, stoppedAt: reader.stoppedAt };
}
