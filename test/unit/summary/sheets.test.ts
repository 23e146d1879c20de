import { SheetSpec, SpecCell } from "../../../src/core/sheets/spec";
import { buildSummarySheets, describeDeadline, PlanInfo, SummaryTask } from "../../../src/core/summary";
import { conditional, continuous, q, task, yearly } from "./tasks";

const plan: PlanInfo = {
  titleLines: ["PHỤ LỤC", "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2021", "(Kèm theo Quyết định số 751/QĐ-UBND)"],
  period: { from: 2021, to: 2021 },
  sources: [{ file: "/tmp/ke-hoach.xlsx", sheet: "Phụ lục" }],
};

const tasks: SummaryTask[] = [
  task(["Sở Thông tin và Truyền thông"], ["Sở Nội vụ", "*Các sở, ban, ngành"], [q("2021-Q1"), q("2021-Q4")]),
  task(["Sở Nội vụ"], [], [q("2021-Q4")]),
  task(["Sở Nội vụ", "Sở Tư pháp"], ["Sở Thông tin và Truyền thông"], [continuous()]),
  task(["*Các sở, ban, ngành"], [], [yearly(["2021-Q4"], 2021, 2021)]),
  task([], ["Sở Tư pháp"], [conditional()]),
  task(["Sở Tư pháp"], [], "unreadable"),
];

const link = (t: SummaryTask) => ({ sheet: "Phụ lục", address: `B${t.row}` });

function texts(spec: SheetSpec): string[] {
  return spec.rows.flatMap((r) => r.map((c) => c.value)).filter((v): v is string => typeof v === "string");
}

function at(spec: SheetSpec, r: number, c: number): SpecCell | undefined {
  return spec.rows[r]?.[c];
}

function checkShape(spec: SheetSpec): void {
  const width = spec.columnWidths.length;
  for (const row of spec.rows) expect(row.length).toBeLessThanOrEqual(width);
  // Merges inside the sheet and never overlapping (Excel refuses overlapping merges).
  const seen = new Set<string>();
  for (const m of spec.merges) {
    expect(m.right).toBeLessThan(width);
    expect(m.bottom).toBeLessThan(spec.rows.length);
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) {
        expect(seen.has(`${r},${c}`)).toBe(false);
        seen.add(`${r},${c}`);
      }
  }
  expect(spec.print).toMatchObject({ orientation: "landscape", paper: "A4", fitToWidth: true });
  const [first, last] = spec.print.repeatRows ?? [-1, -1];
  expect(at(spec, first, 0)?.style).toBe("header");
  expect(at(spec, last, 0)?.style).toBe("header");
  expect(spec.freeze.rows).toBe(last + 1);
  expect(at(spec, 0, 0)?.style).toBe("title");
}

describe("summary sheets", () => {
  const { sheets, unmatchedAgencies } = buildSummarySheets({ tasks, plan, link });

  test("by agency, by quarter, then one list per agency, all well formed", () => {
    expect(sheets.map((s) => [s.kind, s.name])).toEqual([
      ["by-agency", "Tổng hợp theo cơ quan"],
      ["by-quarter", "Tổng hợp theo quý"],
      ["agency-tasks", "Nhiệm vụ – Sở Nội vụ"],
      ["agency-tasks", "Nhiệm vụ – Sở Tư pháp"],
      ["agency-tasks", "Nhiệm vụ – Sở TT&TT"],
      ["agency-tasks", "Nhiệm vụ – Các sở, ban, ngành"],
    ]);
    expect(unmatchedAgencies).toEqual([]);
    sheets.forEach(checkShape);
  });

  test("every sheet's heading names the plan, its decision and its period", () => {
    for (const s of sheets) {
      const top = s.rows.slice(0, 5).map((r) => r[0]?.value);
      expect(top).toContain("KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2021");
      expect(top).toContain("(Kèm theo Quyết định số 751/QĐ-UBND)");
      expect(top).toContain("Kỳ kế hoạch: năm 2021 · Nguồn: ke-hoach.xlsx, trang tính “Phụ lục”");
    }
  });

  test("by agency: rows and their links to the list sheets", () => {
    const s = sheets[0] as SheetSpec;
    const row = s.rows.find((r) => r[1]?.value === "Sở Nội vụ");
    expect(row?.slice(2, 10).map((c) => c.value)).toEqual([2, 1, 1, null, 1, null, null, null]);
    expect(row?.[10]?.value).toBe("IV/2021: 1");
    expect(row?.[11]?.link).toEqual({ sheet: "Nhiệm vụ – Sở Nội vụ", address: "A1" });
    // Groups come after the named agencies, under their own section.
    const t = texts(s);
    expect(t.indexOf("Các sở, ban, ngành")).toBeGreaterThan(t.indexOf("Sở Thông tin và Truyền thông"));
    expect(t.some((x) => x.startsWith("B. NHÓM CƠ QUAN"))).toBe(true);
  });

  test("by quarter: the chart reads the per-quarter block, whose numbers are the distinct tasks due", () => {
    const s = sheets[1] as SheetSpec;
    const chart = s.chart;
    if (!chart) throw new Error("no chart");
    const cats = [];
    const vals = [];
    for (let r = chart.categories.fromRow; r <= chart.categories.toRow; r++) {
      cats.push(at(s, r, chart.categories.col)?.value);
      vals.push(at(s, r, chart.series[0]?.col ?? -1)?.value);
    }
    expect(cats).toEqual(["Quý I/2021", "Quý II/2021", "Quý III/2021", "Quý IV/2021"]);
    expect(vals).toEqual([1, 0, 0, 2]);
    expect(at(s, chart.series[0]?.nameRow ?? -1, chart.series[0]?.col ?? -1)?.value).toBe("Số nhiệm vụ");
    // The chart sits beside its data (to the right of the series column), on the page that the block starts,
    // and inside the rows and columns the sheet has (so it prints).
    expect(chart.anchor.row).toBe(chart.series[0]?.nameRow);
    expect(chart.anchor.col).toBeGreaterThan(
      s.merges.filter((m) => m.top === chart.categories.fromRow).reduce((x, m) => Math.max(x, m.right), 2),
    );
    expect(chart.anchor.row + chart.anchor.heightRows).toBeLessThanOrEqual(s.rows.length);
    expect(chart.anchor.col + chart.anchor.widthCols).toBeLessThanOrEqual(s.columnWidths.length);
    expect(s.pageBreaks).toEqual([chart.anchor.row - 1]);
    expect(at(s, chart.anchor.row - 1, 0)?.value).toMatch(/^C\. /);
  });

  test("by quarter: lead matrix row, total row (sum of cells) and distinct-task row", () => {
    const s = sheets[1] as SheetSpec;
    const values = (label: string, from = 0) =>
      s.rows
        .slice(from)
        .find((r) => r[1]?.value === label)
        ?.slice(2)
        .map((c) => c.value);
    // Columns: Q1..Q4, Cộng các quý, Định kỳ, Thường xuyên, Không có hạn cụ thể, Chưa đọc được, Chưa ghi.
    expect(values("Sở Nội vụ")).toEqual([null, null, null, 1, 1, null, 1, null, null, null]);
    expect(values("Sở Thông tin và Truyền thông")).toEqual([1, null, null, 1, 2, null, null, null, null, null]);
    expect(values("(Chưa ghi cơ quan chủ trì)")).toEqual([null, null, null, null, 0, null, null, 1, null, null]);
    expect(values("Cộng")).toEqual([1, 0, 0, 2, 3, 1, 2, 1, 1, 0]);
    expect(values("Số nhiệm vụ (không trùng)")).toEqual([1, 0, 0, 2, 3, 1, 1, 1, 1, 0]);
    const supportStart = s.rows.findIndex((r) => r[0]?.value === "B. NHIỆM VỤ PHỐI HỢP");
    expect(values("Sở Tư pháp", supportStart)).toEqual([null, null, null, null, 0, null, null, 1, null, null]);
  });

  test("agency list: lead tasks then supported ones, with the others, the deadline in words and the link", () => {
    const s = sheets.find((x) => x.name === "Nhiệm vụ – Sở Nội vụ") as SheetSpec;
    const t = texts(s);
    expect(t).toContain("A. NHIỆM VỤ CHỦ TRÌ (2)");
    expect(t).toContain("B. NHIỆM VỤ PHỐI HỢP (1)");
    expect(t).toContain("Cùng chủ trì: Sở Tư pháp\nPhối hợp: Sở Thông tin và Truyền thông");
    expect(t).toContain("Chủ trì: Sở Thông tin và Truyền thông\nPhối hợp khác: Các sở, ban, ngành");
    const linked = s.rows.flatMap((r) => r.filter((c) => c.link));
    expect(linked.map((c) => [c.value, c.link?.address])).toEqual([
      ["Dòng 12", "B12"],
      ["Dòng 13", "B13"],
      ["Dòng 11", "B11"],
    ]);
  });

  test("only chosen agencies get lists; unknown choices are reported; taken names are avoided", () => {
    const r = buildSummarySheets(
      { tasks, plan, link },
      { agencies: ["sở tư pháp", "Sở Xây dựng"], takenNames: ["tổng hợp theo quý", "Nhiệm vụ – Sở Tư pháp"] },
    );
    expect(r.sheets.map((s) => s.name)).toEqual(["Tổng hợp theo cơ quan", "Tổng hợp theo quý (2)", "Nhiệm vụ – Sở Tư pháp (2)"]);
    expect(r.unmatchedAgencies).toEqual(["Sở Xây dựng"]);
    const byAgency = r.sheets[0] as SheetSpec;
    const links = byAgency.rows.flatMap((row) => row.filter((c) => c.link)).map((c) => c.link?.sheet);
    expect(links).toEqual(["Nhiệm vụ – Sở Tư pháp (2)"]);
  });
});

describe("deadline in words", () => {
  test("milestones, labels, recurring, blank and unreadable", () => {
    expect(
      describeDeadline({ text: "x", understood: true, milestones: [q("2021-Q1", "Ban hành kế hoạch"), q("2021-Q4", "Báo cáo")] }),
    ).toBe("Ban hành kế hoạch: quý I/2021, hạn 31/03/2021\nBáo cáo: quý IV/2021, hạn 31/12/2021");
    expect(describeDeadline({ text: "x", understood: true, milestones: [{ ...yearly(["2021-Q4"], 2021, 2025), monthDay: "12-25" }] })).toBe(
      "Hằng năm, hạn 25/12 (2021–2025)",
    );
    expect(
      describeDeadline({ text: "x", understood: true, milestones: [{ kind: "date", due: "2022-02-28", quarters: ["2022-Q1"] }] }),
    ).toBe("Hạn 28/02/2022 (Quý I/2022)");
    expect(describeDeadline({ text: " ", understood: false, milestones: [] })).toBe("Chưa ghi thời gian");
    expect(describeDeadline({ text: "khi nào xong", understood: false, milestones: [] })).toBe("Chưa đọc được — cần xem lại");
    expect(describeDeadline({ text: "#REF!", understood: false, milestones: [] })).toBe("Lỗi công thức #REF! — cần sửa ô");
  });
});
