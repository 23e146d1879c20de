import { cellAddress } from "../workbook/address";
import { Lang } from "../text/lang";
import { fill } from "../text/template";
import { CATALOG, IssueCode, Severity } from "./catalog";
import { errorValueIn, mentionsErrorValue } from "./cell-errors";
import { quoteForMessage } from "./quote";
import { RULES } from "./rules";
import { rulePolicy, Settings } from "./settings";
import { Finding, RuleContext, ValidationIssue } from "./types";

export function formatMessage(code: IssueCode, lang: Lang, finding: Pick<Finding, "value" | "suggestion" | "values" | "variant">): string {
  const d = CATALOG[code];
  const values = {
    value: quoteForMessage(finding.value),
    suggestion: finding.suggestion === undefined ? undefined : quoteForMessage(finding.suggestion),
    ...(finding.values ?? {}),
  };
  const template = (finding.variant ? d.variants?.[finding.variant] : undefined) ?? d.message;
  let text = fill(template[lang], values);
  if (finding.suggestion && d.suggestion) text += ` ${fill(d.suggestion[lang], values)}`;
  return text;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Runs every enabled rule on one recognised table; issues come sorted by row, then severity. */
export function validateTable(file: string, ctx: RuleContext, settings: Settings = {}, lang: Lang = "vi"): ValidationIssue[] {
  const policy = rulePolicy(settings);
  const issues: ValidationIssue[] = [];
  const findings = RULES.flatMap((rule) => rule(ctx));
  const broken = policy.enabled("FORMULA_ERROR") ? brokenCells(ctx) : new Set<string>();
  for (const f of findings) {
    if (!policy.enabled(f.code)) continue;
    // A cell showing an error value is reported once, as FORMULA_ERROR: what other rules say about the error's
    // text ("#N/A" as a blank lead, "#REF!" as an unknown agency or an unreadable deadline) is not about the
    // plan. What they say about the rest of the cell (a real unknown agency on the line above) still stands.
    if (f.code !== "FORMULA_ERROR" && broken.has(`${f.row}:${f.col}`) && (f.value.trim() === "" || mentionsErrorValue(f.value))) continue;
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
  return issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/**
 * The task cells (row of the task, column of the role: where other rules point) whose text shows an error value.
 * Only while FORMULA_ERROR is on: with it off, an error cell is judged as its text reads — "#N/A" is a
 * placeholder, so a lead of "#N/A" is a missing lead, and "#REF!" is an agency no directory knows.
 */
function brokenCells(ctx: RuleContext): Set<string> {
  const cells = new Set<string>();
  for (const t of ctx.tasks)
    for (const role of ["tt", "task", "product", "lead", "support", "deadline"] as const) {
      const col = ctx.table.columns[role as "task"];
      if (col !== undefined && errorValueIn(t.task[role])) cells.add(`${t.task.row}:${col}`);
    }
  return cells;
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
