import { readFileSync } from "fs";
import { join } from "path";
import { HELDOUT_DIR, accuracyDoc } from "../../../scripts/accuracy";
import { loadRealPlans, toSheetData } from "../../fixtures/real/fixture";
import { parseCellAddress } from "../../../src/core/workbook/address";
import { Grid } from "../../../src/core/workbook/grid";

describe("the held-back real plans (test/fixtures/real and test/fixtures/heldout)", () => {
  const plans = loadRealPlans();
  const heldout = loadRealPlans(HELDOUT_DIR);

  test("the held-out set: gazette or copied sources, every id unique across both sets", () => {
    expect(heldout.length).toBeGreaterThanOrEqual(10);
    for (const p of heldout) expect(p.source.url).toMatch(/^https:\/\/github\.com\//);
    const ids = [...plans, ...heldout].map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("at least 12 plans, of central and provincial issuers, every one with its source", () => {
    expect(plans.length).toBeGreaterThanOrEqual(12);
    expect(new Set(plans.map((p) => p.source.level))).toEqual(new Set(["central", "province"]));
    for (const p of plans) expect(p.source.url).toMatch(/^https:\/\//);
  });

  test("each expected task row points at a row with task text, in the task column the reading names", () => {
    for (const p of [...plans, ...heldout])
      for (const s of p.sheets) {
        const grid = new Grid(toSheetData(s));
        for (const t of s.tables) {
          const col = parseCellAddress(`${t.columns.task}1`)!.col;
          for (const task of t.tasks) {
            // The task text is in the task column (or shown there through a merge), or — under a merged
            // "Nội dung" — in the TT column beside it.
            const text = [col, col - 1].map((c) => (c >= 0 ? grid.shownText(task.row - 1, c) : "")).find((v) => v.trim() !== "");
            expect({ plan: p.id, row: task.row, ok: text !== undefined }).toEqual({ plan: p.id, row: task.row, ok: true });
          }
        }
      }
  });

  test("docs/accuracy.md is what scripts/accuracy.ts computes today (run: npm run accuracy)", () => {
    const doc = readFileSync(join(__dirname, "..", "..", "..", "docs", "accuracy.md"), "utf8");
    expect(doc).toBe(accuracyDoc());
  });
});
