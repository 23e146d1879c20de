import { CliIO, stdinCells } from "../io";
import { guessLang, parseOptionsOnly, readLang, readPlanPeriod } from "../options";
import { parseDeadline } from "../../core/deadline";
import { deadlineLine } from "../../core/deadline/words";

/**
 * `phuluc deadline [--plan-period P] [--json] [--lang vi|en]`: one deadline cell per stdin line (a literal
 * `\n` is a line break inside the cell). With --json, one DeadlineResult per line (the contract's `deadline`
 * object); otherwise one readable line per cell, worded by src/core/deadline/words.ts (the same module that
 * words the summary sheets' deadlines).
 */

export async function runDeadline(argv: string[], io: CliIO): Promise<number> {
  const args = parseOptionsOnly(argv, ["plan-period", "lang"], ["json"]);
  const lang = readLang(args.options, guessLang(argv));
  const planPeriod = readPlanPeriod(args.options);
  const cells = stdinCells(await io.readStdin());
  for (const cell of cells) {
    const result = parseDeadline(cell, planPeriod ? { planPeriod } : {});
    io.stdout((args.options.json ? JSON.stringify(result) : deadlineLine(result, lang)) + "\n");
  }
  return 0;
}
