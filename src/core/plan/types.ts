import { PlanContext } from "./issuer";
import { PlanPeriod } from "./period";

/** The six column roles of a plan appendix table (spec §1). */
export type Role = "tt" | "task" | "product" | "lead" | "support" | "deadline";
export const ROLES: readonly Role[] = ["tt", "task", "product", "lead", "support", "deadline"];

/** 0-based column index of each role found; `task` is always present in a recognised table. */
export type ColumnMap = { task: number } & Partial<Record<Exclude<Role, "task">, number>>;

/** Columns beyond the six that today's plans carry and tracking reads: progress/status and the person answerable. */
export interface AuxColumns {
  readonly status?: number;
  readonly responsible?: number;
}

export interface ExtraColumn {
  readonly col: number;
  readonly header: string;
}

/** Where a task's value for one role was read. */
export interface RoleCell {
  /** 0-based row and column of the task's own cell (the one a user would click). */
  readonly row: number;
  readonly col: number;
  /** The value was shown through a merged area that starts above or left of this cell. */
  readonly fromMerge: boolean;
  /** The cell lies inside a merged area (whether or not it holds the value). */
  readonly inMerge: boolean;
}

export interface Section {
  /** Title as written, e.g. "I. Cải cách thể chế". */
  readonly title: string;
  /** 0 = "Phần"/"A.", 1 = "I.", 2 = a numbered group heading over sub-items. */
  readonly level: number;
  /** Titles of the enclosing sections, outermost first, ending with this one. */
  readonly path: readonly string[];
  readonly row: number;
}

export interface PlanTask {
  readonly sheet: string;
  /** 0-based first and last sheet rows the task spans (continuation rows included). */
  readonly row: number;
  readonly lastRow: number;
  /** The task's number: the TT cell, or the number written at the start of the task cell. */
  readonly tt: string;
  readonly section: Section | null;
  /** Task text without the number it may start with. */
  readonly task: string;
  readonly product: string;
  readonly lead: string;
  readonly support: string;
  readonly deadline: string;
  readonly cells: Readonly<Partial<Record<Role, RoleCell>>>;
  /** Values of extra columns (Ghi chú, Kinh phí …) keyed by their header text. */
  readonly extras: Readonly<Record<string, string>>;
  /** The status ("Kết quả thực hiện") and responsible-person cells, when the table has such columns. */
  readonly status?: string;
  readonly responsible?: string;
}

export interface PlanTable {
  readonly sheet: string;
  /** 0-based header rows (one or two). */
  readonly headerRows: readonly number[];
  /** 0-based row of the "(1) (2) (3)" column-number row, if any. */
  readonly numberRow: number | null;
  readonly columns: ColumnMap;
  readonly extras: readonly ExtraColumn[];
  readonly aux: AuxColumns;
  readonly firstCol: number;
  readonly lastCol: number;
  /** 0-based last row that belongs to the table. */
  readonly lastRow: number;
  /** Text lines above the header (document title, "Kèm theo Quyết định …"). */
  readonly titleLines: readonly string[];
  /** Issuer and date read from the title lines (issuer.ts); null fields where the lines do not say. */
  readonly context: PlanContext;
  readonly planPeriod: PlanPeriod | null;
  readonly planPeriodSource: "title" | "deadlines" | "user" | null;
  readonly sections: readonly Section[];
  readonly tasks: readonly PlanTask[];
}
