// The problem list as the pane shows it: counts, filters, and groups by severity then code.
import { CATALOG, IssueCode, Lang, Severity } from "../../core/validate/catalog";
import type { ValidationIssue } from "../../core/validate/types";
import { parseCellAddress } from "../../core/workbook/address";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export interface IssueFilter {
  /** Severities shown; all when empty. */
  readonly severities: readonly Severity[];
  /** One code, or null for all. */
  readonly code: IssueCode | null;
  /** Free text: matched against the cell, code, title, message and value, ignoring case and diacritics. */
  readonly text: string;
}

export const NO_FILTER: IssueFilter = { severities: [], code: null, text: "" };

export function isFiltered(f: IssueFilter): boolean {
  return f.severities.length > 0 || f.code !== null || f.text.trim() !== "";
}

export type SeverityCounts = Record<Severity, number>;

export function countBySeverity(issues: readonly ValidationIssue[]): SeverityCounts {
  const out: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const i of issues) out[i.severity]++;
  return out;
}

/** Lower case, no diacritics, đ → d: what a search box should ignore. */
export function fold(text: string): string {
  return text.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/\s+/g, " ").trim();
}

export function issueTitle(code: IssueCode, lang: Lang): string {
  return CATALOG[code]?.title[lang] ?? code;
}

export function filterIssues(issues: readonly ValidationIssue[], filter: IssueFilter, lang: Lang): ValidationIssue[] {
  const words = fold(filter.text).split(" ").filter(Boolean);
  return issues.filter((i) => {
    if (filter.severities.length && !filter.severities.includes(i.severity)) return false;
    if (filter.code && i.code !== filter.code) return false;
    if (!words.length) return true;
    const hay = fold([i.cell ?? "", i.code, issueTitle(i.code, lang), i.message, i.value ?? "", i.suggestion ?? ""].join(" "));
    return words.every((w) => hay.includes(w));
  });
}

export interface CodeGroup {
  readonly code: IssueCode;
  readonly title: string;
  readonly issues: readonly ValidationIssue[];
}

export interface SeverityGroup {
  readonly severity: Severity;
  readonly count: number;
  readonly codes: readonly CodeGroup[];
}

function position(i: ValidationIssue): [number, number] {
  const a = i.cell ? parseCellAddress(i.cell) : null;
  return a ? [a.row, a.col] : [-1, -1];
}

/** Severity (errors first) → code (most frequent first, then catalog order) → issues in sheet order. */
export function groupIssues(issues: readonly ValidationIssue[], lang: Lang): SeverityGroup[] {
  const order = Object.keys(CATALOG) as IssueCode[];
  const out: SeverityGroup[] = [];
  for (const severity of SEVERITIES) {
    const mine = issues.filter((i) => i.severity === severity);
    if (!mine.length) continue;
    const byCode = new Map<IssueCode, ValidationIssue[]>();
    for (const i of mine) {
      const list = byCode.get(i.code) ?? [];
      list.push(i);
      byCode.set(i.code, list);
    }
    const codes = [...byCode.entries()]
      .map(([code, list]) => ({
        code,
        title: issueTitle(code, lang),
        issues: [...list].sort((a, b) => {
          const [ar, ac] = position(a);
          const [br, bc] = position(b);
          return ar - br || ac - bc;
        }),
      }))
      .sort((a, b) => b.issues.length - a.issues.length || order.indexOf(a.code) - order.indexOf(b.code));
    out.push({ severity, count: mine.length, codes });
  }
  return out;
}

/** The codes present, for the code filter, in catalog order with their counts. */
export function codesPresent(issues: readonly ValidationIssue[], lang: Lang): Array<{ code: IssueCode; title: string; count: number }> {
  const counts = new Map<IssueCode, number>();
  for (const i of issues) counts.set(i.code, (counts.get(i.code) ?? 0) + 1);
  return (Object.keys(CATALOG) as IssueCode[])
    .filter((c) => counts.has(c))
    .map((code) => ({ code, title: issueTitle(code, lang), count: counts.get(code) ?? 0 }));
}

/** A stable key for an issue row (React key, focus restore). */
export function issueKey(i: ValidationIssue): string {
  return `${i.sheet}!${i.cell ?? ""}#${i.code}#${i.value ?? ""}`;
}
