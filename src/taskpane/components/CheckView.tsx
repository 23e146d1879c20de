import { useEffect, useMemo, useState } from "react";
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
import type { RequirementReport } from "../../excel";
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
  current: { backgroundColor: tokens.colorNeutralBackground1Selected, border: `1px solid ${tokens.colorBrandStroke1}`, borderLeftWidth: "3px" },
  cell: { fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums" },
  message: { overflowWrap: "anywhere" },
});

export interface CheckViewProps {
  readonly lang: Lang;
  readonly table: TableState | null;
  readonly check: CheckResult | null;
  readonly current: ValidationIssue | null;
  readonly disabled: boolean;
  readonly requirements: RequirementReport;
  readonly notice: Notice | null;
  readonly onCheck: () => void;
  readonly onSelect: (issue: ValidationIssue) => void;
  readonly onMark: (issues: readonly ValidationIssue[]) => void;
  readonly onUnmark: () => void;
}

export function CheckView(props: CheckViewProps) {
  const { lang, table, check, disabled, requirements, notice } = props;
  const styles = useStyles();
  const [filter, setFilter] = useState<IssueFilter>(NO_FILTER);
  // A new check starts with the whole list.
  useEffect(() => setFilter(NO_FILTER), [check]);

  const issues = useMemo(() => check?.issues ?? [], [check]);
  const shown = useMemo(() => filterIssues(issues, filter, lang), [issues, filter, lang]);
  const counts = countBySeverity(issues);
  const canCheck = !!table?.table;

  return (
    <div className={styles.root}>
      <div className={styles.row}>
        <Button appearance="primary" onClick={props.onCheck} disabled={disabled || !canCheck}>
          {t(lang, check ? "checkAgain" : "checkButton")}
        </Button>
        {check ? <Caption1 className={styles.muted}>{t(lang, "checkedTasks", check.tasks.length)}</Caption1> : null}
      </div>
      <NoticeBar notice={notice} />
      {!check ? (
        canCheck ? <Body1 className={styles.muted}>{t(lang, "checkFirst")}</Body1> : null
      ) : issues.length === 0 ? (
        <MessageBar intent="success" layout="multiline" data-testid="clean">
          <MessageBarBody>
            <MessageBarTitle>{t(lang, "cleanTitle")}</MessageBarTitle>
            {t(lang, "cleanBody", check.tasks.length)}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <div className={styles.totals} data-testid="totals" role="status">
            {SEVERITIES.map((s) => (
              <Badge key={s} appearance={counts[s] ? "filled" : "outline"} color={SEVERITY_COLOR[s]} size="large" data-severity={s} data-count={counts[s]}>
                {t(lang, SEVERITY_COUNT[s], counts[s])}
              </Badge>
            ))}
          </div>
          <div className={styles.row}>
            <Button onClick={() => props.onMark(shown)} disabled={disabled || shown.length === 0} title={t(lang, "markWhat", shown.length)}>
              {t(lang, "mark")}
            </Button>
            <Button onClick={props.onUnmark} disabled={disabled}>
              {t(lang, "unmark")}
            </Button>
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

function Filters({ lang, issues, filter, onChange }: { lang: Lang; issues: readonly ValidationIssue[]; filter: IssueFilter; onChange: (f: IssueFilter) => void }) {
  const styles = useStyles();
  const counts = countBySeverity(issues);
  const codes = codesPresent(issues, lang);
  const toggle = (s: Severity) =>
    onChange({ ...filter, severities: filter.severities.includes(s) ? filter.severities.filter((x) => x !== s) : [...filter.severities, s] });
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

function ProblemList({ lang, current, onSelect, issues }: CheckViewProps & { issues: readonly ValidationIssue[] }) {
  const styles = useStyles();
  const groups = useMemo(() => groupIssues(issues, lang), [issues, lang]);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const currentKey = current ? issueKey(current) : null;
  return (
    <div aria-label={t(lang, "problemsList")} role="region" data-testid="problems">
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
                    return (
                      <li key={key}>
                        <button
                          type="button"
                          className={mergeClasses(styles.item, styles[i.severity], isCurrent && styles.current)}
                          onClick={() => onSelect(i)}
                          aria-current={isCurrent ? "true" : undefined}
                          aria-label={t(lang, "issueRowLabel", t(lang, SEVERITY_LABEL[i.severity]), i.cell ?? t(lang, "wholeTable"), i.message)}
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
                  <Link as="button" onClick={() => setOpen(new Set([...open, c.code]))}>
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
