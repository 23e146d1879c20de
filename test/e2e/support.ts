// Shared by the browser end-to-end tests: build the preview once (when sources changed), serve it on 127.0.0.1
// with a random free port, drive Debian's chromium with playwright-core.
import { spawnSync } from "child_process";
import { createReadStream, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from "fs";
import { createServer, Server } from "http";
import type { AddressInfo } from "net";
import path from "path";
import { chromium, Browser } from "playwright-core";

export const ROOT = path.join(__dirname, "..", "..");
export const BUILD_DIR = path.join(ROOT, "test-results", "e2e", "web");
export const SHOTS_DIR = path.join(ROOT, "test-results", "e2e");
export const CHROMIUM = "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** What the preview bundle is made of: a change to any of these means rebuilding. */
const INPUTS = [
  "src",
  "sim",
  "test/e2e/fake-office.ts",
  "test/e2e/build-preview.js",
  "test/e2e/build-addin.js",
  "assets",
  "samples",
  "test/fixtures",
  "webpack.config.js",
  "package-lock.json",
];

function newest(p: string): number {
  if (!existsSync(p)) return 0;
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  let max = s.mtimeMs;
  for (const name of readdirSync(p)) {
    if (name === "node_modules" || name.startsWith(".")) continue;
    max = Math.max(max, newest(path.join(p, name)));
  }
  return max;
}

/**
 * Runs `script` (a node build script taking the output folder) unless `dir` holds a build (`probe` in it and a stamp)
 * newer than every input. The builds run in their own process, so webpack and its plugins share one module registry.
 */
export function ensureBuilt(script: string, dir: string, probe: string): { built: boolean; ms: number } {
  const started = Date.now();
  const stamp = path.join(dir, ".built");
  const inputs = Math.max(...INPUTS.map((p) => newest(path.join(ROOT, p))));
  if (existsSync(stamp) && existsSync(path.join(dir, probe)) && statSync(stamp).mtimeMs >= inputs) {
    return { built: false, ms: 0 };
  }
  mkdirSync(dir, { recursive: true });
  const run = spawnSync(process.execPath, [path.join(__dirname, script), dir], {
    cwd: ROOT,
    encoding: "utf8",
    // A bound against a hung build, not a speed target: a production build takes minutes on a loaded 2-core machine.
    timeout: 600_000,
  });
  if (run.status !== 0) throw new Error(`${script} failed:\n${run.stdout}\n${run.stderr}`);
  writeFileSync(stamp, new Date().toISOString());
  return { built: true, ms: Date.now() - started };
}

/** Builds the pages (the add-in and the preview) into test-results/e2e/web unless an up-to-date build is there. */
export function ensurePreviewBuilt(): { built: boolean; ms: number } {
  return ensureBuilt("build-preview.js", BUILD_DIR, "preview.html");
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".map": "application/json",
  ".css": "text/css; charset=utf-8",
};

/** A tiny static file server for `dir` on 127.0.0.1 and a free port. */
export async function serve(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const root = path.resolve(dir);
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const file = path.resolve(root, `.${pathname === "/" ? "/preview.html" : pathname}`);
    if (!file.startsWith(root + path.sep) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Whether the browser tests can run here. On a developer's machine without Chromium they are skipped (with a warning);
 * in CI (CI=true or 1, as CI services set it) a missing Chromium is a broken setup, so the suite fails to load with
 * the reason instead of passing with its browser tests silently skipped.
 */
export function hasChromium(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (/^(true|1)$/i.test(process.env.CI ?? "")) {
    throw new Error(
      `CI: thiếu ${CHROMIUM}, không chạy được kiểm thử trình duyệt. / ` +
        `${CHROMIUM} is missing, so the browser tests cannot run: install it (apt-get install chromium, as .ci/run does).`,
    );
  }
  return false;
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

export function shotPath(name: string): string {
  mkdirSync(SHOTS_DIR, { recursive: true });
  return path.join(SHOTS_DIR, `${name}.png`);
}

export interface Pages {
  browser: Browser;
  server: { url: string; close: () => Promise<void> };
}

/** In a describe block: build the pages if needed, serve them and start chromium once for its tests, then stop both. */
export function usePages(what: string): Pages {
  const pages = {} as Pages;
  beforeAll(async () => {
    const build = ensurePreviewBuilt();
    if (build.built) console.log(`[e2e] built ${what} in ${build.ms} ms`);
    pages.server = await serve(BUILD_DIR);
    pages.browser = await launch();
  }, 660_000); // the build's own bound (ensureBuilt) and a little more
  afterAll(async () => {
    await pages.browser?.close();
    await pages.server?.close();
  });
  return pages;
}
