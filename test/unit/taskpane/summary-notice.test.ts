/**
 * After writing summaries the pane says what the host refused: the parts of the print setup the sheets lack (fit
 * to one page wide, repeated header rows, page breaks — what the specs asked for) on a host that rejects it, as a
 * warning beside the sheets written — never a plain success that hides it, never a part the specs did not ask for.
 * (Excel keeps what a refused batch did before the refusal, so the parts are named as possibly missing.)
 */
import path from "path";
import { readWorkbookFile } from "../../../src/cli/xlsx/read";
import { DEFAULT_ADDIN_SETTINGS } from "../../../src/excel/settings-store";
import { agencyChoices, checkPlan, readTable, writeSummaries } from "../../../src/taskpane/actions";
import { summaryNotice } from "../../../src/taskpane/model/summary-notice";
import { FakeExcel } from "../../../sim/fake-excel";
import type { PageSetupFeature } from "../../../sim/fake-excel/runtime";

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

  it("a host that refuses fit to one page wide: the sheets are written, and the pane names what they may lack, in both languages", async () => {
    const r = await write(["fitToPages"]);
    expect(r.sheets.length).toBeGreaterThan(0);
    expect(r.printSetup).toBe("basic");
    // Which part Excel refused is not known (what ran before it stays): every part asked for is named as possibly missing.
    expect(r.printFeatures).toEqual(["fitToWidth", "printTitles", "pageBreaks", "pageNumbers"]);
    const vi = summaryNotice(r, "vi");
    expect(vi.intent).toBe("warning");
    expect(vi.text).toContain(`(${r.printSetupError ?? "?"})`);
    expect(vi.text).toContain(
      "có thể chưa có co vừa một trang ngang, lặp dòng tiêu đề trên mỗi trang in, ngắt trang và số trang ở chân trang —",
    );
    expect(summaryNotice(r, "en").text).toContain(
      "but fit to one page wide, header rows repeated on each printed page, page breaks and page numbers in the footer may be missing —",
    );
  });

  it("a host that refuses print titles: the notice names print titles, not only fit to width", async () => {
    const r = await write(["printTitles"]);
    expect(r.printSetup).toBe("basic");
    const en = summaryNotice(r, "en").text;
    expect(en).toContain("header rows repeated on each printed page");
  });

  it("the notice names exactly the parts the specs asked for", () => {
    const base = { sheets: [], printSetup: "basic" as const, printSetupError: "InvalidArgument", droppedLinks: 0 };
    expect(summaryNotice({ ...base, printFeatures: ["pageBreaks"] }, "en").text).toBe(
      "Excel did not accept the full print setup (InvalidArgument): A4 and orientation are set, but page breaks may be missing — check them in Page Layout before printing. Wrote 0 sheets into the workbook:",
    );
    expect(summaryNotice({ ...base, printFeatures: ["fitToWidth", "printTitles", "pageBreaks"] }, "vi").text).toContain(
      "có thể chưa có co vừa một trang ngang, lặp dòng tiêu đề trên mỗi trang in và ngắt trang —",
    );
    // Nothing asked beyond A4 and orientation: nothing is missing, a plain success.
    expect(summaryNotice({ ...base, printFeatures: [] }, "en").intent).toBe("success");
  });

  it("links with no sheet of the workbook to point at are counted in the notice", () => {
    const n = summaryNotice({ sheets: [], printSetup: "applied", printFeatures: [], droppedLinks: 3 }, "en");
    expect(n).toEqual({
      intent: "warning",
      text: "3 links pointed to no sheet of this workbook and were left out (their text is kept). Wrote 0 sheets into the workbook:",
    });
  });
});
