#!/usr/bin/env node
// `npm run validate`: checks manifest.xml against Microsoft's add-in manifest schemas, offline, with the shared
// tool in ../shared/tools (xmllint + the 2020 XSDs, kept outside this repository on purpose). Where that tool is
// not present (a plain clone), say so and succeed: the check belongs to machines that have the schemas.
"use strict";

const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const root = path.join(__dirname, "..");
const tool = path.resolve(root, "..", "shared", "tools", "validate-manifest");
const manifest = path.join(root, process.argv[2] || "manifest.xml");

if (!fs.existsSync(tool)) {
  process.stdout.write(`validate-manifest: skipped — ${tool} not found (the offline schema check needs ../shared next to the repo).\n`);
  process.exit(0);
}

const run = spawnSync(tool, [manifest], { cwd: root, stdio: "inherit" });
if (run.error) {
  process.stderr.write(`validate-manifest: could not run ${tool}: ${run.error.message}\n`);
  process.exit(2);
}
process.exit(run.status === null ? 1 : run.status);
