/**
 * `npm run fuzz [RUNS] [--seed N] [--path P]`: many more random workbooks through the whole engine than the
 * jest suite runs (default 200,000; also FUZZ_RUNS / FUZZ_SEED / FUZZ_PATH). The seed is printed first, so a
 * failure can be replayed: `npm run fuzz -- 1 --seed N --path P` (the failure prints that line). The same
 * runner, generator and property as the jest suite (test/unit/fuzz/runner.ts, fuzz-a.test.ts and fuzz-b.test.ts).
 */
import { MAX_CASE_CPU_MS } from "../test/unit/fuzz/property";
import { baseSeed, runFuzz } from "../test/unit/fuzz/runner";

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const positional = process.argv.slice(2).find((a, i, all) => /^\d+$/.test(a) && !all[i - 1]?.startsWith("--"));
const runs = Number(positional ?? process.env.FUZZ_RUNS ?? 200_000);
const given = option("seed");
const seed = given !== undefined ? Number(given) : baseSeed();
const path = option("path") ?? process.env.FUZZ_PATH;

process.stdout.write(
  `fuzz: ${runs} workbooks, seed ${seed}${path ? `, path ${path}` : ""} (limit ${MAX_CASE_CPU_MS} ms of CPU time each)\n`,
);
const started = Date.now();
let slowest = 0;
try {
  const stats = runFuzz({
    runs,
    seed,
    ...(path ? { path } : {}),
    replay: "npm run fuzz -- 1",
    onCase: (r, done) => {
      slowest = Math.max(slowest, r.cpuMs);
      if (done % 10_000 === 0) process.stdout.write(`  ${done} done, slowest ${slowest.toFixed(0)} ms CPU\n`);
    },
  });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `fuzz: ${stats.runs} cases in ${secs} s; ${stats.recognised} with a recognised table; ` +
      `CPU time mean ${(stats.totalCpuMs / Math.max(stats.runs, 1)).toFixed(2)} ms, slowest ${stats.slowestCpuMs.toFixed(0)} ms\n`,
  );
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
