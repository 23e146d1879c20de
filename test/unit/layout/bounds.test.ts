import { AgencyDirectory, createDirectory, parseAgencyCell } from "../../../src/core/agency";
import { recognizeTables } from "../../../src/core/layout/recognize";
import { reportTable } from "../../../src/core/report/build";
import { Grid } from "../../../src/core/workbook/grid";
import { CellValue, MergedArea, SheetData } from "../../../src/core/workbook/model";
import { runEngine } from "../fuzz/engine";

/**
 * No cell or merge makes the engine slow. Work is asserted where it can be counted (index entries, directory
 * lookups and the characters they are handed); time only as CPU time of this process (process.cpuUsage: other
 * jest workers on a loaded 2-core machine do not add to it), with bounds at least five times what the work
 * takes idle (measured figures: docs/layout.md, "Bounds").
 */

const HEADER = ["TT", "Nhiệm vụ", "Sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"];
const MAX = 32_767;
const fill = (unit: string) => unit.repeat(Math.ceil(MAX / unit.length)).slice(0, MAX);
const plan = (rows: number, extra: (i: number) => CellValue[] = () => []): CellValue[][] => [
  HEADER,
  ...Array.from({ length: rows }, (_, i) => [String(i + 1), `Nhiệm vụ ${i + 1}`, "Báo cáo", "Sở Tư pháp", "", "Quý IV/2025", ...extra(i)]),
];
/** CPU milliseconds f takes (this process only). */
const timed = <T>(f: () => T): { value: T; ms: number } => {
  const start = process.cpuUsage();
  const value = f();
  const used = process.cpuUsage(start);
  return { value, ms: (used.user + used.system) / 1000 };
};

/** A directory that counts the work it is asked for: calls, and the characters of the names handed to it. */
function countingDirectory(): { directory: AgencyDirectory; work: { calls: number; chars: number } } {
  const inner = createDirectory([]);
  const work = { calls: 0, chars: 0 };
  const count = (name: string) => {
    work.calls++;
    work.chars += name.length;
  };
  const directory: AgencyDirectory = {
    lookup: (name) => (count(name), inner.lookup(name)),
    nearest: (name) => (count(name), inner.nearest(name)),
    successorsOf: (c) => inner.successorsOf(c),
    get: (c) => inner.get(c),
    all: () => inner.all(),
    memoFootprint: () => inner.memoFootprint(),
  };
  return { directory, work };
}

describe("merged areas are indexed, never expanded", () => {
  test("a merge over the whole sheet costs the data's width, not 1,048,576 × 16,384 cells", () => {
    const whole: MergedArea = { top: 0, left: 0, bottom: 1_048_575, right: 16_383 };
    const grid = new Grid({ name: "S", rows: plan(2_000), merges: [whole] });
    expect(grid.colCount).toBe(6);
    // A tall area is listed once per data column.
    expect(grid.mergeIndexSize).toBe(6);
    expect(grid.area(1_500, 3)).toBe(whole);
  });

  test("1,000 merged areas on each of 100 rows: one entry per area, every lookup right", () => {
    const merges: MergedArea[] = [];
    for (let r = 1; r <= 100; r++) for (let k = 0; k < 1_000; k++) merges.push({ top: r, left: 6 + 2 * k, bottom: r, right: 7 + 2 * k });
    const rows = plan(100, () => Array.from({ length: 2_000 }, (_, c) => (c % 2 === 0 ? "x" : null)));
    const grid = new Grid({ name: "S", rows, merges });
    expect(grid.mergeIndexSize).toBe(100_000);
    expect(grid.area(50, 6 + 2 * 400 + 1)).toEqual({ top: 50, left: 806, bottom: 50, right: 807 });
    const { value, ms } = timed(() => recognizeTables({ name: "S", rows, merges }));
    expect(value[0]?.tasks).toHaveLength(100);
    // About 0.1 s of CPU time idle.
    expect(ms).toBeLessThan(2_000);
  });

  test("overlapping, inverted and out-of-range merges (hostile files) are answered, never thrown on", () => {
    const merges: MergedArea[] = [
      { top: 1, left: 1, bottom: 3, right: 3 },
      { top: 2, left: 2, bottom: 5, right: 5 },
      { top: 4, left: 4, bottom: 2, right: 2 },
      { top: 2_000_000, left: 0, bottom: 2_000_001, right: 1 },
      { top: 1, left: 1, bottom: 3, right: 3 },
    ];
    const grid = new Grid({ name: "S", rows: plan(6), merges });
    expect(grid.area(2, 2)).toBe(merges[0]);
    expect(grid.area(5, 5)).toBe(merges[1]);
    expect(grid.mergeIndexSize).toBe(3 + 4);
  });
});

describe("huge cells and wide sheets are read in bounded time", () => {
  const cases: Array<[string, (rows: CellValue[][]) => void]> = [
    [
      "a 32,767-character agency cell",
      (rows) => ((rows[1] as CellValue[])[3] = fill("Sở Tư pháp, Sở Nội vụ và UBND các huyện, thị xã, thành phố; ")),
    ],
    ["a 32,767-character run of 'x, '", (rows) => ((rows[1] as CellValue[])[4] = fill("x, "))],
    ["a 32,767-character list head run", (rows) => ((rows[1] as CellValue[])[3] = `Các Cục: ${fill("Quản lý chất lượng, ")}`)],
    ["a 32,767-character run of 'Sở '", (rows) => ((rows[1] as CellValue[])[3] = fill("Sở "))],
    [
      "a 32,767-character run of an unlisted body joined by 'và'",
      (rows) => ((rows[1] as CellValue[])[4] = fill("Cục Tiền lương và Bảo hiểm ")),
    ],
    ["a 32,767-character deadline cell", (rows) => ((rows[1] as CellValue[])[5] = fill("Quý IV năm 2025; trước 31/12/2025, hằng năm; "))],
    ["a 32,767-character task cell", (rows) => ((rows[1] as CellValue[])[1] = fill("1. Rà soát, sửa đổi văn bản. - a) Thực hiện "))],
  ];
  test.each(cases)("%s: the table is read within 1 s of CPU time (at most 0.2 s idle)", (_, put) => {
    const rows = plan(3);
    put(rows);
    const sheet: SheetData = { name: "S", rows, merges: [] };
    const { value, ms } = timed(() => runEngine({ name: "f.xlsx", sheets: [sheet] }));
    expect(value.tables).toBe(1);
    expect(value.report.tasks).toHaveLength(3);
    expect(ms).toBeLessThan(1_000);
  });

  test.each([
    ["", "Cục Tiền lương và Bảo hiểm "],
    ["", "Sở "],
    ["", "Sở Tư pháp, Sở Nội vụ và UBND các huyện; "],
    ["Các Cục: ", "Quản lý chất lượng, "],
  ])("an agency cell '%s%s…' four times longer asks the directory about four times as much, not sixteen (linear)", (head, unit) => {
    const work = (n: number) => {
      const { directory, work: w } = countingDirectory();
      parseAgencyCell(head + unit.repeat(n), directory);
      return w;
    };
    const small = work(300);
    const large = work(1_200);
    expect(small.calls).toBeGreaterThan(300);
    expect(large.calls).toBeLessThan(small.calls * 5);
    expect(large.chars).toBeLessThan(small.chars * 5);
  });

  test("16,000 columns on every row of a 200-row plan: read within 2 s of CPU time (about 0.1 s idle)", () => {
    const rows = plan(200, (i) => Array.from({ length: 16_000 }, (_, c) => (c % 97 === i % 97 ? `ô ${c}` : null)));
    const { value, ms } = timed(() => recognizeTables({ name: "S", rows, merges: [] }));
    expect(value[0]?.tasks).toHaveLength(200);
    expect(ms).toBeLessThan(2_000);
  });

  test("a sheet of 5,000 repeated header rows (no task) is not re-read once per row (about 25 ms of CPU time idle)", () => {
    const rows = Array.from({ length: 5_000 }, () => HEADER);
    const { value, ms } = timed(() => recognizeTables({ name: "S", rows, merges: [] }));
    expect(value).toEqual([]);
    expect(ms).toBeLessThan(1_000);
  });
});

describe("every table on a sheet", () => {
  const task = (n: number, lead: string) => [String(n), `Nhiệm vụ ${n}`, "Báo cáo", lead, "", "Quý IV/2025"];
  test("two tables side by side, one blank column apart: both found, each its own range, no cell bleeds", () => {
    const rows: CellValue[][] = [
      ["PHỤ LỤC I", null, null, null, null, null, null, "PHỤ LỤC II"],
      [...HEADER, null, ...HEADER],
      [...task(1, "Sở Tư pháp"), null, ...task(1, "")],
      [...task(2, "Sở Nội vụ"), null, ...task(2, "Sở Tài chính")],
      [null, null, null, null, null, null, null, ...task(3, "Sở Y tế")],
    ];
    const tables = recognizeTables({ name: "P", rows, merges: [] });
    expect(tables.map((t) => reportTable(t).range)).toEqual(["A2:F4", "H2:M5"]);
    expect(tables[0]?.tasks.map((t) => t.lead)).toEqual(["Sở Tư pháp", "Sở Nội vụ"]);
    expect(tables[1]?.tasks.map((t) => t.lead)).toEqual(["", "Sở Tài chính", "Sở Y tế"]);
    expect(tables.flatMap((t) => t.extras)).toEqual([]);
    // The right table's missing lead is checked like any other.
    const run = runEngine({ name: "f.xlsx", sheets: [{ name: "P", rows, merges: [] }] });
    expect(run.report.files[0]?.sheets[0]?.tables?.map((t) => t.range)).toEqual(["A2:F4", "H2:M5"]);
    expect(run.report.issues.filter((i) => i.code === "MISSING_LEAD").map((i) => i.cell)).toEqual(["K3"]);
  });

  test("two tables touching (no blank column): a second TT starts the second table", () => {
    const rows: CellValue[][] = [
      [...HEADER, ...HEADER],
      [...task(1, "Sở Tư pháp"), ...task(1, "Sở Nội vụ")],
    ];
    const tables = recognizeTables({ name: "P", rows, merges: [] });
    expect(tables.map((t) => reportTable(t).range)).toEqual(["A1:F2", "G1:L2"]);
  });

  test("a progress column beside the deadline stays in the one table", () => {
    const rows: CellValue[][] = [
      ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành", "Tiến độ thực hiện"],
      ["1", "Rà soát", "Sở Tư pháp", "Quý IV/2026", "Đang thực hiện"],
    ];
    const tables = recognizeTables({ name: "P", rows, merges: [] });
    expect(tables).toHaveLength(1);
    expect(tables[0]?.aux.status).toBe(4);
  });

  test("the same table on two sheets is reported once per sheet", () => {
    const rows: CellValue[][] = [HEADER, task(1, ""), task(2, "Sở Nội vụ")];
    const run = runEngine({
      name: "f.xlsx",
      sheets: [
        { name: "PL1", rows, merges: [] },
        { name: "PL2", rows, merges: [] },
      ],
    });
    expect(run.report.files[0]?.sheets.map((s) => [s.name, s.table?.range])).toEqual([
      ["PL1", "A1:F3"],
      ["PL2", "A1:F3"],
    ]);
    expect(run.report.issues.filter((i) => i.code === "MISSING_LEAD").map((i) => `${i.sheet}!${i.cell}`)).toEqual(["PL1!D2", "PL2!D2"]);
  });
});
