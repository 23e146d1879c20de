import { main } from "../../src/cli/main";
import { CliIO } from "../../src/cli/io";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** An in-memory CliIO: what a command prints collects in `out` and `err`. */
export function captureIO(stdin = ""): CliIO & { out: string; err: string } {
  const io = {
    out: "",
    err: "",
    stdout: (t: string) => void (io.out += t),
    stderr: (t: string) => void (io.err += t),
    readStdin: async () => stdin,
  };
  return io;
}

/** Runs the command line in-process with the given stdin, capturing what it prints. */
export async function runCli(argv: string[], stdin = ""): Promise<CliRun> {
  const io = captureIO(stdin);
  const code = await main(argv, io);
  return { code, stdout: io.out, stderr: io.err };
}
