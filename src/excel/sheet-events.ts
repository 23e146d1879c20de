/**
 * Following the user between sheets: `watchActiveSheet` registers a WorksheetActivated handler (ExcelApi 1.7) on
 * the workbook's worksheets and reports each newly active sheet by name. 1 sync to register, 1 per event (the
 * event carries only the sheet's id), 1 to unsubscribe.
 */
import { toAdapterError } from "./errors";
import { ExcelHost, getDefaultHost, runExcel, supportsExcelApi } from "./host";

/** Stops watching (1 sync; later calls do nothing). `watching` is false when the host has no sheet events. */
export interface ActiveSheetWatch {
  (): Promise<void>;
  readonly watching: boolean;
}

function watchHandle(watching: boolean, stop: () => Promise<void>): ActiveSheetWatch {
  return Object.assign(stop, { watching });
}

/**
 * Calls `onChange(sheetName)` whenever another sheet becomes active — the user clicked its tab, or code (this
 * add-in's too) activated it. Events are reported in the order they happened; an event whose sheet is gone by the
 * time its name is read (deleted meanwhile) or cannot be read is dropped. Nothing is reported after the returned
 * function was called. Without ExcelApi 1.7 nothing is registered and the handle's `watching` is false.
 */
export async function watchActiveSheet(onChange: (sheetName: string) => void, host: ExcelHost = getDefaultHost()): Promise<ActiveSheetWatch> {
  if (!supportsExcelApi(host, "1.7")) return watchHandle(false, async () => undefined);
  let live = true;
  // One name lookup after the other, so names arrive in the order the sheets were activated.
  let queue: Promise<void> = Promise.resolve();
  const sheetName = (worksheetId: string) =>
    runExcel(host, async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(worksheetId);
      ws.load("name");
      await context.sync();
      return ws.isNullObject ? null : ws.name;
    });
  const handler = (args: Excel.WorksheetActivatedEventArgs): Promise<void> => {
    queue = queue.then(async () => {
      if (!live) return;
      let name: string | null;
      try {
        name = await sheetName(args.worksheetId);
      } catch {
        name = null;
      }
      if (live && name !== null) onChange(name);
    });
    return queue;
  };
  const registration = await runExcel(host, async (context) => {
    const result = context.workbook.worksheets.onActivated.add(handler);
    await context.sync();
    return result;
  });
  return watchHandle(true, async () => {
    if (!live) return;
    live = false;
    const remove = async (context: OfficeExtension.ClientRequestContext) => {
      registration.remove();
      await context.sync();
    };
    try {
      // In the request context that registered the handler, as office.js requires.
      if (host.runInContext) await host.runInContext(registration.context, remove);
      else await remove(registration.context);
    } catch (e) {
      throw toAdapterError(e);
    }
  });
}

/** The name of the active sheet (1 sync) — cheaper than reading it when only its identity matters. */
export async function readActiveSheetName(host: ExcelHost = getDefaultHost()): Promise<string> {
  return runExcel(host, async (context) => {
    const ws = context.workbook.worksheets.getActiveWorksheet();
    ws.load("name");
    await context.sync();
    return ws.name;
  });
}
