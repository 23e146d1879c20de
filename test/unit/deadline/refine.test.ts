import { PlanPeriod } from "../../../src/core/plan/period";
import {
  REFINERS,
  Refiner,
  attachConditions,
  mergeConditions,
  mergeContinuousStart,
  mergeRhythmAndPoints,
  refine,
  removeOverlaps,
} from "../../../src/core/deadline/refine";
import { RuleContext, propose } from "../../../src/core/deadline/rules";
import { tokenize } from "../../../src/core/deadline/tokens";

/**
 * The refiners are one list with one signature (refine.ts). Each exists for a phrase: dropped from the list,
 * that phrase reads differently. This proves the list is what runs, and that no refiner is dead weight.
 */

function ctxOf(display: string, plan?: PlanPeriod): RuleContext {
  return { tokens: tokenize(display), plan, display };
}

/** What the refiners leave: each phrase's span and reading. */
function reading(display: string, refiners: readonly Refiner[], plan?: PlanPeriod) {
  const ctx = ctxOf(display, plan);
  return refine(propose(ctx), ctx, refiners).map((c) => ({ start: c.start, end: c.end, result: c.result }));
}

const without = (r: Refiner) => REFINERS.filter((x) => x !== r);
const oneYear: PlanPeriod = { from: 2021, to: 2021 };

describe("deadline refiners", () => {
  test("the list holds each refiner once, overlap removal first", () => {
    expect(REFINERS).toEqual([removeOverlaps, mergeConditions, mergeRhythmAndPoints, mergeContinuousStart, attachConditions]);
  });

  test("removeOverlaps keeps 'Quý IV năm 2021' whole, not the 'năm 2021' inside it", () => {
    const full = reading("Quý IV năm 2021", REFINERS);
    expect(full).toHaveLength(1);
    expect(full[0]).toMatchObject({ start: 0, end: 4 });
    expect(reading("Quý IV năm 2021", without(removeOverlaps)).length).toBeGreaterThan(1);
  });

  test.each<{ name: string; refiner: Refiner; text: string; plan?: PlanPeriod }>([
    { name: "mergeConditions", refiner: mergeConditions, text: "Định kỳ theo quy định" },
    { name: "mergeRhythmAndPoints", refiner: mergeRhythmAndPoints, text: "Hằng năm, trước 30/6", plan: { from: 2021, to: 2025 } },
    { name: "mergeContinuousStart", refiner: mergeContinuousStart, text: "Thường xuyên trong năm, bắt đầu từ quý II/2018" },
    { name: "attachConditions", refiner: attachConditions, text: "Hằng năm theo thông báo của Bộ Tư pháp", plan: { from: 2021, to: 2025 } },
  ])("$name: '$text' is one phrase with it, two without it", ({ refiner, text, plan }) => {
    expect(reading(text, REFINERS, plan)).toHaveLength(1);
    expect(reading(text, without(refiner), plan)).toHaveLength(2);
  });

  test("mergeRhythmAndPoints dates a year-less point each year, and refuses one no rhythm can date", () => {
    const [yearly] = reading("Hằng năm, trước 30/6", REFINERS, { from: 2021, to: 2025 });
    expect(yearly?.result).toEqual([expect.objectContaining({ kind: "recurring", every: "year", monthDay: "06-30" })]);
    // "Hằng quý" cannot say which month of each quarter: unclear, not a date in the plan year.
    expect(reading("Hằng quý, trong tháng 3", REFINERS, oneYear).map((c) => c.result)).toContain("unclear-words");
  });

  test("a refiner never changes the candidates it is given", () => {
    const ctx = ctxOf("Thường xuyên trong năm, bắt đầu từ quý II/2018 theo kế hoạch");
    const input = propose(ctx);
    const copy = JSON.stringify(input);
    refine(input, ctx);
    expect(JSON.stringify(input)).toBe(copy);
  });
});
