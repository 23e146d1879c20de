/**
 * `npm run fuzz [RUNS] [--seed N] [--path P]`: many more random workbooks through the whole engine than the
 * jest suite runs (default 200,000; also FUZZ_RUNS / FUZZ_SEED / FUZZ_PATH). The seed is printed first, so a
 * failure can be replayed: `npm run fuzz -- 1 --seed N --path P` (fast-check prints the path of the shrunk case).
 * Same generator and property as test/unit/fuzz/engine.fuzz.test.ts.
 */
import fc from "fast-check";
import { workbook } from "../test/unit/fuzz/arbitraries";
import { fuzzCase, MAX_CASE_MS } from "../test/unit/fuzz/property";

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const positional = process.argv.slice(2).find((a, i, all) => /^\d+$/.test(a) && !all[i - 1]?.startsWith("--"));
const runs = Number(positional ?? process.env.FUZZ_RUNS ?? 200_000);
const seed = Number(option("seed") ?? process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const path = option("path") ?? process.env.FUZZ_PATH;

process.stdout.write(`fuzz: ${runs} workbooks, seed ${seed}${path ? `, path ${path}` : ""} (limit ${MAX_CASE_MS} ms each)\n`);
let done = 0;
let recognised = 0;
let slowest = 0;
let total = 0;
const started = Date.now();
const result = fc.check(
  fc.property(workbook, (wb) => {
    const r = fuzzCase(wb);
    done++;
    total += r.ms;
    if (r.tables > 0) recognised++;
    slowest = Math.max(slowest, r.ms);
    if (done % 10_000 === 0) process.stdout.write(`  ${done} done, slowest ${slowest.toFixed(0)} ms\n`);
  }),
  { numRuns: runs, seed, ...(path ? { path } : {}) },
);
const secs = ((Date.now() - started) / 1000).toFixed(1);
process.stdout.write(
  `fuzz: ${done} cases in ${secs} s; ${recognised} with a recognised table; mean ${(total / Math.max(done, 1)).toFixed(2)} ms, slowest ${slowest.toFixed(0)} ms\n`,
);
if (result.failed) {
  process.stderr.write(`${fc.defaultReportMessage(result) ?? "failed"}\nreplay: npm run fuzz -- 1 --seed ${seed} --path ${result.counterexamplePath ?? ""}\n`);
  process.exit(1);
}
