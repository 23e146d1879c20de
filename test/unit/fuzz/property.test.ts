import { checkOutputSchema, fuzzCase } from "./property";
import { runEngine } from "./engine";

/** What the fuzz property checks of each output: the report contract and the summary's own strict schema. */

const HEADER = ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"];
const workbook = {
  name: "f.xlsx",
  sheets: [
    {
      name: "P",
      rows: [HEADER, ["1", "Rà soát", "Sở Tư pháp", "Sở Nội vụ", "Quý IV/2026"], ["2", "Tập huấn", "", "", "Hằng năm"]],
      merges: [],
    },
  ],
};

test("a real output passes, and fuzzCase reports its tasks and CPU time", () => {
  const output = runEngine(workbook).report;
  expect(checkOutputSchema.safeParse(output).success).toBe(true);
  const r = fuzzCase(workbook);
  expect(r.tasks).toBe(2);
  expect(r.cpuMs).toBeGreaterThanOrEqual(0);
});

test("the summary is checked, not stripped: an unknown key, a lost count or a bad quarter fails", () => {
  const output = runEngine(workbook).report;
  const summary = output.summary;
  const bad = [
    { ...output, extra: 1 },
    { ...output, summary: { ...summary, surprise: [] } },
    { ...output, summary: { ...summary, totals: { ...summary.totals, missing: undefined } } },
    { ...output, summary: { ...summary, byQuarter: [{ quarter: "2026-Q5", tasks: 1 }] } },
    { ...output, summary: { ...summary, byAgency: [{ ...summary.byAgency[0], lead: -1 }] } },
    { ...output, summary: { ...summary, byAgency: [{ ...summary.byAgency[0], note: "x" }] } },
  ];
  expect(summary.byAgency.length).toBeGreaterThan(0);
  for (const b of bad) expect(checkOutputSchema.safeParse(b).success).toBe(false);
});
