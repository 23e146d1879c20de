// Summaries link only inside the workbook (sheet names with "!", quotes, spaces; an agency named with "!"), and page
// setup a host rejects never costs the summary.
import path from "path";
import { readWorkbookFile } from "../../../src/cli/xlsx/read";
import type { SheetSpec } from "../../../src/core/sheets/spec";
import type { SheetData, WorkbookData } from "../../../src/core/workbook/model";
import { DEFAULT_ADDIN_SETTINGS } from "../../../src/excel/settings-store";
import { internalReference, quoteSheet } from "../../../src/excel/summary-links";
import { listPhuLucSheets, writeSummarySheets } from "../../../src/excel/summary-writer";
import { agencyChoices, checkPlan, readTable, writeSummaries } from "../../../src/taskpane/actions";
import { FakeExcel, FakeSheet, PageSetupFeature, cellAt, createSheet } from "../../../sim/fake-excel";
import { BY_AGENCY, BY_QUARTER, planWorkbook, summarySpec } from "./summary-fixtures";

/**
 * Excel's reading of a documentReference: a quoted sheet name ('' for a quote) or a bare one (letters, digits, _ and
 * .), then "!" and an A1 address. Null for anything else — and for "[…]", which names another workbook.
 */
function referencedSheet(ref: string): { sheet: string; address: string } | null {
  const quoted = /^'((?:[^']|'')+)'!(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)$/u.exec(ref);
  const bare = /^([\p{L}_][\p{L}\p{N}_.]*)!(\$?[A-Z]{1,3}\$?\d+)$/u.exec(ref);
  const m = quoted ?? bare;
  if (!m) return null;
  const sheet = quoted ? (m[1] as string).replace(/''/g, "'") : (m[1] as string);
  return sheet.includes("[") ? null : { sheet, address: m[2] as string };
}

/** Every hyperlink of the workbook: internal (documentReference to an existing sheet), never an address. */
function expectInternalLinks(fake: FakeExcel): number {
  let n = 0;
  for (const s of fake.state.sheets)
    for (const [key, cell] of Object.entries(s.cells)) {
      if (!cell.hyperlink) continue;
      n++;
      expect([s.name, key, cell.hyperlink.address]).toEqual([s.name, key, undefined]);
      const target = referencedSheet(cell.hyperlink.documentReference ?? "");
      expect([
        s.name,
        key,
        cell.hyperlink.documentReference,
        target !== null && fake.state.sheets.some((x) => x.name === target.sheet),
      ]).toEqual([s.name, key, cell.hyperlink.documentReference, true]);
    }
  return n;
}

describe("summary links stay inside the workbook", () => {
  it("quotes every sheet name as Excel does", () => {
    expect(quoteSheet("It's")).toBe("'It''s'");
    const names = new Set(["IT'S", "KH!2021", "SỞ A B"].map((n) => n.normalize("NFC")));
    const none = new Map<string, string>();
    expect(internalReference({ sheet: "It's", address: "A1" }, none, names)).toBe("'It''s'!A1");
    expect(internalReference({ sheet: "KH!2021", address: "B12" }, none, names)).toBe("'KH!2021'!B12");
    expect(internalReference({ sheet: "Sở A B", address: "$B$12" }, none, names)).toBe("'Sở A B'!$B$12");
    // Not a sheet here, another workbook, or not a plain address: no link at all.
    expect(internalReference({ sheet: "[Book1.xlsx]Sheet1", address: "A1" }, none, names)).toBeNull();
    expect(internalReference({ sheet: "Không có", address: "A1" }, none, names)).toBeNull();
    expect(internalReference({ sheet: "KH!2021", address: "B12!A1" }, none, names)).toBeNull();
    expect(internalReference({ sheet: "KH!2021", address: "https://example.org" }, none, names)).toBeNull();
  });

  it("sheets named with !, quotes and spaces get internal links; a target that is not a sheet here gets none (text kept, counted)", async () => {
    const fake = planWorkbook();
    for (const n of ["It's KH 2021", "KH!2021", "Sở Tư pháp!"]) fake.state.sheets.push(createSheet(fake.state, n));
    const specs: SheetSpec[] = [
      summarySpec(BY_AGENCY, 4, { sheet: "It's KH 2021", address: "B12" }),
      summarySpec("Sở A!B", 4, { sheet: "KH!2021", address: "C3" }),
      // Links to a generated sheet under its spec's name, which got "(2)" beside the user's sheet of that name.
      summarySpec("Sở Tư pháp!", 4, { sheet: "Sở A!B", address: "A1" }),
      summarySpec(BY_QUARTER, 4, { sheet: "[Book1.xlsx]Sheet1", address: "A1" }),
      summarySpec("Khác", 4, { sheet: "Không có sheet này", address: "A1" }),
    ];
    const r = await writeSummarySheets(specs, {}, fake.host);
    expect(r.sheets.map((s) => s.name)).toEqual([BY_AGENCY, "Sở A!B", "Sở Tư pháp! (2)", BY_QUARTER, "Khác"]);
    expect(r.droppedLinks).toBe(2);
    expect(expectInternalLinks(fake)).toBe(3);
    // The link cell of a 4-row spec: title, subtitle, header, 4 rows, the text row, then the link (row 9).
    expect(cellAt(fake.sheet(BY_AGENCY), "A9")?.hyperlink).toMatchObject({ documentReference: "'It''s KH 2021'!B12" });
    expect(cellAt(fake.sheet("Sở A!B"), "A9")?.hyperlink).toMatchObject({ documentReference: "'KH!2021'!C3" });
    expect(cellAt(fake.sheet("Sở Tư pháp! (2)"), "A9")?.hyperlink).toMatchObject({ documentReference: "'Sở A!B'!A1" });
    // The unlinked cells keep their text, as text.
    expect(cellAt(fake.sheet(BY_QUARTER), "A9")).toMatchObject({ value: "Nhiệm vụ 12", numberFormat: "@" });
    expect(cellAt(fake.sheet(BY_QUARTER), "A9")?.hyperlink).toBeUndefined();
    expect(cellAt(fake.sheet("Khác"), "A9")?.hyperlink).toBeUndefined();
  });

  it("a real plan on a sheet named with ' and !, an agency named with '!': the pane's summaries link only inside", async () => {
    const file = path.join(__dirname, "../../fixtures/gia-lai-2021.xlsx");
    const data = (await readWorkbookFile(file)).data;
    const plan = data.sheets[0] as SheetData;
    const sheetName = "It's KH!2021";
    // Agencies the engine knows by their form keep the "!" in their name, and so do their per-agency sheets.
    const leadCol = 3;
    const odd = ["Công ty Yahoo!", "Ban Quản lý dự án Khu kinh tế Nhơn Hội!"];
    let n = 0;
    const rows = plan.rows.map((row, r) =>
      r > 5 && typeof row[leadCol] === "string" ? row.map((v, c) => (c === leadCol ? (odd[n++ % 2] as string) : v)) : row,
    );
    const workbook: WorkbookData = { ...data, sheets: [{ ...plan, name: sheetName, rows }] };
    const fake = FakeExcel.fromWorkbookData(workbook);
    const state = await readTable(DEFAULT_ADDIN_SETTINGS, fake.host);
    expect(state.table).not.toBeNull();
    const checked = await checkPlan(state, "vi", fake.host);
    const choices = agencyChoices(checked.tasks);
    expect(choices.some((c) => c.name.includes("!"))).toBe(true);
    const r = await writeSummaries(
      state.table as NonNullable<typeof state.table>,
      checked.tasks,
      choices,
      new Set(choices.map((c) => c.key)),
      fake.host,
    );
    expect(r.droppedLinks).toBe(0);
    expect(r.sheets.some((s) => s.name.includes("!"))).toBe(true);
    const links = expectInternalLinks(fake);
    expect(links).toBeGreaterThan(checked.tasks.length);
    const toPlan = fake.state.sheets
      .flatMap((s) => Object.values(s.cells))
      .filter((c) => c.hyperlink?.documentReference?.startsWith("'It''s KH!2021'!"));
    expect(toPlan.length).toBeGreaterThan(0);
  });
});

describe("page setup a host rejects does not cost the summary", () => {
  const cases: { reject: PageSetupFeature[]; status: string }[] = [
    { reject: ["fitToPages"], status: "basic" },
    { reject: ["printTitles"], status: "basic" },
    { reject: ["pageBreaks"], status: "basic" },
    { reject: ["fitToPages", "printTitles", "pageBreaks"], status: "basic" },
  ];
  for (const c of cases)
    it(`rejected ${c.reject.join(", ")}: the sheets are written and marked; orientation and A4 applied; the result says so`, async () => {
      const fake = planWorkbook({ rejectPageSetup: c.reject });
      const r = await writeSummarySheets([summarySpec(), summarySpec(BY_QUARTER)], {}, fake.host);
      expect(r).toMatchObject({ printSetup: c.status });
      // Fit to pages goes last, so its InvalidArgument is the code only when nothing before it was refused.
      expect(r.printSetupError).toBe(c.reject.length === 1 && c.reject[0] === "fitToPages" ? "InvalidArgument" : "GeneralException");
      expect((await listPhuLucSheets(fake.host)).map((s) => s.name)).toEqual([BY_AGENCY, BY_QUARTER]);
      for (const name of [BY_AGENCY, BY_QUARTER]) {
        const s: FakeSheet = fake.sheet(name);
        expect(cellAt(s, "B4")?.value).toBe("Sở Nội vụ 1");
        expect(s.charts).toHaveLength(1);
        expect(s.pageLayout).toMatchObject({ orientation: "Landscape", paperSize: "A4" });
        if (c.reject.includes("fitToPages")) expect(s.pageLayout.zoom).toEqual({ scale: 100 });
      }
      expect(fake.state.activeSheetId).toBe(fake.sheet(BY_AGENCY).id);
    });

  it("nothing rejected: the full setup in one sync after the content", async () => {
    const fake = planWorkbook();
    const r = await writeSummarySheets([summarySpec()], {}, fake.host);
    expect(r.printSetup).toBe("applied");
    expect(r.printSetupError).toBeUndefined();
    expect(fake.sheet(BY_AGENCY).pageLayout).toMatchObject({
      printTitleRows: "$3:$3",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    });
    expect(fake.sheet(BY_AGENCY).horizontalPageBreaks).toEqual([9]);
  });

  it("even orientation refused (the basic retry fails too): the summary stays, printSetup notApplied", async () => {
    // A fresh workbook's syncs: 0, 1 reads; 2 add; 3 marker and content; 4 page setup; 5 its basic retry.
    const fake = planWorkbook({ failSync: (i) => (i >= 4 ? { code: "GeneralException" } : null) });
    const r = await writeSummarySheets([summarySpec()], {}, fake.host);
    expect(r).toMatchObject({ printSetup: "notApplied", printSetupError: "GeneralException", syncs: 6 });
    expect(fake.syncs.map((x) => x.error ?? "ok")).toEqual(["ok", "ok", "ok", "ok", "GeneralException", "GeneralException"]);
    const s = fake.sheet(BY_AGENCY);
    expect(cellAt(s, "B4")?.value).toBe("Sở Nội vụ 1");
    expect(JSON.parse(s.customProperties["PhuLuc.generated"] as string)).toMatchObject({ spec: BY_AGENCY, id: s.id });
  });

  it("a rejection in the last of several page-setup syncs: every sync sent is counted, and the result names what the sheets lack", async () => {
    // A budget so small that each sheet's page setup is a sync of its own; only the third sheet fits to width.
    const specs = [BY_AGENCY, BY_QUARTER, "Tổng hợp thứ ba"].map((name, i) => {
      const s = summarySpec(name, 2);
      return { ...s, print: { ...s.print, fitToWidth: i === 2 } };
    });
    const fake = planWorkbook({ rejectPageSetup: ["fitToPages"] });
    const r = await writeSummarySheets(specs, { maxRequestBytes: 1_000 }, fake.host);
    expect(r.printSetup).toBe("basic");
    // Full attempt: 2 syncs applied, the third refused; then 3 basic syncs.
    expect(fake.syncs.slice(-6).map((x) => x.error ?? "ok")).toEqual(["ok", "ok", "InvalidArgument", "ok", "ok", "ok"]);
    expect(r.syncs).toBe(fake.syncCount);
    expect(r.printFeatures).toEqual(["fitToWidth", "printTitles", "pageBreaks", "pageNumbers"]);
  });

  it("the print features a result names are those the specs asked for", async () => {
    const { margins } = summarySpec().print;
    const plain = {
      ...summarySpec(),
      pageBreaks: [],
      print: { orientation: "portrait" as const, paper: "A4" as const, fitToWidth: false, margins, centerHorizontally: false },
    };
    const r = await writeSummarySheets([plain], {}, planWorkbook().host);
    expect(r.printFeatures).toEqual([]);
  });

  it("without ExcelApi 1.9 print setup is unsupported, said so", async () => {
    const fake = planWorkbook({ apiVersion: "1.8" });
    const r = await writeSummarySheets([summarySpec()], {}, fake.host);
    expect(r.printSetup).toBe("unsupported");
    expect(r.syncs).toBe(4);
    expect(fake.sheet(BY_AGENCY).customProperties).toEqual({});
  });
});
