import { OfficeMockObject } from "office-addin-mock";
import { officeHost, setDefaultHost } from "../../../src/excel/host";
import { readActiveSheet, readSelection } from "../../../src/excel/read";
import { FakeExcel, FakeOfficeError, FakeSheet, cellAt, emptyWorkbook, installFakeOffice, workbookToData } from "../../../sim/fake-excel";
import { sheet } from "../../helpers/sheet";

/* eslint-disable @typescript-eslint/no-explicit-any */

describe("the fake enforces office.js semantics", () => {
  it("reading a property before load+sync throws PropertyNotLoaded; after the sync it is there", async () => {
    const fake = FakeExcel.fromWorkbookData({ name: "x", sheets: [sheet("A", [["a", 1]])] });
    await fake.run(async (context: any) => {
      const range = context.workbook.worksheets.getItem("A").getRange("A1:B1");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([["a", 1]]);
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("deleting a sheet turns every formula that pointed at it into #REF!, as Excel does", async () => {
    const fake = new FakeExcel(emptyWorkbook("b.xlsx", ["A", "Tổng hợp", "Data"]));
    const a = fake.state.sheets[0] as FakeSheet;
    a.cells["0,0"] = { formula: "='Tổng hợp'!C4*2" };
    a.cells["0,1"] = { formula: "=Data!B2" };
    a.cells["0,2"] = { formula: "=SUM(B1:B3)", value: 6 };
    await fake.run(async (context: any) => {
      context.workbook.worksheets.getItem("Tổng hợp").delete();
      context.workbook.worksheets.getItem("Data").delete();
      await context.sync();
    });
    expect(a.cells["0,0"]).toEqual({ formula: "=#REF!C4*2", error: "#REF!" });
    expect(a.cells["0,1"]).toEqual({ formula: "=#REF!B2", error: "#REF!" });
    expect(a.cells["0,2"]).toEqual({ formula: "=SUM(B1:B3)", value: 6 });
  });

  it("queues writes until sync, resolves null objects at sync, and counts syncs and request bytes", async () => {
    const fake = new FakeExcel(emptyWorkbook("b.xlsx", ["A"]));
    await fake.run(async (context: any) => {
      const ws = context.workbook.worksheets.getItem("A");
      ws.getRange("A1").values = [["xin chào"]];
      expect(fake.state.sheets[0]?.cells).toEqual({});
      const missing = context.workbook.worksheets.getItemOrNullObject("Không có");
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      context.application.suspendApiCalculationUntilNextSync();
      await context.sync();
      expect(missing.isNullObject).toBe(true);
    });
    expect(fake.state.sheets[0]?.cells["0,0"]).toEqual({ value: "xin chào" });
    expect(fake.syncCount).toBe(1);
    expect(fake.syncs[0]).toMatchObject({ operations: 2, calculationSuspended: true });
    expect(fake.syncs[0]?.requestBytes).toBeGreaterThan(20);
  });

  it("writing '=…' makes a formula unless the cell is formatted as text; numeric text becomes a number", async () => {
    const fake = new FakeExcel(emptyWorkbook("b.xlsx", ["A"]));
    await fake.run(async (context: any) => {
      const ws = context.workbook.worksheets.getItem("A");
      ws.getRange("A1:C1").values = [["=SUM(B1)", "12", "'0123"]];
      const text = ws.getRange("A2:B2");
      text.numberFormat = [["@", "@"]];
      text.values = [["=SUM(B1)", "12"]];
      await context.sync();
    });
    const c = fake.state.sheets[0]?.cells ?? {};
    expect(c["0,0"]).toEqual({ formula: "=SUM(B1)" });
    expect(c["0,1"]).toEqual({ value: 12 });
    expect(c["0,2"]).toEqual({ value: "0123" });
    expect(c["1,0"]).toEqual({ value: "=SUM(B1)", numberFormat: "@" });
    expect(c["1,1"]).toEqual({ value: "12", numberFormat: "@" });
  });

  it("refuses a request over the payload limit with RequestPayloadSizeLimitExceeded and applies nothing", async () => {
    const fake = new FakeExcel(emptyWorkbook("b.xlsx", ["A"]), { requestLimitBytes: 1000 });
    const err = await fake
      .run(async (context: any) => {
        context.workbook.worksheets.getItem("A").getRange("A1").values = [["x".repeat(2000)]];
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FakeOfficeError);
    expect((err as FakeOfficeError).code).toBe("RequestPayloadSizeLimitExceeded");
    expect(fake.state.sheets[0]?.cells).toEqual({});
  });

  it("protected sheets refuse writes with AccessDenied; APIs above the host's set throw ApiNotFound", async () => {
    const fake = new FakeExcel(emptyWorkbook("b.xlsx", ["A"]), { apiVersion: "1.10" });
    (fake.state.sheets[0] as { protected: boolean }).protected = true;
    const denied = await fake
      .run(async (context: any) => {
        context.workbook.worksheets.getItem("A").getRange("A1").format.fill.color = "#FF0000";
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect((denied as FakeOfficeError).code).toBe("AccessDenied");
    const missing = await fake
      .run(async (context: any) => {
        context.workbook.worksheets.getItem("A").customProperties.add("k", "v");
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect((missing as FakeOfficeError).code).toBe("ApiNotFound");
  });

  it("Worksheet.copy makes a copy with a new id, the next free 'Name (n)', its custom properties and formats", async () => {
    const fake = new FakeExcel(emptyWorkbook("b.xlsx", ["A", "B"]));
    const a = fake.state.sheets[0] as FakeSheet;
    a.cells["0,0"] = { value: "x", fill: { color: "#FFFF00" } };
    a.customProperties["k"] = "v";
    a.conditionalFormats.push({ id: "{CF}", type: "Custom", ranges: "A1", stopIfTrue: false, rule: { formula: "=TRUE" }, format: {} });
    const names = await fake.run(async (context: any) => {
      const ws = context.workbook.worksheets.getItem("A");
      const first = ws.copy();
      const after = ws.copy("After", context.workbook.worksheets.getItem("B"));
      const end = ws.copy("End");
      first.load("name,id");
      after.load("name");
      end.load("name");
      await context.sync();
      expect(first.id).not.toBe(a.id);
      return [first.name, after.name, end.name];
    });
    expect(names).toEqual(["A (2)", "A (3)", "A (4)"]);
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["A (2)", "A", "B", "A (3)", "A (4)"]);
    const copy = fake.sheet("A (2)");
    expect(copy.cells).toEqual(a.cells);
    expect(copy.customProperties).toEqual({ k: "v" });
    expect(copy.conditionalFormats[0]?.id).not.toBe("{CF}");
    expect(new Set(fake.state.sheets.map((s) => s.id)).size).toBe(5);
  });

  it("exports its state back to the engine's model", () => {
    const data = { name: "x", sheets: [sheet("A", [["a", null, 2]], ["A1:B1"])] };
    expect(workbookToData(FakeExcel.fromWorkbookData(data).state)).toEqual(data);
  });
});

describe("installing the fake as the page's globals", () => {
  afterEach(() => {
    delete (globalThis as any).Excel;
    delete (globalThis as any).Office;
    delete (globalThis as any).__fakeExcel;
    setDefaultHost(null);
  });

  it("installFakeOffice(window, workbook) makes office.js-style code and officeHost() work", async () => {
    const fake = installFakeOffice(
      globalThis,
      { name: "seed.xlsx", sheets: [sheet("KH", [["TT", "Nhiệm vụ"]])] },
      { displayLanguage: "en-US" },
    );
    const office = (globalThis as any).Office;
    await expect(office.onReady()).resolves.toEqual({ host: "Excel", platform: "OfficeOnline" });
    expect(office.context.displayLanguage).toBe("en-US");
    expect(office.context.requirements.isSetSupported("ExcelApi", "1.13")).toBe(true);
    expect(office.context.requirements.isSetSupported("ExcelApi", "1.99")).toBe(false);
    const read = await readActiveSheet(officeHost());
    expect(read.sheet.rows).toEqual([["TT", "Nhiệm vụ"]]);
    expect(fake.syncCount).toBe(1);
    // The adapter's default host is office.js, i.e. the installed globals.
    expect((await readActiveSheet()).sheet.name).toBe("KH");
  });
});

describe("office-addin-mock smoke test", () => {
  afterEach(() => {
    delete (globalThis as any).Excel;
    delete (globalThis as any).Office;
  });

  it("readSelection runs against office-addin-mock's Excel through officeHost()", async () => {
    const excelMock = new OfficeMockObject({
      context: {
        workbook: {
          range: { rowIndex: 4, columnIndex: 1, rowCount: 2, columnCount: 5, worksheet: { name: "KH 2021" } },
          getSelectedRange: function () {
            return (this as any).range;
          },
        },
      },
      run: async function (callback: (context: unknown) => Promise<unknown>) {
        return callback((this as any).context);
      },
    });
    (globalThis as any).Excel = excelMock;
    (globalThis as any).Office = { context: { requirements: { isSetSupported: () => true } } };
    expect(await readSelection(officeHost())).toEqual({ sheet: "KH 2021", address: "B5:F6", top: 4, left: 1, bottom: 5, right: 5 });
  });
});

describe("change listeners", () => {
  test("onChange fires after each sync has applied its writes, and can be removed", async () => {
    const fake = FakeExcel.fromWorkbookData({ name: "w", sheets: [{ name: "S", rows: [["a"]], merges: [] }] });
    const seen: unknown[] = [];
    const off = fake.onChange(() => seen.push(cellAt(fake.sheet("S")!, "A1")?.value));
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").getRange("A1").values = [["b"]];
      await ctx.sync();
    });
    expect(seen).toEqual(["b"]);
    off();
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").getRange("A1").values = [["c"]];
      await ctx.sync();
    });
    expect(seen).toEqual(["b"]);
  });
});
