import { leadingKey, leadingWords } from "../text/leading-words";

/**
 * Second cut: a segment into pieces at the joints that may or may not separate agencies — ",", " và ",
 * " - ". Whether "Sở Văn hóa, Thể thao và Du lịch" is one name or three is decided later, against the
 * directory (resolve.ts); here we only remember each joint so the pieces can be put back as written.
 */

export interface Piece {
  readonly text: string;
  /** The joint written before this piece ("" for the first). */
  readonly joint: string;
}

// "/" joins agencies too ("Sở Tư pháp/Sở Nội vụ", "UBND các tỉnh/thành phố"); and a line break lost between two
// names leaves "Sở Tài chính Sở Nội vụ": a space before a capitalised office word ("Sở", "UBND", "Bộ" …) is a
// joint. Whether the pieces are one name or two is decided against the directory, as for any joint.
const JOINT = /\s*,\s*|\s+(?:và|Và|VÀ)\s+|\s+-\s+|\s*\/\s*|\s+(?=(?:Sở|UBND|Bộ|Ủy ban nhân dân|Công an|Ban Quản lý) \p{Lu})/gu;

export function cutPieces(segment: string): Piece[] {
  const pieces: Piece[] = [];
  let last = 0;
  let joint = "";
  let m: RegExpExecArray | null;
  JOINT.lastIndex = 0;
  while ((m = JOINT.exec(segment)) !== null) {
    pieces.push({ text: segment.slice(last, m.index).trim(), joint });
    joint = m[0];
    last = m.index + m[0].length;
  }
  pieces.push({ text: segment.slice(last).trim(), joint });
  // Empty pieces come from doubled or trailing commas ("Tư pháp, Nội vụ,"): they name nothing.
  return pieces.filter((p) => p.text !== "");
}

/** Pieces i..j put back together as written. */
export function joinPieces(pieces: readonly Piece[], i: number, j: number): string {
  let s = pieces[i]!.text;
  for (let k = i + 1; k <= j; k++) s += pieces[k]!.joint + pieces[k]!.text;
  return s;
}

export function jointKind(joint: string): "comma" | "and" | "dash" | "none" {
  if (joint === "") return "none";
  if (joint.includes(",")) return "comma";
  if (joint.includes("-")) return "dash";
  return "and";
}

// How names of agencies and groups begin (folded). A piece starting like this is a new agency, never a remark
// about the previous one. Words that also begin remarks are left out: "tổng hợp" (not "Tổng cục"),
// "chi nhánh thành phố" (not "Chi cục"), "báo cáo" (not "Báo tỉnh").
const HEADS = [
  "cac",
  "so",
  "phong",
  "ban",
  "bo",
  "co quan",
  "don vi",
  "ubnd",
  "uy ban",
  "van phong",
  "doanh nghiep",
  "dia phuong",
  "hoi",
  "doan",
  "trung tam",
  "cuc",
  "chi cuc",
  "cong an",
  "bao hiem",
  "kho bac",
  "ngan hang",
  "thanh tra",
  "buu dien",
  "dai",
  "vnpt",
  "viettel",
  "mat tran",
  "ubmttq",
  "mttq",
  "lien doan",
  "lien minh",
  "hdnd",
  "tinh uy",
  "tinh doan",
  "vp",
  "bhxh",
  "vien",
  "truong",
  "toa an",
  "tong cuc",
  "quy",
  "thuong truc",
  "chu tich",
  "bao",
];
const HEAD_SET = new Set(HEADS);
const NOT_HEADS = new Set(["bao cao", "chi nhanh", "tong hop"]);

export function startsWithHeadWord(text: string): boolean {
  // Heads are one or two words: only the first folded words are read, whatever the length of the text.
  const words = leadingKey(text, 2).split(" ");
  const one = words[0] ?? "";
  const two = words.length > 1 ? `${one} ${words[1]}` : one;
  if (NOT_HEADS.has(two)) return false;
  return HEAD_SET.has(one) || HEAD_SET.has(two);
}

// Words that name a level of government or a place (written in lower case, diacritics kept: "quận" is not
// "quản", "xã" is not "xã hội"). Text starting with one of them qualifies the name before it ("Văn phòng UBND
// huyện", "Sở Tư pháp huyện", "Phòng Nội vụ thành phố"): that is for the level and place logic (locality.ts),
// never a remark to be dropped into a note — or "Văn phòng UBND | huyện" would read as the province's office.
const PLACE_LEVEL =
  /^(?:tỉnh|huyện|quận|thị xã|thành phố|tp|tx|xã(?! hội)|phường|thị trấn|đặc khu|cấp (?:tỉnh|huyện|quận|thị xã|thành phố|xã|phường|thị trấn|cơ sở|trung ương))(?![\p{L}\p{N}])/u;

/** True when the text starts with a place or level word ("huyện", "thành phố Quảng Ngãi", "cấp xã"). */
export function startsWithPlaceWord(text: string): boolean {
  return PLACE_LEVEL.test(leadingWords(text, 4).toLowerCase());
}

/** A piece that cannot begin an agency's name: lower case, no head word ("phường", "thể thao", "triển khai"). */
export function cannotStartName(text: string): boolean {
  return /^\p{Ll}/u.test(text) && !startsWithHeadWord(text);
}

/**
 * A piece that reads as a remark about the previous agency ("triển khai", "theo dõi chung …"), not a name:
 * it cannot start a name, and it does not start with a place or level word either.
 */
export function isRemark(text: string): boolean {
  return cannotStartName(text) && !startsWithPlaceWord(text);
}
