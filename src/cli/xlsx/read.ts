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
 * Reads an .xlsx (or macro-enabled .xlsm: the same package; ExcelJS inflates xl/vbaProject.bin with every other
 * part but never parses or runs it) into the engine's model. In order: the file exists and is a file; its first bytes say what it is
 * (file-kind.ts); its zip passes the size and safety guards (zip-guard.ts); only then does ExcelJS inflate it.
 * Throws WorkbookReadError with a reason, never a raw error.
 */
/** Why the file could not be opened, from the system's error code: a permission problem is not a missing file. */
function openFailure(path: string, e: unknown): never {
  const code = (e as { code?: unknown } | null)?.code;
  if (code === "EACCES" || code === "EPERM") throw new WorkbookReadError("no-permission", path);
  if (code === "EISDIR") throw new WorkbookReadError("not-file", path);
  if (code === "ENOENT" || code === "ENOTDIR") throw new WorkbookReadError("missing", path);
  throw new WorkbookReadError("corrupt", path, { cause: e instanceof Error ? e.message.split("\n")[0] : String(e) });
}

export async function readWorkbookFile(
  path: string,
): Promise<{ data: WorkbookData; workbook: ExcelJS.Workbook; inventory: PackageInventory }> {
  const stat = await fs.stat(path).catch((e: unknown) => openFailure(path, e));
  if (!stat.isFile()) throw new WorkbookReadError("not-file", path);
  const kind = await fileKind(path, stat.size).catch((e: unknown) => openFailure(path, e));
  if (kind !== "zip") throw new WorkbookReadError(kind, path);
  const inventory = await inspectPackage(path);
  if (inventory.worksheets.length === 0) throw new WorkbookReadError(inventory.chartsheets > 0 ? "charts-only" : "no-sheets", path);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (e) {
    throw new WorkbookReadError("corrupt", path, { cause: e instanceof Error ? e.message.split("\n")[0] : String(e) });
  }
  // The guard found sheets ExcelJS cannot (names written with "\\", which yauzl reads as "/"): damaged, not empty.
  if (workbook.worksheets.length === 0)
    throw new WorkbookReadError("corrupt", path, { cause: `ExcelJS found none of the ${inventory.worksheets.length} worksheets` });
  return { data: { name: path, sheets: workbook.worksheets.map(worksheetToSheet) }, workbook, inventory };
}
