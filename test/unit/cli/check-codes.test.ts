import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { reportSchema } from "../../../src/core/report/schema";
import { ISSUE_CODES } from "../../../src/core/validate/catalog";
import { runCli } from "../../helpers/cli";

const dir = mkdtempSync(join(tmpdir(), "phuluc-codes-"));
const HEADER = ["TT", "Nhiệm vụ", "Sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"];

/** One row per issue code, each written to trigger that code and nothing else. */
const ROWS: Array<[string, unknown[]]> = [
  ["MISSING_LEAD@D4", ["1", "Xây dựng kế hoạch tuyên truyền", "Kế hoạch", "", "Sở Tư pháp", "Quý I/2021"]],
  ["UNPARSEABLE_DEADLINE@F5", ["2", "Tổ chức hội nghị tổng kết", "Báo cáo", "Sở Nội vụ", "Sở Tư pháp", "Quý V/2021"]],
  ["MISSING_DEADLINE@F6", ["3", "Rà soát thủ tục hành chính", "Báo cáo", "Văn phòng UBND tỉnh", "Sở Tư pháp", ""]],
  ["MISSING_TASK@B7", ["4", "", "Báo cáo", "Sở Nội vụ", "Sở Tư pháp", "Quý II/2021"]],
  ["MISSING_PRODUCT@C8", ["5", "Kiểm tra công tác văn thư lưu trữ", "", "Sở Nội vụ", "Sở Tư pháp", "Quý II/2021"]],
  ["MULTIPLE_LEADS@D9", ["6", "Đánh giá chỉ số cải cách hành chính", "Báo cáo", "Sở Nội vụ; Sở Tư pháp", "Sở Tài chính", "Quý III/2021"]],
  ["LEAD_IS_GROUP@D10", ["7", "Cập nhật bộ thủ tục hành chính", "Quyết định", "Các sở, ban, ngành", "Sở Tư pháp", "Quý III/2021"]],
  ["LEAD_ALSO_SUPPORT@E11", ["8", "Tập huấn nghiệp vụ cải cách", "Kế hoạch", "Sở Nội vụ", "Sở Nội vụ; Sở Tư pháp", "Quý IV/2021"]],
  [
    "UNDATED_DEADLINE@F12",
    ["9", "Ban hành chương trình tổng thể", "Quyết định", "Sở Nội vụ", "Sở Tư pháp", "Sau khi có hướng dẫn của Bộ Nội vụ"],
  ],
  ["DEADLINE_OUTSIDE_PLAN@F13", ["10", "Báo cáo kết quả thực hiện năm", "Báo cáo", "Sở Nội vụ", "Sở Tư pháp", "Quý I/2022"]],
  ["UNKNOWN_AGENCY@E14", ["11", "Khảo sát sự hài lòng của người dân", "Báo cáo", "Sở Nội vụ", "Sở Vũ trụ học", "Quý IV/2021"]],
  ["DUPLICATE_TASK@B15", ["12", "Đánh giá chỉ số cải cách hành chính", "Báo cáo", "Sở Tài chính", "Sở Tư pháp", "Quý IV/2021"]],
  ["NUMBERING@A16", ["14", "Số hóa hồ sơ lưu trữ", "Báo cáo", "Sở Nội vụ", "Sở Tư pháp", "Quý IV/2021"]],
  ["LEGACY_ENCODING@D17", ["15", "Rà soát văn bản quy phạm", "Báo cáo", "Së Néi vô", "Sở Tư pháp", "Quý IV/2021"]],
  [
    "FORMULA_ERROR@D18",
    [
      "16",
      "Công khai kết quả giải quyết hồ sơ",
      "Báo cáo",
      { formula: "VLOOKUP(A18,DanhMuc!A:B,2,0)", result: { error: "#N/A" } },
      "Sở Tư pháp",
      "Quý IV/2021",
    ],
  ],
];

/** Codes about today's plans: they need a plan dated after the 2025 reorganisation (the workbook below). */
const PLAN_2026_CODES: readonly string[] = [
  "OUTDATED_AGENCY",
  "AGENCY_SPELLING",
  "DEADLINE_DURATION",
  "NO_DEADLINE_COLUMN",
  "DEADLINE_APPROXIMATE",
];

async function write(name: string, fill: (ws: ExcelJS.Worksheet) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  fill(wb.addWorksheet("Phụ lục"));
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

describe("check on a workbook that triggers every issue code once", () => {
  let plan: string;
  let notes: string;
  beforeAll(async () => {
    plan = await write("plan.xlsx", (ws) => {
      ws.addRow(["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2021"]);
      ws.addRow([]);
      ws.addRow(HEADER);
      for (const [, row] of ROWS) ws.addRow(row);
    });
    notes = await write("notes.xlsx", (ws) => {
      ws.addRow(["Ghi chép cuộc họp"]);
      ws.addRow(["Nội dung đã thống nhất"]);
    });
  });

  test("each code appears exactly once, at its cell, with its contract severity; the JSON matches the schema", async () => {
    const r = await runCli(["check", plan, notes, "--sheet", "Phụ lục", "--json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    const report = reportSchema.parse(JSON.parse(r.stdout));
    const found = report.issues.map((i) =>
      i.cell ? `${i.code}@${i.cell}` : `${i.code}:${i.file.endsWith("notes.xlsx") ? "notes" : i.file}`,
    );
    expect(found.sort()).toEqual([...ROWS.map(([code]) => code), "NO_TABLE:notes"].sort());
    expect(new Set(report.issues.map((i) => i.code))).toEqual(new Set(ISSUE_CODES.filter((c) => !PLAN_2026_CODES.includes(c))));
    for (const i of report.issues) expect(i.message.length).toBeGreaterThan(20);
    expect(report.tasks).toHaveLength(ROWS.length);
    expect(report.totals).toEqual({
      tasks: ROWS.length,
      errors: 6,
      warnings: 9,
      infos: 1,
      byCode: Object.fromEntries([...ISSUE_CODES].filter((c) => !PLAN_2026_CODES.includes(c)).map((c) => [c, 1])),
    });
    // The report's summary counts the same tasks as the report.
    const summary = (JSON.parse(r.stdout) as { summary: { totals: { tasks: number } } }).summary;
    expect(summary.totals.tasks).toBe(ROWS.length);
  });

  test("a 2026 plan triggers each code about today's plans exactly once, at its cell", async () => {
    const path = await write("plan-2026.xlsx", (ws) => {
      ws.addRow(["ỦY BAN NHÂN DÂN TỈNH GIA LAI"]);
      ws.addRow(["Gia Lai, ngày 20 tháng 12 năm 2025"]);
      ws.addRow(["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026"]);
      ws.addRow(HEADER);
      ws.addRow(["1", "Rà soát thủ tục hành chính cấp huyện", "Báo cáo", "Sở Tư pháp; UBND cấp huyện", "Sở Nội vụ", "Quý I/2026"]);
      ws.addRow(["2", "Kiểm tra công tác văn thư lưu trữ", "Báo cáo", "Sở Nội vu", "Sở Tư pháp", "Quý II/2026"]);
      ws.addRow(["3", "Giải quyết hồ sơ đăng ký đất đai", "Báo cáo", "Sở Nông nghiệp và Môi trường", "Sở Tư pháp", "03 ngày làm việc"]);
      ws.addRow(["4", "Tổng kết công tác cải cách", "Báo cáo", "Sở Nội vụ", "Sở Tư pháp", "Đầu năm 2026"]);
      ws.addRow([]);
      ws.addRow([]);
      ws.addRow([]);
      ws.addRow(["PHỤ LỤC II. CHỈ TIÊU"]);
      ws.addRow(["TT", "Chỉ tiêu", "Cơ quan chủ trì"]);
      ws.addRow(["1", "Tỷ lệ hồ sơ trực tuyến toàn trình đạt 80%", "Sở Khoa học và Công nghệ"]);
    });
    const r = await runCli(["check", path, "--json"]);
    const report = reportSchema.parse(JSON.parse(r.stdout));
    expect(report.files[0]!.sheets[0]!.tables).toHaveLength(2);
    expect(report.files[0]!.sheets[0]!.table!.issuer).toMatchObject({ name: "UBND tỉnh Gia Lai", level: "province" });
    expect(report.files[0]!.sheets[0]!.table!.planDate).toBe("2025-12-20");
    expect(report.issues.map((i) => `${i.code}@${i.cell}`).sort()).toEqual(
      ["OUTDATED_AGENCY@D5", "AGENCY_SPELLING@D6", "DEADLINE_DURATION@F7", "DEADLINE_APPROXIMATE@F8", "NO_DEADLINE_COLUMN@B13"].sort(),
    );
    expect(report.issues.find((i) => i.code === "AGENCY_SPELLING")!.suggestion).toBe("Sở Nội vụ");
    expect(report.issues.find((i) => i.code === "OUTDATED_AGENCY")!.message).toContain("01/07/2025");
    expect(report.issues.find((i) => i.code === "DEADLINE_APPROXIMATE")!.message).toContain("31/03/2026");
  });

  test("the readable report groups by severity, in Vietnamese or English, with totals", async () => {
    const vi = await runCli(["check", plan]);
    expect(vi.code).toBe(1);
    const lines = vi.stdout.split("\n");
    const at = (s: string) => lines.findIndex((l) => l.trim().startsWith(s));
    expect(at("LỖI (5)")).toBeGreaterThan(0);
    expect(at("CẢNH BÁO (9)")).toBeGreaterThan(at("LỖI (5)"));
    expect(at("THÔNG TIN (1)")).toBeGreaterThan(at("CẢNH BÁO (9)"));
    expect(vi.stdout).toContain("Tổng cộng: 15 nhiệm vụ · 5 lỗi · 9 cảnh báo · 1 thông tin");
    const en = await runCli(["check", plan, "--lang", "en"]);
    expect(en.stdout).toContain("Total: 15 tasks · 5 errors · 9 warnings · 1 info");
    expect(en.stdout).toContain("The task has no lead agency.");
  });

  test("a config file turns a rule off and changes a severity; a bad config is refused with a clear message", async () => {
    const config = join(dir, "settings.json");
    writeFileSync(config, JSON.stringify({ rules: { MISSING_LEAD: { enabled: false }, NUMBERING: { severity: "error" } } }));
    const r = await runCli(["check", plan, "--json", "--config", config]);
    const issues = JSON.parse(r.stdout).issues as Array<{ code: string; severity: string }>;
    expect(issues.some((i) => i.code === "MISSING_LEAD")).toBe(false);
    expect(issues.find((i) => i.code === "NUMBERING")!.severity).toBe("error");

    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ rules: { MISSING_LEAD: { severity: "fatal" } } }));
    const b = await runCli(["check", plan, "--config", bad]);
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/^phuluc: tệp cấu hình .*bad\.json không hợp lệ: rules\.MISSING_LEAD\.severity/);
  });

  test("exit 0 when only warnings remain", async () => {
    const ok = await write("ok.xlsx", (ws) => {
      ws.addRow(["KẾ HOẠCH NĂM 2021"]);
      ws.addRow(HEADER);
      ws.addRow(["1", "Cập nhật bộ thủ tục hành chính", "Quyết định", "Các sở, ban, ngành", "Sở Tư pháp", "Quý III/2021"]);
    });
    const r = await runCli(["check", ok]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("LEAD_IS_GROUP");
  });
});
