import { useEffect, useMemo, useRef, useState } from "react";
import { Badge, Body1, Button, Caption1, Checkbox, Link, makeStyles, tokens } from "@fluentui/react-components";
import type { RequirementReport } from "../../excel";
import type { CheckResult, TableState } from "../actions";
import { type Lang, t } from "../i18n";
import { AgencyChoice, agencyChoices } from "../model/summary";
import { type Notice, NoticeBar } from "./Notice";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  fieldset: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    margin: 0,
    minWidth: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  legend: { padding: `0 ${tokens.spacingHorizontalXS}` },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  list: { maxHeight: "280px", overflowY: "auto", display: "flex", flexDirection: "column" },
  agency: { display: "flex", flexDirection: "column", paddingLeft: "32px", marginTop: "-6px", marginBottom: tokens.spacingVerticalXS },
  label: { overflowWrap: "anywhere" },
  sheets: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
});

export interface SummaryViewProps {
  readonly lang: Lang;
  readonly table: TableState | null;
  readonly check: CheckResult | null;
  readonly disabled: boolean;
  readonly requirements: RequirementReport;
  readonly notice: Notice | null;
  readonly onGenerate: (choices: readonly AgencyChoice[], chosen: ReadonlySet<string>) => void;
  readonly onOpenSheet: (name: string) => void;
}

/** "Tạo bảng tổng hợp": choose the agencies that get their own task list, then write the sheets. */
export function SummaryView({ lang, table, check, disabled, requirements, notice, onGenerate, onOpenSheet }: SummaryViewProps) {
  const styles = useStyles();
  const choices = useMemo(() => (check ? agencyChoices(check.tasks) : []), [check]);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const offered = useRef<ReadonlySet<string>>(new Set());
  // All agencies are chosen by default. After a re-check (generating checks again first) the ticks stay as the
  // user left them; an agency not offered before comes in ticked.
  useEffect(() => {
    const before = offered.current;
    offered.current = new Set(choices.map((c) => c.key));
    setChosen((prev) => new Set(choices.filter((c) => !before.has(c.key) || prev.has(c.key)).map((c) => c.key)));
  }, [choices]);

  if (!table?.table) return <Body1 className={styles.muted}>{t(lang, "summaryNeedsTable")}</Body1>;

  const toggle = (key: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(key);
    else next.delete(key);
    setChosen(next);
  };

  return (
    <div className={styles.root}>
      <Body1>{t(lang, "summaryIntro")}</Body1>
      {!requirements.undoGroup ? <Caption1 className={styles.muted}>{t(lang, "noUndoNote")}</Caption1> : null}
      {check ? (
        choices.length === 0 ? (
          <Body1 className={styles.muted}>{t(lang, "noAgencies")}</Body1>
        ) : (
          <fieldset className={styles.fieldset}>
            <legend className={styles.legend}>
              <Caption1>{t(lang, "agenciesLegend")}</Caption1>
            </legend>
            <div className={styles.row}>
              <Button size="small" appearance="subtle" onClick={() => setChosen(new Set(choices.map((c) => c.key)))} disabled={disabled}>
                {t(lang, "selectAll")}
              </Button>
              <Button size="small" appearance="subtle" onClick={() => setChosen(new Set())} disabled={disabled}>
                {t(lang, "selectNone")}
              </Button>
              <Caption1 className={styles.muted} aria-live="polite">
                {t(lang, "chosenCount", choices.filter((c) => chosen.has(c.key)).length, choices.length)}
              </Caption1>
            </div>
            <div className={styles.list} data-testid="agencies">
              {choices.map((c) => (
                <div key={c.key}>
                  <Checkbox
                    checked={chosen.has(c.key)}
                    onChange={(_, d) => toggle(c.key, d.checked === true)}
                    label={<span className={styles.label}>{c.name}</span>}
                    disabled={disabled}
                  />
                  <div className={styles.agency}>
                    <Caption1 className={styles.muted}>
                      {t(lang, "agencyCounts", c.lead, c.support)}
                      {c.group ? ` · ${t(lang, "groupTag")}` : ""}
                    </Caption1>
                  </div>
                </div>
              ))}
            </div>
          </fieldset>
        )
      ) : null}
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => onGenerate(choices, chosen)} disabled={disabled || !check}>
          {t(lang, "generate")}
        </Button>
      </div>
      <NoticeBar notice={notice}>
        {notice?.sheets?.length ? (
          <ul className={styles.sheets} data-testid="written-sheets">
            {notice.sheets.map((s) => (
              <li key={s.name}>
                <Link as="button" onClick={() => onOpenSheet(s.name)} aria-label={t(lang, "openSheet", s.name)}>
                  {s.name}
                </Link>{" "}
                <Badge size="small" appearance="tint" color={s.replaced ? "informative" : "success"}>
                  {t(lang, s.replaced ? "sheetReplaced" : "sheetNew")}
                </Badge>
                {s.name !== s.spec ? <Caption1 className={styles.muted}> — {t(lang, "sheetRenamed", s.spec)}</Caption1> : null}
              </li>
            ))}
          </ul>
        ) : null}
      </NoticeBar>
    </div>
  );
}
