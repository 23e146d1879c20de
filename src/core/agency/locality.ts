import { agencyKey } from "./key";
import { ProvinceData } from "./schema";
import { AgencyLevel } from "./types";

/**
 * Names often carry the place they belong to: "Sở Tư pháp tỉnh Gia Lai", "Phòng Nội vụ thành phố",
 * "Công an huyện Tư Nghĩa", "Báo Đồng Nai", "… trên địa bàn tỉnh". The directory lists the bare office
 * ("Sở Tư pháp", "Phòng Nội vụ", "Báo tỉnh"); this module says which shorter names to try and at which level
 * the place puts the office, so that "thành phố Hà Nội" (a province) is not read as a city of a province.
 */

export interface LocalityCandidate {
  /** Keys to look up, best first. */
  readonly keys: readonly string[];
  /** Levels an entry found this way may have. */
  readonly levels: ReadonlySet<AgencyLevel>;
  /**
   * How many words at the end are a place name ("Gia Lai", "Tư Nghĩa"); the caller checks they are written
   * with capitals, so that "… thành phố tổng hợp" (a remark) is not read as a place. -1: no check.
   */
  readonly place: number;
  /** The province named at the end ("Gia Lai" in "Sở Tư pháp tỉnh Gia Lai"), as the data writes it. */
  readonly province?: string;
}

// Place names are short; a longer "name" after "huyện"/"xã" is a sentence, not a place.
const MAX_PLACE_WORDS = 4;

const PROVINCE_LEVELS: ReadonlySet<AgencyLevel> = new Set<AgencyLevel>(["province", "any"]);
const DISTRICT_LEVELS: ReadonlySet<AgencyLevel> = new Set<AgencyLevel>(["district", "any"]);
const COMMUNE_LEVELS: ReadonlySet<AgencyLevel> = new Set<AgencyLevel>(["commune", "any"]);
const ANY_LEVELS: ReadonlySet<AgencyLevel> = new Set<AgencyLevel>(["central", "province", "district", "commune", "any"]);

interface ProvinceKey {
  readonly words: readonly string[];
  readonly city: boolean;
  readonly name: string;
}

export class Localities {
  private readonly provinces: ProvinceKey[] = [];

  constructor(provinces: readonly ProvinceData[]) {
    for (const p of provinces) {
      for (const n of [p.name, ...p.aliases]) {
        const k = agencyKey(n);
        if (k) this.provinces.push({ words: k.split(" "), city: p.city, name: p.name });
      }
    }
    // Longest names first so that "thua thien hue" wins over "hue".
    this.provinces.sort((a, b) => b.words.length - a.words.length);
  }

  private endsWith(words: readonly string[], tail: readonly string[]): boolean {
    if (tail.length >= words.length) return false;
    for (let i = 0; i < tail.length; i++) if (words[words.length - tail.length + i] !== tail[i]) return false;
    return true;
  }

  /** Shorter names to try for a key that did not match as it stands. */
  candidates(key: string): LocalityCandidate[] {
    const words = key.split(" ");
    const out: LocalityCandidate[] = [];
    const join = (w: readonly string[]) => w.join(" ");

    // "… trên địa bàn tỉnh/thành phố/huyện …" only says where the work happens.
    const area = key.indexOf(" tren dia ban");
    if (area > 0) out.push({ keys: [key.slice(0, area)], levels: ANY_LEVELS, place: -1 });

    // A province name at the end: "Báo Đồng Nai", "Sở Tư pháp tỉnh Gia Lai", "Công an thành phố Hà Nội".
    for (const p of this.provinces) {
      if (!this.endsWith(words, p.words)) continue;
      let rest = words.slice(0, words.length - p.words.length);
      if (rest.length >= 2 && rest[rest.length - 1] === "tinh") rest = rest.slice(0, -1);
      else if (rest.length >= 3 && join(rest.slice(-2)) === "thanh pho") {
        rest = rest.slice(0, -2);
        // "thành phố Quảng Ngãi" is a city inside the province of the same name, not the province.
        if (!p.city) {
          out.push({
            keys: [join([...rest, "thanh", "pho"]), join([...rest, "cap", "huyen"])],
            levels: DISTRICT_LEVELS,
            place: p.words.length,
          });
          break;
        }
      }
      if (rest.length > 0)
        out.push({ keys: [join([...rest, "tinh"]), join(rest)], levels: PROVINCE_LEVELS, place: p.words.length, province: p.name });
      break;
    }

    if (words.length >= 2 && words[words.length - 1] === "tinh") {
      const rest = words.slice(0, -1);
      out.push({ keys: [join(rest)], levels: PROVINCE_LEVELS, place: 0 });
    }
    if (words.length >= 3 && join(words.slice(-2)) === "cap tinh") {
      const rest = words.slice(0, -2);
      out.push({ keys: [join([...rest, "tinh"]), join(rest)], levels: PROVINCE_LEVELS, place: 0 });
    }
    // "Phòng Tư pháp cấp huyện", "Sở Tư pháp cấp huyện" (no such office: not found at that level), "… cấp xã".
    if (words.length >= 3 && join(words.slice(-2)) === "cap huyen") {
      out.push({ keys: [join(words.slice(0, -2))], levels: DISTRICT_LEVELS, place: 0 });
    }
    if (words.length >= 3 && join(words.slice(-2)) === "cap xa") {
      out.push({ keys: [join(words.slice(0, -2))], levels: COMMUNE_LEVELS, place: 0 });
    }

    // District and commune words, with or without a place name after them: "Phòng Nội vụ thành phố",
    // "Công an huyện Tư Nghĩa", "Công an xã Tịnh Ấn Tây".
    for (let i = words.length - 1; i >= Math.max(1, words.length - 2 - MAX_PLACE_WORDS); i--) {
      const one = words[i]!;
      const two = i + 1 < words.length ? `${one} ${words[i + 1]}` : "";
      const rest = words.slice(0, i);
      if (rest.length === 0) continue;
      const after = (n: number) => words.length - i - n; // words of place name after an n-word qualifier
      if (two === "thanh pho" || two === "thi xa") {
        out.push({
          keys: [join([...rest, ...two.split(" ")]), join([...rest, "cap", "huyen"]), join(rest)],
          levels: DISTRICT_LEVELS,
          place: after(2),
        });
      } else if (one === "huyen" && words[i - 1] !== "cap") {
        out.push({
          keys: [join([...rest, "huyen"]), join([...rest, "cap", "huyen"]), join(rest)],
          levels: DISTRICT_LEVELS,
          place: after(1),
        });
      } else if (one === "quan" && words[i - 1] !== "co" && i + 1 < words.length) {
        out.push({
          keys: [join([...rest, "quan"]), join([...rest, "cap", "huyen"]), join(rest)],
          levels: DISTRICT_LEVELS,
          place: after(1),
        });
      } else if ((one === "xa" || one === "phuong") && words[i + 1] !== "hoi" && words[i - 1] !== "cap" && words[i - 1] !== "thi") {
        out.push({ keys: [join([...rest, one]), join([...rest, "cap", "xa"]), join(rest)], levels: COMMUNE_LEVELS, place: after(1) });
      } else if (two === "thi tran") {
        out.push({
          keys: [join([...rest, "thi", "tran"]), join([...rest, "cap", "xa"]), join(rest)],
          levels: COMMUNE_LEVELS,
          place: after(2),
        });
      } else continue;
      break;
    }
    return out;
  }
}
