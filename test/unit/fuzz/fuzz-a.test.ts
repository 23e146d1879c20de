import fc from "fast-check";
import { workbook } from "./arbitraries";
import { fuzzCase, MAX_CASE_MS } from "./property";

/**
 * Half of the fuzz suite (the other half is fuzz-b.test.ts; two files so that jest runs them on two
 * cores): 5,000 random workbooks through the whole engine (recognise, check, report, summary) — none throws,
 * none takes more than MAX_CASE_MS, every report validates against the report schema. `npm run fuzz` runs
 * more (scripts/fuzz.ts). A failure prints fast-check's seed and path: replay with FUZZ_SEED and FUZZ_PATH.
 */

const RUNS = Number(process.env.FUZZ_RUNS ?? 5_000);
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const path = process.env.FUZZ_PATH;

test(`${RUNS} random workbooks (a): never throws, each under ${MAX_CASE_MS} ms, every report valid`, () => {
  let runs = 0;
  let recognised = 0;
  let withTasks = 0;
  fc.assert(
    fc.property(workbook, (wb) => {
      const r = fuzzCase(wb);
      runs++;
      if (r.tables > 0) recognised++;
      if (r.tasks > 0) withTasks++;
    }),
    { numRuns: RUNS, ...(seed !== undefined ? { seed } : {}), ...(path ? { path } : {}) },
  );
  // The generator is built so that the engine's deep paths run: most workbooks hold a recognised table.
  expect(runs).toBe(RUNS);
  expect(recognised).toBeGreaterThan(RUNS * 0.4);
  expect(withTasks).toBeGreaterThan(RUNS * 0.4);
}, 300_000);
