/**
 * The task pane's state and the named events that change it: a pure reducer (no React, no Excel), so every change
 * the pane makes to what it shows is one event here, tested in test/unit/taskpane/pane-state.test.ts. Pane.tsx
 * runs the operations (the actions it is given) and dispatches what they found; it keeps no state of its own.
 *
 * The store below gives the state synchronously (getState) as well as to React (useSyncExternalStore): an operation
 * that is still running, or a sheet event arriving mid-operation, reads the latest state rather than a copy taken
 * at the last render — the reason the pane once kept hand-copied refs of its state.
 */
import type { ValidationIssue } from "../../core/validate/types";
import type {
  LoadedSettings,
  AddinSettings,
  MarkResult,
  MarkState,
  SelectionInfo,
  SheetChange,
  UnmarkResult,
  WriteSummaryResult,
} from "../../excel";
import type { CheckResult, TableState } from "../actions";
import type { Notice } from "../components/Notice";
import { type Lang, type StringKey, t } from "../i18n";
import { type IssueFilter, NO_FILTER } from "./issues";
import { summaryNotice } from "./summary-notice";

export type PaneTab = "check" | "summary" | "settings";

export interface PaneState {
  /** Fixed for the pane's life: Root starts a new pane (key) when the language changes. */
  readonly lang: Lang;
  readonly settings: LoadedSettings | null;
  readonly table: TableState | null;
  readonly check: CheckResult | null;
  /** The running operation's label (progress shown, buttons disabled); null when idle. */
  readonly busy: StringKey | null;
  /** The last operation's failure, in the user's language, until dismissed or the next operation starts. */
  readonly error: string | null;
  readonly notice: Notice | null;
  readonly tab: PaneTab;
  /** The problem last jumped to (highlighted in the list). */
  readonly current: ValidationIssue | null;
  /** PhuLuc's marks in the workbook (readMarks): "Bỏ đánh dấu" is offered whenever there are any. */
  readonly marks: MarkState | null;
  /**
   * The table's sheet changed after the check (Worksheet.onChanged) — by the user or a co-author, never by PhuLuc's
   * own writes: jump and mark wait for a re-check. The first change is kept (where the results went stale), a
   * co-author's replacing the user's so the pane says someone else is editing.
   */
  readonly staleChange: SheetChange | null;
  readonly filter: IssueFilter;
  /** The sheet the pane itself last activated (a summary sheet, a problem's cell), until the user moves on. */
  readonly opened: string | null;
  /** A sheet was activated and the pane has not looked yet (it looks once idle; see model/sheet-switch.ts). */
  readonly switchPending: boolean;
}

export function initialPaneState(lang: Lang): PaneState {
  return {
    lang,
    settings: null,
    table: null,
    check: null,
    busy: null,
    error: null,
    notice: null,
    tab: "check",
    current: null,
    marks: null,
    staleChange: null,
    filter: NO_FILTER,
    opened: null,
    switchPending: false,
  };
}

/** Why a check ran: the Check button ("check"), or the re-check that marking and writing summaries start with. */
export type CheckReason = "check" | "recheck";

export type PaneEvent =
  // One operation at a time (Pane's `run`): its progress label, its failure, its end.
  | { readonly type: "operationStarted"; readonly label: StringKey }
  | { readonly type: "operationFailed"; readonly message: string }
  | { readonly type: "operationEnded" }
  | { readonly type: "errorDismissed" }
  | { readonly type: "settingsLoaded"; readonly settings: LoadedSettings }
  /** The user asked to read the active sheet or the selection: the pane's own navigation is over. */
  | { readonly type: "ownSheetLeft" }
  /** The active sheet's table, on open and with "Đọc lại": the results of before go. */
  | { readonly type: "tableRead"; readonly table: TableState }
  /** "Dùng vùng đã chọn": the table found from the selection, or a warning (the shown table stays) when none. */
  | { readonly type: "selectionRead"; readonly table: TableState; readonly selection: SelectionInfo }
  /** The user went to another sheet: its table replaces the old one and the old results go. */
  | { readonly type: "sheetSwitched"; readonly table: TableState }
  | { readonly type: "sheetActivated" }
  | { readonly type: "switchLooked" }
  | { readonly type: "checked"; readonly result: CheckResult; readonly reason: CheckReason }
  /** Marking or writing found no table on the re-check. */
  | { readonly type: "tableMissing"; readonly tab: "check" | "summary"; readonly sheet: string }
  | { readonly type: "staleChange"; readonly change: SheetChange }
  | { readonly type: "issueSelected"; readonly issue: ValidationIssue }
  | { readonly type: "marked"; readonly result: MarkResult }
  | { readonly type: "unmarked"; readonly result: UnmarkResult }
  | { readonly type: "marksChanged"; readonly marks: MarkState }
  | { readonly type: "summaryWritten"; readonly result: WriteSummaryResult }
  /** A link of the written list opened a sheet: the pane's own doing. */
  | { readonly type: "sheetOpened"; readonly name: string }
  | { readonly type: "settingsSaved"; readonly value: AddinSettings }
  /** After saving: the table's own sheet read again under the new settings (null: there was no table). */
  | { readonly type: "settingsApplied"; readonly table: TableState | null }
  | { readonly type: "settingsReset"; readonly value: AddinSettings }
  | { readonly type: "tabSelected"; readonly tab: PaneTab }
  | { readonly type: "filterChanged"; readonly filter: IssueFilter };

/** What every new table or changed settings makes void: the check of before, its staleness, the jumped-to problem. */
const NO_RESULTS = { check: null, staleChange: null, current: null } as const;

export function paneReducer(state: PaneState, event: PaneEvent): PaneState {
  const { lang } = state;
  switch (event.type) {
    case "operationStarted":
      return { ...state, busy: event.label, error: null };
    case "operationFailed":
      return { ...state, error: event.message };
    case "operationEnded":
      return { ...state, busy: null };
    case "errorDismissed":
      return { ...state, error: null };
    case "settingsLoaded":
      return { ...state, settings: event.settings };
    case "ownSheetLeft":
      return { ...state, opened: null };
    case "tableRead":
      return { ...state, ...NO_RESULTS, table: event.table, notice: null };
    case "selectionRead":
      return event.table.table
        ? { ...state, ...NO_RESULTS, table: event.table, notice: null }
        : {
            ...state,
            ...NO_RESULTS,
            notice: {
              tab: "table",
              intent: "warning",
              text: t(lang, "selectionNoTable", event.selection.top + 1, event.selection.address),
            },
          };
    case "sheetSwitched": {
      const text = [t(lang, "sheetSwitched", event.table.sheet)];
      if (state.check !== null && state.table) text.push(t(lang, "sheetSwitchedReset", state.table.sheet));
      return { ...state, ...NO_RESULTS, table: event.table, notice: { tab: "table", intent: "info", text: text.join(" ") } };
    }
    case "sheetActivated":
      return { ...state, switchPending: true };
    case "switchLooked":
      return { ...state, switchPending: false };
    case "checked": {
      const { result } = event;
      const next: PaneState = { ...state, ...NO_RESULTS, check: result, table: result.state, settings: result.settings };
      // A re-check before marking or writing keeps the list's filter and the message of the tab it serves.
      if (event.reason === "recheck") return next;
      return { ...next, filter: NO_FILTER, notice: agencySheetNotice(result, lang) };
    }
    case "tableMissing":
      return { ...state, notice: { tab: event.tab, intent: "warning", text: t(lang, "noTable", event.sheet) } };
    case "staleChange": {
      const prev = state.staleChange;
      const keep = prev !== null && !(event.change.author === "coauthor" && prev.author !== "coauthor");
      return keep ? state : { ...state, staleChange: event.change };
    }
    case "issueSelected":
      // Stale results point at cells that may have moved or been fixed: the pane re-checks first (no jump).
      if (state.staleChange !== null) return state;
      return { ...state, current: event.issue, opened: event.issue.cell ? event.issue.sheet : state.opened };
    case "marked": {
      const r = event.result;
      const lines = [r.prompts ? t(lang, "marked", r.cells) : t(lang, "markedNoPrompts", r.cells)];
      if (r.skipped) lines.push(t(lang, "markedSkipped", r.skipped));
      if (r.storedDataInvalid) lines.push(t(lang, "storedMarksInvalid"));
      return { ...state, notice: { tab: "check", intent: "success", text: lines.join(" ") } };
    }
    case "unmarked": {
      const r = event.result;
      if (!r.sheets.length && !r.removedFormats)
        return { ...state, notice: { tab: "check", intent: "info", text: t(lang, "nothingToUnmark") } };
      const lines = [t(lang, "unmarked", r.restored, r.removedFormats)];
      if (r.keptUserChanges) lines.push(t(lang, "unmarkedKept", r.keptUserChanges));
      if (r.storedDataInvalid) lines.push(t(lang, "storedMarksInvalid"));
      return { ...state, notice: { tab: "check", intent: "success", text: lines.join(" ") } };
    }
    case "marksChanged":
      return { ...state, marks: event.marks };
    case "summaryWritten": {
      const r = event.result;
      // The writer activates the first sheet written: the pane's own doing, not the user leaving the plan.
      const opened = r.sheets[0] ? r.sheets[0].name : state.opened;
      return { ...state, opened, notice: { tab: "summary", ...summaryNotice(r, lang), sheets: r.sheets } };
    }
    case "sheetOpened":
      return { ...state, opened: event.name };
    case "settingsSaved": {
      const text = `${t(lang, "saved")}${state.check ? ` ${t(lang, "recheckAfterSave")}` : ""}`;
      return { ...state, settings: { status: "stored", value: event.value }, notice: { tab: "settings", intent: "success", text } };
    }
    case "settingsApplied":
      return { ...state, ...NO_RESULTS, table: event.table ?? state.table };
    case "settingsReset":
      return {
        ...state,
        settings: { status: "default", value: event.value },
        notice: { tab: "settings", intent: "success", text: t(lang, "resetDone") },
      };
    case "tabSelected":
      return { ...state, tab: event.tab };
    case "filterChanged":
      return { ...state, filter: event.filter };
  }
}

/** After a check: the problems of the "Danh mục cơ quan" sheet (the first three), or no message. */
function agencySheetNotice(result: CheckResult, lang: Lang): Notice | null {
  const problems = result.agencySheetProblems;
  if (!problems.length) return null;
  const firstThree = problems
    .slice(0, 3)
    .map((p) => `${p.row}: ${p.message}`)
    .join("; ");
  return { tab: "check", intent: "warning", text: t(lang, "userAgencyProblems", problems.length, firstThree) };
}

/** The pane's state held outside React: read synchronously by running operations, rendered through subscribe. */
export interface PaneStore {
  getState(): PaneState;
  dispatch(event: PaneEvent): void;
  subscribe(listener: () => void): () => void;
}

export function createPaneStore(initial: PaneState): PaneStore {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    dispatch(event) {
      const next = paneReducer(state, event);
      if (next === state) return;
      state = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
