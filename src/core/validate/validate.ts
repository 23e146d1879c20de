import { cellAddress } from "../workbook/address";
import { CATALOG, fillTemplate, IssueCode, Lang, Severity } from "./catalog";
import { RULES } from "./rules";
import { rulePolicy, Settings } from "./settings";
import { Finding, RuleContext, ValidationIssue } from "./types";

export function formatMessage(code: IssueCode, lang: Lang, finding: Pick<Finding, "value" | "suggestion" | "values">): string {
  const d = CATALOG[code];
  const values = { value: finding.value, suggestion: finding.suggestion, ...(finding.values ?? {}) };
  let text = fillTemplate(d.message[lang], values);
  if (finding.suggestion && d.suggestion) text += ` ${fillTemplate(d.suggestion[lang], values)}`;
  return text;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Runs every enabled rule on one recognised table; issues come sorted by row, then severity. */
export function validateTable(file: string, ctx: RuleContext, settings: Settings = {}, lang: Lang = "vi"): ValidationIssue[] {
  const policy = rulePolicy(settings);
  const issues: ValidationIssue[] = [];
  const findings = RULES.flatMap((rule) => rule(ctx));
  // A cell showing an error value is reported once, as FORMULA_ERROR: what other rules would say about its
  // text ("#N/A" as a blank, "#REF!" as an unknown agency or an unreadable deadline) is not about the plan.
  const broken = new Set(findings.filter((f) => f.code === "FORMULA_ERROR").map((f) => `${f.row}:${f.col}`));
  for (const f of findings) {
    if (f.code !== "FORMULA_ERROR" && broken.has(`${f.row}:${f.col}`)) continue;
    if (!policy.enabled(f.code)) continue;
    issues.push({
      file,
      sheet: ctx.table.sheet,
      cell: cellAddress(f.row, f.col),
      row: f.row + 1,
      column: f.role,
      code: f.code,
      severity: policy.severity(f.code),
      message: formatMessage(f.code, lang, f),
      value: f.value,
      ...(f.suggestion ? { suggestion: f.suggestion } : {}),
    });
  }
  return issues.sort(
    (a, b) => (a.row ?? 0) - (b.row ?? 0) || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
}

/** The sheet the user pointed at has no plan table. */
export function noTableIssue(file: string, sheet: string, settings: Settings = {}, lang: Lang = "vi"): ValidationIssue | null {
  const policy = rulePolicy(settings);
  if (!policy.enabled("NO_TABLE")) return null;
  return {
    file,
    sheet,
    code: "NO_TABLE",
    severity: policy.severity("NO_TABLE"),
    message: formatMessage("NO_TABLE", lang, { value: sheet }),
    value: sheet,
  };
}

export interface IssueTotals {
  readonly tasks: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly byCode: Readonly<Partial<Record<IssueCode, number>>>;
}

export function totals(tasks: number, issues: ReadonlyArray<{ code: string; severity: Severity }>): IssueTotals {
  const byCode: Partial<Record<IssueCode, number>> = {};
  for (const i of issues) byCode[i.code as IssueCode] = (byCode[i.code as IssueCode] ?? 0) + 1;
  return {
    tasks,
    errors: issues.filter((i) => i.severity === "error").length,
    warnings: issues.filter((i) => i.severity === "warning").length,
    infos: issues.filter((i) => i.severity === "info").length,
    byCode,
  };
}
