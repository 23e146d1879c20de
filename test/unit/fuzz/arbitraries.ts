import fc from "fast-check";
import { CellValue, MergedArea, SheetData, WorkbookData } from "../../../src/core/workbook/model";

/**
 * Random workbooks for the fuzz suite (test/unit/fuzz/fuzz-a.test.ts, fuzz-b.test.ts) and `npm run fuzz`
 * (scripts/fuzz.ts), both through runner.ts: one generator, so the replay line a failure prints works anywhere.
 *
 * Most grids are plan-like — a header made of real header words in some order, then task rows whose cells
 * are drawn from the words plans use (numbers, section rows, deadlines, agency names) — so that many are
 * recognised as tables and the whole engine runs on them; around them is hostile material: any Unicode,
 * NFD text, text typed in TCVN3/VNI read as Unicode, huge cells, blank runs, merges of every shape (out of
 * range, overlapping, inverted, over the whole sheet), formula errors, dates and numbers.
 */

const EXCEL_ROWS = 1_048_576;
const EXCEL_COLS = 16_384;
/** Excel's limit on a cell's text. */
export const MAX_CELL_CHARS = 32_767;

const HEADER_WORDS: Record<string, readonly string[]> = {
  tt: ["TT", "STT", "Số TT", "Số thứ tự"],
  task: ["Nhiệm vụ", "Nội dung", "Nội dung công việc", "Nhiệm vụ, giải pháp", "Tên nhiệm vụ", "NHIỆM VỤ"],
  product: ["Sản phẩm", "Kết quả/sản phẩm", "Hình thức văn bản", "Sản phẩm dự kiến"],
  lead: ["Cơ quan chủ trì", "Chủ trì", "Đơn vị chủ trì", "Cơ quan, đơn vị chủ trì"],
  support: ["Cơ quan phối hợp", "Phối hợp", "Đơn vị phối hợp"],
  deadline: ["Thời gian hoàn thành", "Thời gian", "Thời hạn hoàn thành", "Tiến độ thực hiện", "THỜI GIAN HOÀN THÀNH"],
  extra: ["Ghi chú", "Kinh phí", "Kết quả thực hiện", "Người đứng đầu chịu trách nhiệm", "Bắt đầu"],
};
const GROUP_HEADERS = ["Cơ quan thực hiện", "Thời gian", "Nội dung"];

const TASKS = [
  "Rà soát, sửa đổi văn bản quy phạm pháp luật",
  "1. Xây dựng kế hoạch cải cách hành chính",
  "Tổ chức tập huấn, bồi dưỡng",
  "a) Kiểm tra công tác cải cách hành chính",
  "- Tuyên truyền trên các phương tiện thông tin",
  "1.2 Số hóa hồ sơ",
  "100% văn bản được ký số",
  "Triển khai Đề án 06",
];
const SECTIONS = ["I.", "II", "III. Cải cách thể chế", "A. NHIỆM VỤ CHUNG", "B", "Phần I", "1.", "2", "a)", "-", "IV - Hiện đại hóa", "C."];
const DEADLINES = [
  "Quý IV/2025",
  "Quý IV năm 2021",
  "Trước 31/12 năm báo cáo",
  "Hằng năm",
  "2021-2025",
  "Tháng 6/2026",
  "Năm 2026",
  "Trước ngày 15/3/2026",
  "Thường xuyên",
  "6 tháng đầu năm",
  "Đầu năm 2026",
  "Quý I hằng năm; tổng kết năm 2025",
  "31/02/2026",
  "Quý V/2025",
];
const AGENCIES = [
  "Sở Tư pháp",
  "Sở Nội vụ",
  "UBND cấp huyện",
  "Các sở, ban, ngành; UBND cấp huyện",
  "Các sở: Tư pháp, Tài nguyên và MT",
  "Văn phòng UBND tỉnh",
  "Sở TT&TT",
  "Công an tỉnh",
  "UBND các xã, phường",
  "Sở Nội vu",
  "Sở Ngoại thương",
  "…",
  "x",
  "Bộ Công an, Bộ KH&CN với các tiêu chuẩn",
  "Cục Tiền lương và Bảo hiểm xã hội",
  "UBND",
];
const TITLES = [
  "PHỤ LỤC",
  "ỦY BAN NHÂN DÂN TỈNH GIA LAI",
  "(Kèm theo Quyết định số 123/QĐ-UBND ngày 15/01/2021)",
  "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH GIAI ĐOẠN 2021-2025",
  "Gia Lai, ngày 15 tháng 01 năm 2021",
  "Nơi nhận:",
  "KT. CHỦ TỊCH",
  "Ghi chú: (*) nhiệm vụ trọng tâm",
];
/** Vietnamese typed in TCVN3 (.VnTime) or VNI and read as Unicode, as old files show it. */
const LEGACY = [
  "Së Néi vô",
  "Sôû Noäi vuï",
  "Uû ban nh©n d©n tØnh",
  "C¬ quan chñ tr×",
  "Thêi gian hoµn thµnh",
  "Nhieäm vuï",
  "Quý IV/2025 ®",
];
const ERRORS = ["#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!"];

/** Words plans use, as written, in NFD (as some Mac and web programs store them) or upper case. */
const planWord = fc
  .tuple(
    fc.constantFrom(...TASKS, ...SECTIONS, ...DEADLINES, ...AGENCIES, ...TITLES, ...Object.values(HEADER_WORDS).flat(), ...GROUP_HEADERS),
    fc.constantFrom("as-is", "as-is", "as-is", "nfd", "upper", "spaced"),
  )
  .map(([w, form]) =>
    form === "nfd"
      ? w.normalize("NFD")
      : form === "upper"
        ? w.toUpperCase()
        : form === "spaced"
          ? `\u00a0 ${w.replace(/ /g, "  ")}\r\n`
          : w,
  );

/** A long cell: a plan phrase repeated (realistic shape) or any text; now and then as long as Excel allows. */
const hugeText = fc
  .tuple(
    fc.constantFrom(...AGENCIES, ...DEADLINES, ...TASKS, "Sở ", "và ", ", ", "(", " a", "Các sở, ", "\n"),
    fc.oneof({ weight: 12, arbitrary: fc.integer({ min: 300, max: 4_000 }) }, { weight: 1, arbitrary: fc.constant(MAX_CELL_CHARS) }),
    fc.constantFrom(", ", "; ", " ", "\n", ""),
  )
  .map(([unit, length, joint]) => {
    const piece = unit + joint;
    return piece.repeat(Math.ceil(length / Math.max(piece.length, 1))).slice(0, length);
  });

const anyText = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(..."()[]:;,.-–/&\n\t \u00a0\u200bIVXđĐ0123456789aA"), maxLength: 30 }) },
);

/** Any cell value: mostly plan words, then hostile text and the other value types Excel stores. */
export const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 10, arbitrary: planWord },
  { weight: 4, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: anyText },
  { weight: 1, arbitrary: fc.constantFrom(...LEGACY) },
  { weight: 1, arbitrary: fc.integer({ min: -10, max: 3000 }) },
  { weight: 1, arbitrary: fc.double({ noNaN: false }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.date({ min: new Date(Date.UTC(1899, 11, 30)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true }) },
  { weight: 1, arbitrary: fc.constantFrom(...ERRORS).map((error) => ({ error })) },
);

const ROLES = ["tt", "task", "product", "lead", "support", "deadline", "extra"] as const;
type Role = (typeof ROLES)[number];

/** A value for a task row's cell under a header of this role. */
function roleValue(role: Role): fc.Arbitrary<CellValue> {
  const words: Record<Role, fc.Arbitrary<CellValue>> = {
    tt: fc.oneof(fc.integer({ min: 1, max: 60 }).map(String), fc.integer({ min: 1, max: 60 }), fc.constantFrom(...SECTIONS)),
    task: fc.constantFrom(...TASKS, ...SECTIONS),
    product: fc.constantFrom("Báo cáo", "Kế hoạch", "Quyết định của UBND tỉnh", "", "Đề án"),
    lead: fc.constantFrom(...AGENCIES, ""),
    support: fc.constantFrom(...AGENCIES, ""),
    deadline: fc.oneof(
      fc.constantFrom(...DEADLINES, ""),
      fc.date({ min: new Date(Date.UTC(2019, 0, 1)), max: new Date(Date.UTC(2032, 0, 1)), noInvalidDate: true }),
    ),
    extra: fc.constantFrom("", "Đang thực hiện", "Đã hoàn thành", "Nguyễn Văn A"),
  };
  return fc.oneof({ weight: 12, arbitrary: words[role] }, { weight: 1, arbitrary: cellValue }, { weight: 1, arbitrary: fc.constant(null) });
}

/** A merged area: inside the grid, reaching out of it, over the whole sheet, inverted or beyond Excel's limits. */
function mergeArea(rows: number, cols: number): fc.Arbitrary<MergedArea> {
  const inside = fc
    .tuple(fc.nat(Math.max(rows, 1)), fc.nat(Math.max(cols, 1)), fc.nat(4), fc.nat(5))
    .map(([top, left, h, w]) => ({ top, left, bottom: top + h, right: left + w }));
  const far = fc
    .tuple(
      fc.nat(Math.max(rows, 1)),
      fc.nat(Math.max(cols, 1)),
      fc.integer({ min: 0, max: EXCEL_ROWS - 1 }),
      fc.integer({ min: 0, max: EXCEL_COLS - 1 }),
    )
    .map(([top, left, bottom, right]) => ({ top, left, bottom: Math.max(top, bottom), right: Math.max(left, right) }));
  const hostile = fc.constantFrom<MergedArea>(
    { top: 0, left: 0, bottom: EXCEL_ROWS - 1, right: EXCEL_COLS - 1 },
    { top: 2, left: 5, bottom: 1, right: 3 },
    { top: EXCEL_ROWS + 5, left: 0, bottom: EXCEL_ROWS + 9, right: 2 },
    { top: 0, left: 0, bottom: 0, right: 0 },
  );
  return fc.oneof({ weight: 8, arbitrary: inside }, { weight: 2, arbitrary: far }, { weight: 1, arbitrary: hostile });
}

interface SheetShape {
  readonly header: readonly Role[];
  readonly twoRow: boolean;
  readonly sideBySide: boolean;
}

const sheetShape: fc.Arbitrary<SheetShape> = fc.record({
  header: fc.shuffledSubarray([...ROLES], { minLength: 2, maxLength: 7 }).map((r) => (r.includes("task") ? r : ["task", ...r]) as Role[]),
  twoRow: fc.boolean(),
  sideBySide: fc.boolean(),
});

/** A header row (or two) with the roles' words; a two-row header puts a group word over two columns. */
function headerRows(shape: SheetShape): fc.Arbitrary<{ rows: CellValue[][]; merges: MergedArea[] }> {
  return fc
    .tuple(...shape.header.map((role) => fc.constantFrom(...HEADER_WORDS[role]!)), fc.constantFrom(...GROUP_HEADERS))
    .map((words) => {
      const own = words.slice(0, shape.header.length) as string[];
      if (!shape.twoRow || own.length < 3) return { rows: [own], merges: [] };
      const top: CellValue[] = own.map((w, i) => (i < own.length - 2 ? w : null));
      top[own.length - 2] = words[words.length - 1] as string;
      const bottom: CellValue[] = own.map((w, i) => (i < own.length - 2 ? null : w));
      const merges: MergedArea[] = own.slice(0, -2).map((_, c) => ({ top: 0, left: c, bottom: 1, right: c }));
      merges.push({ top: 0, left: own.length - 2, bottom: 0, right: own.length - 1 });
      return { rows: [top, bottom], merges };
    });
}

/** A row of the body: a task row under the header, a blank run, a title or footer line, or noise. */
function bodyRow(shape: SheetShape, width: number): fc.Arbitrary<CellValue[][]> {
  const task = fc.tuple(...shape.header.map(roleValue)).map((cells) => [cells as CellValue[]]);
  const blank = fc.integer({ min: 1, max: 6 }).map((n) => Array.from({ length: n }, () => [] as CellValue[]));
  const line = fc.constantFrom(...TITLES, ...SECTIONS).map((t) => [[t] as CellValue[]]);
  const noise = fc.array(cellValue, { maxLength: width + 2 }).map((r) => [r]);
  return fc.oneof(
    { weight: 12, arbitrary: task },
    { weight: 2, arbitrary: blank },
    { weight: 1, arbitrary: line },
    { weight: 2, arbitrary: noise },
  );
}

/**
 * Now and then (one sheet in HUGE_ONE_IN) one cell of a task row is huge: long cells are rare in plans and
 * costly to read, and the suite must stay well under a minute.
 */
const HUGE_ONE_IN = 40;
function withHugeCell(rows: CellValue[][], headerAt: number, headerHeight: number, width: number): fc.Arbitrary<CellValue[][]> {
  const first = headerAt + headerHeight;
  if (rows.length <= first) return fc.constant(rows);
  return fc.oneof(
    { weight: HUGE_ONE_IN - 1, arbitrary: fc.constant(rows) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.integer({ min: first, max: rows.length - 1 }), fc.nat(Math.max(width - 1, 0)), hugeText)
        .map(([r, c, text]) => {
          const copy = rows.map((row) => [...row]);
          const row = copy[r] as CellValue[];
          while (row.length <= c) row.push(null);
          row[c] = text;
          return copy;
        }),
    },
  );
}

/** Places a block of rows at a column offset (tables side by side). */
function beside(left: CellValue[][], right: CellValue[][], gap: number): CellValue[][] {
  const width = Math.max(0, ...left.map((r) => r.length));
  const n = Math.max(left.length, right.length);
  return Array.from({ length: n }, (_, i) => {
    const l = [...(left[i] ?? [])];
    const r = right[i] ?? [];
    if (r.length === 0) return l;
    while (l.length < width + gap) l.push(null);
    return [...l, ...r];
  });
}

/** One sheet: title lines, a plan-like table (sometimes two side by side, sometimes a second one below), merges. */
export const sheetData: fc.Arbitrary<SheetData> = sheetShape.chain((shape) =>
  fc
    .record({
      name: fc.oneof(fc.constantFrom("Phụ lục", "Sheet1", "PL I", "Danh mục cơ quan", "Tổng hợp"), fc.string({ maxLength: 12 })),
      titles: fc.array(fc.oneof(fc.constantFrom(...TITLES), planWord), { maxLength: 4 }),
      header: headerRows(shape),
      body: fc.array(bodyRow(shape, shape.header.length), { minLength: 2, maxLength: 16 }),
      right: fc.array(bodyRow(shape, shape.header.length), { maxLength: 8 }),
      gap: fc.integer({ min: 1, max: 2 }),
      below: fc.option(fc.array(bodyRow(shape, shape.header.length), { maxLength: 8 }), { nil: undefined, freq: 3 }),
      hidden: fc.oneof({ weight: 9, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
    })
    .chain((s) => {
      const table = [...s.header.rows, ...s.body.flat()];
      const rows: CellValue[][] = [
        ...s.titles.map((t) => [t]),
        ...(shape.sideBySide ? beside(table, [...s.header.rows, ...s.right.flat()], s.gap) : table),
        ...(s.below ? [[], ["PHỤ LỤC II"], ...s.header.rows, ...s.below.flat()] : []),
      ];
      const headerAt = s.titles.length;
      const own = s.header.merges.map((m) => ({ top: m.top + headerAt, left: m.left, bottom: m.bottom + headerAt, right: m.right }));
      const width = Math.max(1, ...rows.map((r) => r.length));
      return fc
        .tuple(
          withHugeCell(rows, headerAt, s.header.rows.length, shape.header.length),
          fc.array(mergeArea(rows.length, width), { maxLength: 6 }),
        )
        .map(([cells, merges]): SheetData => ({
          name: s.name,
          rows: cells,
          merges: [...own, ...merges],
          ...(s.hidden ? { hidden: true } : {}),
        }));
    }),
);

/** A grid of nothing but random cells (no plan shape at all). */
export const noiseSheet: fc.Arbitrary<SheetData> = fc
  .record({
    rows: fc.array(fc.array(cellValue, { maxLength: 10 }), { maxLength: 25 }),
    name: fc.string({ maxLength: 10 }),
  })
  .chain(({ rows, name }) => fc.array(mergeArea(rows.length, 10), { maxLength: 5 }).map((merges): SheetData => ({ name, rows, merges })));

/** A workbook of one sheet (now and then two, the same table repeated on both), mostly plan-like. */
const oneSheet = fc.oneof({ weight: 5, arbitrary: sheetData }, { weight: 1, arbitrary: noiseSheet });
export const workbook: fc.Arbitrary<WorkbookData> = fc
  .oneof(
    { weight: 6, arbitrary: oneSheet.map((s) => [s]) },
    { weight: 1, arbitrary: fc.tuple(oneSheet, oneSheet) },
    { weight: 1, arbitrary: sheetData.map((s) => [s, { ...s, name: `${s.name} (2)` }]) },
  )
  .map((sheets): WorkbookData => ({ name: "fuzz.xlsx", sheets }));
