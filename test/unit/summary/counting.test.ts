import { summarize, taskTiming } from "../../../src/core/summary";
import { conditional, continuous, date, q, quarterly, task, yearly } from "./tasks";

const P2021 = { from: 2021, to: 2021 };

function row(s: ReturnType<typeof summarize>, agency: string) {
  const r = s.byAgency.find((a) => a.agency === agency);
  if (!r) throw new Error(`no row for ${agency}`);
  return r;
}

function quarterTasks(s: ReturnType<typeof summarize>, quarter: string): number | undefined {
  return s.byQuarter.find((x) => x.quarter === quarter)?.tasks;
}

describe("counting rules", () => {
  test("a multi-lead task counts for each lead, and once in the quarter totals", () => {
    const s = summarize([task(["Sở Nội vụ", "Sở Tư pháp"], [], [q("2021-Q2")])], P2021);
    expect(row(s, "Sở Nội vụ")).toMatchObject({ lead: 1, byQuarter: { "2021-Q2": 1 } });
    expect(row(s, "Sở Tư pháp")).toMatchObject({ lead: 1, byQuarter: { "2021-Q2": 1 } });
    expect(quarterTasks(s, "2021-Q2")).toBe(1);
  });

  test("two milestones in two quarters count in both quarters", () => {
    const s = summarize([task(["Sở Nội vụ"], [], [q("2021-Q1", "Ban hành"), q("2021-Q4", "Báo cáo")])], P2021);
    expect(row(s, "Sở Nội vụ").byQuarter).toEqual({ "2021-Q1": 1, "2021-Q4": 1 });
    expect(row(s, "Sở Nội vụ").lead).toBe(1);
    expect(quarterTasks(s, "2021-Q1")).toBe(1);
    expect(quarterTasks(s, "2021-Q4")).toBe(1);
  });

  test("two milestones in the same quarter count once in it", () => {
    const s = summarize([task(["Sở Nội vụ"], [], [date("2021-10-15", "2021-Q4"), q("2021-Q4")])], P2021);
    expect(row(s, "Sở Nội vụ").byQuarter).toEqual({ "2021-Q4": 1 });
    expect(quarterTasks(s, "2021-Q4")).toBe(1);
  });

  test("groups are rows of their own, never split into members, and come after named agencies", () => {
    const s = summarize(
      [
        task(["*Các sở, ban, ngành"], ["*UBND cấp huyện"], [q("2021-Q3")]),
        task(["*Các sở, ban, ngành"], [], [q("2021-Q3")]),
        task(["Sở Tư pháp"], ["*Các sở, ban, ngành"], [q("2021-Q1")]),
      ],
      P2021,
    );
    expect(s.byAgency.map((a) => [a.agency, a.group])).toEqual([
      ["Sở Tư pháp", false],
      ["Các sở, ban, ngành", true],
      ["UBND cấp huyện", true],
    ]);
    expect(row(s, "Các sở, ban, ngành")).toMatchObject({ lead: 2, support: 1, byQuarter: { "2021-Q3": 2 } });
  });

  test("an unreadable deadline counts as unreadable and in no quarter, even with milestones read in part", () => {
    const partial = task(["Sở Nội vụ"], [], [q("2021-Q2")]);
    const t = { ...partial, deadline: { ...partial.deadline, understood: false } };
    const s = summarize([t, task(["Sở Nội vụ"], [], "unreadable")], P2021);
    expect(row(s, "Sở Nội vụ")).toMatchObject({ lead: 2, unreadable: 2, byQuarter: {} });
    expect(quarterTasks(s, "2021-Q2")).toBe(0);
    expect(s.totals.unreadable).toBe(2);
  });

  test("a blank deadline is missing, not unreadable", () => {
    const s = summarize([task(["Sở Nội vụ"], [], "blank")], P2021);
    expect(row(s, "Sở Nội vụ")).toMatchObject({ missing: 1, unreadable: 0, undated: 0 });
  });

  test("a conditional deadline is undated; continuous has its own bucket", () => {
    const s = summarize([task(["A"], [], [conditional()]), task(["A"], [], [continuous()])], P2021);
    expect(row(s, "A")).toMatchObject({ lead: 2, undated: 1, continuous: 1, byQuarter: {} });
  });

  test("recurring milestones count in the recurring column only, by default", () => {
    const tasks = [
      task(["A"], [], [yearly(["2021-Q1", "2022-Q1"], 2021, 2022)]),
      task(["A"], [], [quarterly(["2021-Q1", "2021-Q2", "2021-Q3", "2021-Q4"])]),
    ];
    const s = summarize(tasks, { from: 2021, to: 2022 });
    expect(row(s, "A")).toMatchObject({ recurring: 2, byQuarter: {} });
    expect(s.byQuarter.every((x) => x.tasks === 0)).toBe(true);
  });

  test("with recurringInMatrix, yearly milestones also enter their quarters; quarterly ones never do", () => {
    const tasks = [task(["A"], [], [yearly(["2021-Q1", "2022-Q1"], 2021, 2022)]), task(["A"], [], [quarterly(["2021-Q1", "2021-Q2"])])];
    const s = summarize(tasks, { from: 2021, to: 2022 }, { recurringInMatrix: true });
    expect(row(s, "A")).toMatchObject({ recurring: 2, byQuarter: { "2021-Q1": 1, "2022-Q1": 1 } });
  });

  test("a task with a dated and a recurring milestone counts in both places", () => {
    expect(taskTiming(task(["A"], [], [q("2021-Q1"), yearly(["2021-Q4"], 2021, 2021)]).deadline)).toEqual({
      quarters: ["2021-Q1"],
      recurring: true,
      continuous: false,
      undated: false,
      unreadable: false,
      missing: false,
    });
  });

  test("an agency that leads and supports one task counts as lead only; names differing in case are one agency", () => {
    const s = summarize([task(["Sở Nội vụ"], ["sở nội vụ", "Sở Tư pháp"], [q("2021-Q1")])], P2021);
    expect(row(s, "Sở Nội vụ")).toMatchObject({ lead: 1, support: 0 });
    expect(row(s, "Sở Tư pháp")).toMatchObject({ lead: 0, support: 1 });
  });

  test("support counts have their own breakdown", () => {
    const s = summarize([task(["A"], ["B"], [q("2021-Q2"), continuous()])], P2021);
    expect(row(s, "B")).toMatchObject({ support: 1, byQuarter: {}, supportBreakdown: { byQuarter: { "2021-Q2": 1 }, continuous: 1 } });
  });

  test("order: most tasks led first, then Vietnamese alphabetical order", () => {
    const s = summarize(
      [
        task(["Sở Y tế"], [], "blank"),
        task(["Sở Đào tạo"], [], "blank"),
        task(["Sở Du lịch"], [], "blank"),
        task(["Sở Y tế"], [], "blank"),
      ],
      P2021,
    );
    // "Đ" sorts after "D" in Vietnamese (a plain code-point sort would agree here, a case-folding one would not).
    expect(s.byAgency.map((a) => a.agency)).toEqual(["Sở Y tế", "Sở Du lịch", "Sở Đào tạo"]);
  });

  test("byQuarter covers the whole plan period and adds quarters outside it, marked", () => {
    const s = summarize([task(["A"], [], [date("2020-12-31", "2020-Q4")]), task([], [], [q("2021-Q3")])], P2021);
    expect(s.byQuarter).toEqual([
      { quarter: "2020-Q4", tasks: 1, outsidePlan: true },
      { quarter: "2021-Q1", tasks: 0 },
      { quarter: "2021-Q2", tasks: 0 },
      { quarter: "2021-Q3", tasks: 1 },
      { quarter: "2021-Q4", tasks: 0 },
    ]);
    expect(s.totals).toMatchObject({ tasks: 2, noLead: 1 });
  });

  test("without a plan period, byQuarter lists the quarters seen", () => {
    const s = summarize([task(["A"], [], [q("2019-Q2")])], null);
    expect(s.byQuarter).toEqual([{ quarter: "2019-Q2", tasks: 1 }]);
  });

  test("the contract's summary shape", () => {
    const s = summarize([task(["Sở Nội vụ"], ["B"], [q("2021-Q4"), yearly(["2021-Q4"], 2021, 2021)])], P2021);
    const r = row(s, "Sở Nội vụ");
    for (const key of ["agency", "group", "lead", "support", "byQuarter", "recurring", "undated"]) expect(r).toHaveProperty(key);
    expect(r).toMatchObject({
      agency: "Sở Nội vụ",
      group: false,
      lead: 1,
      support: 0,
      byQuarter: { "2021-Q4": 1 },
      recurring: 1,
      undated: 0,
    });
    expect(s.byQuarter[3]).toEqual({ quarter: "2021-Q4", tasks: 1 });
  });
});
