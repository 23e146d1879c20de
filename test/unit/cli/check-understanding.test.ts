import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readFileSync, writeFileSync } from "fs";
import { encodeJsonXml } from "../../../src/core/settings/json-xml";
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runCli } from "../../helpers/cli";

const dir = mkdtempSync(join(tmpdir(), "phuluc-understanding-"));
const HEADER = ["TT", "Nhiệm vụ", "Sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"];

describe("check --json carries the understood cells", () => {
  test("deadlines as milestones and agencies with canonical names (Gia Lai 2021, task IV.5)", async () => {
    const r = await runCli(["check", join(__dirname, "..", "..", "fixtures", "gia-lai-2021.xlsx"), "--json"]);
    const report = JSON.parse(r.stdout);
    const task = report.tasks.find((t: { row: number }) => t.row === 22);
    expect(task.tt).toBe("5");
    expect(task.section).toBe("IV. Cải cách công vụ");
    expect(task.lead).toEqual([expect.objectContaining({ canonical: "Sở Nội vụ", group: false, known: true })]);
    expect(task.support.map((a: { canonical: string; group: boolean }) => [a.canonical, a.group])).toEqual([
      ["Các sở, ban, ngành", true],
      ["UBND cấp huyện", true],
    ]);
    expect(task.deadline.understood).toBe(true);
    expect(
      task.deadline.milestones.map((m: { label: string; kind: string; due: string; quarters: string[] }) => [
        m.label,
        m.kind,
        m.due,
        m.quarters,
      ]),
    ).toEqual([
      ["Ban hành kế hoạch", "quarter", "2021-03-31", ["2021-Q1"]],
      ["Báo cáo", "quarter", "2021-12-31", ["2021-Q4"]],
    ]);
    expect(report.summary.byQuarter.find((q: { quarter: string }) => q.quarter === "2021-Q1").tasks).toBeGreaterThan(0);
  });

  test("the workbook's own 'Danh mục cơ quan' sheet extends the directory", async () => {
    async function plan(withDirectory: boolean): Promise<string> {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet("Phụ lục");
      ws.addRow(["KẾ HOẠCH NĂM 2024"]);
      ws.addRow(HEADER);
      ws.addRow(["1", "Vận hành hệ thống một cửa điện tử", "Báo cáo", "TT PVHCC", "Sở Nội vụ", "Quý II/2024"]);
      if (withDirectory) {
        const d = wb.addWorksheet("Danh mục cơ quan");
        d.addRow(["Tên chuẩn", "Tên gọi khác"]);
        d.addRow(["Trung tâm Phục vụ hành chính công tỉnh", "TT PVHCC; Trung tâm PVHCC"]);
      }
      const path = join(dir, withDirectory ? "with.xlsx" : "without.xlsx");
      await wb.xlsx.writeFile(path);
      return path;
    }
    const without = JSON.parse((await runCli(["check", await plan(false), "--json"])).stdout);
    expect(without.issues.map((i: { code: string; cell: string }) => `${i.code}@${i.cell}`)).toEqual(["UNKNOWN_AGENCY@D3"]);

    const withDir = JSON.parse((await runCli(["check", await plan(true), "--json"])).stdout);
    expect(withDir.issues).toEqual([]);
    expect(withDir.tasks[0].lead[0]).toMatchObject({ text: "TT PVHCC", canonical: "Trung tâm Phục vụ hành chính công tỉnh", known: true });
    // The directory sheet itself is not a plan sheet.
    expect(withDir.files[0].sheets.map((s: { name: string }) => s.name)).toEqual(["Phụ lục"]);
  });

  test("a period guessed from the deadlines resolves no year-less deadline and flags no deadline outside it", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Phụ lục");
    ws.addRow(HEADER);
    ws.addRow(["1", "Việc một của sở", "Báo cáo", "Sở Nội vụ", "", "Quý I/2021"]);
    ws.addRow(["2", "Việc hai của sở", "Báo cáo", "Sở Nội vụ", "", "Quý II/2021"]);
    ws.addRow(["3", "Việc ba của sở", "Báo cáo", "Sở Nội vụ", "", "Quý III/2021"]);
    ws.addRow(["4", "Việc bốn của sở", "Báo cáo", "Sở Nội vụ", "", "Quý I/2022"]);
    ws.addRow(["5", "Việc năm của sở", "Báo cáo", "Sở Nội vụ", "", "Tháng 6"]);
    const path = join(dir, "no-title.xlsx");
    await wb.xlsx.writeFile(path);
    const report = JSON.parse((await runCli(["check", path, "--json"])).stdout);
    expect(report.files[0].sheets[0].table).toMatchObject({ planPeriod: { from: 2021, to: 2021 }, planPeriodSource: "deadlines" });
    expect(report.tasks[4].deadline.understood).toBe(false);
    expect(report.issues.map((i: { code: string; cell: string }) => `${i.code}@${i.cell}`)).toEqual(["UNPARSEABLE_DEADLINE@F6"]);
    // With the period stated by the user, "Tháng 6" reads as June 2021 and Q1/2022 lies outside the plan.
    const stated = JSON.parse((await runCli(["check", path, "--json", "--plan-period", "2021"])).stdout);
    expect(stated.tasks[4].deadline.milestones[0].due).toBe("2021-06-30");
    expect(stated.issues.map((i: { code: string; cell: string }) => `${i.code}@${i.cell}`)).toEqual(["DEADLINE_OUTSIDE_PLAN@F5"]);
  });

  test("--summary with --agencies writes lists for the chosen agencies only, and never touches the input", async () => {
    const input = join(__dirname, "..", "..", "fixtures", "gia-lai-2021.xlsx");
    const out = join(dir, "tong-hop.xlsx");
    const r = await runCli(["check", input, "--summary", out, "--agencies", "Sở Nội vụ; Sở Vũ trụ", "--json"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/không có nhiệm vụ nào của cơ quan: Sở Vũ trụ/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Tổng hợp theo cơ quan",
      "Tổng hợp theo quý",
      "Nhiệm vụ – Sở Nội vụ",
      "KH CCHC 2021",
    ]);
    const again = await runCli(["check", input, "--summary", input]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/--summary phải là một tệp mới/);
  });

  test("PhuLuc's own summary sheets are never checked as plans", async () => {
    const input = join(__dirname, "..", "..", "fixtures", "gia-lai-2021.xlsx");
    const out = join(dir, "with-summaries.xlsx");
    expect((await runCli(["check", input, "--summary", out])).code).toBe(1);
    const original = JSON.parse((await runCli(["check", input, "--json"])).stdout);
    const again = JSON.parse((await runCli(["check", out, "--json"])).stdout);
    // Only the copied plan sheet is read, and it gives the same issues as the original.
    expect(again.files[0].sheets.map((s: { name: string }) => s.name)).toEqual(["KH CCHC 2021"]);
    const key = (i: { code: string; cell: string }) => `${i.code}@${i.cell}`;
    expect(again.issues.map(key)).toEqual(original.issues.map(key));
  });

  test("settings the add-in stored in the workbook apply on the command line too; --config overrides them", async () => {
    async function plan(name: string, stored: unknown): Promise<string> {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet("Phụ lục");
      ws.addRow(["KẾ HOẠCH NĂM 2024"]);
      ws.addRow(HEADER);
      ws.addRow(["1", "Vận hành hệ thống một cửa điện tử", "", "TT PVHCC", "Sở Nội vụ", "Quý II/2024"]);
      const path = join(dir, name);
      await wb.xlsx.writeFile(path);
      // Excel keeps an add-in's custom XML part as customXml/itemN.xml in the package.
      const zip = await JSZip.loadAsync(readFileSync(path));
      zip.file("customXml/item1.xml", typeof stored === "string" ? stored : encodeJsonXml("urn:phuluc:settings:1", stored));
      writeFileSync(path, await zip.generateAsync({ type: "nodebuffer" }));
      return path;
    }
    const key = (r: { stdout: string }) => JSON.parse(r.stdout).issues.map((i: { code: string; cell: string }) => `${i.code}@${i.cell}`);
    const plain = await plan("plain.xlsx", { version: 1, settings: {}, userAgencies: [] });
    expect(key(await runCli(["check", plain, "--json"]))).toEqual(["MISSING_PRODUCT@C3", "UNKNOWN_AGENCY@D3"]);

    const configured = await plan("configured.xlsx", {
      version: 1,
      settings: { rules: { MISSING_PRODUCT: { enabled: false } } },
      userAgencies: [{ canonical: "Trung tâm Phục vụ hành chính công tỉnh", aliases: ["TT PVHCC"] }],
    });
    expect(key(await runCli(["check", configured, "--json"]))).toEqual([]);

    const config = join(dir, "on.json");
    writeFileSync(config, JSON.stringify({ rules: { MISSING_PRODUCT: { enabled: true, severity: "error" } } }));
    const overridden = await runCli(["check", configured, "--json", "--config", config]);
    expect(JSON.parse(overridden.stdout).issues.map((i: { code: string; severity: string }) => [i.code, i.severity])).toEqual([
      ["MISSING_PRODUCT", "error"],
    ]);

    const broken = await plan("broken.xlsx", '<phuluc xmlns="urn:phuluc:settings:1">{"version": 7}</phuluc>');
    const b = await runCli(["check", broken, "--json"]);
    expect(b.stderr).toMatch(/cài đặt PhuLuc lưu trong .*broken\.xlsx không hợp lệ, dùng mặc định/);
    expect(key(b)).toEqual(["MISSING_PRODUCT@C3", "UNKNOWN_AGENCY@D3"]);
  });
});
