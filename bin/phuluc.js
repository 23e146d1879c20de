#!/usr/bin/env node
// Entry point of the `phuluc` command. The TypeScript sources are compiled to dist/node by `npm install`
// (the package's "prepare" script); if that did not happen, say how to fix it instead of a stack trace.
"use strict";
const path = require("path");
const fs = require("fs");
const main = path.join(__dirname, "..", "dist", "node", "cli", "main.js");
if (!fs.existsSync(main)) {
  process.stderr.write(
    "phuluc: chưa biên dịch — hãy chạy `npm install` (hoặc `npm run build:cli`) trong thư mục dự án.\n" +
      "phuluc: not built — run `npm install` (or `npm run build:cli`) in the project folder.\n",
  );
  process.exit(2);
}
// `phuluc check … --json | head`: when the reader closes the pipe it has read all it wants; stop quietly
// instead of dying with an EPIPE stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (err) => {
    if (err && err.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw err;
  });
}
require(main).main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`phuluc: lỗi nội bộ / internal error: ${err && err.message ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
