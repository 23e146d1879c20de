// Runs the command line from the sources in a child process and reports that process's peak memory, so a
// test can bound what one `phuluc check` costs (run with `node --import tsx`). Not a test file itself.
import { main } from "../../../src/cli/main";

void main(process.argv.slice(2)).then((code) => {
  // maxRSS is in kilobytes; the marker line is stripped by the test before it reads what the command said.
  process.stderr.write(`@@maxrss ${process.resourceUsage().maxRSS}\n`);
  process.exitCode = code;
});
