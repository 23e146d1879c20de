import { builtinData } from "../agency/directory";
import { isCentralCity, mergedInto, provinceOfCommune } from "../agency/admin-units";
import { foldKey, oneLine } from "../text/normalize";

/**
 * Who issued a plan, at which level, and when — read from the lines above its table: the issuer block
 * ("ỦY BAN NHÂN DÂN" over "TỈNH GIA LAI", "BỘ TƯ PHÁP", "THỦ TƯỚNG CHÍNH PHỦ", "UBND XÃ …"), the
 * place-and-date line ("Hà Nội, ngày 15 tháng 01 năm 2026") and, in an appendix that carries only its own
 * title, the citation of the plan it belongs to ("(Kèm theo Kế hoạch số 12/KH-UBND ngày 24/12/2025 của UBND
 * tỉnh)"). Reading depends on it: "Công an Thành phố" in a plan of TP Hồ Chí Minh is a province-level body, and
 * a body abolished before the plan's date is a mistake to report. Nothing is guessed: what the lines do not
 * say stays null, and the report shows what was read.
 */

export type IssuerLevel = "central" | "province" | "district" | "commune";
export type IssuerKind = "government" | "prime-minister" | "ministry" | "people-committee" | "council" | "party" | "other";

export interface PlanIssuer {
  /** As a reader would write it: "UBND tỉnh Gia Lai", "Bộ Tư pháp", "Thủ tướng Chính phủ". */
  readonly name: string;
  readonly level: IssuerLevel;
  readonly kind: IssuerKind;
  /** The province, city or commune named ("Gia Lai", "Hồ Chí Minh", "phường Bến Nghé"), when written. */
  readonly place?: string;
  /** A centrally-run city: its "Thành phố", "Công an Thành phố" are province-level. */
  readonly centralCity?: boolean;
  /** Where it was read: the issuer block at the top, or the citation of the plan in an appendix title. */
  readonly from: "header" | "citation";
}

export interface PlanContext {
  readonly issuer: PlanIssuer | null;
  /** ISO date of the plan ("2025-12-24"), or "2025-12" when the day is left blank in the text. */
  readonly date: string | null;
  readonly dateFrom: "place-date" | "citation" | null;
}

/** Lower case, no diacritics, "đ" → "d"; punctuation kept (unlike foldKey) so dates and commas still show. */
function fold(text: string): string {
  return oneLine(text).toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d");
}

/** "GIA LAI" → "Gia Lai", "HỒ CHÍ MINH" → "Hồ Chí Minh", "BÀ RỊA - VŨNG TÀU" → "Bà Rịa - Vũng Tàu". */
function placeCase(text: string): string {
  return oneLine(text)
    .toLowerCase()
    .split(" ")
    .map((w) => (/^\p{L}/u.test(w) ? w.charAt(0).toUpperCase() + w.slice(1) : w))
    .join(" ");
}

let centralNames: Map<string, string> | undefined;

/** The directory's name of a central body written `text` ("VĂN PHÒNG CHÍNH PHỦ"), if it knows one. */
function knownCentral(text: string): string | undefined {
  if (!centralNames) {
    centralNames = new Map();
    for (const a of builtinData().agencies)
      if (a.level === "central") for (const n of [a.canonical, ...a.aliases]) centralNames.set(foldKey(n), a.canonical);
  }
  return centralNames.get(foldKey(text));
}

/**
 * "BỘ KHOA HỌC VÀ CÔNG NGHỆ" → "Bộ Khoa học và Công nghệ": the directory's spelling of a central body, or
 * sentence case for one it does not list.
 */
function centralName(text: string): string {
  const known = knownCentral(text);
  if (known) return known;
  const t = oneLine(text).toLowerCase();
  return t.charAt(0).toUpperCase() + t.slice(1);
}

const UNIT = /^(tinh|thanh pho|tp\.?|xa|phuong|dac khu|huyen|quan|thi xa|thi tran)\s+(.+)$/;

function levelOf(unit: string, place: string): { level: IssuerLevel; centralCity: boolean } {
  const u = unit.replace(/\.$/, "");
  if (u === "tinh") return { level: "province", centralCity: false };
  if (u === "thanh pho" || u === "tp") {
    // The six centrally-run cities of the 2025 map (Hà Nội, Hồ Chí Minh, Hải Phòng, Đà Nẵng, Cần Thơ, Huế).
    const central = isCentralCity(place);
    return { level: central ? "province" : "district", centralCity: central };
  }
  if (u === "xa" || u === "phuong" || u === "dac khu" || u === "thi tran") return { level: "commune", centralCity: false };
  return { level: "district", centralCity: false };
}

const UNIT_WORDS: Record<string, string> = {
  tinh: "tỉnh",
  "thanh pho": "thành phố",
  tp: "thành phố",
  "tp.": "thành phố",
  xa: "xã",
  phuong: "phường",
  "dac khu": "đặc khu",
  huyen: "huyện",
  quan: "quận",
  "thi xa": "thị xã",
  "thi tran": "thị trấn",
};

const BARE_UNIT = /^(tinh|thanh pho|xa|phuong|dac khu|huyen|quan|thi xa)$/;

function committee(unitLine: string | null, from: PlanIssuer["from"]): PlanIssuer {
  if (!unitLine) return { name: "UBND", level: "province", kind: "people-committee", from };
  const bare = BARE_UNIT.exec(fold(unitLine).trim());
  if (bare) {
    // "… của UBND tỉnh": the level without the place (the plan names it elsewhere, or not at all).
    const { level } = levelOf(bare[1]!, "");
    return { name: `UBND ${UNIT_WORDS[bare[1]!] ?? bare[1]!}`, level, kind: "people-committee", from };
  }
  const m = UNIT.exec(fold(unitLine));
  if (!m) return { name: "UBND", level: "province", kind: "people-committee", from };
  const unit = m[1]!;
  // The place as written, after the unit word (same number of characters once folded: NFD marks are dropped).
  const words = oneLine(unitLine).split(" ");
  const place = placeCase(words.slice(unit.split(" ").length).join(" "));
  const { level, centralCity } = levelOf(unit, place);
  const unitWord = UNIT_WORDS[unit] ?? unit;
  return {
    name: `UBND ${unitWord} ${place}`,
    level,
    kind: "people-committee",
    place: level === "commune" ? `${unitWord} ${place}` : place,
    ...(centralCity ? { centralCity: true } : {}),
    from,
  };
}

/** The issuer block: the first lines, written in capitals, before the title. */
function issuerFromHeader(lines: readonly string[]): PlanIssuer | null {
  const top = lines.slice(0, 8);
  for (let i = 0; i < top.length; i++) {
    const line = top[i]!;
    const k = fold(line)
      .replace(/[-–—_.]+$/u, "")
      .trim();
    if (/^thu tuong chinh phu$/.test(k)) return { name: "Thủ tướng Chính phủ", level: "central", kind: "prime-minister", from: "header" };
    if (/^chinh phu$/.test(k)) return { name: "Chính phủ", level: "central", kind: "government", from: "header" };
    const ubnd = /^(?:uy ban nhan dan|ubnd)(?:\s+(.*))?$/.exec(k);
    if (ubnd) {
      if (ubnd[1] && UNIT.test(ubnd[1]))
        return committee(
          oneLine(line)
            .split(" ")
            .slice(/^ubnd/.test(k) ? 1 : 4)
            .join(" "),
          "header",
        );
      // "ỦY BAN NHÂN DÂN" over "TỈNH GIA LAI": the unit is on one of the next lines (the right-hand block
      // "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" may stand between).
      for (const next of top.slice(i + 1, i + 4)) if (UNIT.test(fold(next))) return committee(next, "header");
      return committee(null, "header");
    }
    // "BỘ TƯ PHÁP": a ministry's own header, in capitals, short. Not "BỘ CHÍNH TRỊ" (the Politburo).
    if (/^bo\s+\S/.test(k) && k.split(" ").length <= 8 && !/\p{Ll}/u.test(line) && !/^bo chinh tri$/.test(k))
      return { name: centralName(line.replace(/[-–—_.]+$/u, "").trim()), level: "central", kind: "ministry", from: "header" };
    // Another central body's own header in capitals ("VĂN PHÒNG CHÍNH PHỦ", "BAN CHỈ ĐẠO …"), when the
    // directory knows it as a central body.
    if (!/\p{Ll}/u.test(line) && k.split(" ").length <= 10) {
      const known = knownCentral(line);
      if (known) return { name: known, level: "central", kind: "other", from: "header" };
    }
    if (/^hoi dong nhan dan/.test(k)) {
      const rest = /^hoi dong nhan dan\s+(.+)$/.exec(k);
      const unitLine =
        rest && UNIT.test(rest[1]!) ? oneLine(line).split(" ").slice(4).join(" ") : top.slice(i + 1, i + 4).find((n) => UNIT.test(fold(n)));
      const c = committee(unitLine ?? null, "header");
      return { ...c, name: c.name.replace(/^UBND/, "HĐND"), kind: "council" };
    }
  }
  return null;
}

/** "(Kèm theo Kế hoạch số … của UBND tỉnh Gia Lai)", "… của Thủ tướng Chính phủ", "… của Bộ Tư pháp". */
function issuerFromCitation(lines: readonly string[]): PlanIssuer | null {
  for (const line of lines) {
    const k = fold(line);
    const m = /\bcua\s+(?:chu tich\s+)?(uy ban nhan dan|ubnd|thu tuong chinh phu|chinh phu|bo\s+[^),;]+)(.*)$/.exec(k);
    if (!m) continue;
    const who = m[1]!;
    if (who === "thu tuong chinh phu") return { name: "Thủ tướng Chính phủ", level: "central", kind: "prime-minister", from: "citation" };
    if (who === "chinh phu") return { name: "Chính phủ", level: "central", kind: "government", from: "citation" };
    const at = k.indexOf(who, m.index);
    const written = oneLine(line)
      .slice(at, at + (who + m[2]!).length)
      .replace(/[)\].,;]+\s*$/u, "")
      .trim();
    if (who.startsWith("bo ")) return { name: centralName(written), level: "central", kind: "ministry", from: "citation" };
    const rest = written
      .split(" ")
      .slice(who === "ubnd" ? 1 : 4)
      .join(" ");
    return committee(rest && (UNIT.test(fold(rest)) || BARE_UNIT.test(fold(rest).trim())) ? rest : null, "citation");
  }
  return null;
}

function isoDate(d: number, m: number, y: number | null): string | null {
  if (y === null || y < 1990 || y > 2100 || m < 1 || m > 12) return null;
  const mm = String(m).padStart(2, "0");
  if (Number.isNaN(d)) return `${y}-${mm}`;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d < 1 || d > last) return null;
  return `${y}-${mm}-${String(d).padStart(2, "0")}`;
}

/** "ngày 24 tháng 12 năm 2025", "ngày 24/12/2025", "ngày    tháng 12 năm 2025" (day left blank in a draft). */
function dateIn(k: string): string | null {
  const long = /\bngay\s*(\d{1,2})?\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})/.exec(k);
  if (long) return isoDate(long[1] ? Number(long[1]) : Number.NaN, Number(long[2]), Number(long[3]));
  const short = /\bngay\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/.exec(k);
  if (short) return isoDate(Number(short[1]), Number(short[2]), Number(short[3]));
  return null;
}

/** Reads the issuer and date of a plan from the lines above its table (in reading order). */
export function readPlanContext(lines: readonly string[]): PlanContext {
  const issuer = issuerFromHeader(lines) ?? issuerFromCitation(lines);
  let date: string | null = null;
  let dateFrom: PlanContext["dateFrom"] = null;
  // The place-and-date line: "Gia Lai, ngày 26 tháng 12 năm 2020" — a place, a comma, then the date.
  for (const line of lines) {
    const k = fold(line);
    if (!/^[a-z][a-z .'-]{1,40},\s*ngay\b/.test(k)) continue;
    date = dateIn(k);
    if (date) {
      dateFrom = "place-date";
      break;
    }
  }
  if (!date)
    for (const line of lines) {
      const k = fold(line);
      if (!/\bkem theo\b/.test(k)) continue;
      date = dateIn(k);
      if (date) {
        dateFrom = "citation";
        break;
      }
    }
  return { issuer, date, dateFrom };
}

/** The first year of the plan's date, if known. */
export function contextYear(context: PlanContext): number | null {
  return context.date ? Number(context.date.slice(0, 4)) : null;
}

const LEVEL_WORDS: Record<IssuerLevel, { vi: string; en: string }> = {
  central: { vi: "trung ương", en: "central" },
  province: { vi: "cấp tỉnh", en: "province" },
  district: { vi: "cấp huyện", en: "district" },
  commune: { vi: "cấp xã", en: "commune" },
};

function displayDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return d ? `${d}/${m}/${y}` : `${m}/${y}`;
}

/**
 * Where the issuer stands on the 2025 map: a commune's province ("phường Bến Thành" → TP Hồ Chí Minh), or, for a
 * province merged on 1 July 2025, the province it joined.
 */
function whereNow(context: PlanContext, lang: "vi" | "en"): string {
  const issuer = context.issuer;
  if (!issuer?.place) return "";
  if (issuer.level === "commune") {
    const province = provinceOfCommune(issuer.place);
    if (!province) return "";
    const unit = province.centralCity ? (lang === "vi" ? "thành phố" : "city of") : lang === "vi" ? "tỉnh" : "province of";
    return `, ${lang === "vi" ? "thuộc" : "in"} ${unit} ${province.name}`;
  }
  const now = issuer.level === "province" ? mergedInto(issuer.place) : undefined;
  if (!now) return "";
  return lang === "vi" ? `; từ 01/7/2025 thuộc tỉnh ${now.name}` : `; part of ${now.name} province since 1 July 2025`;
}

/** What was read of the issuer and date, in words: "UBND tỉnh Đắk Lắk (cấp tỉnh), ngày 24/12/2025". */
export function describeContext(context: PlanContext, lang: "vi" | "en"): string | null {
  const parts: string[] = [];
  if (context.issuer) parts.push(`${context.issuer.name} (${LEVEL_WORDS[context.issuer.level][lang]}${whereNow(context, lang)})`);
  if (context.date) parts.push(`${lang === "vi" ? "ngày" : "dated"} ${displayDate(context.date)}`);
  return parts.length ? parts.join(", ") : null;
}
