import { useMemo, useRef, useState } from "react";
import type { KeyboardEvent } from "react";
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Field,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  SearchBox,
  Select,
  Subtitle2,
  ToggleButton,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { IssueCode, Severity } from "../../core/validate/catalog";
import type { ValidationIssue } from "../../core/validate/types";
import type { MarkState, RequirementReport, SheetChange } from "../../excel";
import type { CheckResult, TableState } from "../actions";
import { type Lang, type StringKey, t } from "../i18n";
import {
  codesPresent,
  countBySeverity,
  filterIssues,
  groupIssues,
  isFiltered,
  issueKey,
  IssueFilter,
  NO_FILTER,
  SEVERITIES,
} from "../model/issues";
import { rulesOff } from "../model/check";
import { type Notice, NoticeBar } from "./Notice";

const SEVERITY_LABEL: Record<Severity, StringKey> = { error: "sevError", warning: "sevWarning", info: "sevInfo" };
const SEVERITY_COUNT: Record<Severity, StringKey> = { error: "countError", warning: "countWarning", info: "countInfo" };
const SEVERITY_COLOR: Record<Severity, "danger" | "warning" | "informative"> = { error: "danger", warning: "warning", info: "informative" };
/** Rows shown per code before "show all" (a 5,000-task plan can have thousands of problems). */
const PAGE = 60;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  totals: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  filters: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    margin: 0,
    minWidth: 0,
  },
  legend: { padding: `0 ${tokens.spacingHorizontalXS}` },
  muted: { color: tokens.colorNeutralForeground3 },
  severityHeading: { margin: `${tokens.spacingVerticalS} 0 0`, display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  codeHeading: {
    margin: `${tokens.spacingVerticalXS} 0 ${tokens.spacingVerticalXXS}`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    display: "flex",
    gap: tokens.spacingHorizontalXS,
    alignItems: "baseline",
    flexWrap: "wrap",
  },
  code: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular, fontSize: tokens.fontSizeBase200 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "2px" },
  item: {
    display: "grid",
    gridTemplateColumns: "3.6em 1fr",
    gap: tokens.spacingHorizontalS,
    width: "100%",
    textAlign: "left",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `1px solid transparent`,
    borderLeftWidth: "3px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":active": { backgroundColor: tokens.colorNeutralBackground1Pressed },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  info: { borderLeftColor: tokens.colorPaletteBlueBorderActive },
  current: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    border: `1px solid ${tokens.colorBrandStroke1}`,
    borderLeftWidth: "3px",
  },
  stale: { opacity: 0.6, cursor: "default" },
  cell: { fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums" },
  message: { overflowWrap: "anywhere" },
});

export interface CheckViewProps {
  readonly lang: Lang;
  readonly table: TableState | null;
  readonly check: CheckResult | null;
  readonly current: ValidationIssue | null;
  readonly disabled: boolean;
  /** The sheet changed after the check: the list is shown, but jumping and marking wait for a re-check. */
  readonly stale: boolean;
  /** Who changed the sheet and where (the user here, or a co-author), when Excel said so. */
  readonly staleChange?: SheetChange | null;
  /** PhuLuc's marks in the workbook (null: not known yet). */
  readonly marks: MarkState | null;
  readonly filter: IssueFilter;
  readonly onFilter: (filter: IssueFilter) => void;
  readonly requirements: RequirementReport;
  readonly notice: Notice | null;
  readonly onCheck: () => void;
  readonly onSelect: (issue: ValidationIssue) => void;
  /** Checks again, then marks the fresh problems that pass the current filter. */
  readonly onMark: () => void;
  readonly onUnmark: () => void;
}

export function CheckView(props: CheckViewProps) {
  const { lang, table, check, disabled, requirements, notice, stale, marks, filter, onFilter: setFilter } = props;
  const styles = useStyles();

  const issues = useMemo(() => check?.issues ?? [], [check]);
  const shown = useMemo(() => filterIssues(issues, filter, lang), [issues, filter, lang]);
  const counts = countBySeverity(issues);
  const canCheck = !!table?.table;
  const marked = marks?.sheets.filter((s) => s.cells > 0) ?? [];
  const markedCells = marked.reduce((n, s) => n + s.cells, 0);
  const off = check ? rulesOff(check.settings.value.settings) : 0;
  // "Bỏ đánh dấu" whenever PhuLuc's marks exist — before any check and on a clean plan too.
  const unmarkButton = (
    <Button onClick={props.onUnmark} disabled={disabled} data-testid="unmark">
      {t(lang, "unmark")}
    </Button>
  );
  const marksLine =
    marked.length > 0 ? (
      <div className={styles.row} data-testid="marks">
        {unmarkButton}
        <Caption1 className={styles.muted}>
          {t(lang, "marksPresent", markedCells, marked.map((s) => t(lang, "marksSheet", s.name, s.cells)).join("; "))}
        </Caption1>
      </div>
    ) : null;

  return (
    <div className={styles.root}>
      <div className={styles.row}>
        <Button appearance="primary" onClick={props.onCheck} disabled={disabled || !canCheck}>
          {t(lang, check ? "checkAgain" : "checkButton")}
        </Button>
        {check ? <Caption1 className={styles.muted}>{t(lang, "checkedTasks", check.tasks.length)}</Caption1> : null}
      </div>
      <NoticeBar notice={notice} />
      {check && stale ? (
        <MessageBar intent="warning" layout="multiline" data-testid="stale" role="status">
          <MessageBarBody>
            <MessageBarTitle>{t(lang, props.staleChange?.author === "coauthor" ? "staleCoauthorTitle" : "staleTitle")}</MessageBarTitle>
            {props.staleChange ? (
              <span data-testid="stale-where">
                {t(lang, props.staleChange.author === "coauthor" ? "staleCoauthorWhere" : "staleWhere", props.staleChange.address)}{" "}
              </span>
            ) : null}
            {t(lang, "staleBody")}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {check && !check.state.mergesKnown ? (
        <Caption1 className={styles.muted} data-testid="merges-unknown-checks">
          {t(lang, "mergesUnknownChecks")}
        </Caption1>
      ) : null}
      {!check ? (
        <>
          {canCheck ? <Body1 className={styles.muted}>{t(lang, "checkFirst")}</Body1> : null}
          {marksLine}
        </>
      ) : issues.length === 0 ? (
        <>
          <MessageBar intent="success" layout="multiline" data-testid="clean">
            <MessageBarBody>
              <MessageBarTitle>{t(lang, "cleanTitle")}</MessageBarTitle>
              {off > 0 ? t(lang, "cleanBodyRulesOff", check.tasks.length, off) : t(lang, "cleanBody", check.tasks.length)}
            </MessageBarBody>
          </MessageBar>
          {marksLine}
        </>
      ) : (
        <>
          <div className={styles.totals} data-testid="totals" role="status">
            {SEVERITIES.map((s) => (
              <Badge
                key={s}
                appearance={counts[s] ? "filled" : "outline"}
                color={SEVERITY_COLOR[s]}
                size="large"
                data-severity={s}
                data-count={counts[s]}
              >
                {t(lang, SEVERITY_COUNT[s], counts[s])}
              </Badge>
            ))}
          </div>
          <div className={styles.row}>
            <Button
              onClick={props.onMark}
              disabled={disabled || stale || shown.length === 0}
              title={t(lang, "markWhat", shown.length)}
              data-testid="mark"
            >
              {t(lang, "mark", shown.length)}
            </Button>
            {unmarkButton}
            {marked.length > 0 ? (
              <Caption1 className={styles.muted} data-testid="marks">
                {t(lang, "marksPresent", markedCells, marked.map((s) => t(lang, "marksSheet", s.name, s.cells)).join("; "))}
              </Caption1>
            ) : null}
          </div>
          {!requirements.markPrompts ? <Caption1 className={styles.muted}>{t(lang, "noPromptsNote")}</Caption1> : null}
          <Filters lang={lang} issues={issues} filter={filter} onChange={setFilter} />
          <div className={styles.row}>
            <Caption1 className={styles.muted} aria-live="polite">
              {t(lang, "showing", shown.length, issues.length)}
            </Caption1>
            {isFiltered(filter) ? (
              <Link as="button" onClick={() => setFilter(NO_FILTER)}>
                {t(lang, "clearFilters")}
              </Link>
            ) : null}
          </div>
          {shown.length === 0 ? (
            <Body1>{t(lang, "noMatch")}</Body1>
          ) : (
            <>
              <Caption1 className={styles.muted}>{t(lang, "selectHint")}</Caption1>
              <ProblemList {...props} issues={shown} />
            </>
          )}
        </>
      )}
    </div>
  );
}

function Filters({
  lang,
  issues,
  filter,
  onChange,
}: {
  lang: Lang;
  issues: readonly ValidationIssue[];
  filter: IssueFilter;
  onChange: (f: IssueFilter) => void;
}) {
  const styles = useStyles();
  const counts = countBySeverity(issues);
  const codes = codesPresent(issues, lang);
  const toggle = (s: Severity) =>
    onChange({
      ...filter,
      severities: filter.severities.includes(s) ? filter.severities.filter((x) => x !== s) : [...filter.severities, s],
    });
  return (
    <fieldset className={styles.filters}>
      <legend className={styles.legend}>
        <Caption1>{t(lang, "filters")}</Caption1>
      </legend>
      <div className={styles.row} role="group" aria-label={t(lang, "filterSeverity")}>
        {SEVERITIES.filter((s) => counts[s] > 0).map((s) => (
          <ToggleButton key={s} size="small" checked={filter.severities.includes(s)} onClick={() => toggle(s)}>
            {`${t(lang, SEVERITY_LABEL[s])} (${counts[s]})`}
          </ToggleButton>
        ))}
      </div>
      <Field label={t(lang, "filterCode")} size="small">
        <Select
          size="small"
          value={filter.code ?? ""}
          onChange={(_, d) => onChange({ ...filter, code: d.value ? (d.value as IssueCode) : null })}
        >
          <option value="">{t(lang, "allCodes")}</option>
          {codes.map((c) => (
            <option key={c.code} value={c.code}>
              {`${c.title} (${c.count})`}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t(lang, "search")} size="small">
        <SearchBox
          size="small"
          placeholder={t(lang, "searchPlaceholder")}
          value={filter.text}
          onChange={(_, d) => onChange({ ...filter, text: d.value })}
        />
      </Field>
    </fieldset>
  );
}

/**
 * One Tab stop for the whole list (roving tabindex): arrow keys move between rows, Home/End to the first/last,
 * Enter/Space (native buttons) select the cell.
 */
function ProblemList({ lang, current, onSelect, issues, stale }: CheckViewProps & { issues: readonly ValidationIssue[] }) {
  const styles = useStyles();
  const groups = useMemo(() => groupIssues(issues, lang), [issues, lang]);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const currentKey = current ? issueKey(current) : null;
  const visible = groups.flatMap((g) =>
    g.codes.flatMap((c) => (open.has(c.code) || c.issues.length <= PAGE ? c.issues : c.issues.slice(0, PAGE)).map(issueKey)),
  );
  // The row that takes Tab: the last focused one while it is listed, else the current one, else the first.
  const tabKey =
    focusKey && visible.includes(focusKey) ? focusKey : currentKey && visible.includes(currentKey) ? currentKey : (visible[0] ?? null);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const rows = Array.from(root.current?.querySelectorAll<HTMLButtonElement>("button[data-row]") ?? []);
    const at = rows.findIndex((r) => r === document.activeElement);
    if (at < 0) return;
    const to =
      e.key === "ArrowDown"
        ? Math.min(at + 1, rows.length - 1)
        : e.key === "ArrowUp"
          ? Math.max(at - 1, 0)
          : e.key === "Home"
            ? 0
            : e.key === "End"
              ? rows.length - 1
              : -1;
    if (to < 0) return;
    e.preventDefault();
    const row = rows[to];
    if (!row) return;
    setFocusKey(row.dataset.row ?? null);
    row.focus();
  };
  return (
    <div
      aria-label={t(lang, "problemsList")}
      aria-description={t(lang, "listKeysHint")}
      role="region"
      data-testid="problems"
      ref={root}
      onKeyDown={onKeyDown}
    >
      {groups.map((g) => (
        <section key={g.severity} aria-labelledby={`phuluc-sev-${g.severity}`}>
          <Subtitle2 as="h2" id={`phuluc-sev-${g.severity}`} className={styles.severityHeading}>
            {t(lang, SEVERITY_LABEL[g.severity])}
            <Badge appearance="tint" color={SEVERITY_COLOR[g.severity]}>
              {g.count}
            </Badge>
          </Subtitle2>
          {g.codes.map((c) => {
            const all = open.has(c.code) || c.issues.length <= PAGE;
            const rows = all ? c.issues : c.issues.slice(0, PAGE);
            return (
              <div key={c.code} data-code={c.code}>
                <h3 className={styles.codeHeading}>
                  <span>{c.title}</span>
                  <span className={styles.code}>
                    {c.code} · {c.issues.length}
                  </span>
                </h3>
                <ul className={styles.list}>
                  {rows.map((i) => {
                    const key = issueKey(i);
                    const isCurrent = key === currentKey;
                    const label = t(lang, "issueRowLabel", t(lang, SEVERITY_LABEL[i.severity]), i.cell ?? t(lang, "wholeTable"), i.message);
                    return (
                      <li key={key}>
                        <button
                          type="button"
                          tabIndex={key === tabKey ? 0 : -1}
                          className={mergeClasses(styles.item, styles[i.severity], isCurrent && styles.current, stale && styles.stale)}
                          onClick={() => {
                            setFocusKey(key);
                            if (!stale) onSelect(i);
                          }}
                          onFocus={() => setFocusKey(key)}
                          aria-current={isCurrent ? "true" : undefined}
                          aria-disabled={stale ? "true" : undefined}
                          aria-label={stale ? t(lang, "issueRowStale", label) : label}
                          data-row={key}
                          data-cell={i.cell ?? ""}
                          data-code={i.code}
                        >
                          <span className={styles.cell}>{i.cell ?? "—"}</span>
                          <span className={styles.message}>{i.message}</span>
                        </button>
                      </li>
                    );
                  })}
                </ul>
                {!all ? (
                  <Link
                    as="button"
                    onClick={() => setOpen(new Set([...open, c.code]))}
                    aria-label={t(lang, "showMore", c.issues.length - PAGE, c.title)}
                  >
                    {`+ ${c.issues.length - PAGE}`}
                  </Link>
                ) : null}
              </div>
            );
          })}
        </section>
      ))}
    </div>
  );
}
