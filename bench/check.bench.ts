/**
 * The whole check on a large plan: recognise the table, read every agency and deadline cell, validate,
 * summarise. Real appendices have tens to a few hundred tasks; a ministry's consolidated plan can reach a
 * few thousand. Targets (on this project's 2-core CI machine): 5,000 tasks checked within 5 s, and the
 * heap growing by less than 400 MB — comfortably inside what Excel on the web's task pane can afford.
 *
 *   npx tsx bench/check.bench.ts      (or: npm run bench)
 */
import { createDirectory, looksLegacyEncoded } from "../src/core/agency";
import { checkTable } from "../src/core/check/check-table";
import { createCellReaders } from "../src/core/check/readers";
import { recognizeTable } from "../src/core/layout/recognize";
import { summarize } from "../src/core/summary";
import { CellValue, SheetData } from "../src/core/workbook/model";

const TASKS = 5000;
const TARGET_MS = 5000;
const TARGET_HEAP_MB = 400;

const LEADS = ["Sở Nội vụ", "Sở Tư pháp", "Sở Thông tin và TT", "Văn phòng UBND tỉnh", "Các sở, ban, ngành", "Sở KH&ĐT"];
const SUPPORTS = ["Các Sở, ban, ngành; UBND cấp huyện", "Các sở: Tư pháp, Tài nguyên và MT; UBND cấp huyện", "Sở Tài chính"];
const DEADLINES = [
  "Quý IV năm 2021",
  "Trước 31/12 năm báo cáo",
  "Hằng năm",
  "Tháng 6/2022",
  "Sau khi có hướng dẫn của Bộ",
  "Quí II, III năm 2023",
];

function bigPlan(): SheetData {
  const rows: CellValue[][] = [
    ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH GIAI ĐOẠN 2021 - 2025"],
    [],
    ["TT", "Nhiệm vụ", "Sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
  ];
  for (let i = 0; i < TASKS; i++) {
    if (i % 50 === 0) rows.push([`${["I", "II", "III", "IV", "V"][(i / 50) % 5]}. Mục ${i / 50 + 1}`]);
    rows.push([
      String((i % 50) + 1),
      `Nhiệm vụ số ${i + 1}: rà soát, đánh giá thủ tục hành chính lĩnh vực ${i}`,
      "Báo cáo",
      LEADS[i % LEADS.length]!,
      SUPPORTS[i % SUPPORTS.length]!,
      DEADLINES[i % DEADLINES.length]!,
    ]);
  }
  return { name: "Phụ lục", rows, merges: [] };
}

function main(): void {
  const sheet = bigPlan();
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const start = performance.now();
  const table = recognizeTable(sheet);
  if (!table) throw new Error("no table");
  const checked = checkTable("bench.xlsx", table, { readers: createCellReaders(createDirectory()), looksLegacy: looksLegacyEncoded });
  summarize(checked.tasks, table.planPeriod);
  const ms = performance.now() - start;
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
  const ok = ms <= TARGET_MS && heapMb <= TARGET_HEAP_MB;
  console.log(`check: ${table.tasks.length} tasks, ${checked.issues.length} issues`);
  console.log(`  time  ${ms.toFixed(0)} ms  (target ≤ ${TARGET_MS} ms, ${((table.tasks.length / ms) * 1000).toFixed(0)} tasks/s)`);
  console.log(`  heap  +${heapMb.toFixed(0)} MB (target ≤ ${TARGET_HEAP_MB} MB)`);
  console.log(ok ? "  within targets" : "  OUTSIDE TARGETS");
  if (!ok) process.exitCode = 1;
}

main();
