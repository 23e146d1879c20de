import { parseDeadline } from "../../../src/core/deadline";
import { SEED_PHRASES } from "./seed-phrases";
import { strip } from "./expect";

describe("every deadline phrase of the five seed plans", () => {
  test.each(SEED_PHRASES.map((p) => [p.seed, p.text, p] as const))("%s: %s", (_seed, text, p) => {
    const r = parseDeadline(text, { planPeriod: { from: p.plan[0], to: p.plan[1] } });
    expect(r.unparsed).toEqual([]);
    expect(r.understood).toBe(true);
    expect(strip(r.milestones)).toStrictEqual(p.expect);
    expect(r.text).toBe(text);
  });

  test("covers all five seeds", () => {
    expect(new Set(SEED_PHRASES.map((p) => p.seed))).toEqual(new Set(["000", "001", "002", "003", "004"]));
  });

  test("each milestone keeps the fragment it came from, without bullet or trailing punctuation", () => {
    const r = parseDeadline("- Ban hành kế hoạch trong quý I/2021;\n- Báo cáo trong quý IV năm 2021;");
    expect(r.milestones.map((m) => m.text)).toEqual(["Ban hành kế hoạch trong quý I/2021", "Báo cáo trong quý IV năm 2021"]);
  });

  test("the contract example of cli-and-report.md comes out as written there", () => {
    const r = parseDeadline("- Ban hành kế hoạch trong quý I/2021;\n- Báo cáo trong quý IV năm 2021;", {
      planPeriod: { from: 2021, to: 2021 },
    });
    expect(r.understood).toBe(true);
    expect(r.milestones.map(({ label, kind, due, quarters }) => ({ label, kind, due, quarters }))).toEqual([
      { label: "Ban hành kế hoạch", kind: "quarter", due: "2021-03-31", quarters: ["2021-Q1"] },
      { label: "Báo cáo", kind: "quarter", due: "2021-12-31", quarters: ["2021-Q4"] },
    ]);
  });
});
