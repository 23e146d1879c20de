/**
 * The real task pane in headless Chromium, against the simulated Excel of sim/fake-excel, through the preview
 * page (src/preview): find the table → check (same counts as the CLI) → jump to a problem → mark → unmark (the
 * workbook exactly as before) → summary sheets (new PhuLuc sheets, the user's sheets untouched, "=…" stays text).
 * Screenshots of every step go to test-results/e2e/*.png.
 */
import path from "path";
import type { Page } from "playwright-core";
import { runCheck } from "../../src/cli/commands/check";
import type { Report } from "../../src/core/report/schema";
import type { FakeExcel, FakeSheet, FakeWorkbookState } from "../../sim/fake-excel";
import { hasChromium, ROOT, shotPath, usePages } from "./support";

const FIXTURE = "test/fixtures/gia-lai-2021.xlsx";
const SEED = "fixtures/gia-lai-2021.xlsx";
const PLAN_SHEET = "KH CCHC 2021";
const SHEET_MARKER = "PhuLuc.generated";

const describeBrowser = hasChromium() ? describe : describe.skip;
if (!hasChromium()) {
  // CI installs Debian's chromium (.ci/run); without it the browser tests cannot run here.
  console.warn("[e2e] /usr/bin/chromium is missing: the browser end-to-end tests are skipped. Install it with `apt-get install chromium`.");
}

jest.setTimeout(90_000);

async function cliReport(file: string, lang: "vi" | "en" = "vi"): Promise<Report> {
  let out = "";
  const io = { stdout: (t: string) => void (out += t), stderr: () => undefined, readStdin: async () => "" };
  await runCheck([path.join(ROOT, file), "--json", "--lang", lang], io);
  return JSON.parse(out) as Report;
}

type Win = Window & { __fakeExcel: FakeExcel; Excel: { run: (batch: (ctx: Excel.RequestContext) => Promise<void>) => Promise<void> } };

function fakeState(page: Page): Promise<FakeWorkbookState> {
  return page.evaluate(() => (window as unknown as Win).__fakeExcel.snapshot());
}

function sheetOf(state: FakeWorkbookState, name: string): FakeSheet {
  const s = state.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

function activeSheet(state: FakeWorkbookState): FakeSheet {
  return state.sheets.find((s) => s.id === state.activeSheetId) as FakeSheet;
}

async function openPreview(page: Page, url: string, query: string): Promise<void> {
  await page.goto(`${url}/preview.html?${query}`);
  await page.getByTestId("table-status").waitFor({ timeout: 30_000 });
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: shotPath(name) });
}

async function paneShot(page: Page, name: string): Promise<void> {
  await page.getByTestId("pane").screenshot({ path: shotPath(name) });
}

/** Waits until `read()` gives `expected` (the pane's Excel calls are asynchronous), then asserts it. */
async function until<T>(read: () => Promise<T>, expected: T, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: T = await read();
  while (JSON.stringify(last) !== JSON.stringify(expected) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
    last = await read();
  }
  expect(last).toEqual(expected);
}

const PLAN_LINE = "Bảng A5:F48 — 35 nhiệm vụ, 7 mục, kế hoạch năm 2021";

/** A sheet tab of the preview's grid (the pane has tabs too). */
function sheetTab(page: Page, name: string) {
  return page.locator(".tabs").getByRole("tab", { name, exact: true });
}

/** Waits until the fake's events are delivered and the pane has stopped talking to Excel for a moment. */
async function settled(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as Win).__fakeExcel.eventsSettled());
  let syncs = -1;
  for (let i = 0; i < 100; i++) {
    const now = await page.evaluate(() => (window as unknown as Win).__fakeExcel.syncs.length);
    const busy = await page.locator("[data-testid=pane] main[aria-busy=true]").count();
    if (now === syncs && !busy) return;
    syncs = now;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error("the pane did not settle");
}

async function counts(page: Page): Promise<Record<string, number>> {
  const totals = page.getByTestId("totals");
  await totals.waitFor();
  const out: Record<string, number> = {};
  for (const b of await totals.locator("[data-severity]").all()) {
    out[(await b.getAttribute("data-severity")) as string] = Number(await b.getAttribute("data-count"));
  }
  return out;
}

describeBrowser("the task pane in the browser preview", () => {
  const pages = usePages("the preview");

  let page: Page;
  const errors: string[] = [];
  beforeEach(async () => {
    errors.length = 0;
    page = await pages.browser.newPage({ viewport: { width: 1280, height: 860 } });
    page.on("pageerror", (e) => errors.push(e.message));
    // The preview has its own Content-Security-Policy (src/preview/preview.html): nothing may break it.
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) => {
        throw new Error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
      });
    });
  });
  afterEach(async () => {
    await page.close();
    expect(errors).toEqual([]);
  });

  it("Vietnamese: found table → check → jump → mark → unmark → summary sheets", async () => {
    const cli = await cliReport(FIXTURE);
    await openPreview(page, pages.server.url, `seed=${encodeURIComponent(SEED)}`);

    // 1. What the pane found on opening.
    await expect(page.getByTestId("table-status").textContent()).resolves.toBe(PLAN_LINE);
    // Who issued the plan and when, as read from the title lines (the same reading as the CLI's "Ban hành:").
    await expect(page.getByTestId("plan-issuer").textContent()).resolves.toBe("Ban hành: UBND tỉnh (cấp tỉnh), ngày 26/12/2020");
    await shot(page, "01-found-table");

    // 2. Check: the same problems as `phuluc check` on the same file.
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    const found = await counts(page);
    const expected = { error: 0, warning: 0, info: 0 };
    for (const i of cli.issues) expected[i.severity]++;
    expect(expected).toEqual({ error: 4, warning: 15, info: 0 });
    expect(found).toEqual(expected);
    const rows = await page
      .locator("[data-testid=problems] button[data-cell]")
      .evaluateAll((els) => els.map((e) => `${e.getAttribute("data-cell")} ${e.getAttribute("data-code")}`));
    expect([...rows].sort()).toEqual(cli.issues.map((i) => `${i.cell} ${i.code}`).sort());
    await expect(page.getByRole("heading", { name: /^Lỗi/ }).first().isVisible()).resolves.toBe(true);
    await shot(page, "02-checked");
    await paneShot(page, "02b-checked-pane");

    // Filters: severity and text search narrow the list.
    await page.getByRole("button", { name: "Lỗi (4)" }).click();
    await expect(page.locator("[data-testid=problems] button[data-cell]").count()).resolves.toBe(4);
    await page.getByRole("searchbox").fill("chu tri");
    await expect(page.locator("[data-testid=problems] button[data-cell]").count()).resolves.toBe(2);
    await page.getByRole("button", { name: "Xoá bộ lọc" }).click();
    await expect(page.locator("[data-testid=problems] button[data-cell]").count()).resolves.toBe(19);

    // 3. A problem row selects its cell in the sheet (mouse), and Enter works from the keyboard too.
    await page.locator('[data-testid=problems] button[data-cell="D26"][data-code="MISSING_LEAD"]').click();
    await until(async () => sheetOf(await fakeState(page), PLAN_SHEET).selection, "D26");
    await page.locator('[data-testid=problems] button[data-cell="F7"]').focus();
    await page.keyboard.press("Enter");
    await until(async () => sheetOf(await fakeState(page), PLAN_SHEET).selection, "F7");
    expect(activeSheet(await fakeState(page)).name).toBe(PLAN_SHEET);
    await page.locator('[data-testid=problems] button[data-cell="D26"][data-code="MISSING_LEAD"]').click();
    await until(async () => sheetOf(await fakeState(page), PLAN_SHEET).selection, "D26");
    await shot(page, "03-selected-problem");
    // The list is one Tab stop: only one row is tabbable; arrows, Home and End move between rows.
    const tabbable = page.locator('[data-testid=problems] button[data-cell][tabindex="0"]');
    await expect(tabbable.count()).resolves.toBe(1);
    await expect(
      page
        .locator("[data-testid=problems] button[data-cell]")
        .evaluateAll((els) => els.filter((e) => e.getAttribute("tabindex") === "-1").length),
    ).resolves.toBe(18);
    await page.keyboard.press("Home");
    const firstRow = page.locator("[data-testid=problems] button[data-cell]").first();
    await expect(firstRow.evaluate((e) => e === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press("ArrowDown");
    await expect(
      page
        .locator("[data-testid=problems] button[data-cell]")
        .nth(1)
        .evaluate((e) => e === document.activeElement),
    ).resolves.toBe(true);
    await page.keyboard.press("End");
    await expect(
      page
        .locator("[data-testid=problems] button[data-cell]")
        .last()
        .evaluate((e) => e === document.activeElement),
    ).resolves.toBe(true);
    await expect(tabbable.count()).resolves.toBe(1);

    // 4. Mark: PhuLuc's fills (conditional formats) and the explanation prompts.
    const before = await fakeState(page);
    // The count is in the button's text.
    await expect(page.getByTestId("mark").textContent()).resolves.toBe("Đánh dấu 19 vấn đề trên bảng");
    await page.getByRole("button", { name: "Đánh dấu 19 vấn đề trên bảng" }).click();
    await page.getByText(/^Đã đánh dấu \d+ ô/).waitFor();
    const marked = await fakeState(page);
    const plan = sheetOf(marked, PLAN_SHEET);
    const ours = plan.conditionalFormats.filter((cf) => String(cf.rule.formula).includes("PhuLuc:mark:"));
    expect(ours.map((cf) => cf.format.fill?.color).sort()).toEqual(["#FFC7CE", "#FFEB9C"]);
    const errorCells = ours.find((cf) => cf.format.fill?.color === "#FFC7CE")?.ranges ?? "";
    for (const cell of ["F7", "B11", "D26", "D27"]) expect(errorCells).toContain(cell);
    const d26 = plan.cells["25,3"];
    expect(d26?.dataValidation?.prompt.showPrompt).toBe(true);
    expect(d26?.dataValidation?.prompt.message).toContain("chưa có cơ quan chủ trì");
    await expect(page.getByTestId("grid-prompt").textContent()).resolves.toContain("chưa có cơ quan chủ trì");
    // The grid draws the mark fill on the problem cells.
    await expect(page.locator('td[data-address="F7"]').evaluate((e) => getComputedStyle(e).backgroundColor)).resolves.toBe(
      "rgb(255, 199, 206)",
    );
    await shot(page, "04-marked");

    // 5. Unmark: exactly the workbook as it was before marking — offered also without check results (after
    //    "Đọc lại trang tính"), because the workbook has marks.
    await page.getByRole("button", { name: "Đọc lại trang tính" }).click();
    await page.getByText(/^Đang có \d+ ô được PhuLuc đánh dấu \(“KH CCHC 2021”: \d+ ô\)/).waitFor();
    await expect(page.getByTestId("totals").count()).resolves.toBe(0);
    await shot(page, "04b-marks-before-check");
    await page.getByRole("button", { name: "Bỏ đánh dấu" }).click();
    await page.getByText(/^Đã bỏ đánh dấu/).waitFor();
    expect(await fakeState(page)).toEqual(before);
    await expect(page.getByTestId("marks").count()).resolves.toBe(0);
    await shot(page, "05-unmarked");

    // 5b. The user fixes D26 after a check: the results are stale (jump and mark wait), and marking acts on a
    //     fresh check — D26 is no longer marked as "chưa có cơ quan chủ trì".
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await counts(page);
    await settled(page); // the pane has subscribed to the plan sheet's changes
    await page.evaluate(() => (window as unknown as Win).__fakeExcel.editCell("KH CCHC 2021", "D26", "Sở Nội vụ"));
    await page.getByText("Bảng đã thay đổi sau lần kiểm tra — bấm Kiểm tra lại").waitFor();
    await expect(page.getByTestId("mark").isDisabled()).resolves.toBe(true);
    await expect(
      page.locator('[data-testid=problems] button[data-cell="D26"][data-code="MISSING_LEAD"]').getAttribute("aria-disabled"),
    ).resolves.toBe("true");
    await page.waitForTimeout(200);
    await shot(page, "05b-stale");
    await page.getByRole("button", { name: "Kiểm tra lại", exact: true }).click();
    await page.getByTestId("stale").waitFor({ state: "detached" });
    await expect(page.locator('[data-testid=problems] button[data-cell="D26"][data-code="MISSING_LEAD"]').count()).resolves.toBe(0);
    const fixedBefore = await fakeState(page);
    await page.getByTestId("mark").click();
    await page.getByText(/^Đã đánh dấu \d+ ô/).waitFor();
    const fixedPlan = sheetOf(await fakeState(page), PLAN_SHEET);
    expect(fixedPlan.cells["25,3"]?.dataValidation?.prompt.message ?? "").not.toContain("chưa có cơ quan chủ trì");
    await page.getByRole("button", { name: "Bỏ đánh dấu" }).click();
    await page.getByText(/^Đã bỏ đánh dấu/).waitFor();
    expect(await fakeState(page)).toEqual(fixedBefore);

    // 6. Summary sheets. The user already has a sheet with the by-agency sheet's name, and a product cell that
    //    starts with "=" (text, not a formula).
    await page.evaluate(async () => {
      const w = window as unknown as Win;
      await w.Excel.run(async (ctx) => {
        const mine = ctx.workbook.worksheets.add("Tổng hợp theo cơ quan");
        mine.getRange("A1").values = [["Bảng của tôi"]];
        const cell = ctx.workbook.worksheets.getItem("KH CCHC 2021").getRange("C13");
        cell.numberFormat = [["@"]];
        cell.values = [["=Quyết định; báo cáo"]];
        await ctx.sync();
      });
    });
    const userSheetsBefore = (await fakeState(page)).sheets.map((s) => JSON.stringify({ ...s, selection: "" }));
    await page.getByRole("button", { name: "Kiểm tra lại", exact: true }).click();
    await counts(page);
    await page.getByRole("tab", { name: "Tổng hợp", exact: true }).click();
    const agencies = page.getByTestId("agencies").getByRole("checkbox");
    await agencies.first().waitFor();
    const agencyCount = await agencies.count();
    expect(agencyCount).toBeGreaterThan(5);
    await page.getByText(`Đã chọn ${agencyCount}/${agencyCount} cơ quan`).waitFor();
    await shot(page, "06-summary-agencies");
    // Only the first two agencies get their own list.
    await page.getByRole("button", { name: "Bỏ chọn tất cả" }).click();
    await agencies.nth(0).check();
    await agencies.nth(1).check();
    await page.getByRole("button", { name: "Tạo bảng tổng hợp" }).click();
    await page.getByTestId("written-sheets").waitFor();
    const after = await fakeState(page);
    const generated = after.sheets.filter((s) => SHEET_MARKER in s.customProperties);
    expect(generated.map((s) => s.name)).toEqual([
      "Tổng hợp theo cơ quan (2)",
      "Tổng hợp theo quý",
      expect.any(String),
      expect.any(String),
    ]);
    await expect(page.getByTestId("written-sheets").getByRole("listitem").count()).resolves.toBe(4);
    // The user's sheets (the plan and their own) are untouched.
    const userSheetsAfter = after.sheets
      .filter((s) => !(SHEET_MARKER in s.customProperties))
      .map((s) => JSON.stringify({ ...s, selection: "" }));
    expect(userSheetsAfter).toEqual(userSheetsBefore);
    // "=…" from the plan is written as text into the lists.
    const formulaLike = generated
      .flatMap((s) => Object.values(s.cells))
      .filter((c) => typeof c.value === "string" && c.value.startsWith("="));
    expect(formulaLike.length).toBeGreaterThan(0);
    for (const c of formulaLike) {
      expect(c.formula).toBeUndefined();
      expect(c.numberFormat).toBe("@");
    }
    // Links back to the plan rows.
    const links = generated.flatMap((s) => Object.values(s.cells)).filter((c) => c.hyperlink?.documentReference?.includes("KH CCHC 2021"));
    expect(links.length).toBeGreaterThan(0);
    // The first summary sheet is active, and the grid shows its tabs.
    expect(activeSheet(after).name).toBe("Tổng hợp theo cơ quan (2)");
    await expect(page.locator(".tabs [data-phuluc]").count()).resolves.toBe(4);
    await shot(page, "07-summary-written");

    // Regenerating replaces PhuLuc's sheets in place and still leaves the user's alone.
    await page.getByRole("button", { name: "Tạo bảng tổng hợp" }).click();
    await page.getByText("thay bản cũ").first().waitFor();
    const again = await fakeState(page);
    expect(again.sheets.map((s) => s.name)).toEqual(after.sheets.map((s) => s.name));

    // 7. The pane follows the user between sheets. Writing activated the first summary sheet: that was the pane's
    //    own doing, so once its sheet events are handled it still shows the plan and the sheets written.
    await settled(page);
    await expect(page.getByTestId("table-status").textContent()).resolves.toBe(PLAN_LINE);
    await expect(page.getByTestId("written-sheets").isVisible()).resolves.toBe(true);
    // The user clicks the by-quarter sheet's tab: no plan table there → the help, and the old results are gone.
    await sheetTab(page, "Tổng hợp theo quý").click();
    await page.getByText("Đã chuyển sang trang tính “Tổng hợp theo quý”.", { exact: false }).waitFor();
    await expect(page.getByTestId("table-status").textContent()).resolves.toContain(
      "Đây là trang tổng hợp do PhuLuc tạo (“Tổng hợp theo quý”)",
    );
    await expect(page.getByText(`Kết quả kiểm tra trước (trang tính “${PLAN_SHEET}”) không còn hiển thị.`).isVisible()).resolves.toBe(true);
    await expect(page.getByTestId("written-sheets").count()).resolves.toBe(0);
    await page.getByRole("tab", { name: "Kiểm tra", exact: true }).click();
    await expect(page.getByRole("button", { name: "Kiểm tra", exact: true }).isDisabled()).resolves.toBe(true);
    await page.waitForTimeout(300); // the tab indicator's animation
    await shot(page, "08-switched-to-summary");
    // Back on the plan sheet: its table again, ready to check.
    await sheetTab(page, PLAN_SHEET).click();
    await page.getByText(`Đã chuyển sang trang tính “${PLAN_SHEET}”.`).waitFor();
    await expect(page.getByTestId("table-status").textContent()).resolves.toBe(PLAN_LINE);
    await expect(page.getByRole("button", { name: "Kiểm tra", exact: true }).isEnabled()).resolves.toBe(true);
    await expect(page.getByTestId("totals").count()).resolves.toBe(0);
    // Quick clicks over several tabs: the pane ends on the sheet that is active last.
    await sheetTab(page, "Tổng hợp theo cơ quan").click();
    await sheetTab(page, "Tổng hợp theo quý").click();
    await sheetTab(page, PLAN_SHEET).click();
    await sheetTab(page, "Tổng hợp theo cơ quan").click();
    await settled(page);
    await expect(page.getByTestId("table-status").textContent()).resolves.toContain("trên trang tính “Tổng hợp theo cơ quan”");
    await sheetTab(page, PLAN_SHEET).click();
    await settled(page);
    await expect(page.getByTestId("table-status").textContent()).resolves.toBe(PLAN_LINE);
    await shot(page, "09-back-on-plan");
  });

  it("ExcelApi 1.7 (no merged areas): no false 'missing' issues, and the pane says the checks are limited", async () => {
    const cli = await cliReport(FIXTURE);
    await openPreview(page, pages.server.url, `seed=${encodeURIComponent(SEED)}&api=1.7`);
    await expect(page.getByTestId("table-status").textContent()).resolves.toBe(PLAN_LINE);
    await page.getByText(/Excel này không cho đọc các ô gộp/).waitFor();
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await counts(page);
    const rows = await page
      .locator("[data-testid=problems] button[data-cell]")
      .evaluateAll((els) => els.map((e) => `${e.getAttribute("data-cell")} ${e.getAttribute("data-code")}`));
    expect(rows.length).toBeGreaterThan(0);
    // Every issue the pane reports at 1.7 is one `phuluc check --json` reports.
    const expected = new Set(cli.issues.map((i) => `${i.cell} ${i.code}`));
    expect(rows.filter((r) => !expected.has(r))).toEqual([]);
    await expect(page.getByTestId("merges-unknown-checks").isVisible()).resolves.toBe(true);
    await paneShot(page, "12-api-1.7-checked");
  });

  it("English, dark theme: the pane follows Office's language and theme", async () => {
    const cli = await cliReport(FIXTURE, "en");
    await openPreview(page, pages.server.url, `seed=${encodeURIComponent(SEED)}&lang=en&theme=dark`);
    await expect(page.getByTestId("table-status").textContent()).resolves.toBe("Table A5:F48 — 35 tasks, 7 sections, plan for 2021");
    await page.getByRole("button", { name: "Check", exact: true }).click();
    await expect(counts(page)).resolves.toEqual({ error: 4, warning: 15, info: 0 });
    // Messages come from the engine's catalog in English, the same text as the CLI's.
    const d26 = cli.issues.find((i) => i.cell === "D26");
    await expect(page.locator('[data-testid=problems] button[data-cell="D26"]').textContent()).resolves.toContain(d26?.message ?? "?");
    await expect(
      page
        .getByRole("heading", { name: /^Error/ })
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    await expect(page.getByRole("button", { name: /^Mark \d+ problems on the sheet$/ }).isEnabled()).resolves.toBe(true);
    // Dark: the pane's background is dark, its text light.
    const colors = await page.locator("[data-testid=pane] main").evaluate((e) => {
      const provider = e.parentElement as HTMLElement;
      return [getComputedStyle(provider).backgroundColor, getComputedStyle(e).color];
    });
    expect(colors[0]).toBe("rgb(41, 41, 41)");
    expect(colors[1]).toBe("rgb(255, 255, 255)");
    await shot(page, "10-en-dark-checked");
    await paneShot(page, "10b-en-dark-pane");
    await page.getByRole("tab", { name: "Settings" }).click();
    await page.getByRole("heading", { name: "Checks" }).waitFor();
    await paneShot(page, "11-en-dark-settings");
  });

  it("no table on the sheet: says how to help, and the selected header finds it", async () => {
    await openPreview(page, pages.server.url, `seed=${encodeURIComponent(SEED)}`);
    // A sheet whose table starts deep down, below 90 rows of notes: recognition needs the user's hint.
    await page.evaluate(async () => {
      const w = window as unknown as Win;
      await w.Excel.run(async (ctx) => {
        const src = ctx.workbook.worksheets.getItem("KH CCHC 2021").getRange("A5:F48");
        src.load("values");
        await ctx.sync();
        const ws = ctx.workbook.worksheets.add("Sâu");
        const notes = Array.from({ length: 90 }, (_, i) => [`Ghi chú ${i + 1}`, "", "", "", "", ""]);
        ws.getRange("A1:F90").values = notes;
        ws.getRange("A91:F134").values = src.values;
        ws.activate();
        ws.getRange("A1").select();
        await ctx.sync();
      });
    });
    // Activating it (here by code) is enough: the pane follows to the new sheet; "Đọc lại" reads it again.
    await page.getByText("Đã chuyển sang trang tính “Sâu”.").waitFor();
    await page.getByRole("button", { name: "Đọc lại trang tính" }).click();
    await expect(page.getByTestId("table-status").textContent()).resolves.toContain("Không tìm thấy bảng nhiệm vụ trên trang tính “Sâu”");
    await expect(page.getByRole("button", { name: "Kiểm tra", exact: true }).isDisabled()).resolves.toBe(true);
    await paneShot(page, "20-no-table");
    // The user selects the header row (row 91) in the grid and presses "Dùng vùng đã chọn".
    await page.locator("th.row-head", { hasText: /^91$/ }).click();
    await until(async () => activeSheet(await fakeState(page)).selection, "A91:F91");
    await page.getByRole("button", { name: "Dùng vùng đã chọn" }).click();
    await expect(page.getByTestId("table-status").textContent()).resolves.toMatch(/^Bảng A91:F13\d — \d+ nhiệm vụ, \d+ mục/);
    await page.getByText("nhận theo vùng đã chọn").waitFor();
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    const found = await counts(page);
    expect((found.error ?? 0) + (found.warning ?? 0)).toBeGreaterThan(0);
    // Addresses are the real sheet's (below row 91), and a problem row still selects its own cell.
    const first = page.locator("[data-testid=problems] button[data-cell]").first();
    const cell = (await first.getAttribute("data-cell")) as string;
    expect(Number(cell.replace(/^[A-Z]+/, ""))).toBeGreaterThan(91);
    await first.click();
    await until(async () => activeSheet(await fakeState(page)).selection, cell);
    await shot(page, "21-from-selection");
  });
});
