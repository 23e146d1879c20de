import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import { WorkbookData } from "../../core/workbook/model";
import { fileKind } from "./file-kind";
import { WorkbookReadError } from "./read-error";
import { worksheetToSheet } from "./worksheet";
import { inspectPackage, PackageInventory } from "./zip-guard";

export { WorkbookReadError } from "./read-error";
export { worksheetToSheet } from "./worksheet";

/**
 * Reads an .xlsx (or macro-enabled .xlsm: the same package; its macros are never run, ExcelJS does not even
 * load them) into the engine's model. In order: the file exists and is a file; its first bytes say what it is
 * (file-kind.ts); its zip passes the size and safety guards (zip-guard.ts); only then does ExcelJS inflate it.
 * Throws WorkbookReadError with a reason, never a raw error.
 */
export async function readWorkbookFile(
  path: string,
): Promise<{ data: WorkbookData; workbook: ExcelJS.Workbook; inventory: PackageInventory }> {
  const stat = await fs.stat(path).catch(() => null);
  if (!stat) throw new WorkbookReadError("missing", path);
  if (!stat.isFile()) throw new WorkbookReadError("not-file", path);
  const kind = await fileKind(path, stat.size).catch(() => null);
  if (kind === null) throw new WorkbookReadError("missing", path);
  if (kind !== "zip") throw new WorkbookReadError(kind, path);
  const inventory = await inspectPackage(path);
  if (inventory.worksheets.length === 0)
    throw new WorkbookReadError(inventory.chartsheets > 0 ? "charts-only" : "no-sheets", path);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (e) {
    throw new WorkbookReadError("corrupt", path, { cause: e instanceof Error ? e.message.split("\n")[0] : String(e) });
  }
  if (workbook.worksheets.length === 0) throw new WorkbookReadError("no-sheets", path);
  return { data: { name: path, sheets: workbook.worksheets.map(worksheetToSheet) }, workbook, inventory };
}
