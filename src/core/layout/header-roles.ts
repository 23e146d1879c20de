import { Role } from "../plan/types";
import { foldKey } from "../text/normalize";

/**
 * Header wordings → column roles. Matching is on foldKey (no case, diacritics or punctuation), so
 * "THỜI GIAN HOÀN THÀNH", "Thời gian hoàn thành" and an NFD "Thoi gian hoan thanh" are the same. The
 * lists grow from real tables (spec §1); order matters: the first family that matches wins.
 */
interface RoleRule {
  readonly role: Role | "extra";
  readonly test: (key: string, parentKey: string) => boolean;
}

const has = (key: string, ...words: string[]) => words.some((w) => ` ${key} `.includes(` ${w} `));

const RULES: readonly RoleRule[] = [
  // Columns real tables add that must never be taken for one of the six (spec: "keep them; never flag them").
  { role: "extra", test: (k) => has(k, "ghi chu", "kinh phi", "nguon kinh phi", "ket qua thuc hien", "tinh trang", "du toan") },
  // A start date next to the due date ("Thời gian" over "Bắt đầu" | "Hoàn thành") is not the deadline.
  { role: "extra", test: (k) => has(k, "bat dau", "khoi cong") },
  { role: "tt", test: (k) => /^(s ?tt|so tt|so thu tu|thu tu|tt)$/.test(k) },
  { role: "lead", test: (k) => has(k, "chu tri") },
  { role: "support", test: (k) => has(k, "phoi hop") },
  { role: "product", test: (k) => has(k, "san pham", "hinh thuc van ban", "ket qua dau ra", "hinh thuc san pham") },
  {
    role: "deadline",
    test: (k, parent) =>
      has(k, "thoi gian", "thoi han", "tien do", "moc thoi gian") ||
      (has(k, "hoan thanh") && (parent === "" || has(parent, "thoi gian", "thoi han", "tien do"))),
  },
  { role: "task", test: (k) => has(k, "nhiem vu", "noi dung", "cong viec", "giai phap", "hoat dong", "ten de an") },
  // "Cơ quan thực hiện" with no "Chủ trì | Phối hợp" under it names the one agency that does the task.
  { role: "lead", test: (k, parent) => parent === "" && /^(co quan|don vi|co quan don vi) thuc hien( chinh)?$/.test(k) },
];

/** Longest header text we accept: header cells are short; a long cell is a task, not a header. */
const MAX_HEADER_WORDS = 9;

/** The role a header cell names, "extra" for a known non-role column, null when it is not a header word. */
export function headerRole(text: string, parentText = ""): Role | "extra" | null {
  const key = foldKey(text);
  if (key === "" || key.split(" ").length > MAX_HEADER_WORDS) return null;
  const parentKey = foldKey(parentText);
  for (const rule of RULES) if (rule.test(key, parentKey)) return rule.role;
  return null;
}
