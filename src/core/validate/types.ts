import { PlanTable, PlanTask, Role } from "../plan/types";
import { AgencyItem, DeadlineItem } from "../report/schema";
import { IssueCode, Severity } from "./catalog";

/** A task with its agency and deadline cells understood: what the rules look at. */
export interface CheckedTask {
  readonly task: PlanTask;
  readonly lead: readonly (AgencyItem & { suggestion?: string })[];
  readonly support: readonly (AgencyItem & { suggestion?: string })[];
  readonly deadline: DeadlineItem;
}

/** What a rule finds, before policy (on/off, severity) and wording are applied. */
export interface Finding {
  readonly code: IssueCode;
  /** 0-based sheet row and column of the cell the issue points at. */
  readonly row: number;
  readonly col: number;
  readonly role: Role | null;
  /** The offending value, as written. */
  readonly value: string;
  readonly suggestion?: string;
  /** Extra template values ({other}, {count}, {period}). */
  readonly values?: Readonly<Record<string, string | number>>;
  /** Which of the code's message variants says it (catalog `variants`), when not the main message. */
  readonly variant?: string;
}

export interface RuleContext {
  readonly table: PlanTable;
  readonly tasks: readonly CheckedTask[];
  /** Reads a deadline cell: used to test whether a corrected spelling would be understood. */
  readonly readDeadline: (text: string) => DeadlineItem;
  /** True when text looks typed in TCVN3/VNI rather than Unicode. */
  readonly looksLegacy: (text: string) => boolean;
  /**
   * False when merged areas are unknown (Excel below ExcelApi 1.13): a blank cell may then hold a merged
   * value, so rules that report blank cells stay silent rather than report what may not be missing.
   */
  readonly mergesKnown?: boolean;
  /**
   * A cell's own text (0-based row and column; not through merged areas), when the sheet is at hand: lets a
   * rule point at the very row of a task spanning several that holds what it reports.
   */
  readonly cellText?: (row: number, col: number) => string;
}

export type Rule = (ctx: RuleContext) => Finding[];

export interface ValidationIssue {
  readonly file: string;
  readonly sheet: string;
  readonly cell?: string;
  readonly row?: number;
  readonly column?: Role | null;
  readonly code: IssueCode;
  readonly severity: Severity;
  readonly message: string;
  readonly value?: string;
  readonly suggestion?: string;
}
