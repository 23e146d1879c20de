import { spawn } from "child_process";
import ExcelJS from "exceljs";
import { promises as fsp, mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { deflateRawSync, crc32 } from "zlib";
import { localNumber, readErrorMessage } from "../../../src/cli/read-message";
import { LIMITS } from "../../../src/cli/xlsx/limits";
import { readWorkbookFile } from "../../../src/cli/xlsx/read";
import { WorkbookReadError } from "../../../src/cli/xlsx/read-error";
import { inspectPackage } from "../../../src/cli/xlsx/zip-guard";
import { runCli } from "../../helpers/cli";
import { deflateRepeated, part, rowXml, sheetPart, workbookParts, zip, refusedInOneLine, scratchFile } from "./hostile-zip";

/**
 * The parts of a package that are not sheets (pictures, customXml, embedded objects), names no writer should
 * produce, and the lines said about them: review findings on the first zip guard, each with a file that the
 * guard once let through to ExcelJS or refused wrongly.
 */
const dir = mkdtempSync(join(tmpdir(), "phuluc-parts-"));
const root = join(__dirname, "..", "..", "..");
const HEADER = ["TT", "Nhiệm vụ", "Sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"];
const PLAN = [rowXml(1, HEADER), rowXml(2, ["1", "Rà soát văn bản", "Báo cáo", "Sở Nội vụ", "", "Quý IV năm 2021"])].join("");
const planParts = () => [...workbookParts([{ name: "Phụ lục" }]), sheetPart(1, PLAN)];

const file = (name: string, data: Buffer | string) => scratchFile(dir, name, data);

/** `phuluc check` from the sources in a child process: what it said and its peak RSS in MB. */
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

describe("parts that are not XML are counted too", () => {
  // 200 MB of one byte, deflated to about 200 KB; the directory claims 900 KB, under the ratio floor.
  const lying = async (name: string) => ({ ...(await deflateRepeated(name, "", "a".repeat(1 << 16), 3200, "")), claimedSize: 900 * 1024 });

  test.each(["xl/media/image1.png", "customXml/item1.bin"])(
    "a %s that inflates far past its declared size is a zip bomb, refused before ExcelJS, in a few hundred MB",
    async (name) => {
      const bomb = await lying(name);
      expect(bomb.size).toBeGreaterThan(200 * 1000 * 1000);
      const path = file(`${name.replace(/\W/g, "-")}.xlsx`, zip([...planParts(), bomb]));
      const r = await child(path);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^phuluc: .*có dấu hiệu là tệp nén độc hại \("zip bomb": kích thước khai báo không đúng/);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.peakMB).toBeLessThan(500);
    },
    120_000,
  );

  test("an XML part that is no worksheet is read to its end even past the row limit (rows counted in sheets only)", async () => {
    // The directory claims 64 KB: more than the first inflated chunk (16 KB, over 2,000 rows), far less than the 600 KB.
    const rows = "<row/>".repeat(50);
    const junk = await deflateRepeated("customXml/item1.xml", "<x>", rows, 2000, "</x>");
    const path = file("custom-rows.xlsx", zip([...planParts(), { ...junk, claimedSize: 64 * 1024 }]));
    const e = await inspectPackage(path, { ...LIMITS, rowsPerSheet: 10 }).catch((x: unknown) => x);
    expect(e).toMatchObject({ reason: "zip-bomb", detail: { part: "customXml/item1.xml" } });
  });

  test("a large, mostly empty picture or embedded object is not judged by its ratio (only XML is)", async () => {
    // A blank 2 MB bitmap compresses about 1,000 : 1, five times over the ratio that marks XML as a bomb.
    const blank = Buffer.alloc(2 * 1024 * 1024, 0);
    const bmp = { name: "xl/media/image1.bmp", deflated: deflateRawSync(blank, { level: 9 }), size: blank.length, crc: crc32(blank) };
    expect(bmp.size / bmp.deflated.length).toBeGreaterThan(LIMITS.ratio);
    const path = file("blank-picture.xlsx", zip([...planParts(), bmp]));
    const inventory = await inspectPackage(path);
    expect(inventory.hasPictures).toBe(true);
    const r = await runCli(["check", path, "--json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
  });
});

describe("entry names", () => {
  test("a leading '/' (some writers add one; ExcelJS and Excel accept it) is accepted", async () => {
    const parts = planParts().map((p) => ({ ...p, name: `/${p.name}` }));
    const r = await runCli(["check", file("slash.xlsx", zip(parts)), "--json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).tasks).toHaveLength(1);
  });

  test.each([
    ["xl/../evil.xml", "dotdot"],
    ["//etc/passwd", "root"],
    ["C:/Windows/evil.xml", "drive"],
  ])("%s is refused in one line that names it", async (name, tag) => {
    const vi = await refusedInOneLine(file(`name-${tag}.xlsx`, zip([...planParts(), part(name, "<a/>")])));
    expect(vi).toContain(`có phần mang tên không hợp lệ "${name}"`);
    const en = await refusedInOneLine(join(dir, `name-${tag}.xlsx`), "en");
    expect(en).toContain(`has a part with an invalid name "${name}"`);
  });

  test("a zip whose directory yauzl cannot walk is 'damaged' in one line, not an internal error", async () => {
    const whole = zip(planParts());
    // Point the end record's directory offset past the end of the file.
    const broken = Buffer.from(whole);
    broken.writeUInt32LE(whole.length + 1000, whole.length - 6);
    expect(await refusedInOneLine(file("bad-directory.xlsx", broken))).toMatch(/không đọc được tệp .*: tệp bị hỏng/);
  });
});

describe("what the file is, and who may read it", () => {
  test("a CSV saved on Vietnamese Windows (cp1258, not UTF-8) is text, with the save-as advice", async () => {
    // "Nhiệm vụ", "Cơ quan chủ trì" in cp1258: base letters, then the tone mark as its own byte (0xF2 dot below, 0xEC hook …).
    const cp1258 = Buffer.from(
      "TT,Nhi\u00eam\u00f2 vu\u00f2,C\u00f5 quan chu\u00d2 tri\u00cc,Th\u00f5i gian\r\n1,Ra\u00cc soa\u00ect v\u00e3n ba\u00d2n,S\u00f5\u00d2 N\u00f4i\u00f2 vu\u00f2,Quy\u00ec IV/2021\r\n",
      "latin1",
    );
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(cp1258)).toThrow();
    expect(await refusedInOneLine(file("ke-hoach-1258.csv", cp1258))).toMatch(/là tệp văn bản \(CSV, HTML hoặc XML\).*Lưu Như/);
    // Random bytes without a NUL are still not text.
    const noise = Buffer.alloc(4096);
    for (let i = 0; i < noise.length; i++) noise[i] = 1 + ((i * 7919 + 13) % 255);
    expect(await refusedInOneLine(file("noise.xlsx", noise))).toMatch(/không phải tệp Excel \.xlsx/);
  });

  test("a file this user may not read says so, not 'not found'", async () => {
    const path = file("locked.xlsx", zip(planParts()));
    const denied = Object.assign(new Error(`EACCES: permission denied, stat '${path}'`), { code: "EACCES" });
    const spy = jest.spyOn(fsp, "stat").mockRejectedValueOnce(denied);
    try {
      const e = await readWorkbookFile(path).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(WorkbookReadError);
      expect((e as WorkbookReadError).reason).toBe("no-permission");
      expect(readErrorMessage("vi", e as WorkbookReadError)).toMatch(/^không có quyền đọc tệp .*locked\.xlsx/);
      expect(readErrorMessage("en", e as WorkbookReadError)).toMatch(/^no permission to read /);
    } finally {
      spy.mockRestore();
    }
  });

  test("'only pictures' needs a plan sheet with no cells and a real picture (not the drawing a comment uses)", async () => {
    // Cell comments live in xl/drawings/vmlDrawing*.vml: a sheet with one comment and no values is no scanned plan.
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Phụ lục").getCell("C5").note = "Ghi chú của chuyên viên";
    const commented = join(dir, "comment-only.xlsx");
    await wb.xlsx.writeFile(commented);
    const line = await refusedInOneLine(commented);
    expect(line).not.toMatch(/chỉ có hình ảnh/);
    expect(line).toMatch(/không tìm thấy bảng nhiệm vụ/);

    // A picture in the file but no plan sheet read at all (the only sheet is hidden): "no table", not "only pictures".
    const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");
    const wb2 = new ExcelJS.Workbook();
    const hidden = wb2.addWorksheet("Bản cũ", { state: "hidden" });
    hidden.addImage(wb2.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: "png" }), "A1:F20");
    const path2 = join(dir, "hidden-picture.xlsx");
    await wb2.xlsx.writeFile(path2);
    const r = await runCli(["check", path2]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/chỉ có hình ảnh/);
  });
});

describe("numbers and wording in the lines", () => {
  test("sizes and limits are written as the reader writes numbers", () => {
    expect(localNumber("vi", "1.5")).toBe("1,5");
    expect(localNumber("en", "1.5")).toBe("1.5");
    expect(localNumber("vi", "100000")).toBe("100.000");
    expect(localNumber("en", "100000")).toBe("100,000");
    expect(localNumber("vi", "xl/a.xml")).toBe("xl/a.xml");
    const big = new WorkbookReadError("too-large", "kh.xlsx", { part: "xl/worksheets/sheet1.xml", amount: "40.5", limit: "32" });
    expect(readErrorMessage("vi", big)).toContain("giải nén ra 40,5 MB, quá giới hạn 32 MB");
    expect(readErrorMessage("en", big)).toContain("inflates to 40.5 MB, over the 32 MB limit");
    const rows = new WorkbookReadError("too-many-rows", "kh.xlsx", { part: "Ẩn", limit: "100000" });
    expect(readErrorMessage("vi", rows)).toMatch(/có hơn 100\.000 dòng.*kể cả trang ẩn hoặc không được kiểm tra/);
    expect(readErrorMessage("en", rows)).toMatch(/more than 100,000 rows.*hidden or unchecked ones too/);
  });

  test("a DTD is named in plain Vietnamese", () => {
    expect(readErrorMessage("vi", new WorkbookReadError("xml-dtd", "kh.xlsx", { part: "xl/sharedStrings.xml" }))).toContain(
      "trong xl/sharedStrings.xml (tệp Excel thật không bao giờ có khai báo này; có thể là tệp độc hại)",
    );
  });

  test("phuluc deadline says a too-long cell is not read", async () => {
    const r = await runCli(["deadline"], `Quý IV năm 2021 ${"và tiếp tục ".repeat(200)}\n`);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("quá dài, không thể là một thời hạn (hơn 2.000 ký tự): PhuLuc không đọc ô này");
  });
});
