import path from "path";
import { readWorkbookFile } from "../../../src/cli/xlsx/read";
import { recognizeTable } from "../../../src/core/layout/recognize";
import type { SheetData, WorkbookData } from "../../../src/core/workbook/model";
import { readActiveSheet, readSelection, readSheet, readWorkbook } from "../../../src/excel/read";
import { ExcelAdapterError } from "../../../src/excel/errors";
import { FakeExcel, workbookFromData } from "../../fake-excel";
import { sheet } from "../../helpers/sheet";

const FIXTURE = path.join(__dirname, "../../fixtures/gia-lai-2021.xlsx");

let fileData: WorkbookData;
beforeAll(async () => {
  fileData = (await readWorkbookFile(FIXTURE)).data;
});

describe("read", () => {
  it("reads the Gia Lai plan sheet exactly as the .xlsx reader does, in 1 sync", async () => {
    const fake = FakeExcel.fromWorkbookData(fileData);
    const first = fileData.sheets[0] as SheetData;
    const read = await readActiveSheet(fake.host);
    expect(fake.syncCount).toBe(1);
    expect(read.syncs).toBe(1);
    expect(read.mergesKnown).toBe(true);
    expect(read.sheet).toEqual(first);
    const fromFile = recognizeTable(first);
    const fromExcel = recognizeTable(read.sheet);
    expect(fromExcel?.tasks.length).toBe(35);
    expect(fromExcel).toEqual(fromFile);
  });
});
