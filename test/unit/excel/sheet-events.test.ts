import { readActiveSheetName, watchActiveSheet } from "../../../src/excel";
import { ExcelAdapterError } from "../../../src/excel/errors";
import { FakeExcel, createGlobals } from "../../../sim/fake-excel";
import { sheet } from "../../helpers/sheet";

/* eslint-disable @typescript-eslint/no-explicit-any */

function workbook(options: { apiVersion?: string } = {}): FakeExcel {
  return FakeExcel.fromWorkbookData(
    { name: "events.xlsx", sheets: [sheet("Kế hoạch", [["TT"]]), sheet("Tổng hợp", [["x"]]), sheet("Danh mục", [["y"]])] },
    options,
  );
}

const idOf = (fake: FakeExcel, name: string) => fake.sheet(name).id;

describe("the fake raises WorksheetActivated as office.js does", () => {
  it("registers at sync, delivers { worksheetId, type, source } after the sync that activated, removes at sync", async () => {
    const fake = workbook();
    const got: unknown[] = [];
    const handler = async (args: unknown) => void got.push(args);
    let result: any;
    await fake.run(async (context: any) => {
      result = context.workbook.worksheets.onActivated.add(handler);
      // Queued: not registered before the sync.
      expect(fake.handlerCount()).toBe(0);
      expect(result.context).toBe(context);
      await context.sync();
      expect(fake.handlerCount()).toBe(1);
    });
    await fake.run(async (context: any) => {
      context.workbook.worksheets.getItem("Tổng hợp").activate();
      await context.sync();
      // Asynchronous, like Excel: not delivered inside the sync.
      expect(got).toEqual([]);
    });
    await fake.eventsSettled();
    expect(got).toEqual([{ worksheetId: idOf(fake, "Tổng hợp"), type: "WorksheetActivated", source: "Local" }]);

    // Activating the active sheet again raises nothing; selecting a cell on another sheet activates it.
    await fake.run(async (context: any) => {
      context.workbook.worksheets.getItem("Tổng hợp").activate();
      context.workbook.worksheets.getItem("Danh mục").getRange("B2").select();
      await context.sync();
    });
    await fake.eventsSettled();
    expect(got.map((e: any) => e.worksheetId)).toEqual([idOf(fake, "Tổng hợp"), idOf(fake, "Danh mục")]);

    // The user clicks a tab (the preview).
    fake.activateSheet("Kế hoạch");
    fake.activateSheet("Kế hoạch");
    await fake.eventsSettled();
    expect(got).toHaveLength(3);
    expect(fake.state.activeSheetId).toBe(idOf(fake, "Kế hoạch"));

    // remove() is queued too: applied by the sync of the registering context (Excel.run(result.context, …)).
    result.remove();
    expect(fake.handlerCount()).toBe(1);
    await fake.run(result.context, async (context: any) => {
      expect(context).toBe(result.context);
      await context.sync();
    });
    expect(fake.handlerCount()).toBe(0);
    fake.activateSheet("Tổng hợp");
    await fake.eventsSettled();
    expect(got).toHaveLength(3);
    expect(fake.events).toHaveLength(4);
  });

  it("deleting the active sheet activates the next one and raises the event for it", async () => {
    const fake = workbook();
    const got: string[] = [];
    await fake.run(async (context: any) => {
      context.workbook.worksheets.onActivated.add(async (e: any) => void got.push(e.worksheetId));
      await context.sync();
    });
    await fake.run(async (context: any) => {
      context.workbook.worksheets.getItem("Kế hoạch").delete();
      await context.sync();
    });
    await fake.eventsSettled();
    expect(got).toEqual([idOf(fake, "Tổng hợp")]);
  });

  it("needs ExcelApi 1.7; a handler's error is kept, not thrown into the sync; Excel.run(context) works through the globals", async () => {
    const old = workbook({ apiVersion: "1.6" });
    await expect(old.run(async (context: any) => context.workbook.worksheets.onActivated)).rejects.toMatchObject({ code: "ApiNotFound" });

    const fake = workbook();
    const { Excel } = createGlobals(fake) as unknown as { Excel: { run: (...a: unknown[]) => Promise<any> } };
    const result = await Excel.run(async (context: any) => {
      const r = context.workbook.worksheets.onActivated.add(() => Promise.reject(new Error("handler failed")));
      await context.sync();
      return r;
    });
    fake.activateSheet("Danh mục");
    await fake.eventsSettled();
    expect(fake.eventErrors).toEqual([new Error("handler failed")]);
    await Excel.run(result.context, async (context: any) => {
      result.remove();
      await context.sync();
    });
    expect(fake.handlerCount()).toBe(0);
    expect(() => fake.activateSheet("Không có")).toThrow("no sheet");
  });
});

describe("watchActiveSheet", () => {
  it("registers in 1 sync, reports each activated sheet by name (1 sync each), unsubscribes in 1 sync", async () => {
    const fake = workbook();
    const names: string[] = [];
    const stop = await watchActiveSheet((n) => names.push(n), fake.host);
    expect(stop.watching).toBe(true);
    expect(fake.syncCount).toBe(1);
    expect(fake.handlerCount()).toBe(1);

    fake.resetStats();
    fake.activateSheet("Tổng hợp");
    await fake.eventsSettled();
    expect(names).toEqual(["Tổng hợp"]);
    expect(fake.syncCount).toBe(1);

    // Activation by code (the add-in's own navigation) is reported too; quick successive events keep their order.
    fake.resetStats();
    await fake.run(async (context: any) => {
      context.workbook.worksheets.getItem("Danh mục").activate();
      await context.sync();
      context.workbook.worksheets.getItem("Kế hoạch").activate();
      await context.sync();
    });
    fake.activateSheet("Tổng hợp");
    await fake.eventsSettled();
    expect(names).toEqual(["Tổng hợp", "Danh mục", "Kế hoạch", "Tổng hợp"]);
    expect(fake.syncCount).toBe(2 + 3);

    fake.resetStats();
    await stop();
    expect(fake.syncCount).toBe(1);
    expect(fake.handlerCount()).toBe(0);
    await stop();
    expect(fake.syncCount).toBe(1);
    fake.activateSheet("Danh mục");
    await fake.eventsSettled();
    expect(names).toHaveLength(4);
    expect(fake.syncCount).toBe(1);
  });

  it("reports nothing once stopped, even for an event already on its way; drops a sheet deleted meanwhile", async () => {
    const fake = workbook();
    const names: string[] = [];
    const stop = await watchActiveSheet((n) => names.push(n), fake.host);
    fake.activateSheet("Tổng hợp");
    await stop();
    await fake.eventsSettled();
    expect(names).toEqual([]);

    const again = await watchActiveSheet((n) => names.push(n), fake.host);
    await fake.run(async (context: any) => {
      const ws = context.workbook.worksheets.getItem("Danh mục");
      ws.activate();
      await context.sync();
      ws.delete();
      await context.sync();
    });
    await fake.eventsSettled();
    // "Danh mục" was gone when its name was looked up; deleting it (the last sheet) activated its neighbour.
    expect(names).toEqual(["Tổng hợp"]);
    await again();
  });

  it("without ExcelApi 1.7: no handler, no sync, watching = false", async () => {
    const fake = workbook({ apiVersion: "1.6" });
    const stop = await watchActiveSheet(() => undefined, fake.host);
    expect(stop.watching).toBe(false);
    await stop();
    expect(fake.syncCount).toBe(0);
    expect(fake.runs).toBe(0);
  });

  it("removes the handler in the registering context even when the host has no runInContext", async () => {
    const fake = workbook();
    const { run, isSetSupported } = fake.host;
    const stop = await watchActiveSheet(() => undefined, { run, isSetSupported });
    expect(fake.handlerCount()).toBe(1);
    await stop();
    expect(fake.handlerCount()).toBe(0);
    expect(fake.runs).toBe(1);
  });

  it("a failed registration is an ExcelAdapterError", async () => {
    const fake = FakeExcel.fromWorkbookData({ name: "x", sheets: [sheet("A", [["a"]])] }, { cellEditMode: true });
    await expect(watchActiveSheet(() => undefined, fake.host)).rejects.toBeInstanceOf(ExcelAdapterError);
  });
});

describe("readActiveSheetName", () => {
  it("is the active sheet's name in 1 sync", async () => {
    const fake = workbook();
    fake.activateSheet("Danh mục");
    await expect(readActiveSheetName(fake.host)).resolves.toBe("Danh mục");
    expect(fake.syncCount).toBe(1);
  });
});
