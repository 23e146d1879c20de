import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { runCli } from "../../helpers/cli";
import { reportSchema } from "../../../src/core/report/schema";

/**
 * The issues a careful reviewer lists on each seed fixture, written by reading the source tables
 * (test/fixtures/expected-issues/REVIEW.md gives the reasoning): the engine must list exactly these.
 */
interface ExpectedIssue {
  code: string;
  cell: string;
  value?: string;
  suggestion?: string;
}

const dir = join(__dirname, "..", "..", "fixtures");
const fixtures = readdirSync(join(dir, "expected-issues"))
  .filter((f) => f.endsWith(".json"))
  .map((f) => f.replace(/\.json$/, ""));

const VALUE_CODES = new Set([
  "UNPARSEABLE_DEADLINE",
  "UNDATED_DEADLINE",
  "DEADLINE_OUTSIDE_PLAN",
  "UNKNOWN_AGENCY",
  "MULTIPLE_LEADS",
  "LEAD_IS_GROUP",
  "LEAD_ALSO_SUPPORT",
]);

test("every fixture has a reviewed issue list", () => {
  expect(fixtures.sort()).toEqual(
    readdirSync(dir)
      .filter((f) => f.endsWith(".xlsx"))
      .map((f) => f.replace(/\.xlsx$/, ""))
      .sort(),
  );
});

describe.each(fixtures)("issues on %s", (name) => {
  test("exactly the reviewer's list: code, cell, value and suggestion", async () => {
    const expected = (
      JSON.parse(readFileSync(join(dir, "expected-issues", `${name}.json`), "utf8")) as {
        issues: ExpectedIssue[];
      }
    ).issues;
    const r = await runCli(["check", join(dir, `${name}.xlsx`), "--json"]);
    const report = reportSchema.parse(JSON.parse(r.stdout));
    const key = (i: ExpectedIssue) => `${i.cell} ${i.code}`;
    const actual = report.issues
      .map((i) => ({
        code: i.code,
        cell: i.cell ?? "",
        ...(VALUE_CODES.has(i.code) ? { value: i.value } : {}),
        ...(i.suggestion ? { suggestion: i.suggestion } : {}),
      }))
      .sort((a, b) => key(a).localeCompare(key(b)));
    const wanted = expected
      .map((i) => ({
        code: i.code,
        cell: i.cell,
        ...(VALUE_CODES.has(i.code) ? { value: i.value } : {}),
        ...(i.suggestion ? { suggestion: i.suggestion } : {}),
      }))
      .sort((a, b) => key(a).localeCompare(key(b)));
    expect(actual).toEqual(wanted);
    expect(r.code).toBe(
      expected.some((i) => ["MISSING_LEAD", "MISSING_DEADLINE", "MISSING_TASK", "UNPARSEABLE_DEADLINE"].includes(i.code)) ? 1 : 0,
    );
  });
});
