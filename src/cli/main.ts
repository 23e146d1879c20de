import { CliIO, processIO } from "./io";
import { msg } from "./messages";
import { UsageError, guessLang, reportUsageError } from "./options";
import { runCheck } from "./commands/check";
import { runDeadline } from "./commands/deadline";
import { runAgencies } from "./commands/agencies";

type Command = (argv: string[], io: CliIO) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  check: runCheck,
  deadline: runDeadline,
  agencies: runAgencies,
};

/** Runs the command line; returns the exit status (0 ok, 1 the plan has errors, 2 could not do the job). */
export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const lang = guessLang(argv);
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr(`phuluc: ${msg(lang, "noCommand")}\n`);
    return 2;
  }
  if (name === "help" || name === "--help" || name === "-h") {
    io.stdout(msg(lang, "usage") + "\n");
    return 0;
  }
  if (name === "--version" || name === "-v") {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    io.stdout(`${(require("../../../package.json") as { version: string }).version}\n`);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`phuluc: ${msg(lang, "unknownCommand", name)}\n`);
    return 2;
  }
  try {
    return await command(rest, io);
  } catch (e) {
    if (e instanceof UsageError) return reportUsageError(io, lang, e);
    throw e;
  }
}
