// .xlsx → the engine's WorkbookData in the browser: ExcelJS's browser build reads the file, the CLI's own
// worksheetToSheet converts each sheet, so the preview sees a seed exactly as `phuluc check` does.
import ExcelJS from "exceljs";
import { worksheetToSheet } from "../cli/xlsx/worksheet";
import type { WorkbookData } from "../core/workbook/model";

export async function readXlsx(name: string, data: ArrayBuffer): Promise<WorkbookData> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  if (workbook.worksheets.length === 0) throw new Error("no worksheet");
  return { name, sheets: workbook.worksheets.map(worksheetToSheet) };
}

/** A seed workbook copied into the build (test/fixtures/*.xlsx, samples/*.xlsx). */
export interface Seed {
  /** "samples/ke-hoach-cchc-gia-lai-2021.xlsx": the id used in ?seed=. */
  readonly id: string;
  /** URL relative to the page. */
  readonly url: string;
  readonly name: string;
}

export async function fetchSeed(seed: Seed): Promise<WorkbookData> {
  const res = await fetch(seed.url);
  if (!res.ok) throw new Error(`${res.status} ${res.statusText}`);
  return readXlsx(seed.name, await res.arrayBuffer());
}
