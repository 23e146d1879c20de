import { SheetData, WorkbookData } from "../workbook/model";
import { cellText } from "../workbook/grid";
import { displayText, foldKey } from "../text/normalize";
import { AgencyKind, AgencyLevel, UserAgencyEntry } from "./types";

/**
 * Users keep their own agencies in the workbook, on a sheet named "Danh mục cơ quan" with the columns
 * "Tên chuẩn" (canonical name) and "Tên gọi khác" (other names, separated by ";" or line breaks), and
 * optionally "Loại" (cơ quan / nhóm) and "Cấp" (trung ương / tỉnh / huyện / xã). A bad row is reported and
 * skipped: one typo must not stop the check of the whole plan.
 */

export const USER_AGENCY_SHEET = "Danh mục cơ quan";

export interface UserAgencyProblem {
  /** 1-based sheet row, 0 for problems with the sheet as a whole. */
  readonly row: number;
  readonly code: "NO_HEADER" | "MISSING_CANONICAL" | "BAD_KIND" | "BAD_LEVEL" | "DUPLICATE";
  /** Vietnamese, for the user. */
  readonly message: string;
}

export interface UserAgencySheet {
  readonly entries: UserAgencyEntry[];
  readonly problems: UserAgencyProblem[];
}

const HEADERS = {
  canonical: ["ten chuan", "ten chinh thuc", "ten co quan", "canonical", "canonical name"],
  aliases: ["ten goi khac", "ten khac", "ten viet tat", "bi danh", "aliases", "other names"],
  kind: ["loai", "kind"],
  level: ["cap", "level"],
} as const;

const KINDS: Record<string, AgencyKind> = { "co quan": "agency", agency: "agency", "don vi": "agency", nhom: "group", group: "group" };
const LEVELS: Record<string, AgencyLevel> = {
  "trung uong": "central",
  tw: "central",
  central: "central",
  tinh: "province",
  "cap tinh": "province",
  province: "province",
  huyen: "district",
  "cap huyen": "district",
  district: "district",
  xa: "commune",
  "cap xa": "commune",
  commune: "commune",
  "": "any",
  any: "any",
};

/**
 * True for the name of the user's agency sheet, matched loosely (case, marks, spacing: "Danh mục Cơ quan",
 * "DANH MUC CO QUAN"). The one test for it: finding the sheet here and leaving it out of the plan check both
 * use it, so the two never disagree.
 */
export function isUserAgencySheetName(name: string): boolean {
  return foldKey(name) === foldKey(USER_AGENCY_SHEET);
}

/** The sheet holding the user's agencies, if the workbook has one (see isUserAgencySheetName). */
export function findUserAgencySheet(workbook: WorkbookData): SheetData | undefined {
  return workbook.sheets.find((s) => isUserAgencySheetName(s.name));
}

function findHeader(sheet: SheetData): { row: number; cols: Partial<Record<keyof typeof HEADERS, number>> } | undefined {
  // The header is within the first rows (a title row may come first).
  for (let r = 0; r < Math.min(sheet.rows.length, 10); r++) {
    const cols: Partial<Record<keyof typeof HEADERS, number>> = {};
    (sheet.rows[r] ?? []).forEach((v, c) => {
      const k = foldKey(cellText(v));
      for (const [role, names] of Object.entries(HEADERS) as Array<[keyof typeof HEADERS, readonly string[]]>) {
        if (cols[role] === undefined && names.includes(k)) cols[role] = c;
      }
    });
    if (cols.canonical !== undefined) return { row: r, cols };
  }
  return undefined;
}

function splitAliases(text: string): string[] {
  return text
    .split(/[;\n\r]+/u)
    .map((a) => displayText(a))
    .filter((a) => a !== "");
}

/** Reads the sheet: entries plus the problems found (never throws). */
export function readUserAgencySheet(sheet: SheetData): UserAgencySheet {
  const problems: UserAgencyProblem[] = [];
  const entries: UserAgencyEntry[] = [];
  const header = findHeader(sheet);
  if (!header) {
    problems.push({ row: 0, code: "NO_HEADER", message: `Trang "${sheet.name}" không có cột "Tên chuẩn".` });
    return { entries, problems };
  }
  const { cols } = header;
  const seen = new Map<string, number>();
  for (let r = header.row + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    const at = (c: number | undefined) => (c === undefined ? "" : cellText(row[c] ?? null));
    const canonical = displayText(at(cols.canonical));
    const aliases = splitAliases(at(cols.aliases));
    const kindText = foldKey(at(cols.kind));
    const levelText = foldKey(at(cols.level));
    if (canonical === "" && aliases.length === 0 && kindText === "" && levelText === "") continue; // blank row
    const rowNo = r + 1;
    if (canonical === "") {
      problems.push({
        row: rowNo,
        code: "MISSING_CANONICAL",
        message: `Dòng ${rowNo}: thiếu tên chuẩn (tên gọi khác: ${aliases.join("; ")}).`,
      });
      continue;
    }
    const kind = kindText === "" ? undefined : KINDS[kindText];
    if (kindText !== "" && !kind) {
      problems.push({
        row: rowNo,
        code: "BAD_KIND",
        message: `Dòng ${rowNo}: loại "${at(cols.kind)}" không rõ — ghi "cơ quan" hoặc "nhóm".`,
      });
    }
    const level = LEVELS[levelText];
    if (!level) {
      problems.push({
        row: rowNo,
        code: "BAD_LEVEL",
        message: `Dòng ${rowNo}: cấp "${at(cols.level)}" không rõ — ghi trung ương, tỉnh, huyện hoặc xã.`,
      });
    }
    const key = foldKey(canonical);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.push({
        row: rowNo,
        code: "DUPLICATE",
        message: `Dòng ${rowNo}: "${canonical}" đã có ở dòng ${earlier}; các tên gọi khác được gộp vào.`,
      });
      const i = entries.findIndex((e) => foldKey(e.canonical) === key);
      const prev = entries[i]!;
      entries[i] = { ...prev, aliases: [...prev.aliases, ...aliases] };
      continue;
    }
    seen.set(key, rowNo);
    entries.push({
      canonical,
      aliases,
      ...(kind ? { kind } : {}),
      ...(level && level !== "any" ? { level } : {}),
    });
  }
  return { entries, problems };
}

/**
 * The user's agencies from the sheet "Danh mục cơ quan". Problems are appended to `problems` when given;
 * the rows they concern are skipped (or, for a repeated name, merged).
 */
export function readUserAgencies(sheet: SheetData, problems?: UserAgencyProblem[]): UserAgencyEntry[] {
  const r = readUserAgencySheet(sheet);
  if (problems) problems.push(...r.problems);
  return r.entries;
}
