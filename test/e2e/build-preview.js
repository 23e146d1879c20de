#!/usr/bin/env node
// Builds the web pages — the add-in (taskpane.html) and the preview (preview.html and the seeds), two separate
// webpack builds — with webpack's Node API into the folder given as the first argument, in development mode
// (no eval, no source maps): what the e2e tests load. taskpane.html
// refers to office.js on Microsoft's CDN, as in production, so its Content-Security-Policy is the production one;
// the tests route that address (csp.test.ts) to fake-office.js, built here as an extra entry, or to the copy of
// office.js in node_modules. preview.html needs no office.js.
// Run as its own process (not inside jest) so webpack and its plugins share one module registry.
"use strict";
const fs = require("fs");
const path = require("path");
const webpack = require("webpack");

async function main() {
  const out = path.resolve(process.argv[2] || path.join(__dirname, "../../test-results/e2e/web"));
  process.env.PHULUC_OFFICE_JS = "cdn";
  const make = require("../../webpack.config.js");
  // Both builds (the add-in and the preview) into the one folder the tests serve, one after the other: each
  // would clean the other's files, so the folder is emptied once here instead.
  const configs = await make({ pages: "all" }, { mode: "development" });
  fs.rmSync(out, { recursive: true, force: true });
  let ms = 0;
  for (const config of configs) {
    // fake-office.js (the simulated Excel standing in for office.js) goes with the preview, never with the add-in.
    if (config.name === "preview") config.entry = { ...config.entry, "fake-office": path.join(__dirname, "fake-office.ts") };
    config.output = { ...config.output, path: out, clean: false };
    config.devtool = false; // source maps only slow the test build down
    config.infrastructureLogging = { level: "error" };
    const stats = await new Promise((resolve, reject) => webpack(config, (error, result) => (error ? reject(error) : resolve(result))));
    if (stats.hasErrors()) {
      process.stderr.write(stats.toString({ all: false, errors: true }) + "\n");
      process.exit(1);
    }
    ms += stats.endTime - stats.startTime;
  }
  process.stdout.write(`built ${out} in ${ms} ms\n`);
}

main().catch((e) => {
  process.stderr.write(`${(e && e.stack) || e}\n`);
  process.exit(1);
});
