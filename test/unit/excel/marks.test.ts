import path from "path";
import { readWorkbookFile } from "../../../src/cli/xlsx/read";
import type { WorkbookData } from "../../../src/core/workbook/model";
import { ExcelAdapterError } from "../../../src/excel/errors";
import { MARK_COLORS, MarkableIssue, compactAddresses, markIssues, readMarks, unmarkIssues } from "../../../src/excel/marks";
import { FakeExcel, FakeWorkbookState, cellAt, snapshot } from "../../fake-excel";

const FIXTURE = path.join(__dirname, "../../fixtures/gia-lai-2021.xlsx");
let data: WorkbookData;
let sheetName: string;

beforeAll(async () => {
  data = (await readWorkbookFile(FIXTURE)).data;
  sheetName = data.sheets[0]?.name as string;
});

/** The seed workbook with the user's own formatting on cells PhuLuc will mark. */
function seeded(options = {}): FakeExcel {
  const fake = FakeExcel.fromWorkbookData(data, options);
  const s = fake.sheet(sheetName);
  const cell = (a: string) => {
    const [col, row] = [a.charCodeAt(0) - 65, Number(a.slice(1)) - 1];
    return (s.cells[`${row},${col}`] ??= {});
  };
  cell("E12").fill = { color: "#FFFF00" }; // the user's yellow highlight
  cell("E12").note = "Kiểm tra lại với Sở Nội vụ";
  cell("E12").comment = "Anh Tâm: đã xác nhận";
  cell("F12").dataValidation = {
    type: "List",
    rule: { list: { inCellDropDown: true, source: "Quý I,Quý II,Quý III,Quý IV" } },
    prompt: { showPrompt: true, title: "Thời hạn", message: "Chọn quý hoàn thành" },
  };
  s.conditionalFormats.push({
    id: "{USER-CF}",
    type: "CellValue",
    ranges: "E10:F20",
    stopIfTrue: false,
    rule: { formula1: "0", operator: "GreaterThan" },
    format: { fill: { color: "#C6EFCE" } },
  });
  return fake;
}

const issues = (): MarkableIssue[] => [
  { sheet: sheetName, cell: "E12", severity: "error", message: "Cơ quan chủ trì không có trong danh mục" },
  { sheet: sheetName, cell: "E12", severity: "warning", message: "Tên cơ quan viết tắt" },
  { sheet: sheetName, cell: "F12", severity: "warning", message: "Thời hạn không rõ" },
  { sheet: sheetName, cell: "F13", severity: "info", message: "Thời hạn viết khác mẫu" },
  { sheet: sheetName, cell: "$D$14", severity: "error", message: "Thiếu sản phẩm" },
  { sheet: sheetName, severity: "error", message: "Bảng không có cột TT" },
];

const withoutIds = (s: FakeWorkbookState) => {
  const copy = snapshot(s);
  for (const sh of copy.sheets) for (const cf of sh.conditionalFormats) cf.id = "";
  return copy;
};

describe("marks", () => {
  it("marks problem cells with a fill by severity and a prompt, in 4 syncs", async () => {
    const fake = seeded();
    const result = await markIssues(issues(), {}, fake.host);
    expect(fake.syncCount).toBe(4);
    expect(result).toMatchObject({ cells: 4, skipped: 1, prompts: true, sheets: [sheetName], syncs: 4 });
    const s = fake.sheet(sheetName);
    const ours = s.conditionalFormats.filter((cf) => String(cf.rule.formula).includes("PhuLuc:mark:"));
    expect(ours.map((cf) => [cf.rule.formula, cf.ranges, cf.format.fill?.color])).toEqual(
      expect.arrayContaining([
        ['=ISTEXT("PhuLuc:mark:error")', "D14,E12", MARK_COLORS.error],
        ['=ISTEXT("PhuLuc:mark:warning")', "F12", MARK_COLORS.warning],
        ['=ISTEXT("PhuLuc:mark:info")', "F13", MARK_COLORS.info],
      ]),
    );
    // Our rules come first; the user's rule is still there, after them.
    expect(s.conditionalFormats.map((cf) => cf.id).indexOf("{USER-CF}")).toBe(3);
    expect(cellAt(s, "E12")?.fill).toEqual({ color: "#FFFF00" });
    expect(cellAt(s, "E12")?.dataValidation?.prompt).toEqual({
      showPrompt: true,
      title: "PhuLuc – Lỗi (2)",
      message: "• Cơ quan chủ trì không có trong danh mục\n• Tên cơ quan viết tắt",
    });
    // The user's list validation keeps its rule while showing our prompt.
    expect(cellAt(s, "F12")?.dataValidation).toMatchObject({ type: "List", prompt: { title: "PhuLuc – Cảnh báo" } });
    expect(fake.state.customXmlParts).toHaveLength(1);
    expect((await readMarks(fake.host)).sheets).toEqual([{ name: sheetName, cells: 4 }]);
  });

  it("unmark restores the exact previous state (user's fill, note, comment, validation prompt, conditional format)", async () => {
    const fake = seeded();
    const before = fake.snapshot();
    await markIssues(issues(), {}, fake.host);
    expect(fake.snapshot()).not.toEqual(before);
    fake.resetStats();
    const result = await unmarkIssues({}, fake.host);
    expect(fake.syncCount).toBe(4);
    expect(result).toMatchObject({ restored: 4, keptUserChanges: 0, removedFormats: 3, sheets: [sheetName] });
    expect(fake.snapshot()).toEqual(before);
  });

  it("marking twice does not double-mark, and a cell no longer reported gets its prompt back", async () => {
    const fake = seeded();
    const before = fake.snapshot();
    await markIssues(issues(), {}, fake.host);
    const once = withoutIds(fake.state);
    await markIssues(issues(), {}, fake.host);
    expect(withoutIds(fake.state)).toEqual(once);
    // Second check finds fewer problems: F12 is fine now.
    await markIssues(issues().filter((i) => i.cell !== "F12"), {}, fake.host);
    const s = fake.sheet(sheetName);
    expect(cellAt(s, "F12")?.dataValidation).toEqual(before.sheets[0]?.cells["11,5"]?.dataValidation);
    await unmarkIssues({}, fake.host);
    expect(fake.snapshot()).toEqual(before);
  });

  it("unmark works after closing and reopening the workbook (state stored in a custom XML part)", async () => {
    const fake = seeded();
    const before = fake.snapshot();
    await markIssues(issues(), {}, fake.host);
    const reopened = new FakeExcel(fake.snapshot());
    await unmarkIssues({}, reopened.host);
    expect(reopened.snapshot()).toEqual(before);
  });

  it("keeps a prompt the user changed after marking, restores the others", async () => {
    const fake = seeded();
    const before = fake.snapshot();
    await markIssues(issues(), {}, fake.host);
    const s = fake.sheet(sheetName);
    const f13 = cellAt(s, "F13");
    if (!f13?.dataValidation) throw new Error("F13 not marked");
    f13.dataValidation.prompt = { showPrompt: true, title: "Ghi chú", message: "Đã hỏi lại đơn vị" };
    const result = await unmarkIssues({}, fake.host);
    expect(result).toMatchObject({ restored: 3, keptUserChanges: 1 });
    expect(cellAt(s, "F13")?.dataValidation?.prompt.title).toBe("Ghi chú");
    const expected = snapshot(before);
    (expected.sheets[0] as FakeWorkbookState["sheets"][number]).cells["12,5"] = JSON.parse(JSON.stringify(cellAt(s, "F13")));
    expect(fake.snapshot()).toEqual(expected);
  });

  it("removes PhuLuc's fills by their signature even when the stored data is corrupt", async () => {
    const fake = seeded();
    await markIssues(issues(), {}, fake.host);
    (fake.state.customXmlParts[0] as { xml: string }).xml = '<phuluc xmlns="urn:phuluc:marks:1">{not json</phuluc>';
    const result = await unmarkIssues({}, fake.host);
    expect(result.storedDataInvalid).toBe(true);
    expect(result.removedFormats).toBe(3);
    expect(fake.sheet(sheetName).conditionalFormats.map((cf) => cf.id)).toEqual(["{USER-CF}"]);
    expect(fake.state.customXmlParts).toHaveLength(0);
  });

  it("unmark with nothing marked takes 2 syncs and changes nothing", async () => {
    const fake = seeded();
    const before = fake.snapshot();
    const result = await unmarkIssues({}, fake.host);
    expect(result.syncs).toBe(2);
    expect(fake.syncCount).toBe(2);
    expect(fake.snapshot()).toEqual(before);
  });

  it("a protected sheet gives the sheetProtected error and leaves the workbook unchanged", async () => {
    const fake = seeded();
    fake.sheet(sheetName).protected = true;
    const before = fake.snapshot();
    const err = await markIssues(issues(), {}, fake.host).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExcelAdapterError);
    expect((err as ExcelAdapterError).key).toBe("sheetProtected");
    expect(fake.snapshot()).toEqual(before);
  });

  it("without ExcelApi 1.9 it adds one rule per area, without 1.8 it marks with the fill only", async () => {
    const old = seeded({ apiVersion: "1.8" });
    const before = old.snapshot();
    await markIssues(issues(), {}, old.host);
    expect(old.sheet(sheetName).conditionalFormats.filter((cf) => cf.type === "Custom")).toHaveLength(4);
    await unmarkIssues({}, old.host);
    expect(old.snapshot()).toEqual(before);

    const older = seeded({ apiVersion: "1.7" });
    const r = await markIssues(issues(), {}, older.host);
    expect(r.prompts).toBe(false);
    expect(older.syncCount).toBe(3);
    expect(cellAt(older.sheet(sheetName), "F13")?.dataValidation).toBeUndefined();
  });

  it("an unknown sheet gives sheetNotFound", async () => {
    const fake = seeded();
    const err = await markIssues([{ sheet: "Không có", cell: "A1", severity: "error", message: "x" }], {}, fake.host).catch((e: unknown) => e);
    expect((err as ExcelAdapterError).key).toBe("sheetNotFound");
  });

  it("compacts vertical runs of cells", () => {
    expect(compactAddresses(["D5", "D6", "D7", "D9", "B2", "D8", "E1"])).toEqual(["B2", "D5:D9", "E1"]);
  });
});
