import { RoleTexts, RowFacts, classifyRow, looksLikeTableRow } from "../../../src/core/layout/row-classifier";

/**
 * classifyRow is pure: these rows are plain facts, no workbook. The reader's side (gathering the facts from a
 * grid) is covered by recognize.test.ts and the fixtures; here, each rule of what a row is.
 */

const NO_TEXT: RoleTexts = { tt: "", task: "", product: "", lead: "", support: "", deadline: "" };

function row(own: Partial<RoleTexts>, facts: Partial<Omit<RowFacts, "own">> = {}): RowFacts {
  const texts = { ...NO_TEXT, ...own };
  return {
    index: 10,
    blank: false,
    footer: false,
    headerAgain: false,
    banner: null,
    detailMergeStarts: false,
    detailsMergeDown: !texts.lead && !texts.support && !texts.deadline,
    taskMergeTop: null,
    showsDetails: !!(texts.product || texts.lead || texts.support || texts.deadline),
    nextFilled: null,
    ...facts,
    own: texts,
  };
}

const current = { row: 9 };

describe("classifyRow", () => {
  test("blank, footer and a repeated header come first, in that order", () => {
    expect(classifyRow(row({}, { blank: true, footer: true }), null)).toEqual({ kind: "blank" });
    expect(classifyRow(row({ task: "Nơi nhận" }, { footer: true, headerAgain: true }), current)).toEqual({ kind: "footer" });
    expect(classifyRow(row({ tt: "TT", task: "Nhiệm vụ" }, { headerAgain: true }), current)).toEqual({ kind: "header-again" });
  });

  test("a numbered task whose responsible person reads like a signature line is a task, not the table's end", () => {
    // Công văn 6225/BVHTTDL-VP: "Người đứng đầu chịu trách nhiệm" holds "Giám đốc Trung tâm …" on task rows.
    const own = { tt: "6", task: "Xây dựng Đề án chuyển đổi số", lead: "Trung tâm Chuyển đổi số" };
    expect(classifyRow(row(own, { footer: true }), current)).toEqual({ kind: "task", tt: "6", text: own.task });
    // Without a task number the same cell still closes the table (a signature block under it).
    expect(classifyRow(row({ task: "Giám đốc" }, { footer: true }), current)).toEqual({ kind: "footer" });
  });

  test("a banner merged across the row is a section; a letter in TT joins its title", () => {
    expect(classifyRow(row({}, { banner: "I. Cải cách thể chế" }), null)).toEqual({
      kind: "section",
      title: "I. Cải cách thể chế",
      level: 1,
    });
    expect(classifyRow(row({ tt: "B" }, { banner: "Nhiệm vụ cụ thể" }), null)).toEqual({
      kind: "section",
      title: "B. Nhiệm vụ cụ thể",
      level: 0,
    });
  });

  test("'II | title' is a section when its agency is merged down over its tasks, a task when the agency is its own", () => {
    const own = { tt: "II", task: "Cải cách thủ tục hành chính", lead: "Sở Tư pháp" };
    expect(classifyRow(row(own, { detailsMergeDown: true }), null)).toEqual({
      kind: "section",
      title: "II. Cải cách thủ tục hành chính",
      level: 1,
    });
    expect(classifyRow(row(own, { detailsMergeDown: false }), null)).toEqual({ kind: "task", tt: "II", text: own.task });
  });

  test("a heading written in the task cell is a section only without details of its own", () => {
    expect(classifyRow(row({ task: "Phần II. Nhiệm vụ" }), current)).toEqual({ kind: "section", title: "Phần II. Nhiệm vụ", level: 0 });
    expect(classifyRow(row({ task: "I. Rà soát văn bản", lead: "Sở Tư pháp" }, { detailsMergeDown: false }), null)).toMatchObject({
      kind: "task",
    });
    expect(classifyRow(row({ task: "I. Rà soát văn bản" }, { detailMergeStarts: true }), null)).toMatchObject({ kind: "task" });
  });

  test("an empty task cell: more of the merged task above, a task known by its number, or nothing to read", () => {
    expect(classifyRow(row({ lead: "Sở Nội vụ" }, { taskMergeTop: 9, detailsMergeDown: false }), current)).toEqual({
      kind: "continuation",
      taskLine: "",
    });
    expect(classifyRow(row({ product: "Báo cáo" }), current)).toEqual({ kind: "continuation", taskLine: "" });
    // The task cell's merge started after the current task: not its continuation.
    expect(classifyRow(row({ tt: "3", lead: "Sở Nội vụ" }, { taskMergeTop: 10, detailsMergeDown: false }), current)).toEqual({
      kind: "task",
      tt: "3",
      text: "",
    });
    expect(classifyRow(row({ tt: "4." }), null)).toEqual({ kind: "task", tt: "4", text: "" });
    expect(classifyRow(row({}), current)).toEqual({ kind: "continuation", taskLine: "" });
    expect(classifyRow(row({}), null)).toEqual({ kind: "ignored" });
  });

  test("a sub-item joins the task above unless it names its own agency or deadline", () => {
    expect(classifyRow(row({ task: "a) Rà soát quy trình" }), current)).toEqual({ kind: "continuation", taskLine: "a) Rà soát quy trình" });
    expect(classifyRow(row({ tt: "-", task: "Cập nhật" }), current)).toEqual({ kind: "continuation", taskLine: "- Cập nhật" });
    const own = { task: "a) Rà soát quy trình", deadline: "Quý IV/2021" };
    expect(classifyRow(row(own, { detailsMergeDown: false }), current)).toEqual({ kind: "task", tt: "", text: own.task });
    // No task above: it starts one.
    expect(classifyRow(row({ task: "a) Rà soát quy trình" }), null)).toEqual({ kind: "task", tt: "", text: "a) Rà soát quy trình" });
  });

  test("a number inside the task cell is the task's number", () => {
    const own = { task: "1. Ban hành kế hoạch", lead: "Sở Nội vụ" };
    expect(classifyRow(row(own, { detailsMergeDown: false }), null)).toEqual({ kind: "task", tt: "1", text: "Ban hành kế hoạch" });
  });

  test("a numbered row with nothing shown heads sub-items that have their own details", () => {
    const sub = row({ tt: "a", task: "Tuyên truyền", lead: "Sở Tư pháp" }, { index: 11, detailsMergeDown: false });
    const plain = row({ tt: "a", task: "Tuyên truyền" }, { index: 11 });
    const group = { tt: "1", task: "Nhóm nhiệm vụ tuyên truyền" };
    expect(classifyRow(row(group, { nextFilled: sub }), current)).toEqual({
      kind: "section",
      title: "1. Nhóm nhiệm vụ tuyên truyền",
      level: 2,
    });
    expect(classifyRow(row(group, { nextFilled: plain }), current)).toEqual({ kind: "task", tt: "1", text: group.task });
    // Something shown on the row (a deadline merged down from above): a task, whatever follows.
    expect(classifyRow(row(group, { nextFilled: sub, showsDetails: true }), current)).toEqual({ kind: "task", tt: "1", text: group.task });
  });

  test("a blank row is decided from its blank test alone (the reader computes facts when asked)", () => {
    const asked: string[] = [];
    const facts = new Proxy(row({}, { blank: true }), {
      get(target, key, receiver) {
        asked.push(String(key));
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    classifyRow(facts, current);
    expect(asked).toEqual(["blank"]);
  });
});

describe("looksLikeTableRow", () => {
  test.each<[Partial<RoleTexts>, boolean]>([
    [{ tt: "3" }, true],
    [{ tt: "II" }, true],
    [{ task: "II. Cải cách" }, true],
    [{ task: "2. Rà soát" }, true],
    [{ task: "Rà soát", deadline: "Quý I/2021" }, true],
    [{ task: "Rà soát" }, false],
    [{ tt: "a" }, false],
    [{ product: "Báo cáo" }, false],
  ])("%j → %s", (own, expected) => {
    expect(looksLikeTableRow({ ...NO_TEXT, ...own })).toBe(expected);
  });
});
