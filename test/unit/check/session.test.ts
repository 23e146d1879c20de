/**
 * The check session (src/core/check/session.ts): the one place that decides settings precedence, the plan period,
 * the user's agencies, sheet roles, hidden sheets, merge-unknown mode and recognition from a selected header.
 */
import { checkReport, planSpan } from "../../../src/core/check/report";
import { createCheckSession, mergeSettings, sessionPeriod } from "../../../src/core/check/session";
import { titleLinesAbove } from "../../../src/core/check/from-header";
import { CellValue, SheetData } from "../../../src/core/workbook/model";
import { sheet } from "../../helpers/sheet";

const HEADER = ["TT", "Nhiệm vụ", "Sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"];

/** A small plan: a title, the header, and the given task rows. */
function plan(name: string, tasks: CellValue[][], title = "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2021", merges: string[] = []): SheetData {
  return sheet(name, [[title], HEADER, ...tasks], merges);
}

const TASK_OK: CellValue[] = [1, "Rà soát văn bản quy phạm pháp luật", "Báo cáo", "Sở Tư pháp", "Sở Nội vụ", "Quý I"];
const codes = (issues: readonly { code: string; cell?: string }[]) => issues.map((i) => `${i.cell} ${i.code}`);

describe("settings and plan period precedence", () => {
  it("the run's settings override the stored ones rule by rule; their period replaces the stored one", () => {
    const merged = mergeSettings(
      { rules: { MISSING_LEAD: { severity: "info" }, NUMBERING: { enabled: false } }, planPeriod: "2020" },
      { rules: { MISSING_LEAD: { enabled: false } }, planPeriod: "2021-2025" },
    );
    expect(merged).toEqual({ rules: { MISSING_LEAD: { enabled: false }, NUMBERING: { enabled: false } }, planPeriod: "2021-2025" });
    expect(mergeSettings({}, {})).toEqual({});
    expect(mergeSettings({ planPeriod: "2020" }, {})).toEqual({ planPeriod: "2020" });
  });

  it("the run's period beats the settings'; a stored period that does not read is no period", () => {
    expect(sessionPeriod({ planPeriod: "2021-2025" })).toEqual({ from: 2021, to: 2025 });
    expect(sessionPeriod({ planPeriod: "2021-2025" }, { from: 2022, to: 2022 })).toEqual({ from: 2022, to: 2022 });
    expect(sessionPeriod({ planPeriod: "năm sau" })).toBeUndefined();
    const s = createCheckSession({
      storedSettings: { planPeriod: "2020" },
      overrides: { planPeriod: "2023" },
      planPeriod: { from: 2024, to: 2024 },
    });
    expect([s.settings.planPeriod, s.planPeriod]).toEqual(["2023", { from: 2024, to: 2024 }]);
  });

  it("the period in force is the table's, marked as the user's, over the title's", () => {
    const sheetData = plan("KH", [TASK_OK]);
    expect(createCheckSession().findTables(sheetData)[0]).toMatchObject({
      planPeriod: { from: 2021, to: 2021 },
      planPeriodSource: "title",
    });
    expect(createCheckSession({ storedSettings: { planPeriod: "2022" } }).findTables(sheetData)[0]).toMatchObject({
      planPeriod: { from: 2022, to: 2022 },
      planPeriodSource: "user",
    });
  });

  it("a rule switched off in the stored settings and severity changed by the run both apply to the check", () => {
    const sheetData = plan("KH", [[1, "Việc không ai chủ trì", "Báo cáo", "", "Sở Nội vụ", "Quý I/2021"]]);
    expect(codes(createCheckSession().checkSheet(sheetData).issues)).toContain("D3 MISSING_LEAD");
    const off = createCheckSession({ storedSettings: { rules: { MISSING_LEAD: { enabled: false } } } });
    expect(codes(off.checkSheet(sheetData).issues)).not.toContain("D3 MISSING_LEAD");
    const info = createCheckSession({
      storedSettings: { rules: { MISSING_LEAD: { enabled: false } } },
      overrides: { rules: { MISSING_LEAD: { enabled: true, severity: "info" } } },
    });
    expect(info.checkSheet(sheetData).issues.find((i) => i.code === "MISSING_LEAD")?.severity).toBe("info");
  });
});

describe("the user's agencies", () => {
  const unknownLead = plan("KH", [[1, "Việc của ban", "Báo cáo", "UBND", "Sở Nội vụ", "Quý I/2021"]]);
  const unknown = (s: ReturnType<typeof createCheckSession>) =>
    s.checkSheet(unknownLead).issues.filter((i) => i.code === "UNKNOWN_AGENCY").length;

  it("the agency sheet's rows and the stored agencies both extend the directory; unreadable rows are reported", () => {
    expect(unknown(createCheckSession())).toBeGreaterThan(0);
    const entry = { canonical: "UBND tỉnh Gia Lai", aliases: ["UBND"] };
    expect(unknown(createCheckSession({ storedAgencies: [entry] }))).toBe(0);
    const agencySheet = sheet("Danh mục cơ quan", [
      ["Tên chuẩn", "Tên gọi khác"],
      ["UBND tỉnh Gia Lai", "UBND"],
      ["", "X"],
    ]);
    const fromSheet = createCheckSession({ agencySheet });
    expect(unknown(fromSheet)).toBe(0);
    expect(fromSheet.agencySheetProblems.map((p) => p.row)).toEqual([3]);
  });
});

describe("sheet roles and the sheets a check reads", () => {
  const visible = plan("KH 2021", [TASK_OK]);
  const hidden: SheetData = { ...plan("Bản cũ", [TASK_OK]), hidden: true };
  const agencies = sheet("Danh mục cơ quan", [["Tên chuẩn", "Tên gọi khác"], ...HEADER.map((h) => [h])]);
  const summary = sheet("Tổng hợp theo quý", [["TỔNG HỢP NHIỆM VỤ THEO QUÝ"], ["Kỳ kế hoạch: 2021"], HEADER, TASK_OK]);

  it("a whole-workbook check reads the visible plan sheets and lists the hidden ones", () => {
    const s = createCheckSession();
    expect(s.role(agencies)).toBe("agency-directory");
    const picked = s.selectSheets([visible, hidden, agencies]);
    expect(picked?.sheets.map((x) => x.name)).toEqual(["KH 2021"]);
    expect(picked?.hidden).toEqual(["Bản cũ"]);
  });

  it("a named sheet is read whatever it is, hidden or the agency list; a missing name is null", () => {
    const s = createCheckSession();
    expect(s.selectSheets([visible, hidden], "Bản cũ")).toEqual({ sheets: [hidden], hidden: [] });
    expect(s.selectSheets([visible], "Không có")).toBeNull();
    // Not a plan by its role, so nothing found unless named.
    expect(s.checkSheet(agencies).tables).toEqual([]);
  });

  it("a named sheet with no table is a NO_TABLE finding; unnamed, nothing is said", () => {
    const empty = sheet("Ghi chú", [["Không có bảng ở đây"]]);
    const s = createCheckSession({ file: "a.xlsx" });
    expect(s.checkSheet(empty).issues).toEqual([]);
    expect(s.checkSheet(empty, { named: true }).issues.map((i) => [i.file, i.sheet, i.code])).toEqual([["a.xlsx", "Ghi chú", "NO_TABLE"]]);
  });

  it("a sheet PhuLuc's marker names as its own is a summary: not recognised, even with a plan's cells", () => {
    const s = createCheckSession();
    expect(s.role(summary)).toBe("summary");
    const marked = s.checkSheet(visible, { markedSummary: true });
    expect([marked.role, marked.tables.length]).toEqual(["summary", 0]);
    expect(s.checkSheet(visible).tables).toHaveLength(1);
  });
});

describe("merged areas unknown", () => {
  it("a blank that may be part of a merged area is not reported missing when the host could not list merges", () => {
    // Task 1 spans rows 3–4 with its lead merged down; without the merges row 4's blank lead looks like a second task's.
    const rows: CellValue[][] = [
      [1, "Việc thứ nhất", "Báo cáo", "Sở Tư pháp", "Sở Nội vụ", "Quý I/2021"],
      [2, "Việc thứ hai", "Báo cáo", null, "Sở Nội vụ", "Quý II/2021"],
    ];
    const sheetData = plan("KH", rows);
    const known = createCheckSession().checkSheet(sheetData).issues;
    const unknown = createCheckSession({ mergesKnown: false }).checkSheet(sheetData).issues;
    expect(codes(known)).toContain("D4 MISSING_LEAD");
    expect(codes(unknown)).not.toContain("D4 MISSING_LEAD");
  });
});

describe("recognition from a selected header", () => {
  it("reads the title above the selection as the recogniser does: a merged title once, even when the host repeats it", () => {
    const title = "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2022";
    // Some hosts give a merged area's value in every cell of it; the recogniser reads the area's top-left cell only.
    const rows: CellValue[][] = [[title, title, title, title, title, title], ["Ghi chú"], HEADER, TASK_OK];
    const sheetData = sheet("KH", rows, ["A1:F1"]);
    expect(titleLinesAbove(sheetData, 2)).toEqual([title, "Ghi chú"]);
    const whole = createCheckSession().findTables(sheetData)[0];
    const fromHeader = createCheckSession().findTables(sheetData, { from: { top: 2, left: 0, right: 5 } })[0];
    expect(fromHeader?.titleLines).toEqual(whole?.titleLines);
    expect(fromHeader).toMatchObject({ planPeriod: { from: 2022, to: 2022 }, planPeriodSource: "title", headerRows: [2] });
  });

  it("the user's period beats the title above the selection; findings keep the sheet's own addresses", () => {
    const rows: CellValue[][] = [
      ["KẾ HOẠCH NĂM 2022"],
      ...Array.from({ length: 5 }, (): CellValue[] => []),
      HEADER,
      [1, "Việc", "Báo cáo", "", "Sở Nội vụ", "Quý I"],
    ];
    const s = createCheckSession({ storedSettings: { planPeriod: "2023" } });
    const checked = s.checkSheet(sheet("KH", rows), { from: { top: 6, left: 0, right: 5 } });
    expect(checked.tables[0]).toMatchObject({ planPeriod: { from: 2023, to: 2023 }, planPeriodSource: "user" });
    expect(codes(checked.issues)).toContain("D8 MISSING_LEAD");
    expect(checked.tasks[0]?.deadline.milestones[0]?.due).toBe("2023-03-31");
  });
});

describe("the report and its span", () => {
  it("the run's period is the span; otherwise from the earliest to the latest table period", () => {
    const s = createCheckSession();
    const a = s.checkSheet(plan("A", [TASK_OK], "KẾ HOẠCH NĂM 2021"));
    const b = s.checkSheet(plan("B", [TASK_OK], "KẾ HOẠCH GIAI ĐOẠN 2022 - 2024"));
    expect(planSpan([...a.tables, ...b.tables])).toEqual({ from: 2021, to: 2024 });
    expect(planSpan([...a.tables], { from: 2030, to: 2030 })).toEqual({ from: 2030, to: 2030 });
    const { report, span } = checkReport([{ path: "x.xlsx", sheets: [a.result, b.result] }]);
    expect(span).toEqual({ from: 2021, to: 2024 });
    expect(report.totals?.tasks).toBe(2);
    expect(report.summary.totals.tasks).toBe(2);
  });
});
