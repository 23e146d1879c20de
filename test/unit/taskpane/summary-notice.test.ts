/**
 * After writing summaries the pane says what the host refused: print setup (fit to one page wide) on a host
 * that rejects it, as a warning beside the sheets written — never a plain success that hides it.
 */
import path from "path";
import { readWorkbookFile } from "../../../src/cli/xlsx/read";
import { DEFAULT_ADDIN_SETTINGS } from "../../../src/excel/settings-store";
import { agencyChoices, checkPlan, readTable, writeSummaries } from "../../../src/taskpane/actions";
import { summaryNotice } from "../../../src/taskpane/model/summary-notice";
import { FakeExcel } from "../../fake-excel";
import type { PageSetupFeature } from "../../fake-excel/runtime";

const FIXTURE = path.join(__dirname, "../../fixtures/gia-lai-2021.xlsx");

async function write(rejectPageSetup: readonly PageSetupFeature[]) {
  const fake = FakeExcel.fromWorkbookData((await readWorkbookFile(FIXTURE)).data, { rejectPageSetup });
  const checked = await checkPlan(await readTable(DEFAULT_ADDIN_SETTINGS, fake.host), "vi", fake.host);
  if (!checked.state.table) throw new Error("no table");
  const choices = agencyChoices(checked.tasks);
  return writeSummaries(checked.state.table, checked.tasks, choices, new Set(choices.slice(0, 1).map((c) => c.key)), fake.host);
}

describe("the pane's notice after writing summaries", () => {
  it("a host that accepts the print setup: a plain success naming the sheets written", async () => {
    const r = await write([]);
    expect(r.printSetup).toBe("applied");
    const notice = summaryNotice(r, "vi");
    expect(notice.intent).toBe("success");
    expect(notice.text).toBe(`Đã ghi ${r.sheets.length} trang tính vào sổ tính:`);
  });

  it("a host that refuses fit to one page wide: the sheets are written, and the pane warns, in both languages", async () => {
    const r = await write(["fitToPages"]);
    expect(r.sheets.length).toBeGreaterThan(0);
    expect(r.printSetup).toBe("basic");
    const vi = summaryNotice(r, "vi");
    expect(vi.intent).toBe("warning");
    expect(vi.text).toContain("chưa co vừa một trang ngang");
    expect(vi.text).toContain(r.printSetupError ?? "?");
    expect(summaryNotice(r, "en").text).toContain("not fit to one page wide");
  });

  it("links with no sheet of the workbook to point at are counted in the notice", () => {
    const n = summaryNotice({ sheets: [], printSetup: "applied", droppedLinks: 3 }, "en");
    expect(n).toEqual({ intent: "warning", text: "3 links pointed to no sheet of this workbook and were left out (their text is kept). Wrote 0 sheets into the workbook:" });
  });
});
