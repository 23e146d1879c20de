import path from "path";
import { readWorkbookFile } from "../../../src/cli/xlsx/read";
import type { WorkbookData } from "../../../src/core/workbook/model";
import { ExcelAdapterError } from "../../../src/excel/errors";
import { NS_MARKS, encodeJsonXml, parseJsonXml } from "../../../src/excel/xml-store";
import { MARK_COLORS, MarkableIssue, compactAddresses, markIssues, readMarks, unmarkIssues } from "../../../src/excel/marks";
import { FakeExcel, FakeWorkbookState, cellAt, createSheet, snapshot } from "../../../sim/fake-excel";

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
    await markIssues(
      issues().filter((i) => i.cell !== "F12"),
      {},
      fake.host,
    );
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

  it("unmark on a host without prompts (ExcelApi 1.7) keeps the stored prompts; a later unmark on 1.8+ restores them", async () => {
    const fake = seeded();
    const before = fake.snapshot();
    await markIssues(issues(), {}, fake.host);
    // The same file opened on an ExcelApi 1.7 host: the fills go, the stored prompts stay.
    const old = new FakeExcel(fake.snapshot(), { apiVersion: "1.7" });
    const r1 = await unmarkIssues({}, old.host);
    expect(r1).toMatchObject({ restored: 0, removedFormats: 3, promptsPending: 4, sheets: [sheetName] });
    expect(old.sheet(sheetName).conditionalFormats.map((cf) => cf.id)).toEqual(["{USER-CF}"]);
    expect(old.state.customXmlParts.some((p) => p.namespaceUri === NS_MARKS)).toBe(true);
    expect((await readMarks(old.host)).sheets).toEqual([{ name: sheetName, cells: 4 }]);
    // Back on a current host: the user's prompt on F12 comes back, PhuLuc's prompts go.
    const current = new FakeExcel(old.snapshot());
    const r2 = await unmarkIssues({}, current.host);
    expect(r2).toMatchObject({ restored: 4, removedFormats: 0, promptsPending: 0 });
    expect(cellAt(current.sheet(sheetName), "F12")?.dataValidation?.prompt).toEqual({
      showPrompt: true,
      title: "Thời hạn",
      message: "Chọn quý hoàn thành",
    });
    expect(current.snapshot()).toEqual(before);
  });

  it("unmark skips a protected marked sheet (marks and stored data kept) and unmarks the others", async () => {
    const fake = seeded();
    fake.state.sheets.push(createSheet(fake.state, "Khác"));
    const before = fake.snapshot();
    await markIssues([...issues(), { sheet: "Khác", cell: "B2", severity: "error", message: "Sai" }], {}, fake.host);
    fake.sheet("Khác").protected = true;
    const lockedMarked = snapshot(fake.state).sheets[1];
    const result = await unmarkIssues({}, fake.host);
    expect(result).toMatchObject({ sheets: [sheetName], restored: 4, skippedProtected: ["Khác"] });
    expect(snapshot(fake.state).sheets[1]).toEqual(lockedMarked);
    expect(snapshot(fake.state).sheets[0]).toEqual(before.sheets[0]);
    expect((await readMarks(fake.host)).sheets).toEqual([{ name: "Khác", cells: 1 }]);
    // Unprotected again: the last marks go and the workbook is as it was.
    fake.sheet("Khác").protected = false;
    const again = await unmarkIssues({}, fake.host);
    expect(again).toMatchObject({ sheets: ["Khác"], restored: 1, skippedProtected: [] });
    expect(fake.snapshot()).toEqual(before);
  });

  it("mark skips a protected sheet that has issues or marks when other sheets can be marked", async () => {
    const fake = seeded();
    fake.state.sheets.push(createSheet(fake.state, "Khác"));
    await markIssues([{ sheet: "Khác", cell: "B2", severity: "error", message: "Sai" }], {}, fake.host);
    fake.sheet("Khác").protected = true;
    const locked = snapshot(fake.state).sheets[1];
    const result = await markIssues([...issues(), { sheet: "Khác", cell: "C3", severity: "error", message: "Sai" }], {}, fake.host);
    expect(result).toMatchObject({ cells: 4, sheets: [sheetName], skippedProtected: ["Khác"] });
    expect(snapshot(fake.state).sheets[1]).toEqual(locked);
    expect((await readMarks(fake.host)).sheets.map((s) => s.name).sort()).toEqual(["Khác", sheetName].sort());
  });

  it("an unknown sheet gives sheetNotFound", async () => {
    const fake = seeded();
    const err = await markIssues([{ sheet: "Không có", cell: "A1", severity: "error", message: "x" }], {}, fake.host).catch(
      (e: unknown) => e,
    );
    expect((err as ExcelAdapterError).key).toBe("sheetNotFound");
  });

  /** What the user does in Excel's Data Validation dialog: a rule on a cell (the prompt tab is left as it is). */
  async function userAddsRule(fake: FakeExcel, address: string, rule: Record<string, unknown>): Promise<void> {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    await fake.run(async (context: any) => {
      context.workbook.worksheets.getItem(sheetName).getRange(address).dataValidation.rule = rule;
      await context.sync();
    });
  }
  const WHOLE = { wholeNumber: { formula1: "1", formula2: "12", operator: "Between" } };
  const withUserRule = (before: FakeWorkbookState, key: string, type: string, rule: Record<string, unknown>) => {
    const expected = snapshot(before);
    const cells = (expected.sheets[0] as FakeWorkbookState["sheets"][number]).cells;
    cells[key] = { ...cells[key], dataValidation: { type, rule, prompt: { showPrompt: false, title: "", message: "" } } };
    return expected;
  };

  it("unmark keeps a validation rule the user added after marking a cell that had none; only PhuLuc's prompt goes", async () => {
    const fake = seeded();
    const before = fake.snapshot();
    expect(cellAt(fake.sheet(sheetName), "F13")?.dataValidation).toBeUndefined();
    await markIssues(issues(), {}, fake.host);
    await userAddsRule(fake, "F13", WHOLE);
    // The user's rule under PhuLuc's prompt: the prompt still looks like ours.
    expect(cellAt(fake.sheet(sheetName), "F13")?.dataValidation).toMatchObject({
      type: "WholeNumber",
      prompt: { title: "PhuLuc – Lưu ý" },
    });
    const result = await unmarkIssues({}, fake.host);
    expect(result).toMatchObject({ restored: 4, keptUserChanges: 0, keptUserRules: 1 });
    expect(fake.snapshot()).toEqual(withUserRule(before, "12,5", "WholeNumber", WHOLE));
  });

  it("recognises the user's rule, also in marks stored before the type was recorded", async () => {
    type Stored = { sheets: { cells: { ours: Record<string, unknown> }[] }[] };
    const part = (f: FakeExcel) => f.state.customXmlParts[0] as { xml: string };
    const stored = (f: FakeExcel) => (parseJsonXml(part(f).xml) as { ok: true; value: Stored }).value;
    const mark = (f: FakeExcel) => markIssues([{ sheet: sheetName, cell: "H20", severity: "error", message: "x" }], {}, f.host);

    const fake = seeded();
    await mark(fake);
    expect(stored(fake).sheets[0]?.cells[0]?.ours).toMatchObject({ type: "None", rule: "{}" });
    await userAddsRule(fake, "H20", WHOLE);

    const legacy = seeded();
    await mark(legacy);
    const old = stored(legacy);
    for (const c of old.sheets[0]?.cells ?? []) {
      delete c.ours.type;
      delete c.ours.rule;
    }
    part(legacy).xml = encodeJsonXml(NS_MARKS, old);
    await userAddsRule(legacy, "H20", { list: { inCellDropDown: true, source: "a,b" } });

    for (const f of [fake, legacy]) {
      const r = await unmarkIssues({}, f.host);
      expect(r.keptUserRules).toBe(1);
      expect(cellAt(f.sheet(sheetName), "H20")?.dataValidation?.prompt).toEqual({ showPrompt: false, title: "", message: "" });
      expect(cellAt(f.sheet(sheetName), "H20")?.dataValidation?.type).not.toBe("None");
    }
    // Untouched by the user, legacy data still clears PhuLuc's own validation.
    const plain = seeded();
    await mark(plain);
    const data = stored(plain);
    delete data.sheets[0]?.cells[0]?.ours.type;
    part(plain).xml = encodeJsonXml(NS_MARKS, data);
    await unmarkIssues({}, plain.host);
    expect(cellAt(plain.sheet(sheetName), "H20")).toBeUndefined();
  });

  it("marking again keeps a rule the user added meanwhile, whether the cell is still reported or not", async () => {
    const fake = seeded();
    const before = fake.snapshot();
    await markIssues(issues(), {}, fake.host);
    await userAddsRule(fake, "F13", WHOLE);
    await userAddsRule(fake, "D14", WHOLE);
    // F13 is fine now, D14 is still reported.
    await markIssues(
      issues().filter((i) => i.cell !== "F13"),
      {},
      fake.host,
    );
    expect(cellAt(fake.sheet(sheetName), "F13")?.dataValidation).toEqual({
      type: "WholeNumber",
      rule: WHOLE,
      prompt: { showPrompt: false, title: "", message: "" },
    });
    expect(cellAt(fake.sheet(sheetName), "D14")?.dataValidation).toMatchObject({ type: "WholeNumber", prompt: { title: "PhuLuc – Lỗi" } });
    await unmarkIssues({}, fake.host);
    expect(fake.snapshot()).toEqual(withUserRule(withUserRule(before, "12,5", "WholeNumber", WHOLE), "13,3", "WholeNumber", WHOLE));
  });

  describe("marking again after a new check", () => {
    const OTHER = "Phụ lục 2";
    function twoSheets(): FakeExcel {
      const fake = seeded();
      const other = createSheet(fake.state, OTHER);
      other.cells["4,2"] = { value: "Sở Y tế" };
      fake.state.sheets.push(other);
      return fake;
    }
    const otherIssues = (): MarkableIssue[] => [{ sheet: OTHER, cell: "C5", severity: "error", message: "Sai tên cơ quan" }];
    const ourFormatsOn = (fake: FakeExcel, name: string) =>
      fake.sheet(name).conditionalFormats.filter((cf) => String(cf.rule.formula).includes("PhuLuc:mark:"));

    it("a sheet whose problems were all fixed loses its old marks (default: every marked sheet counts as checked)", async () => {
      const fake = twoSheets();
      const before = fake.snapshot();
      await markIssues([...issues(), ...otherIssues()], {}, fake.host);
      expect(ourFormatsOn(fake, OTHER)).toHaveLength(1);
      fake.resetStats();
      // The other sheet was fixed; the new check reports only the first sheet.
      const r = await markIssues(issues(), {}, fake.host);
      expect(r).toMatchObject({ sheets: [sheetName], clearedSheets: [OTHER], syncs: 4 });
      expect(fake.syncCount).toBe(4);
      expect(ourFormatsOn(fake, OTHER)).toHaveLength(0);
      expect(fake.sheet(OTHER)).toEqual(before.sheets[1]);
      expect((await readMarks(fake.host)).sheets).toEqual([{ name: sheetName, cells: 4 }]);
      // Nothing left anywhere: marking an empty list takes every mark away.
      const none = await markIssues([], {}, fake.host);
      expect(none.clearedSheets).toEqual([sheetName]);
      expect(fake.snapshot()).toEqual(before);
    });

    it("by default a protected sheet without issues keeps its old marks instead of failing the whole mark", async () => {
      const fake = twoSheets();
      await markIssues([...issues(), ...otherIssues()], {}, fake.host);
      fake.sheet(OTHER).protected = true;
      const marked = fake.snapshot().sheets[1];
      const r = await markIssues(issues(), {}, fake.host);
      expect(r.clearedSheets).toEqual([]);
      expect(fake.snapshot().sheets[1]).toEqual(marked);
      expect((await readMarks(fake.host)).sheets.map((s) => s.name).sort()).toEqual([OTHER, sheetName].sort());
    });

    it("checkedSheets limits what is replaced: other sheets keep their marks, a checked sheet without issues is cleared", async () => {
      const fake = twoSheets();
      const before = fake.snapshot();
      await markIssues([...issues(), ...otherIssues()], {}, fake.host);
      const r = await markIssues(issues(), { checkedSheets: [sheetName] }, fake.host);
      expect(r.clearedSheets).toEqual([]);
      expect(ourFormatsOn(fake, OTHER)).toHaveLength(1);
      expect(cellAt(fake.sheet(OTHER), "C5")?.dataValidation?.prompt.title).toBe("PhuLuc – Lỗi");
      const r2 = await markIssues([], { checkedSheets: [OTHER, "Không còn"] }, fake.host);
      expect(r2).toMatchObject({ sheets: [], clearedSheets: [OTHER] });
      expect(fake.sheet(OTHER)).toEqual(before.sheets[1]);
      expect((await readMarks(fake.host)).sheets).toEqual([{ name: sheetName, cells: 4 }]);
    });
  });

  it("compacts vertical runs of cells", () => {
    expect(compactAddresses(["D5", "D6", "D7", "D9", "B2", "D8", "E1"])).toEqual(["B2", "D5:D9", "E1"]);
  });
});
