/** Jumping to a problem: activate its sheet and select its cell, 1 sync. */
import { ExcelAdapterError } from "./errors";
import { ExcelHost, getDefaultHost, runExcel } from "./host";

/** Selects `cell` ("D12" or "D12:F12") on `sheet`. Throws ExcelAdapterError "sheetNotFound" for a missing sheet. */
export async function selectCell(sheet: string, cell: string, host: ExcelHost = getDefaultHost()): Promise<void> {
  try {
    await runExcel(host, async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await context.sync();
    });
  } catch (e) {
    if (e instanceof ExcelAdapterError && e.code === "ItemNotFound") throw new ExcelAdapterError("sheetNotFound", e.code, e.message);
    throw e;
  }
}

/** Selects a validation issue's cell (issues without a cell select nothing and resolve false). */
export async function selectIssue(
  issue: { readonly sheet: string; readonly cell?: string },
  host: ExcelHost = getDefaultHost(),
): Promise<boolean> {
  if (!issue.cell) return false;
  await selectCell(issue.sheet, issue.cell, host);
  return true;
}
