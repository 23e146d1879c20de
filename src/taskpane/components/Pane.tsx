import { useCallback, useEffect, useRef, useState } from "react";
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
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ValidationIssue } from "../../core/validate/types";
import { excelErrorMessage } from "../../excel";
import type { ActiveSheetWatch, AddinSettings, ExcelHost, LoadedSettings, MarkState, RequirementReport } from "../../excel";
import {
  activeSheet,
  AgencyChoice,
  checkPlan,
  CheckResult,
  goToIssue,
  openSheet,
  loadSettings,
  markOnSheet,
  marksNow,
  readTable,
  rereadTable,
  readTableFromSelection,
  removeMarks,
  resetSettings,
  storeSettings,
  TableState,
  watchSheetChanges,
  watchSheets,
  writeSummaries,
} from "../actions";
import type { SheetChange, SheetChangeWatch } from "../actions";
import { filterIssues, IssueFilter, NO_FILTER } from "../model/issues";
import { agencyChoices } from "../model/summary";
import type { HostInfo } from "../host";
import { summaryNotice } from "../model/summary-notice";
import { type Lang, type StringKey, t } from "../i18n";
import { sheetSwitch } from "../model/sheet-switch";
import { CheckView } from "./CheckView";
import { HostDetails } from "./HostDetails";
import { SettingsView } from "./SettingsView";
import { SummaryView } from "./SummaryView";
import { TableCard } from "./TableCard";
import type { Notice } from "./Notice";

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
  header: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  logo: { width: "24px", height: "24px", flexShrink: 0 },
  title: { margin: 0 },
  busy: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  busyText: { color: tokens.colorNeutralForeground2 },
  tabs: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})`, flexWrap: "wrap" },
});

export type PaneTab = "check" | "summary" | "settings";

export interface PaneProps {
  readonly lang: Lang;
  readonly requirements: RequirementReport;
  readonly info: HostInfo | null;
  /** Where the adapter runs; undefined = the default host (office.js, or the fake the preview installed). */
  readonly host?: ExcelHost;
}

/** The PhuLuc task pane inside Excel (or the preview's simulated Excel). */
export function Pane({ lang, requirements, info, host }: PaneProps) {
  const styles = useStyles();
  const [settings, setSettings] = useState<LoadedSettings | null>(null);
  const [table, setTable] = useState<TableState | null>(null);
  const [check, setCheck] = useState<CheckResult | null>(null);
  const [busy, setBusy] = useState<StringKey | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [tab, setTab] = useState<PaneTab>("check");
  const [current, setCurrent] = useState<ValidationIssue | null>(null);
  /** PhuLuc's marks in the workbook (readMarks): "Bỏ đánh dấu" is offered whenever there are any. */
  const [marks, setMarks] = useState<MarkState | null>(null);
  /**
   * The table's sheet changed after the check (Worksheet.onChanged) — by the user or a co-author, never by PhuLuc's
   * own writes: jump and mark wait for a re-check. The first change is kept (where the results went stale), a
   * co-author's replacing the user's so the pane says someone else is editing.
   */
  const [staleChange, setStaleChange] = useState<SheetChange | null>(null);
  const stale = staleChange !== null;
  const [filter, setFilter] = useState<IssueFilter>(NO_FILTER);
  const busyRef = useRef(false);
  // Following the user between sheets (see model/sheet-switch.ts).
  const tableRef = useRef<TableState | null>(null);
  const checkRef = useRef<CheckResult | null>(null);
  /** A sheet was activated and the pane has not looked yet (it looks once idle). */
  const switchPending = useRef(false);
  const following = useRef(false);
  /** The sheet the pane itself last activated (a summary sheet, a problem's cell), until the user moves on. */
  const opened = useRef<string | null>(null);
  const [switchTick, setSwitchTick] = useState(0);
  useEffect(() => {
    tableRef.current = table;
    checkRef.current = check;
  }, [table, check]);

  /** Runs one operation: progress shown, buttons disabled, Excel's errors turned into a clear message. */
  const run = useCallback(
    async <T,>(label: StringKey, op: () => Promise<T>): Promise<T | undefined> => {
      if (busyRef.current) return undefined;
      busyRef.current = true;
      setBusy(label);
      setError(null);
      try {
        return await op();
      } catch (e) {
        console.error("[phuluc]", e);
        setError(excelErrorMessage(e, lang));
        return undefined;
      } finally {
        busyRef.current = false;
        setBusy(null);
      }
    },
    [lang],
  );

  // On open: the settings, then the active sheet's table.
  useEffect(() => {
    void run("reading", async () => {
      const loaded = await loadSettings(host);
      setSettings(loaded);
      setTable(await readTable(loaded.value, host));
      setMarks(await marksNow(host));
    });
  }, [run, host]);

  // Edits on the checked sheet make the results stale (ExcelApi 1.7 Worksheet.onChanged), while results are shown.
  useEffect(() => {
    if (!check?.state.table) return;
    let live = true;
    let stop: SheetChangeWatch | null = null;
    const stopped = (e: unknown) => console.error("[phuluc] change events", e);
    watchSheetChanges(
      check,
      (change) => {
        if (live) setStaleChange((prev) => (prev === null || (change.author === "coauthor" && prev.author !== "coauthor") ? change : prev));
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
  }, [check, host]);

  /** Reads which sheets carry PhuLuc's marks (after an operation); a failure only hides the unmark offer. */
  const refreshMarks = useCallback(async () => {
    try {
      setMarks(await marksNow(host));
    } catch (e) {
      console.error("[phuluc] marks", e);
    }
  }, [host]);

  // Sheet activations: subscribed while the pane is open. An event only says "look again"; which sheet is active is
  // asked once the pane is idle, so an operation's own sheet changes and quick tab clicks are judged by the result.
  useEffect(() => {
    let live = true;
    let stop: ActiveSheetWatch | null = null;
    const stopped = (e: unknown) => console.error("[phuluc] sheet events", e);
    watchSheets(() => {
      if (!live) return;
      switchPending.current = true;
      setSwitchTick((n) => n + 1);
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
  }, [host]);

  /** The user may be on another sheet: if so, read it and recognise its table; the old results go. */
  const followActiveSheet = useCallback(async () => {
    if (following.current) return;
    following.current = true;
    try {
      while (switchPending.current && !busyRef.current) {
        switchPending.current = false;
        let active: string;
        try {
          active = await activeSheet(host);
        } catch (e) {
          console.error("[phuluc]", e);
          return;
        }
        // An operation started meanwhile: look again when it has finished.
        if (busyRef.current) {
          switchPending.current = true;
          return;
        }
        const previous = tableRef.current;
        const decision = sheetSwitch(active, { tableSheet: previous?.sheet ?? null, opened: opened.current });
        if (decision !== "own") opened.current = null;
        if (decision !== "switch") continue;
        const hadResults = checkRef.current !== null;
        await run("reading", async () => {
          const loaded = await loadSettings(host);
          setSettings(loaded);
          const state = await readTable(loaded.value, host);
          tableRef.current = state;
          checkRef.current = null;
          setTable(state);
          setCheck(null);
          setStaleChange(null);
          setCurrent(null);
          const text = [t(lang, "sheetSwitched", state.sheet)];
          if (hadResults && previous) text.push(t(lang, "sheetSwitchedReset", previous.sheet));
          setNotice({ tab: "table", intent: "info", text: text.join(" ") });
        });
      }
    } finally {
      following.current = false;
    }
  }, [host, lang, run]);

  // After an event, and whenever an operation ends with one still waiting.
  useEffect(() => {
    if (busy === null && switchPending.current) void followActiveSheet();
  }, [switchTick, busy, followActiveSheet]);

  const value: AddinSettings | null = settings?.value ?? null;

  const reread = () =>
    run("reading", async () => {
      opened.current = null;
      const loaded = await loadSettings(host);
      setSettings(loaded);
      setTable(await readTable(loaded.value, host));
      setCheck(null);
      setStaleChange(null);
      setNotice(null);
      setCurrent(null);
      await refreshMarks();
    });

  const useSelection = () =>
    run("reading", async () => {
      opened.current = null;
      const loaded = await loadSettings(host);
      setSettings(loaded);
      const { state, selection } = await readTableFromSelection(loaded.value, host);
      setCheck(null);
      setStaleChange(null);
      setCurrent(null);
      if (state.table) {
        setTable(state);
        setNotice(null);
      } else {
        setNotice({ tab: "table", intent: "warning", text: t(lang, "selectionNoTable", selection.top + 1, selection.address) });
      }
    });

  /** The check itself (inside an operation): fresh settings and sheet; the results replace the shown ones. */
  const runCheck = async (from: TableState) => {
    const result = await checkPlan(from, lang, host);
    setCheck(result);
    setStaleChange(null);
    setTable(result.state);
    setSettings(result.settings);
    setCurrent(null);
    return result;
  };

  const doCheck = (from: TableState | null = table) =>
    from
      ? run("checking", async () => {
          const result = await runCheck(from);
          setFilter(NO_FILTER);
          setNotice(
            result.agencySheetProblems.length
              ? {
                  tab: "check",
                  intent: "warning",
                  text: t(
                    lang,
                    "userAgencyProblems",
                    result.agencySheetProblems.length,
                    result.agencySheetProblems
                      .slice(0, 3)
                      .map((p) => `${p.row}: ${p.message}`)
                      .join("; "),
                  ),
                }
              : null,
          );
          await refreshMarks();
          return result;
        })
      : Promise.resolve(undefined);

  const select = (issue: ValidationIssue) =>
    run("busy", async () => {
      // Stale results point at cells that may have moved or been fixed: re-check first.
      if (stale) return;
      setCurrent(issue);
      if (issue.cell) opened.current = issue.sheet;
      await goToIssue(issue, host);
    });

  // Mark and Generate check again first and act on that result: the user may have edited the sheet since.
  const mark = () =>
    run("marking", async () => {
      if (!table) return;
      const fresh = await runCheck(table);
      if (!fresh.state.table) {
        setNotice({ tab: "check", intent: "warning", text: t(lang, "noTable", fresh.state.sheet) });
        return;
      }
      const issues = filterIssues(fresh.issues, filter, lang);
      const r = await markOnSheet(issues, fresh.state.sheet, lang, host);
      const lines = [r.prompts ? t(lang, "marked", r.cells) : t(lang, "markedNoPrompts", r.cells)];
      if (r.skipped) lines.push(t(lang, "markedSkipped", r.skipped));
      if (r.storedDataInvalid) lines.push(t(lang, "storedMarksInvalid"));
      setNotice({ tab: "check", intent: "success", text: lines.join(" ") });
      await refreshMarks();
    });

  const unmark = () =>
    run("unmarking", async () => {
      const r = await removeMarks(host);
      await refreshMarks();
      if (!r.sheets.length && !r.removedFormats) {
        setNotice({ tab: "check", intent: "info", text: t(lang, "nothingToUnmark") });
        return;
      }
      const lines = [t(lang, "unmarked", r.restored, r.removedFormats)];
      if (r.keptUserChanges) lines.push(t(lang, "unmarkedKept", r.keptUserChanges));
      if (r.storedDataInvalid) lines.push(t(lang, "storedMarksInvalid"));
      setNotice({ tab: "check", intent: "success", text: lines.join(" ") });
    });

  const generate = (choices: readonly AgencyChoice[], chosen: ReadonlySet<string>) =>
    run("generating", async () => {
      if (!table) return;
      const fresh = await runCheck(table);
      if (!fresh.state.table) {
        setNotice({ tab: "summary", intent: "warning", text: t(lang, "noTable", fresh.state.sheet) });
        return;
      }
      // The agencies of the fresh tasks: those ticked stay ticked; one that was not offered before is included.
      const offered = new Set(choices.map((c) => c.key));
      const freshChoices = agencyChoices(fresh.tasks);
      const picked = new Set(freshChoices.filter((c) => chosen.has(c.key) || !offered.has(c.key)).map((c) => c.key));
      const r = await writeSummaries(fresh.state.table, fresh.tasks, freshChoices, picked, host);
      // The writer activates the first sheet written: the pane's own doing, not the user leaving the plan.
      if (r.sheets[0]) opened.current = r.sheets[0].name;
      setNotice({ tab: "summary", ...summaryNotice(r, lang), sheets: r.sheets });
      await refreshMarks();
    });

  // Saving re-reads the table's own sheet (not whichever is active) and drops the results of the old settings.
  const save = (next: AddinSettings) =>
    run("saving", async () => {
      const stored = await storeSettings(next, host);
      setSettings({ status: "stored", value: stored });
      setNotice({ tab: "settings", intent: "success", text: `${t(lang, "saved")}${check ? ` ${t(lang, "recheckAfterSave")}` : ""}` });
      if (table) setTable(await rereadTable(table, stored, host));
      setCheck(null);
      setStaleChange(null);
      setCurrent(null);
      return stored;
    });

  const reset = () =>
    run("saving", async () => {
      const value = await resetSettings(host);
      setSettings({ status: "default", value });
      setNotice({ tab: "settings", intent: "success", text: t(lang, "resetDone") });
    });

  const selectTab = (next: PaneTab) => {
    setTab(next);
    // The agency list of the summary tab comes from the checked tasks: check once if that was not done yet.
    if (next === "summary" && !check && table?.table) void doCheck();
  };

  // Hosts below the minimum never get here: Root shows why instead of starting the pane.
  const disabled = busy !== null;
  return (
    <main className={styles.root} aria-busy={disabled}>
      <Header lang={lang} />
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
          <MessageBarActions containerAction={<Button appearance="transparent" size="small" aria-label={t(lang, "dismiss")} onClick={() => setError(null)}>✕</Button>} />
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
            onFilter={setFilter}
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
                opened.current = name;
                return openSheet(name, host);
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

function Header({ lang }: { lang: Lang }) {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <img className={styles.logo} src="assets/icon-32.png" alt="" />
      <Title3 as="h1" className={styles.title}>
        {t(lang, "productName")}
      </Title3>
    </header>
  );
}
