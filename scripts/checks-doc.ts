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
    "can turn a check off or change its severity: `{ \"rules\": { \"MISSING_PRODUCT\": { \"enabled\": false }, \"NUMBERING\": { \"severity\": \"warning\" } } }`.",
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
      return [`### \`${c}\``, "", `- vi: ${d.message.vi}${d.suggestion ? ` ${d.suggestion.vi}` : ""}`, `- en: ${d.message.en}${d.suggestion ? ` ${d.suggestion.en}` : ""}`, ""];
    }),
  ];
  return lines.join("\n");
}

if (require.main === module) writeFileSync(join(__dirname, "..", "docs", "checks.md"), checksDoc());
