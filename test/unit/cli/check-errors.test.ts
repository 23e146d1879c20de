import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runCli } from "../../helpers/cli";

const dir = mkdtempSync(join(tmpdir(), "phuluc-cli-"));

async function writeXlsx(name: string, rows: unknown[][], sheetName = "Phụ lục"): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  rows.forEach((r) => ws.addRow(r));
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

describe("check: what the command says when it cannot do its job (exit 2, one line, no stack trace)", () => {
  test.each([
    [["check"], /chưa chỉ ra tệp/],
    [["check", "x.xlsx", "--plan-period", "20211"], /--plan-period phải là/],
    [["check", "x.xlsx", "--lang", "fr"], /--lang chỉ nhận vi hoặc en/],
    [["check", "x.xlsx", "--bogus"], /tùy chọn không hợp lệ/],
    [["nonsense"], /^phuluc: lệnh không rõ: nonsense \(các lệnh: check, deadline, agencies; xem phuluc --help\)\n$/],
    [[], /^phuluc: thiếu lệnh: dùng phuluc check/],
    [["deadline", "foo"], /^phuluc: đối số thừa: foo\n$/],
    [["agencies", "--json", "extra"], /^phuluc: đối số thừa: extra\n$/],
    [["check", "/tmp"], /^phuluc: \/tmp là một thư mục, không phải tệp \.xlsx\n$/],
  ])("%j", async (argv, message) => {
    const r = await runCli(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\bat \S+ \(/); // no stack frames
  });

  test("a missing file, a non-xlsx file and a damaged xlsx are named with the reason", async () => {
    const missing = await runCli(["check", join(dir, "none.xlsx")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^phuluc: không tìm thấy tệp: .*none\.xlsx\n$/);

    const text = join(dir, "plan.xlsx");
    writeFileSync(text, "TT;Nhiệm vụ\n1;Việc\n");
    const notXlsx = await runCli(["check", text]);
    expect(notXlsx.code).toBe(2);
    // A semicolon CSV saved as .xlsx is text: it gets the "open it in Excel and save as .xlsx" advice.
    expect(notXlsx.stderr).toMatch(/là tệp văn bản \(CSV, HTML hoặc XML\)/);

    const xls = join(dir, "old.xls");
    writeFileSync(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    expect((await runCli(["check", xls, "--lang", "en"])).stderr).toMatch(/is not an Excel \.xlsx file/);

    const broken = join(dir, "broken.xlsx");
    writeFileSync(broken, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 7)]));
    const corrupt = await runCli(["check", broken]);
    expect(corrupt.code).toBe(2);
    expect(corrupt.stderr).toMatch(/^phuluc: không đọc được tệp .*broken\.xlsx: tệp bị hỏng/);
    expect(corrupt.stderr.trim().split("\n")).toHaveLength(1);
  });

  test("no table anywhere, and a --sheet that does not exist", async () => {
    const path = await writeXlsx("empty.xlsx", [["Danh sách"], ["Họ tên", "Chức vụ"]]);
    const r = await runCli(["check", path]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/không tìm thấy bảng nhiệm vụ/);

    const plan = await writeXlsx("plan.xlsx", [
      ["TT", "Nhiệm vụ", "Sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"],
      [1, "Việc", "Báo cáo", "Sở Nội vụ", "", "Quý I/2021"],
    ]);
    const noSheet = await runCli(["check", plan, "--sheet", "Khác"]);
    expect(noSheet.code).toBe(2);
    expect(noSheet.stderr).toMatch(/không có trang tính tên "Khác"/);
  });

  test("a readable plan: the JSON report lists the table and its tasks; the input file is not modified", async () => {
    const plan = await writeXlsx("ok.xlsx", [
      ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2021"],
      [],
      ["TT", "Nhiệm vụ", "Sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"],
      [1, "Việc một", "Báo cáo", "Sở Nội vụ", "Các sở", "Quý I/2021"],
      [2, "=SUM(1,2)", "Báo cáo", "Sở Tư pháp", "", "Quý II/2021"],
    ]);
    const before = readFileSync(plan);
    const r = await runCli(["check", plan, "--json"]);
    const report = JSON.parse(r.stdout);
    expect(report.files[0].sheets[0].table).toMatchObject({
      range: "A3:F5",
      headerRows: [3],
      columns: { tt: "A", task: "B", product: "C", lead: "D", support: "E", deadline: "F" },
      planPeriod: { from: 2021, to: 2021 },
    });
    expect(report.tasks.map((t: { row: number; tt: string; task: string }) => [t.row, t.tt, t.task])).toEqual([
      [4, "1", "Việc một"],
      [5, "2", "=SUM(1,2)"],
    ]);
    expect(readFileSync(plan).equals(before)).toBe(true);
  });

  test("hidden sheets are not checked unless named; the user is told", async () => {
    const wb = new ExcelJS.Workbook();
    const visible = wb.addWorksheet("Mới");
    const hidden = wb.addWorksheet("Cũ", { state: "hidden" });
    for (const ws of [visible, hidden]) ws.addRow(["TT", "Nhiệm vụ", "Sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"]);
    visible.addRow([1, "Việc mới", "Báo cáo", "Sở Nội vụ", "", "Quý I/2021"]);
    hidden.addRow([1, "Việc cũ", "Báo cáo", "", "", "Quý I/2020"]);
    const path = join(dir, "hidden.xlsx");
    await wb.xlsx.writeFile(path);
    const r = await runCli(["check", path, "--json"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/trang tính ẩn không được kiểm tra: Cũ/);
    const report = JSON.parse(r.stdout);
    expect(report.files[0].sheets.map((s: { name: string }) => s.name)).toEqual(["Mới"]);
    expect(report.files[0].hiddenSheets).toEqual(["Cũ"]);
    const named = await runCli(["check", path, "--sheet", "Cũ", "--json"]);
    expect(named.code).toBe(1);
    expect(JSON.parse(named.stdout).issues.map((i: { code: string }) => i.code)).toEqual(["MISSING_LEAD"]);
  });

  test("a sheet typed in TCVN3 gets an encoding hint instead of a bare 'no table'", async () => {
    const path = await writeXlsx("tcvn3.xlsx", [
      ["KÕ HO¹CH C¶I C¸CH HµNH CHÝNH N¡M 2021"],
      ["TT", "NhiÖm vô", "S¶n phÈm", "C¬ quan chñ tr×", "C¬ quan phèi hîp", "Thêi gian"],
      [1, "Rµ so¸t v¨n b¶n", "B¸o c¸o", "Së Néi vô", "", "Quý I/2021"],
    ]);
    const r = await runCli(["check", path]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bảng mã cũ TCVN3\/VNI/);
  });
});
