import fc from "fast-check";
import { workbook } from "./arbitraries";
import { WorkbookData } from "../../../src/core/workbook/model";
import { CaseResult, fuzzCase } from "./property";

/**
 * The one fuzz runner: the jest suite (fuzz-a.test.ts, fuzz-b.test.ts — two files so that jest runs them on two
 * cores) and `npm run fuzz` (scripts/fuzz.ts) all put random workbooks through fuzzCase with it.
 *
 * Seeds: each jest file adds its own offset to the base seed, so with FUZZ_SEED set the two files still run
 * different workbooks (10,000 in all, not the same 5,000 twice). A failure says how to replay it exactly.
 */

export interface FuzzOptions {
  readonly runs: number;
  /** The base seed; the workbooks drawn are fast-check's for seed + offset. */
  readonly seed: number;
  readonly offset?: number;
  /** fast-check's path to one shrunk case (printed on failure). */
  readonly path?: string;
  /** How to run this share again, for the replay line: "npx jest test/unit/fuzz/fuzz-a.test.ts". */
  readonly replay: string;
  readonly onCase?: (result: CaseResult, done: number, workbook: WorkbookData) => void;
  /** The property; fuzzCase unless a test of the runner itself gives another. */
  readonly check?: (workbook: WorkbookData) => CaseResult;
}

export interface FuzzStats {
  readonly runs: number;
  readonly recognised: number;
  readonly withTasks: number;
  readonly slowestCpuMs: number;
  readonly totalCpuMs: number;
}

/** A base seed: FUZZ_SEED when set, else a new one (printed on failure, so a failure can be replayed). */
export function baseSeed(): number {
  const given = process.env.FUZZ_SEED;
  if (given !== undefined && given !== "") {
    const seed = Number(given);
    if (!Number.isInteger(seed)) throw new Error(`FUZZ_SEED must be an integer, not "${given}"`);
    return seed;
  }
  return Math.floor(Math.random() * 2 ** 31);
}

export function runFuzz(options: FuzzOptions): FuzzStats {
  let runs = 0;
  let recognised = 0;
  let withTasks = 0;
  let slowestCpuMs = 0;
  let totalCpuMs = 0;
  const result = fc.check(
    fc.property(workbook, (wb) => {
      const r = (options.check ?? fuzzCase)(wb);
      runs++;
      if (r.tables > 0) recognised++;
      if (r.tasks > 0) withTasks++;
      slowestCpuMs = Math.max(slowestCpuMs, r.cpuMs);
      totalCpuMs += r.cpuMs;
      options.onCase?.(r, runs, wb);
    }),
    { numRuns: options.runs, seed: options.seed + (options.offset ?? 0), ...(options.path ? { path: options.path } : {}) },
  );
  if (result.failed) {
    const replay = `FUZZ_SEED=${options.seed} FUZZ_PATH=${result.counterexamplePath ?? ""} ${options.replay}`;
    const cause = result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance);
    throw new Error(`${cause}\n${fc.defaultReportMessage(result) ?? "fuzz case failed"}\nreplay: ${replay}`);
  }
  return { runs, recognised, withTasks, slowestCpuMs, totalCpuMs };
}

/** Workbooks per jest file: two files make the 10,000 of each `npm test`. */
export const JEST_RUNS = Number(process.env.FUZZ_RUNS ?? 5_000);

/** One jest file's share of the suite: `offset` keeps the files' workbooks apart under one FUZZ_SEED. */
export function fuzzSuite(name: string, offset: number): void {
  const seed = baseSeed();
  const path = process.env.FUZZ_PATH;
  test(`${JEST_RUNS} random workbooks (${name}): never throws, each within its CPU budget, report and summary valid`, () => {
    const stats = runFuzz({
      runs: JEST_RUNS,
      seed,
      offset,
      ...(path ? { path } : {}),
      replay: `npx jest test/unit/fuzz/fuzz-${name}.test.ts`,
    });
    if (path) return; // A replayed path runs its one case.
    // The generator is built so that the engine's deep paths run: most workbooks hold a recognised table.
    expect(stats.runs).toBe(JEST_RUNS);
    expect(stats.recognised).toBeGreaterThan(JEST_RUNS * 0.4);
    expect(stats.withTasks).toBeGreaterThan(JEST_RUNS * 0.4);
  }, 300_000);
}
