/** What a command needs from its surroundings; tests pass their own to run commands in-process. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads all of standard input. */
  readStdin(): Promise<string>;
}

export const processIO: CliIO = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readStdin: () =>
    new Promise((resolve, reject) => {
      if (process.stdin.isTTY) {
        resolve("");
        return;
      }
      const chunks: Buffer[] = [];
      process.stdin.on("data", (c: Buffer) => chunks.push(c));
      process.stdin.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
      process.stdin.on("error", reject);
    }),
};

/**
 * One cell per input line (contract: the two characters `\n` inside a line stand for a line break within
 * the cell). Empty input lines are kept as empty cells so output lines match input lines one to one.
 */
export function stdinCells(input: string): string[] {
  const lines = input.replace(/\r\n?/g, "\n").split("\n");
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines.map((line) => line.replace(/\\n/g, "\n"));
}
