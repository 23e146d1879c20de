/**
 * Deadline parsing: PhuLuc's parser against chrono-node's Vietnamese parser (`chrono.vi`, a dev dependency
 * used only here as a baseline) on every deadline phrase of the five seed plans.
 *
 *   npx tsx bench/deadline.bench.ts
 *
 * "Correct" follows the spec (plan-tables.md §2): a phrase is read correctly when the due dates produced are
 * exactly the spec's due dates (end of quarter/month/year, "trước tháng 12/2021" = 30/11/2021…); for phrases
 * with no single date (recurring, ongoing, conditional) when no date is produced. Because chrono returns the
 * *start* of a period ("Tháng 6/2017" → 1/6/2017), a lenient score is also shown: every expected period was
 * found (some date inside it) and no date fell outside all of them. "Wrong date" counts phrases for which a
 * parser produced at least one date outside every expected period — the failure that misleads a user.
 */
import * as chrono from "chrono-node";
import { format, parseISO, startOfMonth, startOfQuarter, startOfYear, subMonths } from "date-fns";
import { parseDeadline } from "../src/core/deadline";
import { SEED_PHRASES, SeedPhrase } from "../test/unit/deadline/seed-phrases";
import { Expected } from "../test/unit/deadline/expect";

interface Period {
  start: string;
  due: string;
}

const day = (d: Date) => format(d, "yyyy-MM-dd");

function periodOf(m: Expected): Period | null {
  if (!m.due) return null;
  const due = parseISO(m.due);
  const start =
    m.kind === "range" && m.start
      ? m.start
      : m.kind === "month"
        ? day(startOfMonth(due))
        : m.kind === "quarter"
          ? day(startOfQuarter(due))
          : m.kind === "half"
            ? day(startOfMonth(subMonths(due, 5)))
            : m.kind === "year"
              ? day(startOfYear(due))
              : m.due;
  return { start, due: m.due };
}

type Reader = (p: SeedPhrase) => string[];

const ours: Reader = (p) =>
  parseDeadline(p.text, { planPeriod: { from: p.plan[0], to: p.plan[1] } })
    .milestones.map((m) => m.due)
    .filter((d): d is string => d !== undefined);

// chrono reads relative dates against a reference date: the first day of the plan period.
const viaChrono: Reader = (p) => chrono.vi.parse(p.text, new Date(p.plan[0], 0, 1)).map((r) => day((r.end ?? r.start).date()));

interface Score {
  strict: number;
  lenient: number;
  dated: number;
  undatedClean: number;
  undated: number;
  wrong: number;
}

function score(read: Reader): Score {
  const s: Score = { strict: 0, lenient: 0, dated: 0, undatedClean: 0, undated: 0, wrong: 0 };
  for (const p of SEED_PHRASES) {
    const got = read(p);
    const periods = p.expect.map(periodOf).filter((x): x is Period => x !== null);
    const want = periods.map((x) => x.due);
    const inSome = (d: string) => periods.some((x) => x.start <= d && d <= x.due);
    const strict = JSON.stringify([...got].sort()) === JSON.stringify([...want].sort());
    const lenient = periods.every((x) => got.some((d) => x.start <= d && d <= x.due)) && got.every(inSome);
    if (got.some((d) => !inSome(d))) s.wrong++;
    if (periods.length > 0) {
      s.dated++;
      if (strict) s.strict++;
      if (lenient) s.lenient++;
    } else {
      s.undated++;
      if (got.length === 0) s.undatedClean++;
    }
  }
  return s;
}

function speed(read: Reader, ms: number): number {
  for (let i = 0; i < 50; i++) for (const p of SEED_PHRASES) read(p); // warm-up
  let n = 0;
  const t0 = performance.now();
  let t = t0;
  while (t - t0 < ms) {
    for (const p of SEED_PHRASES) read(p);
    n += SEED_PHRASES.length;
    t = performance.now();
  }
  return n / ((t - t0) / 1000);
}

const readers: Array<[string, Reader]> = [
  ["PhuLuc parseDeadline", ours],
  ["chrono-node 2.10 chrono.vi", viaChrono],
];

const rows = readers.map(([name, read]) => ({ name, ...score(read), perSecond: speed(read, 2000) }));
// A second speed round in the other order, so neither parser benefits from running first.
for (const [name, read] of [...readers].reverse()) {
  const row = rows.find((r) => r.name === name)!;
  row.perSecond = (row.perSecond + speed(read, 2000)) / 2;
}

const total = SEED_PHRASES.length;
console.log(
  `Seed deadline phrases: ${total} (${rows[0]!.dated} with due dates, ${rows[0]!.undated} without: recurring, ongoing, conditional)\n`,
);
console.log(
  "| parser | dated: exact due dates | dated: period found | undated: no date invented | all correct | phrases with a wrong date | phrases/s |",
);
console.log("|---|---|---|---|---|---|---|");
for (const r of rows) {
  console.log(
    `| ${r.name} | ${r.strict}/${r.dated} | ${r.lenient}/${r.dated} | ${r.undatedClean}/${r.undated} | ${r.strict + r.undatedClean}/${total} | ${r.wrong} | ${Math.round(r.perSecond).toLocaleString("en-US")} |`,
  );
}
console.log(`\nnode ${process.version}, ${process.platform}/${process.arch}`);
