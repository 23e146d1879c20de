import { recognizeTable } from "../../../src/core/layout/recognize";
import { PlanTable } from "../../../src/core/plan/types";
import { AgencyItem, DeadlineItem } from "../../../src/core/report/schema";
import { CATALOG, ISSUE_CODES } from "../../../src/core/validate/catalog";
import { settingsSchema } from "../../../src/core/validate/settings";
import { CheckedTask, RuleContext } from "../../../src/core/validate/types";
import { noTableIssue, totals, validateTable } from "../../../src/core/validate/validate";
import { sheet } from "../../helpers/sheet";

// Hand-made readers, so these tests pin the rules' logic independently of the real parsers.
const KNOWN = new Set(["Sở Nội vụ", "Sở Tư pháp", "Sở Tài chính", "Các sở, ban, ngành", "UBND cấp huyện"]);
const GROUPS = new Set(["Các sở, ban, ngành", "UBND cấp huyện"]);
function agencies(text: string): AgencyItem[] {
  return text
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((t) => ({ text: t, canonical: t, group: GROUPS.has(t), known: KNOWN.has(t) }));
}
function deadline(text: string): DeadlineItem {
  if (/^Quý (I|II|III|IV)\/(\d{4})$/.test(text)) {
    const [, q, y] = /^Quý (I|II|III|IV)\/(\d{4})$/.exec(text)!;
    const n = ["I", "II", "III", "IV"].indexOf(q!) + 1;
    const due = `${y}-${String(n * 3).padStart(2, "0")}-${n === 1 || n === 4 ? "31" : "30"}`;
    return { text, understood: true, milestones: [{ kind: "quarter", due, quarters: [`${y}-Q${n}`] }] };
  }
  if (text.startsWith("Sau khi")) return { text, understood: true, milestones: [{ kind: "conditional", quarters: [] }] };
  return { text, understood: false, milestones: [] };
}

const HEADER = ["TT", "Nhiệm vụ", "Sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"];

function context(rows: unknown[][], merges: string[] = []): RuleContext {
  const table = recognizeTable(sheet("KH", [["KẾ HOẠCH NĂM 2021"], HEADER, ...(rows as never[][])], merges)) as PlanTable;
  const tasks: CheckedTask[] = table.tasks.map((task) => ({
    task,
    lead: agencies(task.lead),
    support: agencies(task.support),
    deadline: deadline(task.deadline),
  }));
  return { table, tasks, readDeadline: deadline, looksLegacy: (t) => /Së|Néi/.test(t) };
}

const codes = (ctx: RuleContext) => validateTable("f.xlsx", ctx).map((i) => `${i.code}@${i.cell}`);

describe("validation rules", () => {
  test("a clean row gives no issue", () => {
    expect(codes(context([["1", "Xây dựng kế hoạch năm", "Kế hoạch", "Sở Nội vụ", "Sở Tư pháp", "Quý I/2021"]]))).toEqual([]);
  });

  test("missing lead is exact: a blank inside a merged area is not missing, a truly blank cell is", () => {
    const ctx = context(
      [
        ["1", "Việc một của sở", "Báo cáo", "Sở Tài chính", "", "Quý I/2021"],
        ["2", "Việc hai của sở", "Báo cáo", null, "", "Quý I/2021"],
        ["3", "Việc ba của sở", "Báo cáo", "", "", "Quý I/2021"],
      ],
      ["D3:D4"],
    );
    expect(codes(ctx)).toEqual(["MISSING_LEAD@D5"]);
  });

  test("placeholders are missing values, not unknown agencies or unreadable deadlines", () => {
    const ctx = context([
      ["1", "Việc một của sở", "Báo cáo", "-", "", "Quý I/2021"],
      ["2", "Việc hai của sở", "Báo cáo", "(chưa giao)", "", "…"],
      ["3", "Việc ba của sở", "Báo cáo", "x", "N/A", "Quý I/2021"],
    ]);
    expect(codes(ctx)).toEqual(["MISSING_LEAD@D3", "MISSING_LEAD@D4", "MISSING_DEADLINE@F4", "MISSING_LEAD@D5"]);
  });

  test("when merged areas are unknown, a blank cell is not reported as missing, a placeholder still is", () => {
    const rows = [
      ["1", "Việc một của sở", "Báo cáo", "Sở Nội vụ", "", "Quý I/2021"],
      ["2", "Việc hai của sở", "", "", "", ""],
      ["3", "Việc ba của sở", "Báo cáo", "-", "", "Quý I/2021"],
    ];
    expect(codes(context(rows))).toEqual(["MISSING_LEAD@D4", "MISSING_DEADLINE@F4", "MISSING_PRODUCT@C4", "MISSING_LEAD@D5"]);
    expect(codes({ ...context(rows), mergesKnown: false })).toEqual(["MISSING_LEAD@D5"]);
  });

  test("conditional deadlines are undated, not unreadable; unreadable ones get a suggestion when one reads", () => {
    const ctx = context([
      ["1", "Việc một của sở", "Báo cáo", "Sở Nội vụ", "", "Sau khi có hướng dẫn của Bộ"],
      ["2", "Việc hai của sở", "Báo cáo", "Sở Nội vụ", "", "Quy IV/2021"],
      ["3", "Việc ba của sở", "Báo cáo", "Sở Nội vụ", "", "lúc nào đó"],
    ]);
    const issues = validateTable("f.xlsx", ctx);
    expect(issues.map((i) => `${i.code}@${i.cell}`)).toEqual(["UNDATED_DEADLINE@F3", "UNPARSEABLE_DEADLINE@F4", "UNPARSEABLE_DEADLINE@F5"]);
    expect(issues[1]!.suggestion).toBe("Quý IV/2021");
    expect(issues[1]!.message).toContain('Có phải là "Quý IV/2021"?');
    expect(issues[2]!.suggestion).toBeUndefined();
  });

  test("every code in the contract table has a catalog entry with its contract severity", () => {
    const contract: Record<string, string> = {
      MISSING_LEAD: "error",
      UNPARSEABLE_DEADLINE: "error",
      MISSING_DEADLINE: "error",
      MISSING_TASK: "error",
      NO_TABLE: "error",
      MISSING_PRODUCT: "warning",
      MULTIPLE_LEADS: "warning",
      LEAD_IS_GROUP: "warning",
      LEAD_ALSO_SUPPORT: "warning",
      UNDATED_DEADLINE: "warning",
      DEADLINE_OUTSIDE_PLAN: "warning",
      UNKNOWN_AGENCY: "warning",
      DUPLICATE_TASK: "warning",
      NUMBERING: "info",
      LEGACY_ENCODING: "warning",
    };
    // The contract's codes keep their names and severities; codes added since (docs/checks.md) extend it.
    const catalog = Object.fromEntries(ISSUE_CODES.map((c) => [c, CATALOG[c].severity]));
    expect(catalog).toMatchObject(contract);
    expect(
      Object.keys(catalog)
        .filter((c) => !(c in contract))
        .sort(),
    ).toEqual(["AGENCY_SPELLING", "DEADLINE_APPROXIMATE", "DEADLINE_DURATION", "FORMULA_ERROR", "NO_DEADLINE_COLUMN", "OUTDATED_AGENCY"]);
  });

  test("each remaining rule fires on its own case, at the right cell", () => {
    const ctx = context([
      ["1", "Việc thiếu sản phẩm đầu ra", "", "Sở Nội vụ", "", "Quý I/2021"],
      ["2", "Việc có hai cơ quan chủ trì", "Báo cáo", "Sở Nội vụ; Sở Tư pháp", "", "Quý I/2021"],
      ["3", "Việc giao cho cả nhóm cơ quan", "Báo cáo", "Các sở, ban, ngành", "", "Quý I/2021"],
      ["4", "Việc vừa chủ trì vừa phối hợp", "Báo cáo", "Sở Nội vụ", "Sở Nội vụ", "Quý I/2021"],
      ["5", "Việc có hạn ngoài kỳ kế hoạch", "Báo cáo", "Sở Nội vụ", "", "Quý I/2023"],
      ["6", "Việc do cơ quan lạ chủ trì", "Báo cáo", "Sở Vũ trụ", "", "Quý I/2021"],
      ["7", "Việc có hai cơ quan chủ trì", "Báo cáo", "Sở Tài chính", "", "Quý I/2021"],
      ["9", "Việc đánh số nhảy cóc nhé", "Báo cáo", "Sở Nội vụ", "", "Quý I/2021"],
      ["10", "", "Báo cáo", "Sở Nội vụ", "", "Quý I/2021"],
      ["11", "Viöc gâ b»ng m· cò", "Báo cáo", "Së Néi vô", "", "Quý I/2021"],
    ]);
    expect(codes(ctx)).toEqual([
      "MISSING_PRODUCT@C3",
      "MULTIPLE_LEADS@D4",
      "LEAD_IS_GROUP@D5",
      "LEAD_ALSO_SUPPORT@E6",
      "DEADLINE_OUTSIDE_PLAN@F7",
      "UNKNOWN_AGENCY@D8",
      "DUPLICATE_TASK@B9",
      "NUMBERING@A10",
      "MISSING_TASK@B11",
      "LEGACY_ENCODING@D12", // and no UNKNOWN_AGENCY for "Së Néi vô": one legacy issue instead
    ]);
    const outside = validateTable("f.xlsx", ctx, {}, "en").find((i) => i.code === "DEADLINE_OUTSIDE_PLAN")!;
    expect(outside.message).toBe("The due date 31/03/2023 lies outside the plan period 2021.");
  });

  test("settings turn rules off and change severity; totals count per code", () => {
    const rows = [["1", "Việc thiếu sản phẩm đầu ra", "", "", "", "Quý I/2021"]];
    const all = validateTable("f.xlsx", context(rows));
    expect(all.map((i) => [i.code, i.severity])).toEqual([
      ["MISSING_LEAD", "error"],
      ["MISSING_PRODUCT", "warning"],
    ]);
    const settings = settingsSchema.parse({ rules: { MISSING_PRODUCT: { enabled: false }, MISSING_LEAD: { severity: "warning" } } });
    const changed = validateTable("f.xlsx", context(rows), settings);
    expect(changed.map((i) => [i.code, i.severity])).toEqual([["MISSING_LEAD", "warning"]]);
    expect(totals(1, all)).toEqual({ tasks: 1, errors: 1, warnings: 1, infos: 0, byCode: { MISSING_LEAD: 1, MISSING_PRODUCT: 1 } });
    expect(() => settingsSchema.parse({ rules: { NOT_A_RULE: { enabled: false } } })).toThrow();
    expect(noTableIssue("f.xlsx", "Sheet2")!.message).toContain('Trang tính "Sheet2" không có bảng nhiệm vụ');
  });
});

describe("numbering across sections", () => {
  const row = (tt: string, task: string) => [tt, task, "Báo cáo", "Sở Nội vụ", "", "Quý I/2021"];
  test("running on from the section before (1–2 in I, 3–4 in II) is a normal style", () => {
    const ctx = context(
      [["I. Thể chế"], row("1", "Việc một"), row("2", "Việc hai"), ["II. Thủ tục"], row("3", "Việc ba"), row("4", "Việc bốn")],
      ["A3:F3", "A6:F6"],
    );
    expect(codes(ctx)).toEqual([]);
  });

  test("restarting at 1 in each section is too; a slip is reported with the number it should follow, never '—'", () => {
    const ctx = context(
      [["I. Thể chế"], row("1", "Việc một"), row("2", "Việc hai"), ["II. Thủ tục"], row("1", "Việc ba"), row("3", "Việc bốn")],
      ["A3:F3", "A6:F6"],
    );
    const issues = validateTable("f.xlsx", ctx).filter((i) => i.code === "NUMBERING");
    expect(issues.map((i) => [i.cell, i.message])).toEqual([["A8", 'Số thứ tự "3" không liền sau số "1" ở trên.']]);
    const jump = context([["I. Thể chế"], row("1", "Việc một"), ["II. Thủ tục"], row("5", "Việc năm")], ["A3:F3", "A5:F5"]);
    expect(
      validateTable("f.xlsx", jump)
        .filter((i) => i.code === "NUMBERING")
        .map((i) => i.message),
    ).toEqual(['Số thứ tự "5" không liền sau số "1" ở trên.']);
  });
});
