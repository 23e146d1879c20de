/**
 * Sanity test of the test fixtures: re-reads every test/fixtures/<id>.xlsx with ExcelJS and checks it against
 * test/fixtures/expected/<id>.json in the facts that need no engine:
 *   - the sheet exists; the header cells at the declared rows/columns carry the declared wording, and that
 *     wording is one of the spec's header wordings for the role (spec §1);
 *   - every expected task row: TT / task number, task text, and lead/support/deadline as a reader sees them —
 *     where the cell itself is empty but the expected text is not, a merged area must cover it and hold the text;
 *   - the number of rows in the range whose TT or task cell starts with a number equals the numbered tasks;
 *   - nothing numbered follows the table (footers end the table).
 * Rebuild fixtures with `npx tsx test/fixtures/build.ts`.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Expected } from "../fixtures/layout";

const FIXTURES = join(__dirname, "..", "fixtures");
const EXPECTED = join(FIXTURES, "expected");

type Role = "tt" | "task" | "product" | "lead" | "support" | "deadline";
const ROLES: Role[] = ["tt", "task", "product", "lead", "support", "deadline"];

/** Header wordings per role, spec §1 (the two-row-header sub-headers "Chủ trì", "Phối hợp" included). */
const WORDINGS: Record<Role, string[]> = {
  tt: ["TT", "STT", "Số TT", "Số thứ tự"],
  task: ["Nhiệm vụ", "Nhiệm vụ cụ thể", "Nội dung", "Nội dung công việc", "Nội dung nhiệm vụ", "Tên nhiệm vụ", "Nhiệm vụ, giải pháp"],
  product: ["Sản phẩm", "Sản phẩm đầu ra", "Sản phẩm dự kiến", "Kết quả/sản phẩm", "Hình thức văn bản"],
  lead: ["Cơ quan chủ trì", "Đơn vị chủ trì", "Chủ trì", "Cơ quan chủ trì thực hiện", "Cơ quan, đơn vị chủ trì"],
  support: ["Cơ quan phối hợp", "Đơn vị phối hợp", "Phối hợp"],
  deadline: [
    "Thời gian",
    "Thời gian hoàn thành",
    "Thời gian thực hiện",
    "Thời hạn",
    "Thời hạn hoàn thành",
    "Tiến độ",
    "Tiến độ thực hiện",
    "Thời gian trình",
  ],
};
const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

function colNumber(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}
function parseRef(ref: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) throw new Error(`bad ref ${ref}`);
  return { col: colNumber(m[1]!), row: Number(m[2]) };
}
interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}
function parseArea(a: string): Area {
  const [p, q] = a.split(":") as [string, string];
  const s = parseRef(p);
  const e = parseRef(q ?? p);
  return { top: s.row, left: s.col, bottom: e.row, right: e.col };
}

function textOf(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (v instanceof Date) return v.toISOString();
  if (typeof v === "object" && "richText" in v) return v.richText.map((t) => t.text).join("");
  if (typeof v === "object" && "text" in v) return String((v as { text: unknown }).text);
  if (typeof v === "object" && "result" in v) return String((v as { result: unknown }).result ?? "");
  return String(v);
}

class Sheet {
  readonly merges: Area[];
  constructor(readonly ws: ExcelJS.Worksheet) {
    const model = ws.model as unknown as { merges?: string[] };
    this.merges = (model.merges ?? []).map(parseArea);
  }
  mergeAt(r: number, c: number): Area | undefined {
    return this.merges.find((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right);
  }
  /** The cell's own content: "" for a cell covered by a merge (not its top-left). */
  own(r: number, c: number): string {
    const m = this.mergeAt(r, c);
    if (m && (m.top !== r || m.left !== c)) return "";
    return textOf(this.ws.getCell(r, c).value);
  }
  /** What a reader sees: the merged area's value inside a merge. */
  seen(r: number, c: number): string {
    const m = this.mergeAt(r, c);
    return m ? this.own(m.top, m.left) : this.own(r, c);
  }
}

const expectedFiles = existsSync(EXPECTED)
  ? readdirSync(EXPECTED)
      .filter((f) => f.endsWith(".json"))
      .sort()
  : [];

describe("test fixtures match their expected data", () => {
  test("every fixture has its workbook and the three seeds are covered", () => {
    const ids = expectedFiles.map((f) => f.replace(/\.json$/, ""));
    for (const id of ["quang-ngai-2021-2025", "gia-lai-2021", "dong-nai-2017", "gia-lai-2021-libreoffice"]) expect(ids).toContain(id);
    for (const id of ids) expect(existsSync(join(FIXTURES, `${id}.xlsx`))).toBe(true);
  });

  describe.each(expectedFiles)("%s", (file) => {
    const exp = JSON.parse(readFileSync(join(EXPECTED, file), "utf8")) as Expected;
    let sheet: Sheet;

    beforeAll(async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(join(FIXTURES, `${exp.fixture}.xlsx`));
      const ws = wb.getWorksheet(exp.sheet);
      if (!ws) throw new Error(`sheet "${exp.sheet}" not found in ${exp.fixture}.xlsx: ${wb.worksheets.map((w) => w.name).join(", ")}`);
      sheet = new Sheet(ws);
    });

    test("header cells carry the declared wording, a known wording of each role", () => {
      const bottom = exp.headerRows[exp.headerRows.length - 1]!;
      for (const role of ROLES) {
        const c = colNumber(exp.columns[role]);
        const text = sheet.seen(bottom, c).replace(/\s+/g, " ").trim();
        expect({ role, text }).toEqual({ role, text: exp.header[role] });
        expect(WORDINGS[role].map(fold)).toContain(fold(text));
      }
      for (const [letter, text] of Object.entries(exp.extraColumns ?? {})) expect(sheet.seen(bottom, colNumber(letter))).toBe(text);
      // The range starts at the first header row's first column.
      const range = parseArea(exp.range);
      expect(range.top).toBe(exp.headerRows[0]);
      expect(range.left).toBe(Math.min(...Object.values(exp.columns).map(colNumber)));
      // The table does not start at A1: something (a title) sits above the header.
      expect(range.top).toBeGreaterThan(1);
      let titled = false;
      for (let r = 1; r < range.top; r++) for (let c = 1; c <= range.right; c++) if (sheet.own(r, c).trim()) titled = true;
      expect(titled).toBe(true);
    });

    test("section rows hold their title, merged across the table", () => {
      const range = parseArea(exp.range);
      for (const s of exp.sections) {
        expect(sheet.seen(s.row, range.left)).toBe(s.title);
        const m = sheet.mergeAt(s.row, range.left);
        expect(m).toBeDefined();
        expect(m!.right).toBe(range.right);
      }
    });

    test("task rows: number, text, and lead/support/deadline as a reader sees them (merges included)", () => {
      const col = (role: Role) => colNumber(exp.columns[role]);
      for (const t of exp.tasks) {
        const ttCell = sheet.own(t.row, col("tt")).trim();
        let taskText = sheet.seen(t.row, col("task"));
        if (ttCell) expect({ row: t.row, tt: ttCell }).toEqual({ row: t.row, tt: t.tt });
        else {
          const m = /^\s*(\d+)\s*[.)]\s*/.exec(taskText);
          expect({ row: t.row, tt: m?.[1] ?? "" }).toEqual({ row: t.row, tt: t.tt });
          if (m) taskText = taskText.slice(m[0].length);
        }
        expect({ row: t.row, task: taskText.slice(0, 40) }).toEqual({ row: t.row, task: t.task });
        for (const role of ["lead", "support", "deadline"] as const) {
          const c = col(role);
          expect({ row: t.row, role, text: sheet.seen(t.row, c) }).toEqual({ row: t.row, role, text: t[role] });
          if (sheet.own(t.row, c) === "" && t[role] !== "") {
            // The text comes from a merged area: it must exist and start above this row.
            const m = sheet.mergeAt(t.row, c);
            expect({ row: t.row, role, merged: !!m && m.top < t.row }).toEqual({ row: t.row, role, merged: true });
          }
        }
      }
    });

    test("rows starting with a number in TT or task, within the range, are the numbered tasks", () => {
      const range = parseArea(exp.range);
      const tt = colNumber(exp.columns.tt);
      const tk = colNumber(exp.columns.task);
      const startsWithNumber = (r: number) => /^\s*\d/.test(sheet.own(r, tt)) || /^\s*\d/.test(sheet.own(r, tk));
      const numbered: number[] = [];
      for (let r = range.top; r <= range.bottom; r++) if (startsWithNumber(r)) numbered.push(r);
      expect(numbered).toEqual(exp.tasks.filter((t) => t.tt !== "").map((t) => t.row));
      expect(exp.taskCount).toBe(exp.tasks.length);
      // Nothing numbered after the table (footer notes, signature blocks end it).
      for (let r = range.bottom + 1; r <= sheet.ws.rowCount; r++)
        expect({ r, numbered: startsWithNumber(r) }).toEqual({ r, numbered: false });
    });
  });
});
