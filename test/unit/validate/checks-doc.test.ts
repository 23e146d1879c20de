import { readFileSync } from "fs";
import { join } from "path";
import { checksDoc } from "../../../scripts/checks-doc";

test("docs/checks.md is up to date with the issue catalog (run: npx tsx scripts/checks-doc.ts)", () => {
  expect(readFileSync(join(__dirname, "..", "..", "..", "docs", "checks.md"), "utf8")).toBe(checksDoc());
});
