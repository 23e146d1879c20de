import * as CFB from "cfb";
import { spawn } from "child_process";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdirSync, mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { Limits, LIMITS } from "../../../src/cli/xlsx/limits";
import { inspectPackage } from "../../../src/cli/xlsx/zip-guard";
import { readErrorMessage } from "../../../src/cli/read-message";
import { ReadFailure, WorkbookReadError } from "../../../src/cli/xlsx/read-error";
import { runCli } from "../../helpers/cli";
import {
  deflateRepeated,
  part,
  rowXml,
  SHEET_HEAD,
  SHEET_TAIL,
  sheetPart,
  workbookParts,
  zip,
  refusedInOneLine,
  scratchFile,
} from "./hostile-zip";

/**
 * One test per class of file a clerk (or an attacker) may hand the command line. Each must end with exit 2
 * and one line saying what the file is and what to do — never a stack trace, never a hang — except a
 * macro-enabled .xlsm, which is a valid workbook: read, its macros never run.
 */
const dir = mkdtempSync(join(tmpdir(), "phuluc-hostile-"));
const root = join(__dirname, "..", "..", "..");
const FIXTURE = join(root, "test", "fixtures", "gia-lai-2021.xlsx");
const HEADER = ["TT", "Nhiệm vụ", "Sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"];

const file = (name: string, data: Buffer | string) => scratchFile(dir, name, data);

function ole(streams: Record<string, Buffer>): Buffer {
  const c = CFB.utils.cfb_new();
  for (const [name, data] of Object.entries(streams)) CFB.utils.cfb_add(c, `/${name}`, data);
  return CFB.write(c, { type: "buffer" }) as Buffer;
}

const planRows = [rowXml(1, HEADER), rowXml(2, ["1", "Rà soát văn bản", "Báo cáo", "Sở Nội vụ", "", "Quý IV năm 2021"])].join("");

describe("hostile files: each class gets exit 2 and one clear line", () => {
  test("not xlsx: random bytes", async () => {
    const bytes = Buffer.alloc(5000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 251;
    bytes[10] = 0;
    expect(await refusedInOneLine(file("random.xlsx", bytes))).toMatch(/không phải tệp Excel \.xlsx/);
  });

  test("a Word document renamed .xlsx", async () => {
    const docx = zip([
      part("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
      part(
        "word/document.xml",
        '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>',
      ),
    ]);
    expect(await refusedInOneLine(file("ke-hoach.xlsx", docx))).toMatch(/ke-hoach\.xlsx là tài liệu Word, không phải sổ làm việc Excel/);
    expect(await refusedInOneLine(file("ke-hoach.doc.xlsx", ole({ WordDocument: Buffer.alloc(600, 1) })), "en")).toMatch(
      /is a Word document/,
    );
  });

  test("a truncated xlsx (a download cut short)", async () => {
    const whole = readFileSync(FIXTURE);
    expect(await refusedInOneLine(file("truncated.xlsx", whole.subarray(0, Math.floor(whole.length / 2))))).toMatch(
      /không đọc được tệp .*truncated\.xlsx: tệp bị hỏng/,
    );
  });

  test("a zip that is no workbook at all, and an empty zip", async () => {
    expect(await refusedInOneLine(file("archive.xlsx", zip([part("readme.txt", "xin chào")])))).toMatch(
      /là tệp nén ZIP nhưng không phải sổ làm việc Excel/,
    );
    expect(await refusedInOneLine(file("empty-zip.xlsx", zip([])))).toMatch(/không có xl\/workbook\.xml/);
  });

  test("a password-protected workbook is called that, with how to remove the password", async () => {
    const encrypted = ole({ EncryptionInfo: Buffer.alloc(200, 4), EncryptedPackage: Buffer.alloc(5000, 9) });
    const vi = await refusedInOneLine(file("mat-khau.xlsx", encrypted));
    expect(vi).toMatch(/được đặt mật khẩu/);
    expect(vi).toMatch(/Tệp → Thông tin → Bảo vệ Sổ làm việc → Mã hóa bằng Mật khẩu, xóa mật khẩu/);
    expect(vi).not.toMatch(/\.xls\b/);
    expect(await refusedInOneLine(join(dir, "mat-khau.xlsx"), "en")).toMatch(
      /is password-protected .*File → Info → Protect Workbook → Encrypt with Password/,
    );
  });

  test("a real legacy .xls stays 'old .xls, save as .xlsx'", async () => {
    const xls = file("cu.xls", ole({ Workbook: Buffer.alloc(4096, 2), "\u0005SummaryInformation": Buffer.alloc(200, 0) }));
    expect(await refusedInOneLine(xls)).toMatch(/là tệp Excel cũ \(\.xls\): mở bằng Excel rồi Lưu Như/);
    expect(await refusedInOneLine(xls, "en")).toMatch(/is an old Excel file \(\.xls\)/);
  });

  test("no sheets, and chart sheets only", async () => {
    expect(await refusedInOneLine(file("no-sheets.xlsx", zip(workbookParts([]))))).toMatch(/không có trang tính nào để kiểm tra/);
    const chart = zip([
      ...workbookParts([{ name: "Biểu đồ", kind: "chartsheet" }]),
      part(
        "xl/chartsheets/sheet1.xml",
        '<?xml version="1.0"?><chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
      ),
    ]);
    expect(await refusedInOneLine(file("charts.xlsx", chart))).toMatch(/chỉ có trang biểu đồ/);
  });

  test("a sheet holding only a picture (a scanned plan pasted in)", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Phụ lục");
    // A 1×1 PNG.
    const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");
    ws.addImage(wb.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: "png" }), "A1:F20");
    const path = join(dir, "scan.xlsx");
    await wb.xlsx.writeFile(path);
    expect(await refusedInOneLine(path)).toMatch(/không có ô dữ liệu nào, chỉ có hình ảnh/);
  });

  test("CSV and other text under a spreadsheet name (.xlsx, .csv, an HTML 'xls')", async () => {
    const csv = "TT,Nhiệm vụ,Cơ quan chủ trì,Thời gian\n1,Rà soát,Sở Nội vụ,Quý I/2021\n";
    expect(await refusedInOneLine(file("plan-csv.xlsx", csv))).toMatch(/là tệp văn bản \(CSV, HTML hoặc XML\).*Lưu Như/);
    expect(await refusedInOneLine(file("plan.csv", csv))).toMatch(/là tệp văn bản/);
    expect(await refusedInOneLine(file("export.xls", "<html><body><table><tr><td>TT</td></tr></table></body></html>"))).toMatch(
      /là tệp văn bản/,
    );
    // Excel's "Unicode Text": UTF-16 with a byte-order mark.
    expect(
      await refusedInOneLine(file("unicode.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("TT\tNhiệm vụ\n", "utf16le")]))),
    ).toMatch(/là tệp văn bản/);
  });

  test("OpenDocument and binary workbooks are named, with how to save them as .xlsx", async () => {
    const ods = zip([
      part("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
      part("content.xml", "<office:document-content/>"),
    ]);
    expect(await refusedInOneLine(file("plan.ods", ods))).toMatch(/là bảng tính OpenDocument \(\.ods/);
    expect(await refusedInOneLine(file("plan.xlsb", zip([part("xl/workbook.bin", "\u0083\u0001")])))).toMatch(
      /là sổ làm việc nhị phân \(\.xlsb\)/,
    );
  });

  test("a directory, a missing file, an empty file", async () => {
    const sub = join(dir, "thu-muc.xlsx");
    mkdirSync(sub, { recursive: true });
    expect(await refusedInOneLine(sub)).toMatch(/là một thư mục, không phải tệp \.xlsx/);
    expect(await refusedInOneLine(join(dir, "khong-co.xlsx"))).toMatch(/không tìm thấy tệp/);
    expect(await refusedInOneLine(file("rong.xlsx", ""))).toMatch(/là tệp rỗng \(0 byte\)/);
  });

  test("XML entity expansion ('billion laughs') in the shared strings or a sheet is refused before any parser sees it", async () => {
    const lol =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' +
      Array.from({ length: 8 }, (_, i) => `<!ENTITY lol${i + 2} "${`&lol${i + 1};`.repeat(10)}">`).join("") +
      "]>";
    const strings = part(
      "xl/sharedStrings.xml",
      `${lol}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>&lol9;</t></si></sst>`,
    );
    const viaStrings = zip([...workbookParts([{ name: "Phụ lục" }]), sheetPart(1, planRows), strings]);
    const started = Date.now();
    expect(await refusedInOneLine(file("lol-strings.xlsx", viaStrings))).toMatch(
      /chứa khai báo DTD\/thực thể XML trong xl\/sharedStrings\.xml/,
    );
    const sheet = part(
      "xl/worksheets/sheet1.xml",
      SHEET_HEAD.replace("<worksheet", `${lol.replace('<?xml version="1.0"?>', "")}<worksheet`) + planRows + SHEET_TAIL,
    );
    expect(await refusedInOneLine(file("lol-sheet.xlsx", zip([...workbookParts([{ name: "Phụ lục" }]), sheet])), "en")).toMatch(
      /carries an XML DTD\/entity declaration in xl\/worksheets\/sheet1\.xml/,
    );
    expect(Date.now() - started).toBeLessThan(30_000); // generous: an expansion would take minutes and gigabytes
  });

  test("a sheet with more rows than the limit is refused by name, from counting its <row> elements", async () => {
    const rows = Array.from({ length: LIMITS.rowsPerSheet + 1 }, (_, i) => `<row r="${i + 1}"/>`).join("");
    const path = file(
      "nhieu-dong.xlsx",
      zip([...workbookParts([{ name: "Phụ lục & số liệu" }]), sheetPart(1, planRows.replace(/<row r="\d+">/g, "<row>") + rows)]),
    );
    expect(await refusedInOneLine(path)).toMatch(/trang tính "Phụ lục & số liệu" có hơn 100\.000 dòng, .*kể cả trang ẩn/);
  });

  test("the size limits are read from the zip directory before anything is inflated", async () => {
    const path = file("plan-guard.xlsx", zip([...workbookParts([{ name: "Phụ lục" }]), sheetPart(1, planRows.repeat(200))]));
    // Under the real limits the package passes and lists its sheet with its row count …
    const inventory = await inspectPackage(path);
    expect(inventory.worksheets).toEqual([{ part: "xl/worksheets/sheet1.xml", sheet: "Phụ lục", rows: 400 }]);
    // … under tighter ones each limit names what broke it.
    const tight = async (limits: Partial<Limits>) => {
      const e = await inspectPackage(path, { ...LIMITS, ...limits }).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(WorkbookReadError);
      return e as WorkbookReadError;
    };
    expect(await tight({ partBytes: 20_000 })).toMatchObject({ reason: "too-large", detail: { part: "xl/worksheets/sheet1.xml" } });
    expect(await tight({ xmlBytes: 20_000 })).toMatchObject({ reason: "too-large", detail: { limit: "0.0" } });
    expect(await tight({ rowsPerSheet: 399 })).toMatchObject({ reason: "too-many-rows", detail: { part: "Phụ lục" } });
    expect(await tight({ ratio: 2, ratioFloor: 1000 })).toMatchObject({ reason: "zip-bomb", detail: { part: "xl/worksheets/sheet1.xml" } });
    expect(await tight({ entries: 3 })).toMatchObject({ reason: "zip-bomb", detail: { amount: "4" } });
  });

  test("every reason has one filled-in line in both languages", () => {
    const reasons: ReadFailure[] = [
      "missing",
      "not-file",
      "empty",
      "not-xlsx",
      "text",
      "encrypted",
      "xls",
      "word",
      "powerpoint",
      "ods",
      "xlsb",
      "not-workbook-zip",
      "corrupt",
      "too-large",
      "too-many-rows",
      "zip-bomb",
      "xml-dtd",
      "no-sheets",
      "charts-only",
      "no-permission",
      "unsafe-name",
    ];
    for (const lang of ["vi", "en"] as const)
      for (const reason of reasons)
        for (const detail of [{}, { part: "xl/worksheets/sheet1.xml", amount: "512", limit: "32" }]) {
          const line = readErrorMessage(lang, new WorkbookReadError(reason, "kh.xlsx", detail));
          expect(line).toContain("kh.xlsx");
          expect(line).not.toMatch(/\{\d\}|\n|undefined/);
        }
    expect(readErrorMessage("en", new WorkbookReadError("too-large", "kh.xlsx", { amount: "80", limit: "64" }))).toBe(
      "kh.xlsx is too large to check safely: it inflates to 80 MB, over the 64 MB limit (real plans are a few MB; delete the sheets or pictures not needed and try again)",
    );
  });

  test("a macro-enabled .xlsm is read like an .xlsx (its macros are never run)", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Phụ lục");
    ws.addRow(HEADER);
    ws.addRow([1, "Rà soát văn bản", "Báo cáo", "", "", "Quý IV năm 2021"]);
    const pkg = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const types = (await pkg.file("[Content_Types].xml")?.async("string")) ?? "";
    pkg.file(
      "[Content_Types].xml",
      types
        .replace(
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
          "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
        )
        .replace("</Types>", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'),
    );
    pkg.file("xl/vbaProject.bin", ole({ VBA: Buffer.alloc(100, 1) }));
    const path = file("macro.xlsm", await pkg.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    const r = await runCli(["check", path, "--json"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).issues.map((i: { code: string; cell: string }) => [i.code, i.cell])).toEqual([["MISSING_LEAD", "D2"]]);
  });
});

describe("zip bombs: refused within seconds and a few hundred MB, whatever the content", () => {
  /** Runs `phuluc check` from the sources in a child process; returns what it said and its peak RSS in MB. */
  function child(path: string): Promise<{ code: number | null; stderr: string; peakMB: number }> {
    return new Promise((resolve) => {
      const c = spawn(process.execPath, ["--import", "tsx", join(__dirname, "child-run.ts"), "check", path], {
        cwd: root,
        stdio: ["ignore", "ignore", "pipe"],
      });
      let stderr = "";
      c.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
      c.on("close", (code) => {
        const m = /@@maxrss (\d+)\n/.exec(stderr);
        resolve({ code, stderr: stderr.replace(/@@maxrss \d+\n/, ""), peakMB: m ? Number(m[1]) / 1024 : Infinity });
      });
    });
  }

  // Rows with a long run of one letter: deflate's best case (about 1,000:1), as bomb makers build them.
  const ROW = rowXml(1, ["1", `Rà soát ${"a".repeat(8000)}`, "Báo cáo", "Sở Nội vụ", "Các sở", "Quý IV năm 2021"]).replace(
    / r="[A-Z]?1"/g,
    "",
  );
  const ROWS = Math.ceil((500 * 1024 * 1024) / ROW.length); // about 500 MB of sheet XML

  test("a 500 MB sheet compressed to under a megabyte: refused from the directory", async () => {
    const sheet = await deflateRepeated("xl/worksheets/sheet1.xml", SHEET_HEAD, ROW, ROWS, SHEET_TAIL);
    expect(sheet.size).toBeGreaterThan(500 * 1000 * 1000);
    expect(sheet.deflated.length).toBeLessThan(1024 * 1024);
    const honest = file("bomb.xlsx", zip([...workbookParts([{ name: "Phụ lục" }]), sheet]));
    const r = await child(honest);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^phuluc: .*bomb\.xlsx có dấu hiệu là tệp nén độc hại \("zip bomb"\): phần xl\/worksheets\/sheet1\.xml giải nén lớn gấp \d+ lần/,
    );
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.peakMB).toBeLessThan(500);

    // The same bomb with a directory that claims 64 KB: the streaming counter stops it, still without inflating it whole.
    const liar = file("bomb-liar.xlsx", zip([...workbookParts([{ name: "Phụ lục" }]), { ...sheet, claimedSize: 64 * 1024 }]));
    const l = await child(liar);
    expect(l.code).toBe(2);
    expect(l.stderr).toMatch(/^phuluc: .*bomb-liar\.xlsx có dấu hiệu là tệp nén độc hại/);
    expect(l.stderr.trim().split("\n")).toHaveLength(1);
    expect(l.peakMB).toBeLessThan(500);
  }, 120_000);
});
