import { ReactNode, useEffect, useMemo, useState } from "react";
import {
  Body1,
  Body1Strong,
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
  Subtitle2,
  Switch,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { formatPlanPeriod } from "../../core/plan/period";
import { CATALOG, ISSUE_CODES, IssueCode, Severity } from "../../core/validate/catalog";
import type { AddinSettings, LoadedSettings } from "../../excel";
import type { TableState } from "../actions";
import { type Lang, type StringKey, t } from "../i18n";
import { FormErrors, fromForm, hasErrors, nextAgencyId, sameForm, SettingsForm, toForm, validateForm } from "../model/settings-form";
import { type Notice, NoticeBar } from "./Notice";

const SEVERITY_LABEL: Record<Severity, StringKey> = { error: "sevError", warning: "sevWarning", info: "sevInfo" };

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  rules: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  rule: {
    display: "grid",
    gridTemplateColumns: "1fr auto",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  ruleText: { gridColumn: "1 / span 2", color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  switchLabel: { overflowWrap: "anywhere" },
  severity: { minWidth: "7.5em" },
  agency: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  agencyHead: { display: "flex", justifyContent: "space-between", alignItems: "center" },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
    position: "sticky",
    bottom: 0,
    padding: `${tokens.spacingVerticalS} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
});

export interface SettingsViewProps {
  readonly lang: Lang;
  readonly loaded: LoadedSettings | null;
  readonly value: AddinSettings | null;
  readonly table: TableState | null;
  readonly agencySheet: string | null;
  readonly disabled: boolean;
  readonly notice: Notice | null;
  readonly onSave: (value: AddinSettings) => Promise<AddinSettings | undefined>;
  readonly onReset: () => void;
  readonly details: ReactNode;
}

/** "Cài đặt": plan period, rules, the user's agencies — stored in the workbook. */
export function SettingsView({ lang, loaded, value, table, agencySheet, disabled, notice, onSave, onReset, details }: SettingsViewProps) {
  const styles = useStyles();
  const initial = useMemo(() => (value ? toForm(value) : null), [value]);
  const [form, setForm] = useState<SettingsForm | null>(initial);
  const [showErrors, setShowErrors] = useState(false);
  useEffect(() => {
    setForm(initial);
    setShowErrors(false);
  }, [initial]);

  if (!loaded || !form || !initial) return <Spinner size="tiny" label={t(lang, "loadingSettings")} labelPosition="after" />;

  const errors: FormErrors = validateForm(form);
  // The period is checked as it is typed; agency rows once the user tries to save (a new row starts blank).
  const visible: FormErrors = {
    ...(errors.planPeriod ? { planPeriod: errors.planPeriod } : {}),
    agencies: showErrors ? errors.agencies : {},
  };
  const dirty = !sameForm(form, initial);
  const detected = table?.table?.planPeriod && table.table.planPeriodSource !== "user" ? formatPlanPeriod(table.table.planPeriod) : null;

  const setRule = (code: IssueCode, patch: Partial<{ enabled: boolean; severity: Severity }>) =>
    setForm({ ...form, rules: { ...form.rules, [code]: { ...form.rules[code], ...patch } } });
  const setAgency = (id: number, patch: Partial<{ canonical: string; aliases: string }>) =>
    setForm({ ...form, agencies: form.agencies.map((a) => (a.id === id ? { ...a, ...patch } : a)) });

  const save = async () => {
    const r = fromForm(form);
    if (!r.ok) {
      setShowErrors(true);
      return;
    }
    await onSave(r.value);
  };

  return (
    <form
      className={styles.root}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      noValidate
    >
      <Body1 className={styles.muted}>{t(lang, "settingsIntro")}</Body1>
      {loaded.status === "invalid" ? (
        <MessageBar intent="warning" layout="multiline" data-testid="settings-invalid">
          <MessageBarBody>
            <MessageBarTitle>{t(lang, "settingsInvalidStored")}</MessageBarTitle>
            <Caption1>{loaded.problems.slice(0, 3).join("; ")}</Caption1>
            <div>
              <Button size="small" onClick={onReset} disabled={disabled}>
                {t(lang, "resetSettings")}
              </Button>
            </div>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <NoticeBar notice={notice} />

      <section className={styles.section}>
        <Field
          label={t(lang, "planPeriod")}
          hint={`${t(lang, "planPeriodHint")}${detected ? ` ${t(lang, "planPeriodDetected", detected)}` : ""}`}
          validationState={visible.planPeriod ? "error" : "none"}
          validationMessage={visible.planPeriod ? t(lang, visible.planPeriod) : undefined}
        >
          <Input
            value={form.planPeriod}
            placeholder={detected ?? "2021"}
            onChange={(_, d) => setForm({ ...form, planPeriod: d.value })}
            disabled={disabled}
          />
        </Field>
      </section>

      <section className={styles.section} aria-labelledby="phuluc-rules">
        <Subtitle2 as="h2" id="phuluc-rules" className={styles.heading}>
          {t(lang, "rules")}
        </Subtitle2>
        <Caption1 className={styles.muted}>{t(lang, "rulesHint")}</Caption1>
        <ul className={styles.rules}>
          {ISSUE_CODES.map((code) => {
            const def = CATALOG[code];
            const rule = form.rules[code];
            const title = def.title[lang];
            return (
              <li key={code} className={styles.rule}>
                <Switch
                  checked={rule.enabled}
                  onChange={(_, d) => setRule(code, { enabled: d.checked })}
                  label={<span className={styles.switchLabel}>{title}</span>}
                  aria-label={t(lang, "ruleEnabled", title)}
                  disabled={disabled}
                />
                <Select
                  className={styles.severity}
                  size="small"
                  value={rule.severity}
                  onChange={(_, d) => setRule(code, { severity: d.value as Severity })}
                  aria-label={t(lang, "ruleSeverity", title)}
                  disabled={disabled || !rule.enabled}
                >
                  {(["error", "warning", "info"] as const).map((s) => (
                    <option key={s} value={s}>
                      {t(lang, SEVERITY_LABEL[s])}
                      {s === def.severity ? ` (${t(lang, "ruleDefault")})` : ""}
                    </option>
                  ))}
                </Select>
                <Caption1 className={styles.ruleText}>
                  {code} — {def.explanation[lang]}
                </Caption1>
              </li>
            );
          })}
        </ul>
      </section>

      <section className={styles.section} aria-labelledby="phuluc-agencies">
        <Subtitle2 as="h2" id="phuluc-agencies" className={styles.heading}>
          {t(lang, "userAgencies")}
        </Subtitle2>
        <Caption1 className={styles.muted}>{t(lang, "userAgenciesHint")}</Caption1>
        {agencySheet ? <Caption1 className={styles.muted}>{t(lang, "agencySheetNote")}</Caption1> : null}
        {form.agencies.length === 0 ? <Body1 className={styles.muted}>{t(lang, "noUserAgencies")}</Body1> : null}
        {form.agencies.map((a, index) => {
          const err = visible.agencies[a.id];
          const label = a.canonical.trim() || String(index + 1);
          return (
            <div key={a.id} className={styles.agency} role="group" aria-label={t(lang, "agencyRow", label)}>
              <div className={styles.agencyHead}>
                <Body1Strong>{t(lang, "agencyRow", index + 1)}</Body1Strong>
                <Button
                  size="small"
                  appearance="subtle"
                  onClick={() => setForm({ ...form, agencies: form.agencies.filter((x) => x.id !== a.id) })}
                  aria-label={t(lang, "removeAgencyLabel", label)}
                  disabled={disabled}
                >
                  {t(lang, "removeAgency")}
                </Button>
              </div>
              <Field
                label={t(lang, "agencyName")}
                validationState={err ? "error" : "none"}
                validationMessage={err ? t(lang, err) : undefined}
                required
              >
                <Input value={a.canonical} onChange={(_, d) => setAgency(a.id, { canonical: d.value })} disabled={disabled} />
              </Field>
              <Field label={t(lang, "agencyAliases")}>
                <Textarea
                  value={a.aliases}
                  rows={2}
                  resize="vertical"
                  onChange={(_, d) => setAgency(a.id, { aliases: d.value })}
                  disabled={disabled}
                />
              </Field>
            </div>
          );
        })}
        <div>
          <Button
            size="small"
            onClick={() => setForm({ ...form, agencies: [...form.agencies, { id: nextAgencyId(form), canonical: "", aliases: "" }] })}
            disabled={disabled}
          >
            {t(lang, "addAgency")}
          </Button>
        </div>
      </section>

      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={disabled || !dirty}>
          {t(lang, "save")}
        </Button>
        <Button onClick={() => setForm(initial)} disabled={disabled || !dirty}>
          {t(lang, "revert")}
        </Button>
        {dirty ? <Caption1 className={styles.muted}>{hasErrors(errors) ? t(lang, "formHasErrors") : t(lang, "unsaved")}</Caption1> : null}
      </div>

      {details ? (
        <section className={styles.section} aria-labelledby="phuluc-about">
          <Subtitle2 as="h2" id="phuluc-about" className={styles.heading}>
            {t(lang, "aboutHost")}
          </Subtitle2>
          {details}
        </section>
      ) : null}
    </form>
  );
}
