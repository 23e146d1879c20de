import ExcelJS from "exceljs";
import path from "path";
import { createDirectory, parseAgencyCell } from "../../../src/core/agency";
import { parseDeadline } from "../../../src/core/deadline";
import { recognizeTable } from "../../../src/core/layout/recognize";
import { PlanTable } from "../../../src/core/plan/types";
import { CellReaders, reportTask } from "../../../src/core/report/build";
import { ReportTask } from "../../../src/core/report/schema";
import { readWorkbookFile } from "../../../src/cli/xlsx/read";

export const FIXTURES = [
  "quang-ngai-2021-2025",
  "quang-ngai-2021-2025-notes-footer",
  "gia-lai-2021",
  "gia-lai-2021-libreoffice",
  "dong-nai-2017",
  "dong-nai-2017-two-row-header",
];

export interface LoadedFixture {
  readonly file: string;
  readonly table: PlanTable;
  readonly worksheet: ExcelJS.Worksheet;
  readonly tasks: ReportTask[];
}

const directory = createDirectory();
const readers: CellReaders = {
  agencies: (text) =>
    parseAgencyCell(text, directory).map((a) => ({ text: a.text, canonical: a.canonical, group: a.group, known: a.known })),
  deadline: (text, planPeriod) => parseDeadline(text, planPeriod ? { planPeriod } : {}),
};

/** A seed fixture read the way `phuluc check` reads it: layout, then the agency and deadline parsers. */
export async function loadFixture(name: string): Promise<LoadedFixture> {
  const file = path.join(__dirname, "../../fixtures", `${name}.xlsx`);
  const { data, workbook } = await readWorkbookFile(file);
  for (const sheet of data.sheets) {
    const table = recognizeTable(sheet);
    if (!table) continue;
    const tasks = table.tasks.map((t) => reportTask(file, table, t, readers));
    const worksheet = workbook.getWorksheet(sheet.name);
    if (!worksheet) throw new Error(`no worksheet ${sheet.name}`);
    return { file, table, worksheet, tasks };
  }
  throw new Error(`no table in ${name}`);
}
