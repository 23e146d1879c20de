import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Tab,
  TabList,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ValidationIssue } from "../../core/validate/types";
import { excelErrorMessage } from "../../excel";
import type { ActiveSheetWatch, AddinSettings, ExcelHost, RequirementReport } from "../../excel";
import type * as actionsModule from "../actions";
import type { AgencyChoice, SheetChangeWatch, TableState } from "../actions";
import { filterIssues } from "../model/issues";
import { agencyChoices } from "../model/summary";
import type { HostInfo } from "../host";
import { type Lang, type StringKey, t } from "../i18n";
import { sheetSwitch } from "../model/sheet-switch";
import { createPaneStore, initialPaneState, type PaneTab } from "../model/pane-state";
import { CheckView } from "./CheckView";
import { HostDetails } from "./HostDetails";
import { ProductHeader } from "./ProductHeader";
import { SettingsView } from "./SettingsView";
import { SummaryView } from "./SummaryView";
import { TableCard } from "./TableCard";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    maxWidth: "560px",
    minWidth: 0,
    boxSizing: "border-box",
    color: tokens.colorNeutralForeground1,
  },
  busy: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  busyText: { color: tokens.colorNeutralForeground2 },
  tabs: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})`, flexWrap: "wrap" },
});

export type { PaneTab };

/**
 * What the pane's buttons do (src/taskpane/actions.ts), given to it rather than imported — as the Office React
 * template passes its Excel calls to its App — so a test or the preview can drive the pane with their own.
 */
export type PaneActions = Pick<
  typeof actionsModule,
  | "activeSheet"
  | "checkPlan"
  | "goToIssue"
  | "loadSettings"
  | "markOnSheet"
  | "marksNow"
  | "openSheet"
  | "readTable"
  | "readTableFromSelection"
  | "removeMarks"
  | "rereadTable"
  | "resetSettings"
  | "storeSettings"
  | "watchSheetChanges"
  | "watchSheets"
  | "writeSummaries"
>;

export interface PaneProps {
  readonly lang: Lang;
  readonly requirements: RequirementReport;
  readonly info: HostInfo | null;
  readonly actions: PaneActions;
  /** Where the adapter runs; undefined = the default host (office.js, or the fake the preview installed). */
  readonly host?: ExcelHost;
}

/** The PhuLuc task pane inside Excel (or the preview's simulated Excel). State and its events: model/pane-state.ts. */
export function Pane({ lang, requirements, info, actions, host }: PaneProps) {
  const styles = useStyles();
  // One store for the pane's life (Root keys the pane by language): operations read it as it is now, React renders it.
  const [store] = useState(() => createPaneStore(initialPaneState(lang)));
  const state = useSyncExternalStore(store.subscribe, store.getState);
  const { dispatch } = store;
  const { settings, table, check, busy, error, notice, tab, current, marks, staleChange, filter } = state;
  const stale = staleChange !== null;
  /** A lock, not a copy of state: one loop at a time follows the user between sheets (followActiveSheet). */
  const following = useRef(false);

  /** Runs one operation: progress shown, buttons disabled, Excel's errors turned into a clear message. */
  const run = useCallback(
    async <T,>(label: StringKey, op: () => Promise<T>): Promise<T | undefined> => {
      if (store.getState().busy !== null) return undefined;
      dispatch({ type: "operationStarted", label });
      try {
        return await op();
      } catch (e) {
        console.error("[phuluc]", e);
        dispatch({ type: "operationFailed", message: excelErrorMessage(e, lang) });
        return undefined;
      } finally {
        dispatch({ type: "operationEnded" });
      }
    },
    [store, dispatch, lang],
  );

  // On open: the settings, then the active sheet's table.
  useEffect(() => {
    void run("reading", async () => {
      const loaded = await actions.loadSettings(host);
      dispatch({ type: "settingsLoaded", settings: loaded });
      dispatch({ type: "tableRead", table: await actions.readTable(loaded.value, host) });
      dispatch({ type: "marksChanged", marks: await actions.marksNow(host) });
    });
  }, [run, dispatch, actions, host]);

  // Edits on the checked sheet make the results stale (ExcelApi 1.7 Worksheet.onChanged), while results are shown.
  useEffect(() => {
    if (!check?.state.table) return;
    let live = true;
    let stop: SheetChangeWatch | null = null;
    const stopped = (e: unknown) => console.error("[phuluc] change events", e);
    actions
      .watchSheetChanges(
        check,
        (change) => {
          if (live) dispatch({ type: "staleChange", change });
        },
        host,
      )
      .then((s) => {
        if (live) stop = s;
        else s().catch(stopped);
      })
      .catch(stopped);
    return () => {
      live = false;
      stop?.().catch(stopped);
    };
  }, [check, dispatch, actions, host]);

  /** Reads which sheets carry PhuLuc's marks (after an operation); a failure only hides the unmark offer. */
  const refreshMarks = useCallback(async () => {
    try {
      dispatch({ type: "marksChanged", marks: await actions.marksNow(host) });
    } catch (e) {
      console.error("[phuluc] marks", e);
    }
  }, [dispatch, actions, host]);

  // Sheet activations: subscribed while the pane is open. An event only says "look again"; which sheet is active is
  // asked once the pane is idle, so an operation's own sheet changes and quick tab clicks are judged by the result.
  useEffect(() => {
    let live = true;
    let stop: ActiveSheetWatch | null = null;
    const stopped = (e: unknown) => console.error("[phuluc] sheet events", e);
    actions
      .watchSheets(() => {
        if (live) dispatch({ type: "sheetActivated" });
      }, host)
      .then((s) => {
        if (live) stop = s;
        else s().catch(stopped);
      })
      .catch(stopped);
    return () => {
      live = false;
      stop?.().catch(stopped);
    };
  }, [dispatch, actions, host]);

  /** The user may be on another sheet: if so, read it and recognise its table; the old results go. */
  const followActiveSheet = useCallback(async () => {
    if (following.current) return;
    following.current = true;
    try {
      while (store.getState().switchPending && store.getState().busy === null) {
        dispatch({ type: "switchLooked" });
        let active: string;
        try {
          active = await actions.activeSheet(host);
        } catch (e) {
          console.error("[phuluc]", e);
          return;
        }
        // An operation started meanwhile: look again when it has finished.
        if (store.getState().busy !== null) {
          dispatch({ type: "sheetActivated" });
          return;
        }
        const now = store.getState();
        const decision = sheetSwitch(active, { tableSheet: now.table?.sheet ?? null, opened: now.opened });
        if (decision !== "own") dispatch({ type: "ownSheetLeft" });
        if (decision !== "switch") continue;
        await run("reading", async () => {
          const loaded = await actions.loadSettings(host);
          dispatch({ type: "settingsLoaded", settings: loaded });
          dispatch({ type: "sheetSwitched", table: await actions.readTable(loaded.value, host) });
        });
      }
    } finally {
      following.current = false;
    }
  }, [store, dispatch, actions, host, run]);

  // After an event, and whenever an operation ends with one still waiting.
  const switchPending = state.switchPending;
  useEffect(() => {
    if (busy === null && switchPending) void followActiveSheet();
  }, [switchPending, busy, followActiveSheet]);

  const value: AddinSettings | null = settings?.value ?? null;

  const reread = () =>
    run("reading", async () => {
      dispatch({ type: "ownSheetLeft" });
      const loaded = await actions.loadSettings(host);
      dispatch({ type: "settingsLoaded", settings: loaded });
      dispatch({ type: "tableRead", table: await actions.readTable(loaded.value, host) });
      await refreshMarks();
    });

  const useSelection = () =>
    run("reading", async () => {
      dispatch({ type: "ownSheetLeft" });
      const loaded = await actions.loadSettings(host);
      dispatch({ type: "settingsLoaded", settings: loaded });
      const { state: found, selection } = await actions.readTableFromSelection(loaded.value, host);
      dispatch({ type: "selectionRead", table: found, selection });
    });

  /** The check itself (inside an operation): fresh settings and sheet; the results replace the shown ones. */
  const runCheck = async (from: TableState, reason: "check" | "recheck") => {
    const result = await actions.checkPlan(from, lang, host);
    dispatch({ type: "checked", result, reason });
    return result;
  };

  const doCheck = (from: TableState | null = table) =>
    from
      ? run("checking", async () => {
          const result = await runCheck(from, "check");
          await refreshMarks();
          return result;
        })
      : Promise.resolve(undefined);

  const select = (issue: ValidationIssue) =>
    run("busy", async () => {
      // Stale results point at cells that may have moved or been fixed: re-check first.
      if (store.getState().staleChange !== null) return;
      dispatch({ type: "issueSelected", issue });
      await actions.goToIssue(issue, host);
    });

  // Mark and Generate check again first and act on that result: the user may have edited the sheet since.
  const mark = () =>
    run("marking", async () => {
      if (!table) return;
      const fresh = await runCheck(table, "recheck");
      if (!fresh.state.table) {
        dispatch({ type: "tableMissing", tab: "check", sheet: fresh.state.sheet });
        return;
      }
      const issues = filterIssues(fresh.issues, filter, lang);
      const result = await actions.markOnSheet(issues, fresh.state.sheet, lang, host);
      dispatch({ type: "marked", result });
      await refreshMarks();
    });

  const unmark = () =>
    run("unmarking", async () => {
      const result = await actions.removeMarks(host);
      await refreshMarks();
      dispatch({ type: "unmarked", result });
    });

  const generate = (choices: readonly AgencyChoice[], chosen: ReadonlySet<string>) =>
    run("generating", async () => {
      if (!table) return;
      const fresh = await runCheck(table, "recheck");
      if (!fresh.state.table) {
        dispatch({ type: "tableMissing", tab: "summary", sheet: fresh.state.sheet });
        return;
      }
      // The agencies of the fresh tasks: those ticked stay ticked; one that was not offered before is included.
      const offered = new Set(choices.map((c) => c.key));
      const freshChoices = agencyChoices(fresh.tasks);
      const picked = new Set(freshChoices.filter((c) => chosen.has(c.key) || !offered.has(c.key)).map((c) => c.key));
      const result = await actions.writeSummaries(fresh.state.table, fresh.tasks, freshChoices, picked, host);
      dispatch({ type: "summaryWritten", result });
      await refreshMarks();
    });

  // Saving re-reads the table's own sheet (not whichever is active) and drops the results of the old settings.
  const save = (next: AddinSettings) =>
    run("saving", async () => {
      const stored = await actions.storeSettings(next, host);
      dispatch({ type: "settingsSaved", value: stored });
      dispatch({ type: "settingsApplied", table: table ? await actions.rereadTable(table, stored, host) : null });
      return stored;
    });

  const reset = () =>
    run("saving", async () => {
      dispatch({ type: "settingsReset", value: await actions.resetSettings(host) });
    });

  const selectTab = (next: PaneTab) => {
    dispatch({ type: "tabSelected", tab: next });
    // The agency list of the summary tab comes from the checked tasks: check once if that was not done yet.
    if (next === "summary" && !check && table?.table) void doCheck();
  };

  // Hosts below the minimum never get here: Root shows why instead of starting the pane.
  const disabled = busy !== null;
  return (
    <main className={styles.root} aria-busy={disabled}>
      <ProductHeader lang={lang} size="compact" />
      <div className={styles.busy} aria-live="polite">
        {busy ? (
          <>
            <ProgressBar thickness="medium" aria-label={t(lang, busy)} />
            <Caption1 className={styles.busyText}>{t(lang, busy)}</Caption1>
          </>
        ) : null}
      </div>
      {error ? (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{t(lang, "errorTitle")}</MessageBarTitle>
            {error}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                size="small"
                aria-label={t(lang, "dismiss")}
                onClick={() => dispatch({ type: "errorDismissed" })}
              >
                ✕
              </Button>
            }
          />
        </MessageBar>
      ) : null}
      <TableCard
        lang={lang}
        state={table}
        disabled={disabled}
        notice={notice?.tab === "table" ? notice : null}
        onReread={() => void reread()}
        onUseSelection={() => void useSelection()}
      />
      <TabList
        className={styles.tabs}
        selectedValue={tab}
        onTabSelect={(_, d) => selectTab(d.value as PaneTab)}
        aria-label={t(lang, "tabsLabel")}
        size="medium"
      >
        <Tab value="check">{t(lang, "tabCheck")}</Tab>
        <Tab value="summary">{t(lang, "tabSummary")}</Tab>
        <Tab value="settings">{t(lang, "tabSettings")}</Tab>
      </TabList>
      <div role="tabpanel" aria-label={t(lang, tab === "check" ? "tabCheck" : tab === "summary" ? "tabSummary" : "tabSettings")}>
        {tab === "check" ? (
          <CheckView
            lang={lang}
            table={table}
            check={check}
            current={current}
            disabled={disabled}
            stale={stale}
            staleChange={staleChange}
            marks={marks}
            filter={filter}
            onFilter={(f) => dispatch({ type: "filterChanged", filter: f })}
            requirements={requirements}
            notice={notice?.tab === "check" ? notice : null}
            onCheck={() => void doCheck()}
            onSelect={(i) => void select(i)}
            onMark={() => void mark()}
            onUnmark={() => void unmark()}
          />
        ) : tab === "summary" ? (
          <SummaryView
            lang={lang}
            table={table}
            check={check}
            disabled={disabled}
            requirements={requirements}
            notice={notice?.tab === "summary" ? notice : null}
            onGenerate={(choices, chosen) => void generate(choices, chosen)}
            onOpenSheet={(name) =>
              void run("busy", () => {
                dispatch({ type: "sheetOpened", name });
                return actions.openSheet(name, host);
              })
            }
          />
        ) : (
          <SettingsView
            lang={lang}
            loaded={settings}
            value={value}
            table={table}
            agencySheet={check?.agencySheet ?? null}
            disabled={disabled}
            notice={notice?.tab === "settings" ? notice : null}
            onSave={(v) => save(v)}
            onReset={() => void reset()}
            details={info ? <HostDetails info={info} lang={lang} /> : null}
          />
        )}
      </div>
    </main>
  );
}
