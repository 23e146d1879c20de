/**
 * `npx tsx scripts/large-plan.ts [ROWS] [OUT.xlsx]`: a plan of ROWS task rows (default 10,000) for trying PhuLuc
 * at scale in real Excel (docs/excel-adapter.md, the 15-minute checklist). The Gia Lai sample's title and
 * header are kept; the first row of each of its tasks is repeated, renumbered, as one long appendix. Merges are
 * not copied, so leads and deadlines merged over several tasks are blank: 10,000 rows give about 18,000 issues,
 * which is the point (marking at Excel on the web's request limit).
 */
import ExcelJS from "exceljs";
import path from "path";
import { recognizeTable } from "../src/core/layout/recognize";
import { readWorkbookFile } from "../src/cli/xlsx/read";

async function main(): Promise<void> {
  const rows = Number(process.argv[2] ?? 10_000);
  const out = process.argv[3] ?? `ke-hoach-${rows}-dong.xlsx`;
  if (!Number.isInteger(rows) || rows < 1) throw new Error(`ROWS must be a positive whole number, not ${process.argv[2]}`);
  const sample = path.join(__dirname, "../samples/ke-hoach-cchc-gia-lai-2021.xlsx");
  const sheet = (await readWorkbookFile(sample)).data.sheets[0];
  const table = sheet && recognizeTable(sheet);
  if (!sheet || !table) throw new Error("the sample has no plan table");
  const headerEnd = Math.max(...table.headerRows, table.numberRow ?? -1);
  const text = (v: unknown) =>
    v === null || v === undefined
      ? null
      : v instanceof Date
        ? v.toLocaleDateString("vi-VN")
        : typeof v === "object"
          ? String((v as { error?: string }).error ?? "")
          : v;
  const tasks = table.tasks.map((t) => (sheet.rows[t.row] ?? []).map(text));
  const ttCol = table.columns.tt;

  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet(sheet.name);
  for (let r = 0; r <= headerEnd; r++) ws.addRow((sheet.rows[r] ?? []).map(text));
  for (let i = 0; i < rows; i++) {
    const row = [...(tasks[i % tasks.length] ?? [])];
    if (ttCol !== undefined) row[ttCol] = String(i + 1);
    ws.addRow(row);
  }
  await workbook.xlsx.writeFile(out);
  console.log(`${out}: ${rows} task rows (from ${tasks.length} of the sample's)`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
