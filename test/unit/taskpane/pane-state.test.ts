// The pane's reducer and store (src/taskpane/model/pane-state.ts), without React or Excel: each named event changes
// what the pane shows exactly as the operations of Pane.tsx did with their separate setters.
import type { PlanTable } from "../../../src/core/plan/types";
import type { ValidationIssue } from "../../../src/core/validate/types";
import { DEFAULT_ADDIN_SETTINGS } from "../../../src/excel";
import type { AddinSettings, LoadedSettings, MarkResult, SheetChange, UnmarkResult, WriteSummaryResult } from "../../../src/excel";
import type { CheckResult, TableState } from "../../../src/taskpane/actions";
import { NO_FILTER, type IssueFilter } from "../../../src/taskpane/model/issues";
import { createPaneStore, initialPaneState, paneReducer, type PaneEvent, type PaneState } from "../../../src/taskpane/model/pane-state";

const PLAN = "KH CCHC 2021";
const OTHER = "Phụ lục II";

// The reducer only passes tables along; which one it holds is what these tests look at, not what is inside.
function tableState(sheet: string, found = true): TableState {
  return {
    sheet,
    table: found ? ({ range: `${sheet}!A5:F48` } as unknown as PlanTable) : null,
    others: [],
    empty: false,
    hint: null,
    mergesKnown: true,
    role: "plan",
  };
}

const loaded: LoadedSettings = { status: "default", value: DEFAULT_ADDIN_SETTINGS };

function checkResult(sheet: string, problems: CheckResult["agencySheetProblems"] = []): CheckResult {
  return {
    state: tableState(sheet),
    tasks: [],
    issues: [issue("D26")],
    agencySheet: problems.length ? "Danh mục cơ quan" : null,
    agencySheetProblems: problems,
    settings: { status: "stored", value: DEFAULT_ADDIN_SETTINGS },
    read: { sheet: { name: sheet, rows: [] }, mergesKnown: true } as unknown as CheckResult["read"],
  };
}

function issue(cell?: string): ValidationIssue {
  return { file: "", sheet: PLAN, ...(cell ? { cell } : {}), code: "MISSING_LEAD", severity: "error", message: "Thiếu cơ quan chủ trì" };
}

const userEdit: SheetChange = { author: "user", address: "D26" };
const coauthorEdit: SheetChange = { author: "coauthor", address: "B7" };

function apply(state: PaneState, ...events: PaneEvent[]): PaneState {
  return events.reduce(paneReducer, state);
}

/** A pane that has read PLAN and checked it, with a jump made and a filter set. */
function checkedPane(lang: "vi" | "en" = "vi"): PaneState {
  return apply(
    initialPaneState(lang),
    { type: "settingsLoaded", settings: loaded },
    { type: "tableRead", table: tableState(PLAN) },
    { type: "checked", result: checkResult(PLAN), reason: "check" },
    { type: "issueSelected", issue: issue("D26") },
    { type: "filterChanged", filter: { ...NO_FILTER, text: "chu tri" } },
  );
}

describe("pane state: operations", () => {
  it("an operation shows its label, clears the last error, and ends idle", () => {
    const failed = apply(
      initialPaneState("vi"),
      { type: "operationStarted", label: "reading" },
      { type: "operationFailed", message: "Trang tính đang được bảo vệ." },
    );
    expect(failed.busy).toBe("reading");
    expect(failed.error).toBe("Trang tính đang được bảo vệ.");
    const next = apply(failed, { type: "operationEnded" }, { type: "operationStarted", label: "checking" });
    expect(next.busy).toBe("checking");
    expect(next.error).toBeNull();
    expect(apply(next, { type: "operationEnded" }).busy).toBeNull();
  });

  it("the error bar's ✕ dismisses the error and nothing else", () => {
    const s = apply(checkedPane(), { type: "operationFailed", message: "x" });
    const dismissed = paneReducer(s, { type: "errorDismissed" });
    expect(dismissed.error).toBeNull();
    expect(dismissed).toEqual({ ...s, error: null });
  });
});

describe("pane state: reading tables", () => {
  it("settings loaded are kept as they came", () => {
    expect(paneReducer(initialPaneState("vi"), { type: "settingsLoaded", settings: loaded }).settings).toBe(loaded);
  });

  it("Đọc lại: the new table replaces the old, the results and the message go", () => {
    const s = apply(checkedPane(), { type: "tableMissing", tab: "check", sheet: PLAN });
    expect(s.notice).not.toBeNull();
    const table = tableState(PLAN);
    const read = apply(s, { type: "staleChange", change: userEdit }, { type: "tableRead", table });
    expect(read.table).toBe(table);
    expect([read.check, read.staleChange, read.current, read.notice]).toEqual([null, null, null, null]);
    // The list's filter is the user's: only a new check resets it.
    expect(read.filter.text).toBe("chu tri");
  });

  it("the pane's own navigation ends when the user asks to read a sheet", () => {
    const s = apply(initialPaneState("vi"), { type: "sheetOpened", name: "Tổng hợp theo quý" });
    expect(s.opened).toBe("Tổng hợp theo quý");
    expect(paneReducer(s, { type: "ownSheetLeft" }).opened).toBeNull();
  });

  it("Dùng vùng đã chọn with a table: it replaces the old one, results go", () => {
    const table = tableState(OTHER);
    const s = paneReducer(checkedPane(), {
      type: "selectionRead",
      table,
      selection: { sheet: OTHER, address: "A7:F7", top: 6, left: 0, bottom: 6, right: 5 },
    });
    expect(s.table).toBe(table);
    expect([s.check, s.current, s.notice]).toEqual([null, null, null]);
  });

  it("Dùng vùng đã chọn without a table: the shown table stays and the card says which row was tried", () => {
    const before = checkedPane();
    const s = paneReducer(before, {
      type: "selectionRead",
      table: tableState(OTHER, false),
      selection: { sheet: OTHER, address: "B3:F4", top: 2, left: 1, bottom: 3, right: 5 },
    });
    expect(s.table).toBe(before.table);
    expect(s.check).toBeNull();
    expect(s.notice).toEqual({
      tab: "table",
      intent: "warning",
      text: "Không tìm thấy bảng nhiệm vụ có tiêu đề ở dòng 3 (vùng đã chọn B3:F4). Hãy chọn đúng dòng tiêu đề của bảng.",
    });
  });
});

describe("pane state: following the user between sheets", () => {
  it("a sheet activation is pending until the pane looks", () => {
    const s = paneReducer(initialPaneState("vi"), { type: "sheetActivated" });
    expect(s.switchPending).toBe(true);
    expect(paneReducer(s, { type: "switchLooked" }).switchPending).toBe(false);
  });

  it("sheet switched with results shown: the new table, and the card says the old results went", () => {
    const s = paneReducer(checkedPane(), { type: "sheetSwitched", table: tableState(OTHER) });
    expect(s.table?.sheet).toBe(OTHER);
    expect([s.check, s.staleChange, s.current]).toEqual([null, null, null]);
    expect(s.notice).toEqual({
      tab: "table",
      intent: "info",
      text: "Đã chuyển sang trang tính “Phụ lục II”. Kết quả kiểm tra trước (trang tính “KH CCHC 2021”) không còn hiển thị.",
    });
  });

  it("sheet switched before any check: only where the pane is now", () => {
    const s = apply(
      initialPaneState("en"),
      { type: "tableRead", table: tableState(PLAN) },
      { type: "sheetSwitched", table: tableState(OTHER) },
    );
    expect(s.notice?.text).toBe("Switched to the sheet “Phụ lục II”.");
  });
});

describe("pane state: checking", () => {
  it("checked (the Check button): results, table and settings of the check; filter reset; no message on a clean agency list", () => {
    const result = checkResult(PLAN);
    const before = apply(checkedPane(), { type: "staleChange", change: userEdit }, { type: "tableMissing", tab: "check", sheet: PLAN });
    const s = paneReducer(before, { type: "checked", result, reason: "check" });
    expect(s.check).toBe(result);
    expect(s.table).toBe(result.state);
    expect(s.settings).toBe(result.settings);
    expect([s.staleChange, s.current, s.notice]).toEqual([null, null, null]);
    expect(s.filter).toBe(NO_FILTER);
  });

  it("checked with unreadable rows on the agency sheet: a warning naming how many and the first three", () => {
    const problems = [1, 2, 3, 4].map((row) => ({ row, message: `dòng ${row} trống` }));
    const s = paneReducer(initialPaneState("vi"), { type: "checked", result: checkResult(PLAN, problems), reason: "check" });
    expect(s.notice).toEqual({
      tab: "check",
      intent: "warning",
      text: "Trang tính “Danh mục cơ quan” có 4 dòng không đọc được (đã bỏ qua): 1: dòng 1 trống; 2: dòng 2 trống; 3: dòng 3 trống",
    });
  });

  it("the re-check before marking or writing keeps the filter and the message", () => {
    const before = apply(checkedPane(), { type: "tableMissing", tab: "summary", sheet: PLAN });
    const result = checkResult(PLAN, [{ row: 2, message: "trống" }]);
    const s = paneReducer(before, { type: "checked", result, reason: "recheck" });
    expect(s.check).toBe(result);
    expect(s.current).toBeNull();
    expect(s.filter).toBe(before.filter);
    expect(s.notice).toBe(before.notice);
  });

  it("table missing on the re-check: a warning in the tab that asked", () => {
    const s = paneReducer(initialPaneState("en"), { type: "tableMissing", tab: "summary", sheet: PLAN });
    expect(s.notice).toEqual({ tab: "summary", intent: "warning", text: "No task table was found on the sheet “KH CCHC 2021”." });
  });
});

describe("pane state: stale results and jumps", () => {
  it("stale change: the first edit is kept, a co-author's replaces the user's, never the other way", () => {
    const first = paneReducer(checkedPane(), { type: "staleChange", change: userEdit });
    expect(first.staleChange).toBe(userEdit);
    const later: SheetChange = { author: "user", address: "E30" };
    expect(paneReducer(first, { type: "staleChange", change: later })).toBe(first);
    const coauthor = paneReducer(first, { type: "staleChange", change: coauthorEdit });
    expect(coauthor.staleChange).toBe(coauthorEdit);
    expect(paneReducer(coauthor, { type: "staleChange", change: userEdit }).staleChange).toBe(coauthorEdit);
    expect(paneReducer(coauthor, { type: "staleChange", change: { author: "coauthor", address: "A1" } }).staleChange).toBe(coauthorEdit);
  });

  it("issue selected: it becomes current and its sheet the pane's own; a cell-less issue opens nothing", () => {
    const s = paneReducer(initialPaneState("vi"), { type: "issueSelected", issue: issue("D26") });
    expect(s.current?.cell).toBe("D26");
    expect(s.opened).toBe(PLAN);
    const noCell = paneReducer({ ...initialPaneState("vi"), opened: "Tổng hợp" }, { type: "issueSelected", issue: issue() });
    expect(noCell.current?.cell).toBeUndefined();
    expect(noCell.opened).toBe("Tổng hợp");
  });

  it("issue selected on stale results: nothing changes (the pane waits for a re-check)", () => {
    const s = apply(checkedPane(), { type: "staleChange", change: userEdit });
    expect(paneReducer(s, { type: "issueSelected", issue: issue("E30") })).toBe(s);
  });
});

describe("pane state: marks", () => {
  const markResult = (over: Partial<MarkResult> = {}): MarkResult => ({
    cells: 19,
    sheets: [PLAN],
    skipped: 0,
    prompts: true,
    storedDataInvalid: false,
    syncs: 5,
    ...over,
  });
  const unmarkResult = (over: Partial<UnmarkResult> = {}): UnmarkResult => ({
    sheets: [PLAN],
    restored: 19,
    keptUserChanges: 0,
    removedFormats: 3,
    storedDataInvalid: false,
    syncs: 4,
    ...over,
  });

  it("marks changed: the workbook's marks as read", () => {
    const marks = { sheets: [{ name: PLAN, cells: 19 }], storedDataInvalid: false };
    expect(paneReducer(initialPaneState("vi"), { type: "marksChanged", marks }).marks).toBe(marks);
  });

  it("marked: how many cells, without prompts said so, skipped and damaged stored data added", () => {
    const ok = paneReducer(initialPaneState("vi"), { type: "marked", result: markResult() });
    expect(ok.notice).toEqual({ tab: "check", intent: "success", text: "Đã đánh dấu 19 ô. Chọn một ô được tô màu để xem giải thích." });
    const all = paneReducer(initialPaneState("en"), {
      type: "marked",
      result: markResult({ prompts: false, skipped: 2, storedDataInvalid: true }),
    });
    expect(all.notice?.text).toBe(
      "Coloured 19 cells (no explanation on selection: this Excel lacks ExcelApi 1.8). 2 problems are not tied to a cell and were not marked. The earlier marks stored in the workbook were damaged and have been replaced.",
    );
  });

  it("unmarked: nothing to unmark is info, otherwise what was restored and kept", () => {
    const none = paneReducer(initialPaneState("vi"), { type: "unmarked", result: unmarkResult({ sheets: [], removedFormats: 0 }) });
    expect(none.notice).toEqual({ tab: "check", intent: "info", text: "Không có dấu nào của PhuLuc trong sổ tính." });
    // Formats left with no sheet record still count as something removed.
    const formatsOnly = paneReducer(initialPaneState("vi"), { type: "unmarked", result: unmarkResult({ sheets: [], removedFormats: 2 }) });
    expect(formatsOnly.notice?.intent).toBe("success");
    const kept = paneReducer(initialPaneState("en"), { type: "unmarked", result: unmarkResult({ keptUserChanges: 4 }) });
    expect(kept.notice).toEqual({
      tab: "check",
      intent: "success",
      text: "Marks removed: 19 prompts restored, 3 colour formats deleted. 4 cells whose prompt you edited were left as they are.",
    });
  });
});

describe("pane state: summaries", () => {
  const written = (names: string[]): WriteSummaryResult =>
    ({
      sheets: names.map((name) => ({ spec: name, name, kind: "byAgency", replaced: false })),
      syncs: 3,
      writeSyncs: 1,
      marker: "customProperty",
      undoGroup: true,
      printSetup: "applied",
      printFeatures: [],
      droppedLinks: 0,
    }) as unknown as WriteSummaryResult;

  it("summary written: the first sheet is the pane's own, the notice lists the sheets", () => {
    const r = written(["Tổng hợp theo cơ quan", "Tổng hợp theo quý"]);
    const s = paneReducer(initialPaneState("vi"), { type: "summaryWritten", result: r });
    expect(s.opened).toBe("Tổng hợp theo cơ quan");
    expect(s.notice).toMatchObject({ tab: "summary", intent: "success", sheets: r.sheets });
    expect(s.notice?.text).toContain("2");
  });

  it("summary written with no sheet: the pane's own sheet stays as it was", () => {
    const s = paneReducer({ ...initialPaneState("vi"), opened: PLAN }, { type: "summaryWritten", result: written([]) });
    expect(s.opened).toBe(PLAN);
  });

  it("sheet opened from the written list is the pane's own", () => {
    expect(paneReducer(initialPaneState("vi"), { type: "sheetOpened", name: "Tổng hợp theo quý" }).opened).toBe("Tổng hợp theo quý");
  });
});

describe("pane state: settings", () => {
  const stored: AddinSettings = { ...DEFAULT_ADDIN_SETTINGS, userAgencies: [{ canonical: "Sở Nội vụ", aliases: ["SNV"] }] };

  it("settings saved with results shown: stored, and the user is told to check again", () => {
    const s = paneReducer(checkedPane(), { type: "settingsSaved", value: stored });
    expect(s.settings).toEqual({ status: "stored", value: stored });
    expect(s.notice).toEqual({
      tab: "settings",
      intent: "success",
      text: "Đã lưu cài đặt vào sổ tính. Bấm “Kiểm tra lại” để áp dụng cài đặt mới.",
    });
    // The results stay until the table is read again under the new settings (settingsApplied).
    expect(s.check).not.toBeNull();
  });

  it("settings saved before any check: only that they are saved", () => {
    expect(paneReducer(initialPaneState("vi"), { type: "settingsSaved", value: stored }).notice?.text).toBe("Đã lưu cài đặt vào sổ tính.");
  });

  it("settings applied: the re-read table, results dropped, the saved message kept", () => {
    const saved = paneReducer(checkedPane(), { type: "settingsSaved", value: stored });
    const table = tableState(PLAN);
    const s = paneReducer(saved, { type: "settingsApplied", table });
    expect(s.table).toBe(table);
    expect([s.check, s.staleChange, s.current]).toEqual([null, null, null]);
    expect(s.notice).toBe(saved.notice);
    // No table to re-read: the results still go.
    const none = paneReducer({ ...saved, table: null }, { type: "settingsApplied", table: null });
    expect([none.table, none.check]).toEqual([null, null]);
  });

  it("settings reset: the defaults, said so", () => {
    const s = paneReducer(
      { ...checkedPane("en"), settings: { status: "stored", value: stored } },
      { type: "settingsReset", value: DEFAULT_ADDIN_SETTINGS },
    );
    expect(s.settings).toEqual({ status: "default", value: DEFAULT_ADDIN_SETTINGS });
    expect(s.notice).toEqual({ tab: "settings", intent: "success", text: "The settings were reset to the defaults." });
  });
});

describe("pane state: tabs and filter", () => {
  it("tab selected and filter changed are kept as given", () => {
    const filter: IssueFilter = { severities: ["error"], code: "MISSING_LEAD", text: "" };
    const s = apply(initialPaneState("vi"), { type: "tabSelected", tab: "summary" }, { type: "filterChanged", filter });
    expect(s.tab).toBe("summary");
    expect(s.filter).toBe(filter);
  });
});

describe("pane store", () => {
  it("gives the state synchronously after each event and tells subscribers only when it changed", () => {
    const store = createPaneStore(initialPaneState("vi"));
    let calls = 0;
    const stop = store.subscribe(() => calls++);
    store.dispatch({ type: "operationStarted", label: "reading" });
    // What a running operation reads right after dispatching (Pane's `run` guard), before any render.
    expect(store.getState().busy).toBe("reading");
    expect(calls).toBe(1);
    // An event the reducer ignores (a jump on stale results) is no change.
    store.dispatch({ type: "staleChange", change: userEdit });
    const before = store.getState();
    store.dispatch({ type: "issueSelected", issue: issue("D26") });
    expect(store.getState()).toBe(before);
    expect(calls).toBe(2);
    stop();
    store.dispatch({ type: "operationEnded" });
    expect(store.getState().busy).toBeNull();
    expect(calls).toBe(2);
  });
});
