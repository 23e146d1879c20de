#!/usr/bin/env node
// `npm stop`: ends what `npm start` (scripts/start.js) started. start.js records it in a small JSON file in the
// temp directory; the helpers for that file live here and start.js requires them.
"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");

const dir = path.join(os.tmpdir(), "phuluc-dev");
const file = path.join(dir, "state.json");

function read() {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

function write(value) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(file, JSON.stringify(value, null, 2) + "\n");
}

function clear() {
  fs.rmSync(file, { force: true });
}

function isAlive(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0); // signal 0 only asks whether the process exists
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

/** Ends the recorded dev server and the processes it started; true when something was stopped. */
function stop(recorded) {
  if (!recorded) return false;
  if (recorded.kind === "office-addin-debugging") {
    // It knows how to unregister the sideloaded manifest and end its own dev server.
    spawnSync(process.execPath, [recorded.cli, "stop", recorded.manifest], { stdio: "inherit" });
    return true;
  }
  const pid = recorded.pid;
  if (!isAlive(pid)) return false;
  if (process.platform === "win32") {
    spawnSync("taskkill", ["/pid", String(pid), "/T", "/F"], { stdio: "ignore" });
  } else {
    // start.js made the server a process-group leader: a negative pid signals the whole group.
    try {
      process.kill(-pid, "SIGTERM");
    } catch {
      process.kill(pid, "SIGTERM");
    }
  }
  return true;
}

function main() {
  const recorded = read();
  if (!recorded) {
    process.stdout.write("[phuluc] Nothing to stop: npm start has not started anything (no state file).\n");
    return;
  }
  const stopped = stop(recorded);
  clear();
  process.stdout.write(
    stopped
      ? `[phuluc] Stopped ${recorded.kind === "dev-server" ? `the dev server (pid ${recorded.pid})` : recorded.kind}.\n`
      : "[phuluc] The dev server had already stopped.\n",
  );
}

module.exports = { dir, read, write, clear, isAlive, stop };

if (require.main === module) main();
