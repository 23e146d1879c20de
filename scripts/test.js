#!/usr/bin/env node
// `npm test`: runs jest (all projects, or what the arguments select) and ends with the plain line
// "N passed, N failed" that CI reads. Jest's own summary has another form and jest prints after its
// reporters, so the line is written here, after jest has exited, from its JSON results.
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const out = path.join(root, "test-results", "jest.json");
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.rmSync(out, { force: true });

const jest = require.resolve("jest/bin/jest");
const run = spawnSync(process.execPath, [jest, "--json", `--outputFile=${out}`, ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
});

let passed = 0;
let failed = 0;
let skipped = 0;
if (fs.existsSync(out)) {
  const r = JSON.parse(fs.readFileSync(out, "utf8"));
  passed = r.numPassedTests;
  skipped = r.numPendingTests + r.numTodoTests;
  // A suite that failed to load ran no test but is a failure all the same.
  failed = r.numFailedTests + r.numRuntimeErrorTestSuites;
} else {
  failed = 1; // jest did not even start
}
if (run.status !== 0 && failed === 0) failed = 1;
process.stdout.write(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}\n`);
process.exit(run.status === null ? 1 : run.status);
