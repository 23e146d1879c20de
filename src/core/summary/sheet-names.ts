/**
 * Excel sheet names: at most 31 characters, none of : \ / ? * [ ], not blank, not starting or ending with an
 * apostrophe, not "History" (reserved), unique in the workbook compared case-insensitively. The add-in writes
 * into a user's workbook, so a name must also avoid every sheet the user already has: never overwrite.
 */

export const SHEET_NAME_MAX = 31;
export const AGENCY_SHEET_PREFIX = "Nhiệm vụ – ";

const FORBIDDEN = /[:\\/?*]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/** How Excel compares sheet names: case-insensitive (and we treat NFC/NFD spellings as the same name). */
export function sheetNameKey(name: string): string {
  return name.normalize("NFC").toLocaleUpperCase("vi");
}

/** Cuts to at most `max` UTF-16 units without splitting a surrogate pair, and trims what is left. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return text.slice(0, end).trimEnd();
}

/** Shortens at a word boundary, marking the cut with "…", when text is longer than max. */
export function truncateWords(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = cut(text, max - 1);
  const space = Math.max(room.lastIndexOf(" "), room.lastIndexOf(","));
  // Keep a word boundary only when it does not throw away most of the room.
  const head = space >= Math.floor(max / 2) ? room.slice(0, space) : room;
  return `${head.replace(/[\s,;–-]+$/u, "")}…`;
}

/** Replaces the characters Excel forbids in a sheet name; does not shorten. */
function sanitize(raw: string): string {
  return raw
    .normalize("NFC")
    .replace(CONTROL, " ")
    .replace(/\[/g, "(")
    .replace(/\]/g, ")")
    .replace(FORBIDDEN, "-")
    .replace(/\s+/g, " ")
    .trim();
}

/** Removes what Excel forbids; the result is a legal name on its own (not yet unique). */
export function cleanSheetName(raw: string): string {
  let name = cut(sanitize(raw), SHEET_NAME_MAX)
    .replace(/^'+|'+$/g, "")
    .trim();
  if (name === "") name = "Trang";
  if (sheetNameKey(name) === "HISTORY") name = "History (1)";
  return name;
}

/**
 * Readable short forms for the words of Vietnamese agency names, applied one at a time, in this order,
 * only while the name is still too long: "Văn phòng UBND tỉnh" stays whole, "Sở Thông tin và Truyền thông"
 * becomes "Sở TT&TT".
 */
const ABBREVIATIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?:Ủy|Uỷ) ban nhân dân/giu, "UBND"],
  [/Hội đồng nhân dân/giu, "HĐND"],
  [/Thông tin và Truyền thông/giu, "TT&TT"],
  [/Lao động\s*[-–,]?\s*Thương binh và Xã hội/giu, "LĐTB&XH"],
  [/Kế hoạch và Đầu tư/giu, "KH&ĐT"],
  [/Khoa học và Công nghệ/giu, "KH&CN"],
  [/Tài nguyên và Môi trường/giu, "TN&MT"],
  [/Giáo dục và Đào tạo/giu, "GD&ĐT"],
  [/Nông nghiệp và Phát triển nông thôn/giu, "NN&PTNT"],
  [/Nông nghiệp và Môi trường/giu, "NN&MT"],
  [/Văn (?:hóa|hoá), Thể thao và Du lịch/giu, "VHTT&DL"],
  [/Giao thông vận tải/giu, "GTVT"],
  [/Đoàn đại biểu Quốc hội/giu, "Đoàn ĐBQH"],
  [/Mặt trận Tổ quốc/giu, "MTTQ"],
  [/Bảo hiểm xã hội/giu, "BHXH"],
  [/Văn phòng/gu, "VP"],
  [/(?<!\p{L})thành phố(?!\p{L})/giu, "TP"],
  [/(?<!\p{L})thị xã(?!\p{L})/giu, "TX"],
  [/(?<!\p{L})thị trấn(?!\p{L})/giu, "TT"],
  [/(?<!\p{L})có liên quan(?!\p{L})/giu, "liên quan"],
  [/(?<!\p{L})cơ quan(?!\p{L})/giu, "CQ"],
  [/(?<!\p{L})đơn vị(?!\p{L})/giu, "ĐV"],
  [/(?<!\p{L})doanh nghiệp(?!\p{L})/giu, "DN"],
  // The level word at the end is implied by the plan ("VP UBND" in a provincial plan is the province's).
  [/ tỉnh$/u, ""],
  [/, /g, ","],
];

/** An agency name shortened to at most `max` characters: known abbreviations first, then a marked cut. */
export function shortenAgencyName(name: string, max: number): string {
  let short = name.normalize("NFC").replace(/\s+/g, " ").trim();
  for (const [pattern, replacement] of ABBREVIATIONS) {
    if (short.length <= max) return short;
    short = short.replace(pattern, replacement);
  }
  return short.length <= max ? short : truncateWords(short, max);
}

/** "Nhiệm vụ – Sở TT&TT": the list sheet of one agency, before uniqueness is ensured. */
export function agencySheetName(agency: string): string {
  const clean = sanitize(agency);
  return cleanSheetName(AGENCY_SHEET_PREFIX + shortenAgencyName(clean, SHEET_NAME_MAX - AGENCY_SHEET_PREFIX.length));
}

/**
 * Hands out unique, legal sheet names. Deterministic: the same taken names and the same sequence of wishes
 * give the same names. A clash gets " (2)", " (3)" …, shortening the wish so the whole stays within 31.
 */
export class SheetNamer {
  private readonly used = new Set<string>();

  constructor(taken: Iterable<string> = []) {
    for (const t of taken) this.used.add(sheetNameKey(t));
  }

  isTaken(name: string): boolean {
    return this.used.has(sheetNameKey(name));
  }

  claim(wanted: string): string {
    const base = cleanSheetName(wanted);
    let name = base;
    for (let n = 2; this.isTaken(name); n++) {
      const suffix = ` (${n})`;
      name = cleanSheetName(`${cut(base, SHEET_NAME_MAX - suffix.length)}${suffix}`);
    }
    this.used.add(sheetNameKey(name));
    return name;
  }
}
