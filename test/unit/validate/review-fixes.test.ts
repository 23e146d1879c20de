import { createChecker } from "../../../src/core/check/checker";
import { recognizeTables } from "../../../src/core/layout/recognize";
import { CATALOG, ISSUE_CODES } from "../../../src/core/validate/catalog";
import { MESSAGE_VALUE_CHARS, quoteForMessage } from "../../../src/core/validate/quote";
import { formatMessage } from "../../../src/core/validate/validate";
import { Settings } from "../../../src/core/validate/settings";
import { CellValue, SheetData } from "../../../src/core/workbook/model";
import { sheet } from "../../helpers/sheet";

// Error cells in tasks spanning rows, the FORMULA_ERROR switch, and how long values are quoted in messages.
const HEADER = ["TT", "Nhiệm vụ", "Sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"];
const TITLE = ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2021"];

function check(s: SheetData, settings: Settings = {}, withSheet = true) {
  const tables = recognizeTables(s);
  expect(tables).toHaveLength(1);
  return createChecker({ settings }).check("plan.xlsx", tables[0]!, withSheet ? s : undefined);
}

/** A task on sheet rows 3–4 (TT and task cells merged down), its support cell on row 3 unknown, #REF! on row 4. */
function spanning(): SheetData {
  const rows: CellValue[][] = [
    TITLE,
    HEADER,
    [1, "Xây dựng kế hoạch cải cách hành chính", "Kế hoạch", "Sở Nội vụ", "Sở Xyz", "Quý I năm 2021"],
    [null, null, null, null, { error: "#REF!" }, null],
    [2, "Rà soát văn bản quy phạm pháp luật", "Báo cáo", "Sở Tư pháp", "Sở Nội vụ", "Quý IV năm 2021"],
  ];
  return sheet("Phụ lục", rows, ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "F3:F4"]);
}

describe("FORMULA_ERROR in a task spanning rows", () => {
  test("is reported at the row that holds the error, and the real finding on the task's row stands", () => {
    const { tasks, issues } = check(spanning());
    expect(tasks.map((t) => t.row)).toEqual([3, 5]);
    const formula = issues.filter((i) => i.code === "FORMULA_ERROR");
    expect(formula.map((i) => [i.cell, i.value])).toEqual([["E4", "#REF!"]]);
    // The unknown agency written on the task's own row is not hidden by the error one row below …
    const unknown = issues.filter((i) => i.code === "UNKNOWN_AGENCY");
    expect(unknown.map((i) => [i.cell, i.value])).toEqual([["E3", "Sở Xyz"]]);
    // … and the error's own text is not also an unknown agency.
    expect(issues.filter((i) => i.value?.includes("#REF!")).map((i) => i.code)).toEqual(["FORMULA_ERROR"]);
  });

  test("without the sheet at hand (a host that does not pass it) it falls back to the task's row", () => {
    const { issues } = check(spanning(), {}, false);
    expect(issues.filter((i) => i.code === "FORMULA_ERROR").map((i) => i.cell)).toEqual(["E3"]);
  });
});

describe("FORMULA_ERROR turned off: an error cell is judged as its text reads, nothing goes silent", () => {
  const plan = (lead: CellValue) =>
    sheet("Phụ lục", [TITLE, HEADER, [1, "Xây dựng kế hoạch cải cách hành chính", "Kế hoạch", lead, "", "Quý I năm 2021"]]);
  const off: Settings = { rules: { FORMULA_ERROR: { enabled: false } } };

  test("a lead of #N/A is a missing lead (#N/A is a placeholder)", () => {
    expect(check(plan({ error: "#N/A" })).issues.map((i) => [i.code, i.cell])).toEqual([["FORMULA_ERROR", "D3"]]);
    expect(check(plan({ error: "#N/A" }), off).issues.map((i) => [i.code, i.cell])).toEqual([["MISSING_LEAD", "D3"]]);
  });

  test("a lead of #REF! is a missing lead: an error value names no agency, and nothing goes silent", () => {
    expect(check(plan({ error: "#REF!" }), off).issues.map((i) => [i.code, i.cell, i.value])).toEqual([["MISSING_LEAD", "D3", "#REF!"]]);
  });

  test("its wording names a lookup function that finds nothing", () => {
    expect(CATALOG.FORMULA_ERROR.message.vi).toContain("hàm tra cứu không tìm thấy giá trị");
  });
});

describe("long cell values are quoted shortened in messages, kept whole in the report", () => {
  test("a deadline cell over 2,000 characters says it is too long, quoting 120 characters", () => {
    const long = `Trong năm 2021 ${"và các năm tiếp theo theo kế hoạch ".repeat(150)}`.trim();
    expect(long.length).toBeGreaterThan(5000);
    const s = sheet("Phụ lục", [TITLE, HEADER, [1, "Xây dựng kế hoạch cải cách hành chính", "Kế hoạch", "Sở Nội vụ", "", long]]);
    const issue = check(s).issues.find((i) => i.code === "UNPARSEABLE_DEADLINE");
    expect(issue?.value).toBe(long);
    expect(issue?.message).toContain("quá dài, không thể là một thời hạn (hơn 2.000 ký tự): PhuLuc không đọc ô này");
    expect(issue?.message).toContain(`"${long.slice(0, MESSAGE_VALUE_CHARS)}…"`);
    expect(issue!.message.length).toBeLessThan(450);
    const en = createChecker({ lang: "en" })
      .check("plan.xlsx", recognizeTables(s)[0]!)
      .issues.find((i) => i.code === "UNPARSEABLE_DEADLINE");
    expect(en?.message).toMatch(/too long to be a deadline \(over 2,000 characters\)/);
  });

  test("every check's message quotes a 1,000-character value as its first 120 characters and '…'", () => {
    const value = "Sở ".repeat(400);
    for (const code of ISSUE_CODES)
      for (const lang of ["vi", "en"] as const) {
        const message = formatMessage(code, lang, { value, suggestion: value, values: { count: 2, other: "1", period: "2021" } });
        expect(message).not.toContain(value.slice(0, MESSAGE_VALUE_CHARS + 1));
        if (CATALOG[code].message[lang].includes("{value}")) expect(message).toContain(`${value.slice(0, MESSAGE_VALUE_CHARS)}…`);
        expect(message.length).toBeLessThan(
          CATALOG[code].message[lang].length + (CATALOG[code].suggestion?.[lang].length ?? 0) + 2 * (MESSAGE_VALUE_CHARS + 2) + 20,
        );
      }
  });

  test("short values are quoted whole; a cut never splits a surrogate pair", () => {
    expect(quoteForMessage("Sở Nội vụ")).toBe("Sở Nội vụ");
    expect(quoteForMessage("x".repeat(MESSAGE_VALUE_CHARS))).toBe("x".repeat(MESSAGE_VALUE_CHARS));
    const cut = quoteForMessage(`${"a".repeat(MESSAGE_VALUE_CHARS - 1)}😀tail`);
    expect(cut).toBe(`${"a".repeat(MESSAGE_VALUE_CHARS - 1)}…`);
  });
});
