import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { recognizeTable } from "../../../src/core/layout/recognize";
import { reportTable } from "../../../src/core/report/build";
import { oneLine } from "../../../src/core/text/normalize";
import { readWorkbookFile } from "../../../src/cli/xlsx/read";
import type { Expected } from "../../fixtures/layout";

/**
 * Each fixture's expected layout was written from the seed documents (test/fixtures/README.md), not from
 * the engine: the recogniser must find exactly those header rows, columns, sections and tasks.
 */

const dir = join(__dirname, "..", "..", "fixtures");
const fixtures = readdirSync(join(dir, "expected")).map((f) => f.replace(/\.json$/, ""));

describe.each(fixtures)("fixture %s", (name) => {
  const expected = JSON.parse(readFileSync(join(dir, "expected", `${name}.json`), "utf8")) as Expected;
  let table: NonNullable<ReturnType<typeof recognizeTable>>;

  beforeAll(async () => {
    const { data } = await readWorkbookFile(join(dir, `${name}.xlsx`));
    const sheet = data.sheets.find((s) => s.name === expected.sheet);
    if (!sheet) throw new Error(`no sheet ${expected.sheet}`);
    const t = recognizeTable(sheet);
    if (!t) throw new Error("no table recognised");
    table = t;
  });

  test("header rows, column letters, range and plan period", () => {
    const r = reportTable(table);
    expect(r.headerRows).toEqual(expected.headerRows);
    expect(r.columns).toEqual(expected.columns);
    expect(r.range).toBe(expected.range);
    expect(r.planPeriod).toEqual(expected.planPeriod);
    expect(r.numberRow ?? undefined).toBe(expected.columnNumberRow);
    expect(r.extraColumns).toEqual(Object.entries(expected.extraColumns ?? {}).map(([column, header]) => ({ column, header })));
  });

  test("sections", () => {
    expect(table.sections.map((s) => ({ row: s.row + 1, title: s.title }))).toEqual(expected.sections);
  });

  test("every task with its row, number and section", () => {
    expect(table.tasks.map((t) => ({ row: t.row + 1, tt: t.tt, section: t.section?.title }))).toEqual(
      expected.tasks.map((t) => ({ row: t.row, tt: t.tt, section: t.section })),
    );
  });

  test("task text, and lead/support/deadline as a reader sees them (merged cells carry their value)", () => {
    const actual = table.tasks.map((t) => ({
      task: oneLine(t.task).slice(0, oneLine(expected.tasks[table.tasks.indexOf(t)]?.task ?? "").length),
      lead: t.lead,
      support: t.support,
      deadline: t.deadline,
    }));
    expect(actual).toEqual(expected.tasks.map((t) => ({ task: oneLine(t.task), lead: t.lead, support: t.support, deadline: t.deadline })));
  });
});
