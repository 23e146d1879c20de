/**
 * Checks a transcribed plan file (test/fixtures/real/FORMAT.md) for form only — the schema, merges inside the
 * sheet, every expected task row holding task text — WITHOUT running PhuLuc's reading on it, so a transcriber can
 * check their work before the first run. Run: npx tsx scripts/validate-fixture.ts test/fixtures/heldout/x.json
 */
import { readFileSync } from "fs";
import { basename } from "path";
import { realPlanSchema, toSheetData } from "../test/fixtures/real/fixture";
import { parseCellAddress } from "../src/core/workbook/address";
import { Grid } from "../src/core/workbook/grid";

function problemsOf(file: string): string[] {
  const out: string[] = [];
  const parsed = realPlanSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) return parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  const plan = parsed.data;
  if (`${plan.id}.json` !== basename(file)) out.push(`id "${plan.id}" is not the file name`);
  for (const s of plan.sheets) {
    const width = Math.max(0, ...s.rows.map((r) => r.length));
    const data = toSheetData(s);
    for (const m of data.merges)
      if (m.bottom >= s.rows.length || m.right >= width) out.push(`${s.name}: merge outside the rows given (${JSON.stringify(m)})`);
    const grid = new Grid(data);
    for (const t of s.tables) {
      const col = parseCellAddress(`${t.columns.task}1`)?.col;
      if (col === undefined) {
        out.push(`${s.name}: bad task column ${t.columns.task}`);
        continue;
      }
      if (t.headerRow > s.rows.length) out.push(`${s.name}: headerRow ${t.headerRow} beyond the rows`);
      for (const task of t.tasks) {
        const text = [col, col - 1].map((c) => (c >= 0 ? grid.shownText(task.row - 1, c) : "")).find((v) => v.trim() !== "");
        if (text === undefined) out.push(`${s.name}: task row ${task.row} has no task text in column ${t.columns.task}`);
        if (task.row <= t.headerRow) out.push(`${s.name}: task row ${task.row} is not below the header`);
      }
    }
  }
  return out;
}

let bad = 0;
for (const file of process.argv.slice(2)) {
  const problems = problemsOf(file);
  bad += problems.length;
  process.stdout.write(problems.length ? `${file}:\n${problems.map((p) => `  - ${p}`).join("\n")}\n` : `${file}: ok\n`);
}
process.exitCode = bad ? 1 : 0;
