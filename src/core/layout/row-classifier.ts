import { Role } from "../plan/types";
import { oneLine } from "../text/normalize";
import {
  cleanNumber,
  isRomanNumeral,
  isSectionNumber,
  isSubItemNumber,
  isTaskNumber,
  leadingNumber,
  sectionHeading,
  subItemMarker,
} from "./row-patterns";

/**
 * What a row of a plan table is, decided by one pure function (`classifyRow`) from facts about the row. The
 * reader (recognize.ts) gathers the facts from the grid and applies the answer: it starts a task, adds to the
 * current one, opens a section, or stops. Here are the rules, and nothing of the grid; a new kind of row is
 * taught here, and tested without a workbook (test/unit/layout/row-classifier.test.ts).
 */

/** Text by role: the cell's own text (blank for cells covered by a merge). */
export type RoleTexts = Readonly<Record<Role, string>>;

/**
 * What the reader knows of a row. The reader computes each fact only when the classifier asks (a blank row
 * costs one blank test), so facts must not depend on the order they are asked in.
 */
export interface RowFacts {
  /** 0-based row index on the sheet. */
  readonly index: number;
  /** No text in the table's columns. */
  readonly blank: boolean;
  /** A line that closes the table ("Nơi nhận", "Ghi chú:", a signature block), in the table's own columns. */
  readonly footer: boolean;
  /** The header again: three of its roles' words, or the column-number row ("(1) (2) (3)"). */
  readonly headerAgain: boolean;
  /** Each role's own text on this row. */
  readonly own: RoleTexts;
  /** Text of a merged area starting on this row across three or more table columns (a banner), or null. */
  readonly banner: string | null;
  /** A lead, support or deadline merged area with text starts on this row. */
  readonly detailMergeStarts: boolean;
  /** Every lead, support or deadline text of this row starts a merged area reaching below it (true if none). */
  readonly detailsMergeDown: boolean;
  /** Top row of a merged area covering the task cell, or null when the task cell is not merged. */
  readonly taskMergeTop: number | null;
  /** A product, lead, support or deadline is shown on this row, also one merged down from a row above. */
  readonly showsDetails: boolean;
  /** The next non-blank row within three rows below, or null (to tell a group heading over its sub-items). */
  readonly nextFilled: RowFacts | null;
}

/** The task the reader is in the middle of, if any. */
export interface CurrentTask {
  /** Its first row. */
  readonly row: number;
}

/** What the reader is to do with a row. */
export type RowClass =
  | { readonly kind: "blank" }
  | { readonly kind: "footer" }
  | { readonly kind: "header-again" }
  | { readonly kind: "section"; readonly title: string; readonly level: number }
  | { readonly kind: "task"; readonly tt: string; readonly text: string }
  /** Part of the current task (a continuation row, a sub-item without its own agency): add its own values. */
  | { readonly kind: "continuation"; readonly taskLine: string }
  /** Only extra columns filled: nothing to read. */
  | { readonly kind: "ignored" };

/** Does the row carry who/when/what of its own, or through a merged area that starts on it? */
export function hasOwnDetails(row: RowFacts): boolean {
  const { own } = row;
  return !!(own.product || own.lead || own.support || own.deadline) || row.detailMergeStarts;
}

/** A row numbered as a sub-item ("a)", "-", "1.1" in TT or, without TT, at the start of the task). */
function isSubItem(own: RoleTexts): boolean {
  return own.tt ? isSubItemNumber(own.tt) : subItemMarker(own.task) !== null;
}

/** The next non-blank row is a sub-item with details of its own: this row is a group heading over it. */
function headsSubItems(row: RowFacts): boolean {
  const next = row.nextFilled;
  return next !== null && isSubItem(next.own) && hasOwnDetails(next);
}

/**
 * A section row may carry the first cell of a lead or deadline merged down over its tasks: the value is
 * theirs (the reader hands it down), not the section's. So a row is a section candidate when it has no product
 * and every agency/deadline value it holds starts a merge reaching below it.
 */
function sectionCandidate(row: RowFacts): boolean {
  return !row.own.product && row.detailsMergeDown;
}

/** A section row: a banner, "II | Title" in TT and task, or "I. Title" as a heading; null when it is none. */
function sectionOf(row: RowFacts): RowClass | null {
  const { own, banner } = row;
  if (banner) {
    // "B" in TT with the title merged across the rest of the row: the label belongs to the title.
    const label = own.tt && isSectionNumber(own.tt) && !sectionHeading(banner) ? own.tt.trim().replace(/[.)]$/, "") : "";
    const title = label ? `${label}. ${banner}` : banner;
    const h = sectionHeading(title);
    return { kind: "section", title, level: h ? h.level : 1 };
  }
  if (sectionCandidate(row) && own.tt && isSectionNumber(own.tt) && own.task) {
    const label = own.tt.trim();
    const title = /[.)]$/.test(label) ? `${label} ${oneLine(own.task)}` : `${label}. ${oneLine(own.task)}`;
    return { kind: "section", title, level: isRomanNumeral(own.tt) ? 1 : 0 };
  }
  if (!hasOwnDetails(row)) {
    const headingText = own.task || own.tt;
    const h = headingText ? sectionHeading(headingText) : null;
    if (h && (!own.tt || !own.task || sectionHeading(own.tt) === null)) {
      const title = own.tt && own.task ? `${oneLine(own.tt)} ${oneLine(own.task)}` : oneLine(headingText);
      return { kind: "section", title, level: h.level };
    }
  }
  return null;
}

/** A row with an empty task cell: more of the task above, a task known by its number only, or nothing. */
function withoutTaskText(row: RowFacts, current: CurrentTask | null): RowClass {
  const { own, taskMergeTop } = row;
  const sameMergedTask = current !== null && taskMergeTop !== null && taskMergeTop <= current.row && taskMergeTop < row.index;
  const onlyProduct = !own.tt && !own.lead && !own.support && !own.deadline;
  if (current && (sameMergedTask || onlyProduct)) return { kind: "continuation", taskLine: "" };
  if (!hasOwnDetails(row) && !own.tt) return { kind: "ignored" };
  return { kind: "task", tt: cleanNumber(own.tt), text: "" };
}

/** A task number in TT and text in the task cell: a row of the table, not a line after it. */
function isNumberedTask(own: RoleTexts): boolean {
  return own.tt !== "" && isTaskNumber(own.tt) && own.task !== "";
}

/** Classifies a row of a table whose header is known, given the task being read (if any). Pure. */
export function classifyRow(row: RowFacts, current: CurrentTask | null): RowClass {
  if (row.blank) return { kind: "blank" };
  // A numbered task is never a footer, whatever a cell of it begins with: a responsible-person column reads
  // "Giám đốc Trung tâm …", "Chủ tịch UBND xã" on task rows, words that alone would open a signature block.
  if (row.footer && !isNumberedTask(row.own)) return { kind: "footer" };
  if (row.headerAgain) return { kind: "header-again" };
  const section = sectionOf(row);
  if (section) return section;

  const { own } = row;
  if (!own.task) return withoutTaskText(row, current);

  const numbered = leadingNumber(own.task);
  const marker = own.tt ? null : subItemMarker(own.task);
  const ttMarker = own.tt !== "" && isSubItemNumber(own.tt);
  // A sub-item: part of the task above unless it names its own lead or deadline.
  if (((marker !== null && !numbered) || ttMarker) && current && !hasOwnDetails(row)) {
    return { kind: "continuation", taskLine: own.tt ? `${own.tt.trim()} ${own.task}` : own.task };
  }

  const tt = own.tt ? cleanNumber(own.tt) : numbered ? numbered.number : "";
  const text = !own.tt && numbered ? numbered.rest : own.task;
  if (!row.showsDetails && tt && headsSubItems(row)) {
    return { kind: "section", title: own.tt ? `${cleanNumber(own.tt)}. ${oneLine(own.task)}` : oneLine(own.task), level: 2 };
  }
  return { kind: "task", tt, text };
}

/** A row that can only be part of a plan table (a numbered task, a section, a task with agency or deadline). */
export function looksLikeTableRow(own: RoleTexts): boolean {
  if (own.tt && (isTaskNumber(own.tt) || isSectionNumber(own.tt))) return true;
  if (own.task && (sectionHeading(own.task) || leadingNumber(own.task))) return true;
  return own.task !== "" && (own.lead !== "" || own.deadline !== "");
}
