/**
 * The pane's view model without a DOM: the check gives exactly the CLI's issues on every seed fixture, the table
 * found from a selected header keeps the sheet's addresses, filters and groups, the settings form, the theme.
 */
import path from "path";
import { runCheck } from "../../../src/cli/commands/check";
import { readWorkbookFile } from "../../../src/cli/xlsx/read";
import { findUserAgencySheet } from "../../../src/core/agency";
import type { Report } from "../../../src/core/report/schema";
import { CATALOG } from "../../../src/core/validate/catalog";
import type { ValidationIssue } from "../../../src/core/validate/types";
import type { SheetData } from "../../../src/core/workbook/model";
import { pickLang, t } from "../../../src/taskpane/i18n";
import { sliceFromHeader } from "../../../src/core/check/from-header";
import { paneSession } from "../../../src/taskpane/model/check";
import { codesPresent, countBySeverity, filterIssues, fold, groupIssues, NO_FILTER } from "../../../src/taskpane/model/issues";
import { fromForm, normalisePeriod, splitAliases, toForm } from "../../../src/taskpane/model/settings-form";
import { agencyChoices, summarySpecs } from "../../../src/taskpane/model/summary";
import { describeTable, tableRange } from "../../../src/taskpane/model/table";
import { isDark, themeFor } from "../../../src/taskpane/theme";
import { DEFAULT_ADDIN_SETTINGS } from "../../../src/excel/settings-store";
import type { AddinSettings } from "../../../src/excel/settings-store";

const FIXTURES = path.join(__dirname, "../../fixtures");
const SEEDS = [
  "gia-lai-2021.xlsx",
  "gia-lai-2021-libreoffice.xlsx",
  "dong-nai-2017.xlsx",
  "dong-nai-2017-two-row-header.xlsx",
  "quang-ngai-2021-2025.xlsx",
  "quang-ngai-2021-2025-notes-footer.xlsx",
];

async function cli(file: string, lang: "vi" | "en"): Promise<Report> {
  let out = "";
  await runCheck([file, "--json", "--lang", lang], { stdout: (s) => void (out += s), stderr: () => undefined, readStdin: async () => "" });
  return JSON.parse(out) as Report;
}

const key = (i: { sheet: string; cell?: string; code: string; severity: string; message: string }) =>
  `${i.sheet}!${i.cell} ${i.code} ${i.severity} ${i.message}`;

/** The pane's session for a workbook with the given stored settings (and, optionally, its agency sheet). */
const session = (stored: Partial<AddinSettings> = {}, agencySheet: SheetData | null = null) =>
  paneSession({ stored: { ...DEFAULT_ADDIN_SETTINGS, ...stored }, agencySheet, lang: "vi" });

describe("the pane's check is the CLI's check", () => {
  it.each(SEEDS)("%s: same issues, same tasks", async (name) => {
    const file = path.join(FIXTURES, name);
    const { data } = await readWorkbookFile(file);
    for (const lang of ["vi", "en"] as const) {
      const report = await cli(file, lang);
      const pane = paneSession({ stored: DEFAULT_ADDIN_SETTINGS, agencySheet: findUserAgencySheet(data) ?? null, lang });
      const mine: ValidationIssue[] = [];
      let tasks = 0;
      // The sheets the pane would check: each sheet the user can open, judged by the session's roles.
      for (const sheet of data.sheets.filter((s) => !s.hidden)) {
        const checked = pane.checkSheet(sheet);
        mine.push(...checked.issues);
        tasks += checked.tasks.length;
      }
      expect(mine.map(key).sort()).toEqual(report.issues.map(key).sort());
      expect(tasks).toBe(report.tasks.length);
    }
  });

  it("Gia Lai: 4 errors, 15 warnings, and the table line the pane shows", async () => {
    const { data } = await readWorkbookFile(path.join(FIXTURES, "gia-lai-2021.xlsx"));
    const checked = session().checkSheet(data.sheets[0] as SheetData);
    const table = checked.tables[0];
    if (!table) throw new Error("no table");
    expect(describeTable(table, "vi")).toBe("Bảng A5:F48 — 35 nhiệm vụ, 7 mục, kế hoạch năm 2021");
    expect(describeTable(table, "en")).toBe("Table A5:F48 — 35 tasks, 7 sections, plan for 2021");
    expect(countBySeverity(checked.issues)).toEqual({ error: 4, warning: 15, info: 0 });
  });

  it("the user's stored agencies join those of the agency sheet; a known agency is no longer unknown", async () => {
    const { data } = await readWorkbookFile(path.join(FIXTURES, "gia-lai-2021.xlsx"));
    const plan = data.sheets[0] as SheetData;
    const unknown = session()
      .checkSheet(plan)
      .issues.find((i) => i.code === "UNKNOWN_AGENCY");
    expect(unknown?.value).toContain("UBND");
    const mine = { userAgencies: [{ canonical: "UBND tỉnh Gia Lai", aliases: ["UBND"] }] };
    expect(
      session(mine)
        .checkSheet(plan)
        .issues.filter((i) => i.code === "UNKNOWN_AGENCY"),
    ).toHaveLength(0);
    // The sheet's agencies count too, and a row it cannot read is reported, not fatal.
    const sheet: SheetData = {
      name: "Danh mục cơ quan",
      rows: [
        ["Tên chuẩn", "Tên gọi khác"],
        ["UBND tỉnh Gia Lai", "UBND"],
        ["", "BDT"],
      ],
      merges: [],
    };
    const fromSheet = session({}, sheet);
    expect(fromSheet.checkSheet(plan).issues.filter((i) => i.code === "UNKNOWN_AGENCY")).toHaveLength(0);
    expect(fromSheet.agencySheetProblems.map((p) => [p.row, p.code])).toEqual([[3, "MISSING_CANONICAL"]]);
  });

  it("rule settings switch rules off and change severities, as --config does", async () => {
    const { data } = await readWorkbookFile(path.join(FIXTURES, "gia-lai-2021.xlsx"));
    const r = session({ settings: { rules: { LEAD_IS_GROUP: { enabled: false }, MISSING_LEAD: { severity: "info" } } } }).checkSheet(
      data.sheets[0] as SheetData,
    );
    expect(countBySeverity(r.issues)).toEqual({ error: 2, warning: 10, info: 2 });
  });
});

describe("the table from a selected header", () => {
  it("gives the whole-sheet table back, with the sheet's own addresses and period", async () => {
    const { data } = await readWorkbookFile(path.join(FIXTURES, "gia-lai-2021.xlsx"));
    const sheet = data.sheets[0] as SheetData;
    const whole = session().findTables(sheet)[0] ?? null;
    const fromHeader = session().findTables(sheet, { from: { top: 4, left: 0, right: 5 } })[0] ?? null;
    expect(fromHeader).toEqual(whole);
    const single = session().findTables(sheet, { from: { top: 4, left: 1, right: 1 } })[0] ?? null;
    expect(single && tableRange(single)).toBe("A5:F48");
  });

  it("finds a table whose header is below the recogniser's search window, and issues keep real addresses", async () => {
    const { data } = await readWorkbookFile(path.join(FIXTURES, "gia-lai-2021.xlsx"));
    const sheet = data.sheets[0] as SheetData;
    const pad = 100;
    const deep: SheetData = {
      name: sheet.name,
      rows: [...Array.from({ length: pad }, (_, i) => [`Ghi chú ${i + 1}`]), ...sheet.rows.slice(4)],
      merges: sheet.merges.filter((m) => m.top >= 4).map((m) => ({ ...m, top: m.top - 4 + pad, bottom: m.bottom - 4 + pad })),
    };
    const withPeriod = session({ settings: { planPeriod: "2021" } });
    expect(withPeriod.findTables(deep)).toEqual([]);
    const r = withPeriod.checkSheet(deep, { from: { top: pad, left: 0, right: 5 } });
    const found = r.tables[0];
    expect(found && tableRange(found)).toBe(`A${pad + 1}:F${pad + 44}`);
    expect(countBySeverity(r.issues)).toEqual({ error: 4, warning: 15, info: 0 });
    expect(r.issues.find((i) => i.code === "MISSING_DEADLINE")?.cell).toBe(`F${7 - 4 + pad}`);
  });

  it("slices rows and merges from the header down, blanking columns outside a wide selection", () => {
    const sheet: SheetData = {
      name: "S",
      rows: [["title"], ["x", "TT", "Nhiệm vụ", "y"]],
      merges: [
        { top: 0, left: 0, bottom: 0, right: 3 },
        { top: 1, left: 1, bottom: 2, right: 1 },
      ],
    };
    expect(sliceFromHeader(sheet, { top: 1, left: 1, right: 2 })).toEqual({
      name: "S",
      rows: [[null, "TT", "Nhiệm vụ", null]],
      merges: [{ top: 0, left: 1, bottom: 1, right: 1 }],
    });
  });
});

describe("problem list", () => {
  const issue = (cell: string, code: keyof typeof CATALOG, message = CATALOG[code].message.vi): ValidationIssue => ({
    file: "",
    sheet: "S",
    cell,
    code,
    severity: CATALOG[code].severity,
    message,
  });
  const issues = [
    issue("D27", "MISSING_LEAD"),
    issue("F11", "UNDATED_DEADLINE", 'Thời gian "Theo kế hoạch" phụ thuộc'),
    issue("D26", "MISSING_LEAD"),
    issue("F7", "MISSING_DEADLINE"),
    issue("D13", "LEAD_IS_GROUP", 'Cơ quan chủ trì "Các sở, ban, ngành" là một nhóm'),
  ];

  it("groups by severity, then by code (most frequent first), cells in sheet order", () => {
    const g = groupIssues(issues, "vi");
    expect(g.map((s) => [s.severity, s.count])).toEqual([
      ["error", 3],
      ["warning", 2],
    ]);
    expect(g[0]?.codes.map((c) => [c.code, c.issues.map((i) => i.cell)])).toEqual([
      ["MISSING_LEAD", ["D26", "D27"]],
      ["MISSING_DEADLINE", ["F7"]],
    ]);
    expect(g[0]?.codes[0]?.title).toBe("Thiếu cơ quan chủ trì");
  });

  it("filters by severity, code and text without diacritics", () => {
    expect(filterIssues(issues, NO_FILTER, "vi")).toHaveLength(5);
    expect(filterIssues(issues, { ...NO_FILTER, severities: ["warning"] }, "vi").map((i) => i.cell)).toEqual(["F11", "D13"]);
    expect(filterIssues(issues, { ...NO_FILTER, code: "MISSING_LEAD" }, "vi")).toHaveLength(2);
    expect(filterIssues(issues, { ...NO_FILTER, text: "cac so ban nganh" }, "vi").map((i) => i.cell)).toEqual(["D13"]);
    expect(filterIssues(issues, { ...NO_FILTER, text: "d26" }, "vi").map((i) => i.cell)).toEqual(["D26"]);
    expect(filterIssues(issues, { ...NO_FILTER, text: "missing lead" }, "en").map((i) => i.cell)).toEqual(["D27", "D26"]);
    expect(fold("Đồng Nai  Sở")).toBe("dong nai so");
    expect(codesPresent(issues, "en").map((c) => `${c.code}:${c.count}`)).toEqual([
      "MISSING_LEAD:2",
      "MISSING_DEADLINE:1",
      "LEAD_IS_GROUP:1",
      "UNDATED_DEADLINE:1",
    ]);
  });
});

describe("summary request", () => {
  it("all agencies chosen → every list; some → theirs; none → no lists; user's names are avoided", async () => {
    const { data } = await readWorkbookFile(path.join(FIXTURES, "gia-lai-2021.xlsx"));
    const checked = session().checkSheet(data.sheets[0] as SheetData);
    const table = checked.tables[0];
    if (!table) throw new Error("no table");
    const tasks = checked.tasks;
    const choices = agencyChoices(tasks);
    expect(choices[0]).toMatchObject({ name: "Sở Nội vụ", lead: 14, support: 2, group: false });
    const all = summarySpecs({
      tasks,
      table,
      choices,
      chosen: new Set(choices.map((c) => c.key)),
      takenNames: ["KH CCHC 2021", "Tổng hợp theo quý"],
    });
    expect(all).toHaveLength(2 + choices.length);
    expect(all[1]?.name).toBe("Tổng hợp theo quý (2)");
    const two = summarySpecs({ tasks, table, choices, chosen: new Set(choices.slice(0, 2).map((c) => c.key)), takenNames: [] });
    expect(two).toHaveLength(4);
    const none = summarySpecs({ tasks, table, choices, chosen: new Set(), takenNames: [] });
    expect(none.map((s) => s.name)).toEqual(["Tổng hợp theo cơ quan", "Tổng hợp theo quý"]);
    const links = two[2]?.rows.flat().filter((c) => c?.link) ?? [];
    expect(links[0]?.link).toEqual({ sheet: "KH CCHC 2021", address: expect.stringMatching(/^B\d+$/) });
  });
});

describe("settings form", () => {
  it("round-trips, stores only what differs from the defaults, normalises the period", () => {
    const form = toForm(DEFAULT_ADDIN_SETTINGS);
    expect(form.rules.MISSING_LEAD).toEqual({ enabled: true, severity: "error" });
    const edited = {
      ...form,
      planPeriod: "2021 - 2025",
      rules: {
        ...form.rules,
        NUMBERING: { enabled: false, severity: form.rules.NUMBERING.severity },
        MISSING_PRODUCT: { enabled: true, severity: "error" as const },
      },
      agencies: [{ id: 1, canonical: "  Ban  Dân tộc ", aliases: "BDT; Ban DT;\nbdt; Sở Văn hóa, Thể thao và Du lịch" }],
    };
    const r = fromForm(edited);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toEqual({
      version: 1,
      settings: { planPeriod: "2021–2025", rules: { NUMBERING: { enabled: false }, MISSING_PRODUCT: { severity: "error" } } },
      userAgencies: [{ canonical: "Ban Dân tộc", aliases: ["BDT", "Ban DT", "Sở Văn hóa, Thể thao và Du lịch"] }],
    });
    expect(toForm(r.value).planPeriod).toBe("2021–2025");
    expect(fromForm(toForm(DEFAULT_ADDIN_SETTINGS))).toEqual({ ok: true, value: DEFAULT_ADDIN_SETTINGS });
  });

  it("reports a bad period and blank or duplicate agency names", () => {
    const form = toForm(DEFAULT_ADDIN_SETTINGS);
    const r = fromForm({
      ...form,
      planPeriod: "2025-2021",
      agencies: [
        { id: 1, canonical: "", aliases: "x" },
        { id: 2, canonical: "Sở A", aliases: "" },
        { id: 3, canonical: "sở a", aliases: "" },
      ],
    });
    expect(r).toEqual({
      ok: false,
      errors: { planPeriod: "planPeriodInvalid", agencies: { 1: "agencyNameMissing", 3: "agencyDuplicate" } },
    });
    expect(normalisePeriod("2021")).toBe("2021");
    expect(normalisePeriod("1900")).toBeNull();
    expect(splitAliases(" a ;b\n\nA")).toEqual(["a", "b"]);
  });
});

describe("language and theme", () => {
  it("Vietnamese unless Office says otherwise; placeholders filled", () => {
    expect(pickLang(null)).toBe("vi");
    expect(pickLang("vi-VN")).toBe("vi");
    expect(pickLang("en-US")).toBe("en");
    expect(pickLang("fr-FR")).toBe("en");
    expect(t("vi", "countError", 4)).toBe("4 lỗi");
  });

  it("dark Office themes give Fluent's dark theme with Office's background", () => {
    expect(isDark({ bodyBackgroundColor: "#292929" })).toBe(true);
    expect(isDark({ bodyBackgroundColor: "#FFFFFF" })).toBe(false);
    expect(isDark(null)).toBe(false);
    const dark = themeFor({ bodyBackgroundColor: "#292929", bodyForegroundColor: "#FFFFFF" });
    expect(dark.colorNeutralBackground1).toBe("#292929");
    expect(dark.colorNeutralForeground1).toBe("#FFFFFF");
    // A text colour that would not contrast is ignored.
    expect(themeFor({ bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#FFFFFE" }).colorNeutralForeground1).not.toBe("#FFFFFE");
  });
});
