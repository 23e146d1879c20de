#!/usr/bin/env node
// Builds the add-in exactly as `npm run build` does (webpack.config.js, production, the add-in pages only) into
// the folder given as the first argument, for test/e2e/addin-bundle.test.ts to scan for simulation code.
// Run as its own process (not inside jest) so webpack and its plugins share one module registry.
"use strict";
const path = require("path");
const webpack = require("webpack");

async function main() {
  const out = path.resolve(process.argv[2] || path.join(__dirname, "../../test-results/addin-web"));
  const make = require("../../webpack.config.js");
  const config = await make({ pages: "addin" }, { mode: "production" });
  if (Array.isArray(config) || config.name !== "addin") throw new Error("webpack.config.js did not give the add-in build alone");
  config.output = { ...config.output, path: out };
  config.infrastructureLogging = { level: "error" };
  const stats = await new Promise((resolve, reject) => webpack(config, (error, result) => (error ? reject(error) : resolve(result))));
  if (stats.hasErrors()) {
    process.stderr.write(stats.toString({ all: false, errors: true }) + "\n");
    process.exit(1);
  }
  process.stdout.write(`built ${out} in ${stats.endTime - stats.startTime} ms\n`);
}

main().catch((e) => {
  process.stderr.write(`${(e && e.stack) || e}\n`);
  process.exit(1);
});
