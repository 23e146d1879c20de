import { summarize } from "../../../src/core/summary";
import { ReportTask } from "../../../src/core/report/schema";
import { FIXTURES, loadFixture } from "./fixture-tasks";

/**
 * The summary numbers on each seed fixture, against a count made here, plainly, from the task list: one
 * loop over the tasks, following docs/summaries.md word for word, without the summary module's helpers.
 */
interface Count {
  lead: number;
  support: number;
  byQuarter: Record<string, number>;
  recurring: number;
  continuous: number;
  undated: number;
  unreadable: number;
  missing: number;
}

const DATED_KINDS = ["date", "month", "quarter", "half", "year", "range"];

function independentCount(tasks: readonly ReportTask[]) {
  const agencies = new Map<string, Count>();
  const quarterTasks: Record<string, number> = {};
  const get = (name: string): Count => {
    let c = agencies.get(name);
    if (!c) {
      c = { lead: 0, support: 0, byQuarter: {}, recurring: 0, continuous: 0, undated: 0, unreadable: 0, missing: 0 };
      agencies.set(name, c);
    }
    return c;
  };
  // docs/summaries.md: one body worded two ways counts once (countAs); a bare office word ("UBND") is no agency.
  const counted = (items: ReportTask["lead"]) =>
    items.filter((a) => a.known !== false || !["UBND", "Sở", "Phòng", "Bộ"].includes(a.text.trim())).map((a) => a.countAs ?? a.canonical);
  for (const t of tasks) {
    const leads = [...new Set(counted(t.lead))];
    const supports = [...new Set(counted(t.support))].filter((s) => !leads.includes(s));

    const quarters = new Set<string>();
    let recurring = false;
    let continuous = false;
    let undated = false;
    let unreadable = false;
    let missing = false;
    if (t.deadline.text.trim() === "") missing = true;
    else if (!t.deadline.understood) unreadable = true;
    else {
      for (const m of t.deadline.milestones) {
        if (DATED_KINDS.includes(m.kind)) for (const q of m.quarters) quarters.add(q);
        if (m.kind === "recurring") recurring = true;
        if (m.kind === "continuous") continuous = true;
        if (m.kind === "conditional") undated = true;
      }
    }
    for (const q of quarters) quarterTasks[q] = (quarterTasks[q] ?? 0) + 1;
    for (const name of leads) {
      const c = get(name);
      c.lead++;
      for (const q of quarters) c.byQuarter[q] = (c.byQuarter[q] ?? 0) + 1;
      if (recurring) c.recurring++;
      if (continuous) c.continuous++;
      if (undated) c.undated++;
      if (unreadable) c.unreadable++;
      if (missing) c.missing++;
    }
    for (const name of supports) get(name).support++;
  }
  return { agencies, quarterTasks };
}

describe.each(FIXTURES)("summary of %s", (name) => {
  test("by agency and by quarter equal an independent count of the task list", async () => {
    const { tasks, table } = await loadFixture(name);
    expect(tasks.length).toBeGreaterThan(20);
    const expected = independentCount(tasks);
    const summary = summarize(tasks, table.planPeriod);

    expect(summary.byAgency.map((a) => a.agency).sort()).toEqual([...expected.agencies.keys()].sort());
    for (const row of summary.byAgency) {
      const c = expected.agencies.get(row.agency);
      expect({ agency: row.agency, ...c }).toEqual({
        agency: row.agency,
        lead: row.lead,
        support: row.support,
        byQuarter: row.byQuarter,
        recurring: row.recurring,
        continuous: row.continuous,
        undated: row.undated,
        unreadable: row.unreadable,
        missing: row.missing,
      });
    }

    // Every quarter of the plan period is listed; its number is the count of distinct tasks due in it.
    for (const q of summary.byQuarter) expect([q.quarter, q.tasks]).toEqual([q.quarter, expected.quarterTasks[q.quarter] ?? 0]);
    for (const [q, n] of Object.entries(expected.quarterTasks)) expect(summary.byQuarter.find((x) => x.quarter === q)?.tasks).toBe(n);
    const period = table.planPeriod;
    if (!period) throw new Error("the seed fixtures all have a plan period");
    expect(summary.byQuarter.filter((q) => !q.outsidePlan)).toHaveLength((period.to - period.from + 1) * 4);

    // Something was actually counted: a test on empty numbers could not fail.
    expect(Object.values(expected.quarterTasks).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(summary.byAgency.length).toBeGreaterThan(3);
  });
});
