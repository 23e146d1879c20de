/**
 * taskpane.html itself — the page Excel loads — in headless Chromium under its production Content-Security-Policy
 * (office.js from Microsoft's CDN): the page requests nothing but its own files and office.js, and no CSP violation
 * is reported, while the real pane checks, marks, unmarks and writes summaries against the simulated Excel
 * (test/e2e/fake-office.ts, served in place of the CDN's office.js). Also: outside Office with the real office.js,
 * and a host below the required ExcelApi set.
 */
import { existsSync, readFileSync, statSync } from "fs";
import path from "path";
import type { Page } from "playwright-core";
import type { FakeExcel } from "../../sim/fake-excel";
import { BUILD_DIR, hasChromium, shotPath, usePages } from "./support";

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
    // The files office.js loads from beside itself (host scripts, locale strings, its trust-check page
    // AgaveErrorUX/, which the package publishes in lower case), as the CDN serves them; anything else is refused.
    const hosted = /^\/lib\/1\/hosted\/(.+)$/.exec(url.pathname)?.[1] ?? "";
    const local = [hosted, hosted.toLowerCase()]
      .map((p) => path.join(OFFICE_DIST, p))
      .find((f) => f.startsWith(OFFICE_DIST + path.sep) && existsSync(f) && statSync(f).isFile());
    if (office === "real" && local) {
      const type = local.endsWith(".html")
        ? "text/html"
        : local.endsWith(".css")
          ? "text/css"
          : local.endsWith(".png")
            ? "image/png"
            : "text/javascript";
      await route.fulfill({ contentType: type, body: readFileSync(local) });
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
  const pages = usePages("the pages");
  let page: Page;
  const errors: string[] = [];

  beforeEach(async () => {
    errors.length = 0;
    page = await pages.browser.newPage({ viewport: { width: 350, height: 860 } });
    page.on("pageerror", (e) => errors.push(e.message));
  });
  afterEach(async () => {
    await page.close();
    expect(errors).toEqual([]);
  });

  it("the policy: own files and office.js's CDN for scripts and frames, no inline script or style, no eval", async () => {
    const html = readFileSync(path.join(BUILD_DIR, "taskpane.html"), "utf8");
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? "";
    const directives = new Map(
      csp
        .split(";")
        .map((d) => d.trim().split(/\s+/))
        .map(([k, ...v]) => [k, v]),
    );
    expect(directives.get("default-src")).toEqual(["'none'"]);
    expect(directives.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(directives.get("style-src")).toEqual(["'self'", "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"]);
    expect(directives.get("connect-src")).toEqual(["'self'"]);
    // office.js's trust check in Excel on the web frames <CDN>/lib/1/hosted/AgaveErrorUX/index.html: that origin only.
    expect(directives.get("frame-src")).toEqual(["https://appsforoffice.microsoft.com"]);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|\*/);
    // The page's own inline script and style blocks are gone (they would be refused).
    expect(html).not.toMatch(/<script>|<style>/);
    expect(html).toContain(`<script src="${OFFICE_JS}"></script>`);
  });

  it("inside (simulated) Excel: check → mark → a co-author's edit → check again → unmark → summaries, nothing else requested, no violation", async () => {
    const w = await watch(page, "fake");
    await page.goto(`${pages.server.url}/taskpane.html`);
    await page.getByTestId("table-status").waitFor({ timeout: 30_000 });
    await expect(page.getByTestId("table-status").textContent()).resolves.toMatch(/^Bảng A2:F5 — 3 nhiệm vụ/);
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await page.getByTestId("totals").waitFor();
    await expect(page.locator('[data-testid=problems] button[data-cell="D5"]').count()).resolves.toBeGreaterThan(0);

    // PhuLuc's own marks (conditional formats and prompts raise WorksheetChanged in the fake) do not make the results
    // stale. Proved without waiting a fixed time: once the pane's handlers for the mark's events have settled, the
    // user edits C3; the pane keeps the *first* change that made the results stale, so the message it then shows
    // names C3 — had any of PhuLuc's own writes been taken for a change, it would name that (D5) instead.
    await page.getByTestId("mark").click();
    await page.getByText(/^Đã đánh dấu \d+ ô/).waitFor();
    await expect(
      page.evaluate(() => (window as unknown as Win).__fakeExcel.changes.filter((c) => c.triggerSource === "ThisLocalAddin").length),
    ).resolves.toBeGreaterThan(0);
    await page.evaluate(() => (window as unknown as Win).__fakeExcel.eventsSettled());
    await expect(page.getByTestId("mark").isEnabled()).resolves.toBe(true);
    await page.evaluate(() => (window as unknown as Win).__fakeExcel.editCell("Kế hoạch", "C3", "Báo cáo tổng hợp"));
    await page.getByText("Bảng đã thay đổi sau lần kiểm tra — bấm Kiểm tra lại").waitFor();
    await expect(page.getByTestId("stale-where").textContent()).resolves.toBe("Ô đã sửa: C3. ");

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

    expect(foreign(w.requests, pages.server.url)).toEqual([]);
    expect(w.requests).toContain(OFFICE_JS);
    expect(await w.violations()).toEqual([]);
    expect(w.console).toEqual([]);
  });

  it("outside Office, with the real office.js: the preview note, nothing else requested, no violation", async () => {
    const w = await watch(page, "real");
    await page.goto(`${pages.server.url}/taskpane.html`);
    await page.getByText("Mở trang xem trước với sổ tính mẫu").waitFor({ timeout: 30_000 });
    expect(foreign(w.requests, pages.server.url)).toEqual([]);
    expect(await w.violations()).toEqual([]);
    expect(w.console).toEqual([]);
  });

  it("frames: office.js's trust-check page from its CDN loads, a frame of any other origin is refused", async () => {
    const w = await watch(page, "real");
    await page.goto(`${pages.server.url}/taskpane.html`);
    await page.getByText("Mở trang xem trước với sổ tính mẫu").waitFor({ timeout: 30_000 });
    // What excel-web-16.00.js does on a host it has not verified yet: a hidden frame of <office.js base>/AgaveErrorUX.
    const errorUx = "https://appsforoffice.microsoft.com/lib/1/hosted/AgaveErrorUX/index.html#%7B%7D";
    await page.evaluate(
      (src) =>
        new Promise<void>((resolve) => {
          const f = document.createElement("iframe");
          f.style.visibility = "hidden";
          f.onload = () => resolve();
          f.src = src;
          document.body.appendChild(f);
        }),
      errorUx,
    );
    expect(w.requests).toContain(errorUx.replace(/#.*$/, ""));
    expect(await w.violations()).toEqual([]);
    // Any other origin: refused by frame-src before a request is made. The violation event is the signal awaited.
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          document.addEventListener("securitypolicyviolation", () => resolve(), { once: true });
          const f = document.createElement("iframe");
          f.src = "https://example.org/";
          document.body.appendChild(f);
        }),
    );
    expect(await w.violations()).toEqual([expect.stringMatching(/^frame-src https:\/\/example\.org/)]);
    expect(foreign(w.requests, pages.server.url)).toEqual([]);
  });

  it("a host below ExcelApi 1.7 (here 1.3): the reason in Vietnamese and English, and not one Excel call", async () => {
    const w = await watch(page, "fake");
    await page.goto(`${pages.server.url}/taskpane.html?api=1.3`);
    const message = page.getByTestId("needs-newer-excel");
    await message.waitFor({ timeout: 30_000 });
    await expect(message.locator('p[lang="vi"]').textContent()).resolves.toContain("bộ ExcelApi 1.7; Excel này có: 1.3");
    await expect(message.locator('p[lang="en"]').textContent()).resolves.toContain("the ExcelApi 1.7 set; this Excel has: 1.3");
    await page.screenshot({ path: shotPath("32-csp-api-1.3"), fullPage: true });
    await expect(page.evaluate(() => (window as unknown as Win).__fakeExcel.syncs.length)).resolves.toBe(0);
    await expect(page.evaluate(() => (window as unknown as Win).__fakeExcel.runs)).resolves.toBe(0);
    expect(foreign(w.requests, pages.server.url)).toEqual([]);
    expect(await w.violations()).toEqual([]);
  });
});
