/** `npm run bench`: runs every bench/*.bench.ts in turn; exits non-zero if one misses its targets. */
import { spawnSync } from "child_process";
import { readdirSync } from "fs";
import { join } from "path";

let failed = 0;
for (const file of readdirSync(__dirname)
  .filter((f) => f.endsWith(".bench.ts"))
  .sort()) {
  console.log(`\n== ${file}`);
  const run = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", join(__dirname, file)], { stdio: "inherit" });
  if (run.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
