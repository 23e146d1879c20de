import type { SpecCell } from "../../../src/core/sheets/spec";
import { ExcelAdapterError } from "../../../src/excel/errors";
import {
  SHEET_MARKER_KEY,
  listPhuLucSheets,
  listSheets,
  styleRectangles,
  widthToPoints,
  writeSummarySheets,
} from "../../../src/excel/summary-writer";
import { FakeExcel, FakeSheet, cellAt, createSheet } from "../../../sim/fake-excel";
import { BY_AGENCY, PLAN, planWorkbook, richSummarySpec } from "./summary-fixtures";

const spec = richSummarySpec;
const workbook = planWorkbook;

describe("summary writer", () => {
  it("writes a sheet in 5 syncs (2 reads, add, marker then content, print setup): values as text, styles, merges, widths, freeze, print setup, links, chart", async () => {
    const fake = workbook();
    const result = await writeSummarySheets([spec()], {}, fake.host);
    expect(fake.syncCount).toBe(5);
    expect(result).toMatchObject({
      syncs: 5,
      writeSyncs: 1,
      marker: "customProperty",
      undoGroup: false,
      printSetup: "applied",
      droppedLinks: 0,
    });
    expect(result.sheets).toEqual([{ spec: BY_AGENCY, name: BY_AGENCY, kind: "by-agency", replaced: false }]);
    expect(fake.syncs[3]?.calculationSuspended).toBe(true);
    const s = fake.sheet(BY_AGENCY);
    expect(fake.state.activeSheetId).toBe(s.id);
    expect(JSON.parse(s.customProperties[SHEET_MARKER_KEY] as string)).toEqual({ v: 1, kind: "by-agency", spec: BY_AGENCY, id: s.id });
    // Text stays text: no formula, no number conversion.
    expect(cellAt(s, "A10")).toMatchObject({ value: "=SUM(C4:C9)", numberFormat: "@" });
    expect(cellAt(s, "A10")?.formula).toBeUndefined();
    expect(cellAt(s, "B10")).toMatchObject({ value: "+84 912", numberFormat: "@" });
    expect(cellAt(s, "C10")).toMatchObject({ value: "12", numberFormat: "@" });
    expect(cellAt(s, "C4")?.value).toBe(3);
    expect(cellAt(s, "C4")?.numberFormat).toBeUndefined();
    // Styles.
    expect(cellAt(s, "B3")).toMatchObject({
      font: { name: "Times New Roman", size: 12, bold: true },
      fill: { color: "#D9E2F3" },
      horizontalAlignment: "Center",
      wrapText: true,
    });
    expect(cellAt(s, "B3")?.borders?.EdgeTop?.style).toBe("Continuous");
    // Inside borders are stored on the upper/left cell of each shared edge.
    expect(cellAt(s, "B5")?.borders).toMatchObject({
      EdgeLeft: { style: "Continuous" },
      EdgeRight: { style: "Continuous" },
      EdgeBottom: { style: "Continuous" },
    });
    expect(cellAt(s, "A12")?.borders).toBeUndefined();
    expect(cellAt(s, "A1")?.font).toMatchObject({ bold: true, size: 14 });
    // Layout.
    expect(s.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 3 },
      { top: 1, left: 0, bottom: 1, right: 3 },
    ]);
    expect(s.columnWidths).toEqual({ 0: widthToPoints(6), 1: widthToPoints(40), 2: widthToPoints(12), 3: widthToPoints(12) });
    expect(s.rowHeights).toEqual({ 0: 30 });
    expect(s.freeze).toEqual({ rows: 3, cols: 0 });
    expect(s.pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      printTitleRows: "$3:$3",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    });
    expect(s.horizontalPageBreaks).toEqual([9]);
    expect(cellAt(s, "A11")).toMatchObject({
      value: "Nhiệm vụ 12",
      hyperlink: { documentReference: "'KH 2021'!B12", textToDisplay: "Nhiệm vụ 12" },
    });
    expect(s.charts).toHaveLength(1);
    expect(s.charts[0]).toMatchObject({
      type: "ColumnClustered",
      title: "Nhiệm vụ theo cơ quan",
      position: { start: "F3", end: "M18" },
      series: [
        { name: "Số nhiệm vụ", values: "'Tổng hợp theo cơ quan'!C4:C9", xValues: "'Tổng hợp theo cơ quan'!B4:B9" },
        { name: "Quá hạn", values: "'Tổng hợp theo cơ quan'!D4:D9", xValues: "'Tổng hợp theo cơ quan'!B4:B9" },
      ],
    });
  });

  it("never overwrites a user's sheet with the same name; regenerating replaces only PhuLuc's sheet, in place", async () => {
    const fake = workbook();
    // The user made a sheet with the summary's name.
    const mine = createSheet(fake.state, BY_AGENCY);
    mine.cells["0,0"] = { value: "Bảng của tôi", fill: { color: "#FFFF00" } };
    fake.state.sheets.push(mine);
    const userBefore = JSON.parse(JSON.stringify(mine)) as typeof mine;

    const first = await writeSummarySheets([spec(), spec("Tổng hợp theo quý")], {}, fake.host);
    expect(first.sheets.map((s) => s.name)).toEqual([`${BY_AGENCY} (2)`, "Tổng hợp theo quý"]);
    expect(fake.state.sheets.map((s) => s.name)).toEqual([PLAN, BY_AGENCY, `${BY_AGENCY} (2)`, "Tổng hợp theo quý"]);
    // The user moves our sheet first and changes a cell in it; regenerate.
    const ours = fake.state.sheets.splice(2, 1)[0] as (typeof fake.state.sheets)[number];
    fake.state.sheets.unshift(ours);
    ours.cells["0,0"] = { value: "sửa tay" };
    const second = await writeSummarySheets([spec(), spec("Tổng hợp theo quý")], {}, fake.host);
    expect(second.sheets.map((s) => [s.name, s.replaced])).toEqual([
      [`${BY_AGENCY} (2)`, true],
      ["Tổng hợp theo quý", true],
    ]);
    expect(fake.state.sheets.map((s) => s.name)).toEqual([`${BY_AGENCY} (2)`, PLAN, BY_AGENCY, "Tổng hợp theo quý"]);
    expect(cellAt(fake.sheet(`${BY_AGENCY} (2)`), "A1")?.value).toBe("TỔNG HỢP NHIỆM VỤ THEO CƠ QUAN");
    expect(fake.sheet(BY_AGENCY)).toEqual(userBefore);
    expect(await listPhuLucSheets(fake.host)).toEqual([
      { name: `${BY_AGENCY} (2)`, kind: "by-agency", spec: BY_AGENCY },
      { name: "Tổng hợp theo quý", kind: "by-agency", spec: "Tổng hợp theo quý" },
    ]);
    const all = await listSheets(fake.host);
    expect(all.filter((s) => !s.phuluc).map((s) => s.name)).toEqual([PLAN, BY_AGENCY]);
  });

  it("regenerating rewrites PhuLuc's sheet in place: same id, name, position and marker; the user's formulas pointing at it keep working", async () => {
    for (const apiVersion of ["1.17", "1.9"]) {
      const fake = workbook({ apiVersion });
      await writeSummarySheets([spec()], {}, fake.host);
      const ours = fake.sheet(BY_AGENCY);
      const id = ours.id;
      // The user links to our sheet from the plan, and leaves stray things on our sheet.
      fake.sheet(PLAN).cells["0,5"] = { formula: `='${BY_AGENCY}'!C4` };
      ours.cells["40,10"] = { value: "cũ", fill: { color: "#FF0000" }, hyperlink: { address: "https://example.org" } };
      ours.merges.push({ top: 30, left: 0, bottom: 31, right: 2 });
      ours.columnWidths["10"] = 99;
      ours.charts.push({ ...(ours.charts[0] as FakeSheet["charts"][number]), id: "{OLD-CHART}", name: "Chart 9" });
      const positionBefore = fake.state.sheets.indexOf(ours);
      const result = await writeSummarySheets([spec(BY_AGENCY, 3)], {}, fake.host);
      expect(result.sheets).toEqual([{ spec: BY_AGENCY, name: BY_AGENCY, kind: "by-agency", replaced: true }]);
      const after = fake.sheet(BY_AGENCY);
      expect(after.id).toBe(id);
      expect(fake.state.sheets.indexOf(after)).toBe(positionBefore);
      expect(fake.sheet(PLAN).cells["0,5"]).toEqual({ formula: `='${BY_AGENCY}'!C4` });
      // Only what the new spec writes is there: nothing left over from before.
      expect(cellAt(after, "K41")).toBeUndefined();
      expect(after.merges).toEqual(spec(BY_AGENCY, 3).merges);
      expect(after.columnWidths["10"]).toBeUndefined();
      expect(after.charts).toHaveLength(1);
      expect(cellAt(after, "A7")?.value).toBe("=SUM(C4:C9)");
      expect(cellAt(after, "A10")).toBeUndefined();
      expect(await listPhuLucSheets(fake.host)).toEqual([{ name: BY_AGENCY, kind: "by-agency", spec: BY_AGENCY }]);
    }
  });

  it('names come from core\'s SheetNamer: a clash compared as Excel does (case, NFC/NFD) gets " (2)"', async () => {
    const fake = workbook();
    const mine = createSheet(fake.state, BY_AGENCY.normalize("NFD").toLocaleUpperCase("vi"));
    fake.state.sheets.push(mine);
    const result = await writeSummarySheets([spec(), spec("Bảng: a/b [1]")], {}, fake.host);
    expect(result.sheets.map((s) => s.name)).toEqual([`${BY_AGENCY} (2)`, "Bảng- a-b (1)"]);
  });

  it("a user's sheet that merely looks generated (same name, no marker) is kept", async () => {
    const fake = workbook();
    await writeSummarySheets([spec()], {}, fake.host);
    delete fake.sheet(BY_AGENCY).customProperties[SHEET_MARKER_KEY]; // e.g. a copy the user made by hand
    const r = await writeSummarySheets([spec()], {}, fake.host);
    expect(r.sheets[0]).toMatchObject({ name: `${BY_AGENCY} (2)`, replaced: false });
  });

  /** Excel's Move or Copy → "Create a copy" of a sheet, as the user does it (the fake copies custom properties). */
  async function userCopies(fake: FakeExcel, name: string, position = "None"): Promise<string> {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return fake.run(async (context: any) => {
      const copy = context.workbook.worksheets.getItem(name).copy(position);
      copy.load("name");
      await context.sync();
      return copy.name as string;
    });
  }

  it("a user's copy of a PhuLuc sheet (the marker travelled with it, the id did not) is the user's: never replaced", async () => {
    const fake = workbook();
    await writeSummarySheets([spec()], {}, fake.host);
    const copyName = await userCopies(fake, BY_AGENCY); // placed first, before PhuLuc's own sheet
    expect(copyName).toBe(`${BY_AGENCY} (2)`);
    const copy = fake.sheet(copyName);
    expect(copy.customProperties[SHEET_MARKER_KEY]).toBe(fake.sheet(BY_AGENCY).customProperties[SHEET_MARKER_KEY]);
    expect(copy.id).not.toBe(fake.sheet(BY_AGENCY).id);
    copy.cells["3,1"] = { value: "Sở Nội vụ (đã sửa tay)" };
    const copyBefore = JSON.parse(JSON.stringify(copy)) as typeof copy;

    expect(await listPhuLucSheets(fake.host)).toEqual([{ name: BY_AGENCY, kind: "by-agency", spec: BY_AGENCY }]);
    expect((await listSheets(fake.host)).find((s) => s.name === copyName)?.phuluc).toBeNull();
    const again = await writeSummarySheets([spec()], {}, fake.host);
    expect(again.sheets).toEqual([{ spec: BY_AGENCY, name: BY_AGENCY, kind: "by-agency", replaced: true }]);
    expect(fake.state.sheets.map((s) => s.name)).toEqual([copyName, PLAN, BY_AGENCY]);
    expect(fake.sheet(copyName)).toEqual(copyBefore);
    // Even when PhuLuc's own sheet is gone, the copy is not taken for it.
    const ours = fake.state.sheets.findIndex((s) => s.name === BY_AGENCY);
    fake.state.sheets.splice(ours, 1);
    const third = await writeSummarySheets([spec()], {}, fake.host);
    expect(third.sheets[0]).toMatchObject({ name: BY_AGENCY, replaced: false });
    expect(fake.sheet(copyName)).toEqual(copyBefore);
  });

  it("a marker without the sheet's id (or with another sheet's id) does not make a sheet PhuLuc's", async () => {
    const fake = workbook();
    await writeSummarySheets([spec()], {}, fake.host);
    fake.sheet(BY_AGENCY).customProperties[SHEET_MARKER_KEY] = JSON.stringify({ v: 1, kind: "by-agency", spec: BY_AGENCY });
    expect(await listPhuLucSheets(fake.host)).toEqual([]);
    const r = await writeSummarySheets([spec()], {}, fake.host);
    expect(r.sheets[0]).toMatchObject({ name: `${BY_AGENCY} (2)`, replaced: false });
    fake.sheet(PLAN).customProperties[SHEET_MARKER_KEY] = fake.sheet(`${BY_AGENCY} (2)`).customProperties[SHEET_MARKER_KEY] as string;
    expect((await listPhuLucSheets(fake.host)).map((s) => s.name)).toEqual([`${BY_AGENCY} (2)`]);
  });

  it("without ExcelApi 1.12 a copy is not in the registry either", async () => {
    const fake = workbook({ apiVersion: "1.11" });
    await writeSummarySheets([spec()], {}, fake.host);
    const copyName = await userCopies(fake, BY_AGENCY, "End");
    const copyBefore = JSON.parse(JSON.stringify(fake.sheet(copyName))) as FakeSheet;
    const again = await writeSummarySheets([spec()], {}, fake.host);
    expect(again.sheets[0]).toMatchObject({ name: BY_AGENCY, replaced: true });
    expect(fake.sheet(copyName)).toEqual(copyBefore);
    expect((await listPhuLucSheets(fake.host)).map((s) => s.name)).toEqual([BY_AGENCY]);
  });

  it("chunks the writes under a small request limit; without chunking the host refuses the payload", async () => {
    const big = spec(BY_AGENCY, 3000);
    const fake = workbook({ requestLimitBytes: 120_000 });
    const result = await writeSummarySheets([big], { maxRequestBytes: 100_000 }, fake.host);
    expect(result.writeSyncs).toBeGreaterThan(3);
    expect(fake.syncCount).toBe(4 + result.writeSyncs);
    for (const sync of fake.syncs) expect(sync.requestBytes).toBeLessThanOrEqual(120_000);
    const s = fake.sheet(BY_AGENCY);
    expect(cellAt(s, "B3002")?.value).toBe("Sở Tư pháp 2999");
    expect(cellAt(s, "B3002")?.borders?.EdgeBottom?.style).toBe("Continuous");
    expect(s.charts).toHaveLength(1);

    const tight = workbook({ requestLimitBytes: 120_000 });
    const err = await writeSummarySheets([big], {}, tight.host).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExcelAdapterError);
    expect((err as ExcelAdapterError).key).toBe("payloadTooLarge");
    expect(tight.syncs.map((s) => s.error).filter(Boolean)).toEqual(["RequestPayloadSizeLimitExceeded"]);
    // The sheet added before the refused write is gone again (2 cleanup syncs after the failure).
    expect(tight.state.sheets.map((s) => s.name)).toEqual([PLAN]);
    expect(tight.syncs.findIndex((s) => s.error)).toBe(tight.syncCount - 3);
  });

  it("without ExcelApi 1.12 the marker is a registry of sheet ids in a custom XML part", async () => {
    const fake = workbook({ apiVersion: "1.11" });
    const first = await writeSummarySheets([spec()], {}, fake.host);
    expect(first.marker).toBe("registry");
    expect(first.syncs).toBe(5);
    expect(fake.syncCount).toBe(5);
    expect(fake.sheet(BY_AGENCY).customProperties).toEqual({});
    expect(fake.state.customXmlParts[0]?.namespaceUri).toBe("urn:phuluc:sheets:1");
    const again = await writeSummarySheets([spec()], {}, fake.host);
    expect(again.sheets[0]).toMatchObject({ name: BY_AGENCY, replaced: true });
    expect(fake.state.sheets.map((s) => s.name)).toEqual([PLAN, BY_AGENCY]);
    // Renamed by the user: no longer PhuLuc's.
    fake.sheet(BY_AGENCY).name = "Bản của tôi";
    const third = await writeSummarySheets([spec()], {}, fake.host);
    expect(third.sheets[0]).toMatchObject({ name: BY_AGENCY, replaced: false });
    expect(fake.state.sheets.map((s) => s.name)).toEqual([PLAN, "Bản của tôi", BY_AGENCY]);
    expect(await listPhuLucSheets(fake.host)).toEqual([{ name: BY_AGENCY, kind: "by-agency", spec: BY_AGENCY }]);
  });

  it("with ExcelApi 1.20 the generation is one undo group", async () => {
    const fake = workbook({ apiVersion: "1.20" });
    const r = await writeSummarySheets([spec()], {}, fake.host);
    expect(r.undoGroup).toBe(true);
    expect(fake.syncs.every((s) => s.mergeUndoGroup)).toBe(true);
  });

  it("Excel in cell-edit mode gives the cellEditMode error and writes nothing", async () => {
    const fake = workbook({ cellEditMode: true });
    const before = fake.snapshot();
    const err = await writeSummarySheets([spec()], {}, fake.host).catch((e: unknown) => e);
    expect((err as ExcelAdapterError).key).toBe("cellEditMode");
    expect(fake.snapshot()).toEqual(before);
  });

  it("groups cells of a style into rectangles", () => {
    const rows: SpecCell[][] = [
      [
        { value: 1, style: "header" },
        { value: 2, style: "header" },
      ],
      [
        { value: 1, style: "text" },
        { value: 2, style: "number" },
      ],
      [
        { value: 1, style: "text" },
        { value: 2, style: "number" },
      ],
      [{ value: null }, { value: 2, style: "number" }],
    ];
    const rects = styleRectangles(rows);
    expect(rects.get("header")).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
    expect(rects.get("text")).toEqual([{ top: 1, left: 0, bottom: 2, right: 0 }]);
    expect(rects.get("number")).toEqual([{ top: 1, left: 1, bottom: 3, right: 1 }]);
  });
});
