#!/usr/bin/env node
// `npm start`: get PhuLuc running wherever this is.
// - Windows/macOS with office-addin-debugging installed: it starts the dev server and sideloads into Excel desktop.
// - Everywhere else (Linux, or the tool not installed): start the dev server in the background, then print the
//   preview page's address first (the real pane against a simulated Excel, no Excel needed), then exactly how to
//   sideload the add-in by hand, and how to try the CLI.
// `npm stop` (scripts/stop.js) undoes what this started; the state lives in a file in the temp directory.
"use strict";

const fs = require("fs");
const path = require("path");
const { spawn, spawnSync } = require("child_process");
const state = require("./stop"); // the state file helpers live with the code that undoes them

const root = path.join(__dirname, "..");
const manifest = path.join(root, "manifest.xml");
const SAMPLE = "samples/ke-hoach-cchc-gia-lai-2021.xlsx";

function say(line = "") {
  process.stdout.write(line + "\n");
}

/** The CLI demo needs dist/node; build it once if `npm install` did not (e.g. installed with --ignore-scripts). */
function ensureCliBuilt() {
  if (fs.existsSync(path.join(root, "dist", "node", "cli", "main.js"))) return;
  say("[phuluc] Building the command-line tool (npm run build:cli)…");
  const tsc = require.resolve("typescript/bin/tsc");
  const run = spawnSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { cwd: root, stdio: "inherit" });
  if (run.status !== 0) say("[phuluc] The CLI did not build; the add-in preview below still works.");
}

function resolveOptional(name) {
  try {
    return require.resolve(`${name}/package.json`, { paths: [root] });
  } catch {
    return null;
  }
}

/** Windows/macOS with office-addin-debugging: let it run the dev server and sideload into Excel desktop. */
function startWithDebugging(pkgJson) {
  const pkg = JSON.parse(fs.readFileSync(pkgJson, "utf8"));
  const bin = typeof pkg.bin === "string" ? pkg.bin : pkg.bin["office-addin-debugging"];
  const cli = path.join(path.dirname(pkgJson), bin);
  state.write({ kind: "office-addin-debugging", cli, manifest });
  const run = spawnSync(
    process.execPath,
    [cli, "start", manifest, "desktop", "--app", "excel", "--dev-server", "npm run dev-server", "--dev-server-port", "3000"],
    { cwd: root, stdio: "inherit" },
  );
  process.exit(run.status === null ? 1 : run.status);
}

/** Starts `webpack serve` detached, logging to a file, so this command returns and `npm stop` can end it. */
async function startDevServer() {
  const running = state.read();
  if (running && running.kind === "dev-server" && state.isAlive(running.pid)) {
    say(`[phuluc] The dev server is already running (pid ${running.pid}, log ${running.log}).`);
    return running.url;
  }
  fs.mkdirSync(state.dir, { recursive: true });
  const log = path.join(state.dir, "dev-server.log");
  const out = fs.openSync(log, "w");
  const webpackCli = require.resolve("webpack-cli/bin/cli.js", { paths: [root] });
  const child = spawn(process.execPath, [webpackCli, "serve", "--mode", "development"], {
    cwd: root,
    detached: true, // its own process group, so stop.js can end webpack and anything it spawned together
    windowsHide: true,
    stdio: ["ignore", out, out],
  });
  child.unref();
  state.write({ kind: "dev-server", pid: child.pid, log });
  say(`[phuluc] Starting the dev server (pid ${child.pid}); its output goes to ${log}`);

  const url = await waitForServer(child, log);
  state.write({ kind: "dev-server", pid: child.pid, log, url });
  return url;
}

/** Polls until the pane answers over https (or the http fallback); fails early if webpack exits. */
async function waitForServer(child, log) {
  let exited = false;
  child.on("exit", () => (exited = true));
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (exited) break;
    for (const url of ["https://localhost:3000", "http://localhost:3000"]) {
      if (await answers(`${url}/taskpane.html`)) return url;
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  say(`[phuluc] The dev server did not come up. Last lines of ${log}:`);
  say(fs.readFileSync(log, "utf8").split("\n").slice(-25).join("\n"));
  if (!exited) state.stop(state.read());
  state.clear();
  process.exit(1);
}

function answers(url) {
  const lib = url.startsWith("https:") ? require("https") : require("http");
  return new Promise((resolve) => {
    // The dev certificate may not be trusted yet; this is only a liveness probe of our own server.
    const req = lib.get(url, { rejectUnauthorized: false, timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on("error", () => resolve(false));
    req.on("timeout", () => {
      req.destroy();
      resolve(false);
    });
  });
}

function printInstructions(url) {
  const https = url.startsWith("https:");
  const desktop = process.platform === "win32" || process.platform === "darwin";
  say("");
  say("PhuLuc đang chạy / PhuLuc is running.");
  say("");
  say("Xem trước không cần Excel / Preview without Excel — open in any browser:");
  say(`  ${url}/preview.html`);
  say("  The real PhuLuc pane beside the sheet grid, on a sample plan in a simulated Excel: check, jump to a");
  say("  problem, mark/unmark, create the summary sheets. Pick another seed workbook or open your own .xlsx");
  say("  there; add ?lang=en or ?theme=dark to the address. Nothing is written to the files.");
  say("");
  say("Ngăn tác vụ cho Excel / The task pane Excel loads:");
  say(`  ${url}/taskpane.html  (in a plain browser tab it only says "Xem trước ngoài Excel")`);
  say("");
  if (https) {
    say("1. Trust the development certificate (once per machine):");
    say(`   open ${url}/taskpane.html in the browser you use for Excel on the web; if it warns about the`);
    say('   certificate, choose "Advanced" → "Proceed to localhost". To trust it system-wide instead run');
    say("   `npx office-addin-dev-certs install` with administrator rights.");
  } else {
    say("1. NOTE: the server fell back to plain http, and Excel only loads add-ins over https.");
    say("   Install a development certificate with administrator rights (`npx office-addin-dev-certs install`),");
    say("   then `npm stop` and `npm start` again. The preview in a browser works meanwhile.");
  }
  say("2. Sideload into Excel on the web (https://www.office.com, sign in, open or create a workbook):");
  say("   Insert → Add-ins → My Add-ins → Upload My Add-in → choose:");
  say(`     ${manifest}`);
  say("   (Tiếng Việt: Chèn → Phần bổ trợ → Phần bổ trợ của tôi → Tải lên Phần bổ trợ của tôi.");
  say("    Newer Excel on the web: Home → Add-ins → More Add-ins → My Add-ins → Upload My Add-in.)");
  say('3. On the Home tab, group "PhuLuc", select "Kiểm tra kế hoạch" (Check plan).');
  if (desktop) {
    say("");
    say("Excel desktop: `office-addin-debugging` is not installed, so sideload by hand:");
    if (process.platform === "darwin") {
      say("   mkdir -p ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef");
      say(`   cp "${manifest}" ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/`);
      say("   then restart Excel: Insert → Add-ins → My Add-ins (developer add-ins) → PhuLuc.");
    } else {
      say("   share a folder holding manifest.xml, add it in Excel: File → Options → Trust Center → Trust Center");
      say("   Settings → Trusted Add-in Catalogs (tick Show in Menu), restart Excel, then Insert → My Add-ins →");
      say("   Shared Folder → PhuLuc.");
    }
    say("   Or install it: npm install --no-save office-addin-debugging (then `npm start` sideloads for you).");
  }
  say("");
  say("Details: docs/sideload.md. Command-line demo (no Excel needed):");
  say(`  npx phuluc check ${SAMPLE}`);
  if (!fs.existsSync(path.join(root, SAMPLE))) say(`  (${SAMPLE} is not in this checkout yet)`);
  say("");
  say("Stop the server with: npm stop");
}

async function main() {
  ensureCliBuilt();
  if (process.platform === "win32" || process.platform === "darwin") {
    const debugging = resolveOptional("office-addin-debugging");
    if (debugging) return startWithDebugging(debugging);
  }
  const url = await startDevServer();
  printInstructions(url);
}

main().catch((error) => {
  process.stderr.write(`[phuluc] npm start failed: ${error && error.message ? error.message : error}\n`);
  process.exit(1);
});
