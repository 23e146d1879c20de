import { CliIO } from "../io";

// Placeholder replaced by the deadline implementation (issue work in progress).
export async function runDeadline(_argv: string[], io: CliIO): Promise<number> {
  io.stderr("phuluc: deadline: chưa có / not available yet\n");
  return 2;
}
