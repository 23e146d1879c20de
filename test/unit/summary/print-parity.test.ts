// One spec, two writers: the CLI's ExcelJS file and the add-in's office.js writes (against the simulated Excel)
// must print the same way — paper, orientation, margins, centring, footer, fit to width, print titles, page breaks
// and row heights — because each writer only translates the spec. Both sides are read back into one shape.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { renderSheetSpec } from "../../../src/cli/xlsx/render-spec";
import { footerSectionCode } from "../../../src/core/sheets/print";
import { estimateRowHeights, withRowHeights } from "../../../src/core/sheets/row-heights";
import type { SheetSpec } from "../../../src/core/sheets/spec";
import { buildSummarySheets } from "../../../src/core/summary";
import { heightRuns } from "../../../src/excel/summary-render";
import { writeSummarySheets } from "../../../src/excel/summary-writer";
import { FakeExcel, FakeSheet, emptyWorkbook } from "../../../sim/fake-excel";
import { loadFixture } from "./fixture-tasks";

interface PrintedAs {
  paper: string;
  orientation: string;
  /** Inches, rounded to a thousandth (office.js sets points). */
  margins: Record<string, number>;
  centred: boolean;
  /** The centre footer section in Excel's codes ("" when none). */
  footer: string;
  fitToWidth: boolean;
  titleRows: string | null;
  /** 1-based sheet rows that start a new page. */
  breaks: number[];
  /** Row heights in points by 1-based row. */
  heights: Record<number, number>;
}

const inch = (v: number) => Math.round(v * 1000) / 1000;

/** ExcelJS does not read page breaks back: they are taken from the sheet's XML (`<brk id>` = the row above the break). */
function fromExcelJs(ws: ExcelJS.Worksheet, sheetXml: string): PrintedAs {
  const p = ws.pageSetup;
  const m = p.margins as NonNullable<typeof p.margins>;
  const heights: Record<number, number> = {};
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.height !== undefined) heights[r] = row.height;
  });
  const footer = ws.headerFooter?.oddFooter ?? "";
  expect(footer === "" || footer.startsWith("&C")).toBe(true);
  const breaks = [...sheetXml.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]) + 1);
  return {
    paper: ({ 9: "A4" } as Record<number, string>)[p.paperSize as number] ?? String(p.paperSize),
    orientation: String(p.orientation),
    margins: {
      left: inch(m.left),
      right: inch(m.right),
      top: inch(m.top),
      bottom: inch(m.bottom),
      header: inch(m.header),
      footer: inch(m.footer),
    },
    centred: p.horizontalCentered === true,
    footer: footer.replace(/^&C/, ""),
    fitToWidth: p.fitToPage === true && p.fitToWidth === 1 && p.fitToHeight === 0,
    titleRows: p.printTitlesRow ?? null,
    breaks,
    heights,
  };
}

function fromFake(s: FakeSheet): PrintedAs {
  const pl = s.pageLayout;
  const pt = (v: number) => inch(v / 72);
  const heights: Record<number, number> = {};
  for (const [r, h] of Object.entries(s.rowHeights)) heights[Number(r) + 1] = h;
  return {
    paper: pl.paperSize,
    orientation: pl.orientation.toLowerCase(),
    margins: {
      left: pt(pl.margins.left),
      right: pt(pl.margins.right),
      top: pt(pl.margins.top),
      bottom: pt(pl.margins.bottom),
      header: pt(pl.margins.header),
      footer: pt(pl.margins.footer),
    },
    centred: pl.centerHorizontally,
    footer: pl.footer.center,
    fitToWidth: pl.zoom.horizontalFitToPages === 1 && pl.zoom.verticalFitToPages === 0,
    titleRows: pl.printTitleRows === null ? null : pl.printTitleRows.replace(/\$/g, ""),
    breaks: s.horizontalPageBreaks.map((r) => r + 1),
    heights,
  };
}

/** The ExcelJS side as the file holds it: rendered, written to a buffer and read back. */
async function throughExcelJs(specs: readonly SheetSpec[]): Promise<Map<string, PrintedAs>> {
  const wb = new ExcelJS.Workbook();
  for (const spec of specs) renderSheetSpec(wb, spec);
  const buffer = (await wb.xlsx.writeBuffer()) as ArrayBuffer;
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(buffer);
  const zip = await JSZip.loadAsync(buffer);
  const out = new Map<string, PrintedAs>();
  for (const [i, ws] of again.worksheets.entries())
    out.set(ws.name, fromExcelJs(ws, (await zip.file(`xl/worksheets/sheet${i + 1}.xml`)?.async("string")) ?? ""));
  return out;
}

let specs: SheetSpec[];
beforeAll(async () => {
  const fixture = await loadFixture("gia-lai-2021");
  const plan = {
    titleLines: fixture.table.titleLines,
    period: fixture.table.planPeriod,
    sources: [{ file: fixture.file, sheet: fixture.table.sheet }],
  };
  // The by-agency and by-quarter sheets and three agency lists (long wrapped task texts).
  specs = buildSummarySheets({ tasks: fixture.tasks, plan }).sheets.slice(0, 5);
});

describe("both writers print a summary sheet as its spec says", () => {
  it("the ExcelJS file and the office.js writes give the same print setup and row heights, sheet by sheet", async () => {
    const excelJs = await throughExcelJs(specs);
    const fake = new FakeExcel(emptyWorkbook("plan.xlsx", ["Phụ lục"]));
    const r = await writeSummarySheets(specs, {}, fake.host);
    expect(r.printSetup).toBe("applied");
    expect(specs.length).toBe(5);
    for (const spec of specs) {
      const fromFile = excelJs.get(spec.name) as PrintedAs;
      expect([spec.name, fromFake(fake.sheet(spec.name))]).toEqual([spec.name, fromFile]);
      // …and that shape is the spec's, not two writers agreeing on a default of their own.
      expect(fromFile).toMatchObject({
        paper: spec.print.paper,
        orientation: spec.print.orientation,
        margins: spec.print.margins,
        centred: spec.print.centerHorizontally,
        footer: spec.print.footer ? footerSectionCode(spec.print.footer) : "",
        fitToWidth: spec.print.fitToWidth,
      });
      expect(Object.keys(fromFile.heights).map(Number)).toEqual(Object.keys(spec.rowHeights ?? {}).map((k) => Number(k) + 1));
    }
    // The summary sheets' own setup: A4 landscape, half-inch sides, centred, "Trang P/N" in Times New Roman 10.
    expect(excelJs.get(specs[0]?.name as string)).toMatchObject({
      paper: "A4",
      orientation: "landscape",
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      centred: true,
      footer: '&"Times New Roman,Regular"&10Trang &P/&N',
    });
  });

  it("wrapped task rows get their height in the spec, so the add-in sets them too (it set only title rows before)", () => {
    const list = specs.find((s) => s.kind === "agency-tasks") as SheetSpec;
    const bare = { ...list, rowHeights: {} };
    const estimated = estimateRowHeights(bare);
    // Rows of wrapped text taller than one line exist, and every one of them is in the spec.
    expect([...estimated.values()].filter((h) => h > 20).length).toBeGreaterThan(3);
    for (const [r] of estimated) expect(list.rowHeights?.[r]).toBeDefined();
    // Explicit heights (the title and header rows) win over estimates.
    const withTitle = withRowHeights({ ...bare, rowHeights: { 0: 33 } });
    expect(withTitle.rowHeights?.[0]).toBe(33);
  });

  it("the add-in writes neighbouring rows of one height with one range", () => {
    expect(heightRuns({ 5: 20, 3: 20, 4: 20, 7: 20, 8: 31 })).toEqual([
      { from: 3, to: 5, height: 20 },
      { from: 7, to: 7, height: 20 },
      { from: 8, to: 8, height: 31 },
    ]);
  });
});

describe("a footer in Excel's codes", () => {
  it("page number and count become &P and &N; a literal & is doubled; a leading digit is kept apart from the size", () => {
    expect(footerSectionCode({ center: "Trang {page}/{pages}", fontSize: 10 })).toBe('&"Times New Roman,Regular"&10Trang &P/&N');
    expect(footerSectionCode({ center: "A & B {page}", fontSize: 9 })).toBe('&"Times New Roman,Regular"&9A && B &P');
    expect(footerSectionCode({ center: "{page}", fontSize: 10 })).toBe('&"Times New Roman,Regular"&10&P');
    expect(footerSectionCode({ center: "2021 – {page}", fontSize: 10 })).toBe('&"Times New Roman,Regular"&10 2021 – &P');
  });
});

describe("a host that refuses the footer does not cost the summary", () => {
  it("the sheets are written; margins and centring stay (basic setup); the result names the page numbers as possibly missing", async () => {
    const fake = new FakeExcel(emptyWorkbook("plan.xlsx", ["Phụ lục"]), { rejectPageSetup: ["footer"] });
    const r = await writeSummarySheets(specs.slice(0, 2), {}, fake.host);
    expect(r).toMatchObject({ printSetup: "basic", printSetupError: "GeneralException" });
    expect(r.printFeatures).toContain("pageNumbers");
    for (const spec of specs.slice(0, 2)) {
      const s = fromFake(fake.sheet(spec.name));
      expect(s).toMatchObject({ paper: "A4", orientation: "landscape", margins: spec.print.margins, centred: true, footer: "" });
      expect(Object.keys(s.heights).length).toBe(Object.keys(spec.rowHeights ?? {}).length);
    }
  });
});
