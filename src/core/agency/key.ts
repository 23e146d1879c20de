import { displayText } from "../text/normalize";

/**
 * The matching key of an agency name. Two wordings get the same key when a reader would call them the same
 * name: case, NFC/NFD, tone placement, spacing and punctuation do not matter; "&", "-" and "và" are all just
 * joints ("Lao động - Thương binh và Xã hội" = "Lao động Thương binh Xã hội"); abbreviations written in
 * capitals run together ("TT&TT" = "TTTT", "KH-ĐT" = "KHĐT"), so that generated initials (see variants.ts) meet
 * them; and a few fixed abbreviations are spelled out ("UBND", "HĐND", "VP", "TP").
 */

// Abbreviations that mean the same words wherever they appear. Only unambiguous ones: "TT" (thông tin,
// truyền thông, thị trấn…) or "MT" are left to the generated variants, which know their context.
const EXPANSIONS: Readonly<Record<string, string>> = {
  ubnd: "uy ban nhan dan",
  hdnd: "hoi dong nhan dan",
  vp: "van phong",
  tp: "thanh pho",
  tx: "thi xa",
  dbqh: "dai bieu quoc hoi",
  mttq: "mat tran to quoc",
  ubmttq: "uy ban mat tran to quoc",
  ubmttqvn: "uy ban mat tran to quoc viet nam",
  bhxh: "bao hiem xa hoi",
  kbnn: "kho bac nha nuoc",
  nhnn: "ngan hang nha nuoc",
  qltt: "quan ly thi truong",
  ptth: "phat thanh truyen hinh",
  bchqs: "bo chi huy quan su",
  dk: "dang ky",
  qsdd: "quyen su dung dat",
  tw: "trung uong",
  vn: "viet nam",
  cchc: "cai cach hanh chinh",
  hcc: "hanh chinh cong",
  kkt: "khu kinh te",
  kcn: "khu cong nghiep",
  bql: "ban quan ly",
  tnhh: "trach nhiem huu han",
  lhpn: "lien hiep phu nu",
  ldld: "lien doan lao dong",
  tncs: "thanh nien cong san",
  ccb: "cuu chien binh",
};

const VOWELS = /[aeiouyàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/iu;

export interface KeyToken {
  readonly word: string; // folded
  readonly abbr: boolean; // written as a capital abbreviation: runs together with its neighbours
}

/** Lower case, no diacritics, "đ" → "d". */
export function foldWord(word: string): string {
  return word.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d");
}

/** Splits a name into folded tokens, telling capital abbreviations ("TT", "KHĐT") from words. */
export function keyTokens(text: string): KeyToken[] {
  const shown = displayText(text);
  const raw = shown.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== "");
  // In a text written all in capitals ("SỞ TƯ PHÁP") a capital token is only an abbreviation when it has no
  // vowel ("TT", "ĐT"); in ordinary text any capital token of two letters or more is one ("UBND", "Sở TTTT").
  const allCaps = !/\p{Ll}/u.test(shown);
  const tokens: KeyToken[] = [];
  for (const w of raw) {
    const isCaps = /\p{Lu}/u.test(w) && !/\p{Ll}/u.test(w);
    const abbr = isCaps && w.length >= 2 && (!allCaps || !VOWELS.test(w));
    const word = foldWord(w);
    if (word === "va") continue; // "và" is a joint, like "&" and "-"
    tokens.push({ word, abbr });
  }
  return tokens;
}

function expand(tokens: KeyToken[]): KeyToken[] {
  const out: KeyToken[] = [];
  for (const t of tokens) {
    const e = EXPANSIONS[t.word];
    if (e) for (const w of e.split(" ")) out.push({ word: w, abbr: false });
    else out.push(t);
  }
  return out;
}

/** Runs adjacent abbreviations together: "tt" "tt" → "tttt". */
export function joinAbbreviations(tokens: readonly KeyToken[]): KeyToken[] {
  const out: KeyToken[] = [];
  for (const t of tokens) {
    const last = out[out.length - 1];
    if (t.abbr && last?.abbr) out[out.length - 1] = { word: last.word + t.word, abbr: true };
    else out.push(t);
  }
  return out;
}

/** Key from tokens (already folded): expand fixed abbreviations, join capital runs, expand the runs again. */
export function keyFromTokens(tokens: readonly KeyToken[]): string {
  return expand(joinAbbreviations(expand([...tokens])))
    .map((t) => t.word)
    .join(" ");
}

/** The matching key of a name (see the module comment). */
export function agencyKey(text: string): string {
  return keyFromTokens(keyTokens(text));
}
