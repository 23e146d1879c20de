// The settings form: what the user edits (plain strings and flags) and the AddinSettings it stands for.
// Validation happens here for messages next to each field, and again in saveAddinSettings (zod) at the boundary.
import { CATALOG, ISSUE_CODES, IssueCode, Severity } from "../../core/validate/catalog";
import { formatPlanPeriod, parsePlanPeriod } from "../../core/plan/period";
import type { Settings } from "../../core/validate/settings";
import { addinSettingsSchema } from "../../excel/settings-store";
import type { AddinSettings, UserAgency } from "../../excel/settings-store";
import type { StringKey } from "../i18n";

export interface RuleRow {
  readonly enabled: boolean;
  readonly severity: Severity;
}

export interface AgencyRow {
  /** Stable id for React keys and labels. */
  readonly id: number;
  readonly canonical: string;
  /** Other names separated by ";" or line breaks (agency names may contain commas). */
  readonly aliases: string;
  readonly kind?: UserAgency["kind"];
  readonly level?: UserAgency["level"];
}

export interface SettingsForm {
  readonly planPeriod: string;
  readonly rules: Readonly<Record<IssueCode, RuleRow>>;
  readonly agencies: readonly AgencyRow[];
}

export interface FormErrors {
  planPeriod?: StringKey;
  /** By agency row id. */
  agencies: Record<number, StringKey>;
}

export function splitAliases(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of text.split(/[;\n]/)) {
    const a = part.replace(/\s+/g, " ").trim();
    if (!a || seen.has(a.toLowerCase())) continue;
    seen.add(a.toLowerCase());
    out.push(a);
  }
  return out;
}

export function toForm(value: AddinSettings): SettingsForm {
  const rules = {} as Record<IssueCode, RuleRow>;
  for (const code of ISSUE_CODES) {
    const r = value.settings.rules?.[code];
    rules[code] = { enabled: r?.enabled ?? true, severity: r?.severity ?? CATALOG[code].severity };
  }
  return {
    planPeriod: value.settings.planPeriod ?? "",
    rules,
    agencies: value.userAgencies.map((a, i) => ({
      id: i + 1,
      canonical: a.canonical,
      aliases: a.aliases.join("; "),
      ...(a.kind ? { kind: a.kind } : {}),
      ...(a.level ? { level: a.level } : {}),
    })),
  };
}

export function nextAgencyId(form: SettingsForm): number {
  return form.agencies.reduce((m, a) => Math.max(m, a.id), 0) + 1;
}

/** The plan period as stored ("2021", "2021–2025"), or null when the text is not a valid period. */
export function normalisePeriod(text: string): string | null {
  const p = parsePlanPeriod(text);
  return p ? formatPlanPeriod(p) : null;
}

export function validateForm(form: SettingsForm): FormErrors {
  const errors: FormErrors = { agencies: {} };
  if (form.planPeriod.trim() && normalisePeriod(form.planPeriod) === null) errors.planPeriod = "planPeriodInvalid";
  const seen = new Map<string, number>();
  for (const a of form.agencies) {
    const key = a.canonical.replace(/\s+/g, " ").trim().toLowerCase();
    if (!key) errors.agencies[a.id] = "agencyNameMissing";
    else if (seen.has(key)) errors.agencies[a.id] = "agencyDuplicate";
    else seen.set(key, a.id);
  }
  return errors;
}

export function hasErrors(e: FormErrors): boolean {
  return e.planPeriod !== undefined || Object.keys(e.agencies).length > 0;
}

/** The settings the form stands for: only what differs from the defaults is stored. */
export function fromForm(form: SettingsForm): { ok: true; value: AddinSettings } | { ok: false; errors: FormErrors } {
  const errors = validateForm(form);
  if (hasErrors(errors)) return { ok: false, errors };
  const rules: NonNullable<Settings["rules"]> = {};
  for (const code of ISSUE_CODES) {
    const r = form.rules[code];
    const entry: { enabled?: boolean; severity?: Severity } = {};
    if (!r.enabled) entry.enabled = false;
    if (r.severity !== CATALOG[code].severity) entry.severity = r.severity;
    if (Object.keys(entry).length) rules[code] = entry;
  }
  const period = form.planPeriod.trim() ? normalisePeriod(form.planPeriod) : null;
  const settings: Settings = {
    ...(Object.keys(rules).length ? { rules } : {}),
    ...(period ? { planPeriod: period } : {}),
  };
  const userAgencies: UserAgency[] = form.agencies.map((a) => ({
    canonical: a.canonical.replace(/\s+/g, " ").trim(),
    aliases: splitAliases(a.aliases),
    ...(a.kind ? { kind: a.kind } : {}),
    ...(a.level ? { level: a.level } : {}),
  }));
  const checked = addinSettingsSchema.safeParse({ version: 1, settings, userAgencies });
  if (!checked.success) {
    // The form checks mirror the schema; anything else (e.g. a name over 300 characters) lands on its row.
    const out: FormErrors = { agencies: {} };
    for (const issue of checked.error.issues) {
      if (issue.path[0] === "userAgencies" && typeof issue.path[1] === "number") {
        const row = form.agencies[issue.path[1]];
        if (row) out.agencies[row.id] = "agencyNameMissing";
      } else out.planPeriod = "planPeriodInvalid";
    }
    return { ok: false, errors: out };
  }
  return { ok: true, value: checked.data };
}

export function sameForm(a: SettingsForm, b: SettingsForm): boolean {
  const strip = (f: SettingsForm) => ({ ...f, agencies: f.agencies.map(({ id: _id, ...rest }) => rest) });
  return JSON.stringify(strip(a)) === JSON.stringify(strip(b));
}
