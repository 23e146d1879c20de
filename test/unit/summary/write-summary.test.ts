import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import JSZip from "jszip";
import os from "os";
import path from "path";
import { writeSummaryWorkbook } from "../../../src/cli/xlsx/write-summary";
import { BY_AGENCY_SHEET, BY_QUARTER_SHEET, summarize } from "../../../src/core/summary";
import { parseCellAddress } from "../../../src/core/workbook/address";
import { FIXTURES, loadFixture } from "./fixture-tasks";

// Each case loads a real plan, writes a whole summary workbook with ExcelJS and reads it back: about a second alone,
// well past jest's 5 s default when the machine is busy (another build, two cores). The work is bounded; time is not
// what this file checks.
jest.setTimeout(120_000);

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "phuluc-summary-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** Internal link target "'Phụ lục'!B12" → sheet and address. */
function splitTarget(target: string): { sheet: string; address: string } {
  const m = /^'((?:[^']|'')+)'!([A-Z]+\d+)$/.exec(target);
  if (!m) throw new Error(`not an internal link: ${target}`);
  return { sheet: (m[1] as string).replace(/''/g, "'"), address: m[2] as string };
}

describe.each(FIXTURES)("summary workbook of %s", (name) => {
  test("has the sheets, the chart, links to existing plan cells, and user text as text", async () => {
    const fixture = await loadFixture(name);
    // User text that a careless writer would turn into formulas.
    const tasks = fixture.tasks.map((t, i) =>
      i === 0 ? { ...t, task: "=SUM(1,2) tổng hợp" } : i === 1 ? { ...t, task: "+84 tổng hợp", product: "@mention" } : t,
    );
    const out = path.join(dir, `${name}.xlsx`);
    const result = await writeSummaryWorkbook(out, {
      tasks,
      sources: [{ file: fixture.file, worksheet: fixture.worksheet, table: fixture.table }],
    });

    // Re-read with ExcelJS.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toEqual(result.sheets);
    expect(names.slice(0, 2)).toEqual([BY_AGENCY_SHEET, BY_QUARTER_SHEET]);
    expect(names[names.length - 1]).toBe(fixture.worksheet.name);
    const listSheets = names.filter((n) => n.startsWith("Nhiệm vụ – "));
    expect(listSheets).toHaveLength(summarize(tasks, fixture.table.planPeriod).byAgency.length);
    for (const n of names) expect(n.length).toBeLessThanOrEqual(31);

    // No formula anywhere, and the "=" / "+" task texts are strings.
    const texts: string[] = [];
    for (const ws of wb.worksheets)
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          if (typeof cell.value === "string") texts.push(cell.value);
        }),
      );
    expect(texts).toContain("=SUM(1,2) tổng hợp");
    expect(texts).toContain("+84 tổng hợp");
    expect(texts).toContain("@mention");

    // Print setup survives the round trip.
    const byQuarter = wb.getWorksheet(BY_QUARTER_SHEET) as ExcelJS.Worksheet;
    expect(byQuarter.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, fitToPage: true });
    expect(byQuarter.pageSetup.printTitlesRow).toMatch(/^\d+:\d+$/);
    expect(byQuarter.views[0]).toMatchObject({ state: "frozen" });
    expect(byQuarter.getCell("A1").font?.name).toBe("Times New Roman");

    // The package: chart and drawing parts, their relations, content types; internal links without relationships.
    const zip = await JSZip.loadAsync(await fs.readFile(out));
    const chart = await zip.file("xl/charts/chart1.xml")?.async("string");
    const drawing = await zip.file("xl/drawings/drawing1.xml")?.async("string");
    const drawingRels = await zip.file("xl/drawings/_rels/drawing1.xml.rels")?.async("string");
    const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
    expect(chart).toContain('<c:barDir val="col"/>');
    expect(chart).toContain(`'${BY_QUARTER_SHEET}'!$C$`);
    expect(drawing).toContain("<xdr:twoCellAnchor");
    expect(drawingRels).toContain('Target="../charts/chart1.xml"');
    expect(types).toContain('PartName="/xl/charts/chart1.xml"');
    expect(types).toContain('PartName="/xl/drawings/drawing1.xml"');

    // The drawing hangs off the by-quarter sheet (the second sheet part ExcelJS writes).
    const sheetXml = (await zip.file("xl/worksheets/sheet2.xml")?.async("string")) ?? "";
    const sheetRels = (await zip.file("xl/worksheets/_rels/sheet2.xml.rels")?.async("string")) ?? "";
    const drawingId = /<drawing r:id="(rId\d+)"\/>/.exec(sheetXml)?.[1];
    expect(drawingId).toBeDefined();
    expect(sheetRels).toContain(
      `Id="${drawingId}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"`,
    );

    // Cached chart values are the by-quarter totals of the summary.
    const cached = [...(chart ?? "").matchAll(/<c:numCache>.*?<\/c:numCache>/g)].map((m) =>
      [...m[0].matchAll(/<c:v>(\d+)<\/c:v>/g)].map((v) => Number(v[1])),
    );
    expect(cached).toEqual([summarize(tasks, fixture.table.planPeriod).byQuarter.map((q) => q.tasks)]);

    for (const file of Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f))) {
      const xml = (await zip.file(file)?.async("string")) ?? "";
      expect(xml).not.toMatch(/<f[ >]/);
      for (const link of xml.match(/<hyperlink\b[^>]*>/g) ?? []) {
        expect(link).toContain("location=");
        expect(link).not.toContain("r:id=");
      }
    }
    // Every link on a list sheet points at a non-empty cell of the copied plan sheet, on the task's row.
    // (ExcelJS reads only links that have a relationship, so they are read from the sheet XML.)
    const plan = wb.getWorksheet(fixture.worksheet.name);
    if (!plan) throw new Error("plan copy missing");
    let links = 0;
    for (const n of listSheets) {
      const xml = (await zip.file(`xl/worksheets/sheet${names.indexOf(n) + 1}.xml`)?.async("string")) ?? "";
      const ws = wb.getWorksheet(n) as ExcelJS.Worksheet;
      for (const tag of xml.match(/<hyperlink\b[^>]*>/g) ?? []) {
        const ref = /ref="([A-Z]+\d+)"/.exec(tag)?.[1] as string;
        const location = (/location="([^"]*)"/.exec(tag)?.[1] as string).replace(/&apos;/g, "'").replace(/&amp;/g, "&");
        const { sheet, address } = splitTarget(location);
        expect(sheet).toBe(plan.name);
        const rowNumber = (parseCellAddress(address)?.row ?? -1) + 1;
        const source = fixture.tasks.find((t) => t.row === rowNumber);
        if (!source) throw new Error(`link to ${address}, not a task row`);
        // The target is the task's own cell: it shows the task text (Gia Lai's one task whose text was lost: empty).
        const squeeze = (x: string) => x.normalize("NFC").replace(/\s+/g, "");
        expect(squeeze(plan.getCell(address).text)).toContain(squeeze(source.task).slice(0, 15));
        expect(ws.getCell(ref).text).toBe(`Dòng ${rowNumber}`);
        links++;
      }
    }
    // Each task is listed at least once per lead.
    expect(links).toBeGreaterThanOrEqual(tasks.filter((t) => t.lead.length > 0).length);

    for (const file of Object.keys(zip.files).filter((f) => f.endsWith(".rels"))) {
      expect((await zip.file(file)?.async("string")) ?? "").not.toContain('TargetMode="External"');
    }
  });
});
