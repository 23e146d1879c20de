import { CliIO } from "../io";

// Placeholder replaced by the agencies implementation (issue work in progress).
export async function runAgencies(_argv: string[], io: CliIO): Promise<number> {
  io.stderr("phuluc: agencies: chưa có / not available yet\n");
  return 2;
}
