import { WorkbookData } from "../../../src/core/workbook/model";
import { baseSeed, runFuzz } from "./runner";

/** The shared runner: the two jest files draw different workbooks under one FUZZ_SEED, and a seed replays. */

function drawn(seed: number, offset: number): string[] {
  const out: string[] = [];
  runFuzz({ runs: 15, seed, offset, replay: "-", onCase: (_r, _n, wb: WorkbookData) => out.push(JSON.stringify(wb)) });
  return out;
}

test("offsets 0 and 1 under one base seed give different workbooks; the same seed and offset the same ones", () => {
  const a = drawn(42, 0);
  const b = drawn(42, 1);
  expect(a).toHaveLength(15);
  expect(b).toHaveLength(15);
  expect(a.filter((w) => b.includes(w)).length).toBeLessThan(3);
  expect(drawn(42, 1)).toEqual(b);
});

test("a failing case is reported with the line that replays it, and that line replays it", () => {
  const check = (wb: WorkbookData) => {
    if (wb.sheets.length > 1) throw new Error("two sheets");
    return { cpuMs: 0, tables: 0, tasks: 0, issues: 0 };
  };
  let message = "";
  try {
    runFuzz({ runs: 200, seed: 42, offset: 1, replay: "npx jest x", check });
  } catch (error) {
    message = String(error);
  }
  const replay = /replay: FUZZ_SEED=42 FUZZ_PATH=(\S+) npx jest x/.exec(message);
  expect(replay).not.toBeNull();
  expect(() => runFuzz({ runs: 1, seed: 42, offset: 1, path: replay![1]!, replay: "-", check })).toThrow(/two sheets/);
});

test("FUZZ_SEED that is not an integer is refused before anything runs", () => {
  const saved = process.env.FUZZ_SEED;
  process.env.FUZZ_SEED = "abc";
  try {
    expect(() => baseSeed()).toThrow(/FUZZ_SEED/);
  } finally {
    if (saved === undefined) delete process.env.FUZZ_SEED;
    else process.env.FUZZ_SEED = saved;
  }
});
