import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runCli } from "../../helpers/cli";

// The summary workbook links only inside itself: sheet names with "!" and apostrophes, an agency with "!",
// and a plan sheet full of links to the web, to other files and to sheets the summary does not have.
const dir = mkdtempSync(join(tmpdir(), "phuluc-links-"));
const HEADER = ["TT", "Nhiệm vụ", "Sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"];
const PLAN_SHEET = "KH 2021! It's";

async function planWorkbook(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(PLAN_SHEET);
  wb.addWorksheet("Phụ lục 2").addRow(["Danh mục"]);
  ws.addRow(["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2021"]);
  ws.addRow(HEADER);
  ws.addRow([1, "Rà soát văn bản quy phạm pháp luật", "Báo cáo", "Sở Nội vụ", "Sở Tư pháp", "Quý I/2021"]);
  ws.addRow([2, "Xây dựng cổng dịch vụ công", "Cổng thông tin", "Ban Quản lý dự án A!", "Sở Nội vụ", "Quý II/2021"]);
  ws.addRow([3, "Công khai thủ tục hành chính", "Danh mục", "Sở Tư pháp", "", "Quý III/2021"]);
  ws.getCell("C3").value = { text: "Báo cáo (xem trên cổng)", hyperlink: "https://dichvucong.gov.vn/bao-cao" };
  ws.getCell("C4").value = { text: "Cổng thông tin", hyperlink: "file:///C:/KeHoach/khac.xlsx" };
  ws.getCell("C5").value = { text: "Danh mục", hyperlink: "'Phụ lục 2'!A1" };
  ws.getCell("E5").value = { formula: "[1]DanhMuc!B2", result: "Sở Tài chính" } as ExcelJS.CellFormulaValue;
  const path = join(dir, "plan.xlsx");
  await wb.xlsx.writeFile(path);
  return path;
}

test("every hyperlink of the summary is a location inside it; the copied plan's links keep only their text", async () => {
  const out = join(dir, "tong-hop.xlsx");
  const r = await runCli(["check", await planWorkbook(), "--summary", out, "--agencies", "Ban Quản lý dự án A!; Sở Tư pháp"]);
  expect(r.stderr).toMatch(/Đã ghi bảng tổng hợp/);

  const zip = await JSZip.loadAsync(readFileSync(out));
  const names = [...(await zip.file("xl/workbook.xml")!.async("string")).matchAll(/<sheet\b[^>]*name="([^"]*)"/g)].map((m) =>
    (m[1] as string)
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, "&")
      .replace(/&quot;/g, '"'),
  );
  expect(names).toContain(PLAN_SHEET); // the copy keeps its own name, "!" and "'" included
  const agencySheet = names.find((n) => n.endsWith("!"));
  expect(agencySheet).toBeDefined();

  // No external link anywhere: no externalLinks part, no relationship leaving the package.
  expect(Object.keys(zip.files).filter((f) => /externalLink/i.test(f))).toEqual([]);
  for (const f of Object.keys(zip.files).filter((f) => f.endsWith(".rels")))
    expect(await zip.file(f)!.async("string")).not.toMatch(/TargetMode="External"/);

  const locations: string[] = [];
  for (const f of Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f))) {
    for (const tag of (await zip.file(f)!.async("string")).match(/<hyperlink\b[^>]*>/g) ?? []) {
      expect(tag).not.toMatch(/r:id=/);
      const location = (/location="([^"]*)"/.exec(tag)?.[1] ?? "").replace(/&apos;/g, "'").replace(/&amp;/g, "&");
      const m = /^'((?:[^']|'')+)'!([A-Z]+\d+)$/.exec(location);
      expect(m).not.toBeNull();
      expect(names).toContain(m![1]!.replace(/''/g, "'"));
      locations.push(location);
    }
  }
  // Links into the plan copy ("KH 2021! It''s") and into the agency list whose name ends in "!".
  expect(locations).toContain(`'${PLAN_SHEET.replace(/'/g, "''")}'!B4`);
  expect(locations.some((l) => l.startsWith(`'${agencySheet!.replace(/'/g, "''")}'!`))).toBe(true);

  // Read back with ExcelJS: the plan copy's cells hold the text the user saw, with no link.
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(out);
  const copy = back.getWorksheet(PLAN_SHEET)!;
  expect(copy.getCell("C3").value).toBe("Báo cáo (xem trên cổng)");
  expect(copy.getCell("C4").value).toBe("Cổng thông tin");
  expect(copy.getCell("C5").value).toBe("Danh mục");
  expect(copy.getCell("E5").value).toBe("Sở Tài chính");
  for (const ws of back.worksheets)
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value as { hyperlink?: string } | null;
        if (v && typeof v === "object" && "hyperlink" in v) expect(v.hyperlink).toMatch(/^'(?:[^']|'')+'!\$?[A-Z]+\$?\d+$/);
      }),
    );
});
