/**
 * Writes docs/checks.md from the issue catalog (src/core/validate/catalog.ts), so the reviewers' reference
 * and the engine's messages cannot drift apart. `npx tsx scripts/checks-doc.ts` (a test fails when stale).
 */
import { writeFileSync } from "fs";
import { join } from "path";
import { CATALOG, ISSUE_CODES } from "../src/core/validate/catalog";

export function checksDoc(): string {
  const lines = [
    "# Các kiểm tra / Checks",
    "",
    "Generated from `src/core/validate/catalog.ts` by `npx tsx scripts/checks-doc.ts` — edit the catalog, not this file.",
    "Severities are the defaults; a workbook's settings (the add-in's \"Cài đặt\") or `phuluc check --config FILE.json`",
    'can turn a check off or change its severity: `{ "rules": { "MISSING_PRODUCT": { "enabled": false }, "NUMBERING": { "severity": "warning" } } }`.',
    "",
    'A value quoted in a message (`{value}`, `{suggestion}`) longer than 120 characters is shortened to its first 120 and "…";',
    "the report's `value` field always holds the whole text as written.",
    "",
    "Contract note: a cell showing an error value (`#N/A`, `#REF!` …) is one `FORMULA_ERROR` (error) in that cell, and the",
    "other checks say nothing about the error's text there — so a lead of `#N/A`, once `MISSING_LEAD`, is now `FORMULA_ERROR`",
    "(still an error, exit 1). With `FORMULA_ERROR` turned off, the cell is judged as its text reads: `#N/A` is a placeholder,",
    "so a lead of `#N/A` is `MISSING_LEAD` again, and `#REF!` is an agency the directory does not know.",
    "",
    "| code | severity | Tiếng Việt | English |",
    "|---|---|---|---|",
    ...ISSUE_CODES.map((c) => {
      const d = CATALOG[c];
      return `| \`${c}\` | ${d.severity} | **${d.title.vi}** — ${d.explanation.vi} | **${d.title.en}** — ${d.explanation.en} |`;
    }),
    "",
    "## Messages / Thông điệp",
    "",
    ...ISSUE_CODES.flatMap((c) => {
      const d = CATALOG[c];
      const variants = Object.entries(d.variants ?? {}).flatMap(([name, t]) => [`- vi (${name}): ${t.vi}`, `- en (${name}): ${t.en}`]);
      return [
        `### \`${c}\``,
        "",
        `- vi: ${d.message.vi}${d.suggestion ? ` ${d.suggestion.vi}` : ""}`,
        `- en: ${d.message.en}${d.suggestion ? ` ${d.suggestion.en}` : ""}`,
        ...variants,
        "",
      ];
    }),
  ];
  return lines.join("\n");
}

if (require.main === module) writeFileSync(join(__dirname, "..", "docs", "checks.md"), checksDoc());
