/**
 * taskpane.html itself — the page Excel loads — in headless Chromium under its production Content-Security-Policy
 * (office.js from Microsoft's CDN): the page requests nothing but its own files and office.js, and no CSP violation
 * is reported, while the real pane checks, marks, unmarks and writes summaries against the simulated Excel
 * (test/e2e/fake-office.ts, served in place of the CDN's office.js). Also: outside Office with the real office.js,
 * and a host below the required ExcelApi set.
 */
import { readFileSync } from "fs";
import path from "path";
import type { Browser, Page } from "playwright-core";
import type { FakeExcel } from "../fake-excel";
import { BUILD_DIR, ensurePreviewBuilt, hasChromium, launch, serve, shotPath } from "./support";

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_DIST = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");

const describeBrowser = hasChromium() ? describe : describe.skip;
jest.setTimeout(90_000);

type Win = Window & { __fakeExcel: FakeExcel; __csp: string[] };

interface Watched {
  requests: string[];
  violations: () => Promise<string[]>;
  console: string[];
}

/**
 * Records every request and CSP violation of the page. `office` answers the CDN: "fake" serves the simulated Excel,
 * "real" the office.js of node_modules (and the files it loads from beside itself).
 */
async function watch(page: Page, office: "fake" | "real"): Promise<Watched> {
  const requests: string[] = [];
  const consoleLines: string[] = [];
  page.on("request", (r) => void requests.push(r.url()));
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) consoleLines.push(m.text());
  });
  await page.addInitScript(() => {
    const w = window as unknown as Win;
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
  });
  await page.route("https://appsforoffice.microsoft.com/**", async (route) => {
    const url = new URL(route.request().url());
    if (office === "fake" && url.href === OFFICE_JS) {
      await route.fulfill({ contentType: "text/javascript", body: readFileSync(path.join(BUILD_DIR, "fake-office.js"), "utf8") });
      return;
    }
    const local = path.join(OFFICE_DIST, path.basename(url.pathname));
    if (office === "real" && url.pathname.startsWith("/lib/1/hosted/")) {
      await route.fulfill({ contentType: "text/javascript", body: readFileSync(local, "utf8") });
      return;
    }
    await route.abort();
  });
  return { requests, console: consoleLines, violations: () => page.evaluate(() => (window as unknown as Win).__csp) };
}

/** Every request is the page's own origin or office.js's CDN path (what office.js loads beside itself). */
function foreign(requests: readonly string[], origin: string): string[] {
  return requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith("https://appsforoffice.microsoft.com/lib/1/hosted/"));
}

describeBrowser("taskpane.html under its Content-Security-Policy", () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    const build = ensurePreviewBuilt();
    if (build.built) console.log(`[e2e] built the pages in ${build.ms} ms`);
    server = await serve(BUILD_DIR);
    browser = await launch();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(async () => {
    errors.length = 0;
    page = await browser.newPage({ viewport: { width: 350, height: 860 } });
    page.on("pageerror", (e) => errors.push(e.message));
  });
  afterEach(async () => {
    await page.close();
    expect(errors).toEqual([]);
  });

  it("the policy: own files and office.js's CDN for scripts, no inline script or style, no eval", async () => {
    const html = readFileSync(path.join(BUILD_DIR, "taskpane.html"), "utf8");
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? "";
    const directives = new Map(csp.split(";").map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    expect(directives.get("default-src")).toEqual(["'none'"]);
    expect(directives.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(directives.get("style-src")).toEqual(["'self'", "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"]);
    expect(directives.get("connect-src")).toEqual(["'self'"]);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|\*/);
    // The page's own inline script and style blocks are gone (they would be refused).
    expect(html).not.toMatch(/<script>|<style>/);
    expect(html).toContain(`<script src="${OFFICE_JS}"></script>`);
  });

  it("inside (simulated) Excel: check → mark → a co-author's edit → check again → unmark → summaries, nothing else requested, no violation", async () => {
    const w = await watch(page, "fake");
    await page.goto(`${server.url}/taskpane.html`);
    await page.getByTestId("table-status").waitFor({ timeout: 30_000 });
    await expect(page.getByTestId("table-status").textContent()).resolves.toMatch(/^Bảng A2:F5 — 3 nhiệm vụ/);
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await page.getByTestId("totals").waitFor();
    await expect(page.locator('[data-testid=problems] button[data-cell="D5"]').count()).resolves.toBeGreaterThan(0);

    // PhuLuc's own marks (conditional formats and prompts raise WorksheetChanged in the fake) do not make the results stale.
    await page.getByTestId("mark").click();
    await page.getByText(/^Đã đánh dấu \d+ ô/).waitFor();
    await page.evaluate(() => (window as unknown as Win).__fakeExcel.eventsSettled());
    await page.waitForTimeout(300);
    await expect(page.getByTestId("stale").count()).resolves.toBe(0);
    await expect(page.getByTestId("mark").isEnabled()).resolves.toBe(true);
    await expect(page.evaluate(() => (window as unknown as Win).__fakeExcel.changes.filter((c) => c.triggerSource === "ThisLocalAddin").length)).resolves.toBeGreaterThan(0);

    // A co-author fills in the missing lead: the pane says so, and where.
    await page.evaluate(() => (window as unknown as Win).__fakeExcel.remoteEdit("Kế hoạch", "D5", "Sở Nội vụ"));
    await page.getByText("Người cùng soạn thảo đã sửa bảng sau lần kiểm tra — bấm Kiểm tra lại").waitFor();
    await expect(page.getByTestId("stale-where").textContent()).resolves.toContain("đã sửa D5");
    await expect(page.getByTestId("mark").isDisabled()).resolves.toBe(true);
    await page.screenshot({ path: shotPath("30-csp-coauthor-stale"), fullPage: true });
    await page.getByRole("button", { name: "Kiểm tra lại", exact: true }).click();
    await page.getByTestId("stale").waitFor({ state: "detached" });
    await page.getByRole("button", { name: "Bỏ đánh dấu" }).click();
    await page.getByText(/^Đã bỏ đánh dấu/).waitFor();

    await page.getByRole("tab", { name: "Tổng hợp", exact: true }).click();
    await page.getByRole("button", { name: "Tạo bảng tổng hợp" }).click();
    await page.getByTestId("written-sheets").waitFor();
    await page.screenshot({ path: shotPath("31-csp-summaries"), fullPage: true });

    expect(foreign(w.requests, server.url)).toEqual([]);
    expect(w.requests).toContain(OFFICE_JS);
    expect(await w.violations()).toEqual([]);
    expect(w.console).toEqual([]);
  });

  it("outside Office, with the real office.js: the preview note, nothing else requested, no violation", async () => {
    const w = await watch(page, "real");
    await page.goto(`${server.url}/taskpane.html`);
    await page.getByText("Mở trang xem trước với sổ tính mẫu").waitFor({ timeout: 30_000 });
    expect(foreign(w.requests, server.url)).toEqual([]);
    expect(await w.violations()).toEqual([]);
    expect(w.console).toEqual([]);
  });

  it("a host below ExcelApi 1.7 (here 1.3): the reason in Vietnamese and English, and not one Excel call", async () => {
    const w = await watch(page, "fake");
    await page.goto(`${server.url}/taskpane.html?api=1.3`);
    const message = page.getByTestId("needs-newer-excel");
    await message.waitFor({ timeout: 30_000 });
    await expect(message.locator('p[lang="vi"]').textContent()).resolves.toContain("bộ ExcelApi 1.7; Excel này có: 1.3");
    await expect(message.locator('p[lang="en"]').textContent()).resolves.toContain("the ExcelApi 1.7 set; this Excel has: 1.3");
    await page.screenshot({ path: shotPath("32-csp-api-1.3"), fullPage: true });
    await expect(page.evaluate(() => (window as unknown as Win).__fakeExcel.syncs.length)).resolves.toBe(0);
    await expect(page.evaluate(() => (window as unknown as Win).__fakeExcel.runs)).resolves.toBe(0);
    expect(foreign(w.requests, server.url)).toEqual([]);
    expect(await w.violations()).toEqual([]);
  });
});

