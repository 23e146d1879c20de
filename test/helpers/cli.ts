import { main } from "../../src/cli/main";
import { CliIO } from "../../src/cli/io";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the command line in-process with the given stdin, capturing what it prints. */
export async function runCli(argv: string[], stdin = ""): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const io: CliIO = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readStdin: async () => stdin,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
