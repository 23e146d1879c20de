import { Role } from "../plan/types";
import { BoundedMemo } from "../text/bounded-memo";
import { foldKey } from "../text/normalize";

/**
 * Header wordings → column roles. Matching is on foldKey (no case, diacritics or punctuation), so
 * "THỜI GIAN HOÀN THÀNH", "Thời gian hoàn thành" and an NFD "Thoi gian hoan thanh" are the same. The
 * lists grow from real tables (spec §1, §6); order matters: the first family that matches wins.
 *
 * Besides the six roles, two columns of today's plans get roles of their own: the status of a task
 * ("Kết quả thực hiện", "Tình hình thực hiện": what progress tracking reads) and the person answerable for it
 * ("Người đứng đầu chịu trách nhiệm", "Lãnh đạo phụ trách"). Neither is ever the product or the lead.
 */
export type AuxRole = "status" | "responsible";
export type HeaderRole = Role | AuxRole | "extra";

interface RoleRule {
  readonly role: HeaderRole;
  readonly test: (key: string, parentKey: string) => boolean;
}

const has = (key: string, ...words: string[]) => words.some((w) => ` ${key} `.includes(` ${w} `));

const RULES: readonly RoleRule[] = [
  // What was done, as reported: read by tracking, never taken for the deliverable ("Kết quả" alone is one).
  { role: "status", test: (k) => has(k, "ket qua thuc hien", "tinh hinh thuc hien", "tinh trang", "trang thai", "ket qua trien khai") },
  // Who answers for the task in person: not an agency cell.
  {
    role: "responsible",
    test: (k) =>
      has(k, "nguoi dung dau", "lanh dao phu trach", "nguoi chiu trach nhiem", "lanh dao chi dao") || /^lanh dao .* phu trach$/.test(k),
  },
  // Columns real tables add that must never be taken for one of the six (spec: "keep them; never flag them").
  { role: "extra", test: (k) => has(k, "ghi chu", "kinh phi", "nguon kinh phi", "du toan", "nguon von") },
  // A start date next to the due date ("Thời gian" over "Bắt đầu" | "Hoàn thành") is not the deadline.
  { role: "extra", test: (k) => has(k, "bat dau", "khoi cong") },
  { role: "tt", test: (k) => /^(s ?tt|so tt|so thu tu|thu tu|tt)$/.test(k) },
  { role: "lead", test: (k) => has(k, "chu tri") },
  { role: "support", test: (k) => has(k, "phoi hop") },
  {
    role: "product",
    test: (k) =>
      has(k, "san pham", "hinh thuc van ban", "ket qua dau ra", "hinh thuc san pham") ||
      /^ket qua( du kien| dat duoc| can dat)?( dat duoc)?$/.test(k) ||
      /^ket qua san pham/.test(k),
  },
  {
    role: "deadline",
    test: (k, parent) =>
      has(k, "thoi gian", "thoi han", "tien do", "moc thoi gian", "lo trinh") ||
      (has(k, "hoan thanh") && (parent === "" || has(parent, "thoi gian", "thoi han", "tien do"))),
  },
  // "Đơn vị chịu trách nhiệm (phổ biến)", "Cơ quan chịu trách nhiệm": the one accountable body.
  { role: "lead", test: (k) => /^(don vi|co quan|co quan don vi) chiu trach nhiem\b/.test(k) || k === "trach nhiem thuc hien" },
  // "Phân công nhiệm vụ" names who is assigned, not the task.
  { role: "lead", test: (k, parent) => parent === "" && /^phan cong( nhiem vu| thuc hien)?$/.test(k) },
  {
    role: "task",
    test: (k) =>
      has(k, "nhiem vu", "noi dung", "cong viec", "giai phap", "hoat dong", "ten de an", "chi tieu", "de an", "nhom nhiem vu") ||
      // "Tên thông tin thống kê", "Tên dự án": what the row is about (not "Tên cơ quan", "Tên đơn vị").
      (/^ten\s/.test(k) && !/^ten (co quan|don vi|to chuc|nguoi|thu tuc|van ban)/.test(k)),
  },
  // "Cơ quan thực hiện" with no "Chủ trì | Phối hợp" under it names the one agency that does the task.
  { role: "lead", test: (k, parent) => parent === "" && /^(co quan|don vi|co quan don vi|co quan to chuc) thuc hien( chinh)?$/.test(k) },
];

/** Longest header text we accept: header cells are short; a long cell is a task, not a header. */
const MAX_HEADER_WORDS = 9;
/** Nine words of a header are far shorter than this (spaces and line breaks included). */
const MAX_HEADER_CHARS = 400;

/** The role a header cell names, "extra" for a known non-role column, null when it is not a header word. */
export function headerRole(text: string, parentText = ""): HeaderRole | null {
  // Asked of every cell of the header search's rows, and again of a body row's cells when it may be the header
  // repeated: remembered, but only for texts short enough to be header words, checked before a key is built —
  // a task's long text is worked out each time (cheap: it fails the length or word test) and never stored.
  if (text.length > MAX_MEMO_CHARS || parentText.length > MAX_MEMO_CHARS) return findRole(text, parentText);
  return ROLE_MEMO.get(`${parentText}\u0000${text}`, () => findRole(text, parentText));
}

/** Longest text (and parent text) remembered: real header wordings are under 100 characters. */
const MAX_MEMO_CHARS = 200;
/** Module-wide, so it lives as long as the pane: bounded in entries, key length and all keys' characters. */
const ROLE_MEMO = new BoundedMemo<HeaderRole | null>({ entries: 5_000, keyChars: 2 * MAX_MEMO_CHARS + 1, totalChars: 500_000 });

/** For tests: how much the memo holds. */
export function headerRoleMemoFootprint(): { entries: number; chars: number; longestKey: number } {
  return ROLE_MEMO.footprint();
}

function findRole(text: string, parentText: string): HeaderRole | null {
  // Header cells are short: a long cell is no header, said before folding all of it.
  if (text.length > MAX_HEADER_CHARS) return null;
  const key = foldKey(text);
  if (key === "" || key.split(" ").length > MAX_HEADER_WORDS) return null;
  const parentKey = foldKey(parentText);
  for (const rule of RULES) if (rule.test(key, parentKey)) return rule.role;
  return null;
}

/**
 * "Tiến độ thực hiện" is the deadline of a plan that has no other, and the progress of one that has: a
 * table with "Thời gian hoàn thành" and "Tiến độ thực hiện" reports progress in the second.
 */
export function isProgressWording(text: string): boolean {
  const k = foldKey(text);
  return has(k, "tien do") && !has(k, "thoi gian", "thoi han", "moc thoi gian", "hoan thanh");
}

/**
 * A list of administrative procedures ("Tên thủ tục hành chính | Thời hạn giải quyết | Địa điểm thực hiện"): not
 * a plan, though it looks like a table of tasks. Said in one line rather than "no table".
 */
export function isProcedureListHeader(texts: readonly string[]): boolean {
  const keys = texts.map(foldKey);
  const procedure = keys.some((k) => has(k, "thu tuc hanh chinh", "ma thu tuc", "ten thu tuc"));
  const handling = keys.some((k) => has(k, "thoi han giai quyet", "dia diem thuc hien", "phi le phi", "co quan giai quyet"));
  return procedure && handling;
}
