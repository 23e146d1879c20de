import rawData from "./data/directory.json";
import { agencyKey } from "./key";
import { Localities } from "./locality";
import { DirectoryData, PatternData, directoryDataSchema, userAgencyEntrySchema } from "./schema";
import { AgencyEntry, AgencyLevel, UserAgencyEntry } from "./types";
import { abbreviationKeys } from "./variants";
import { editDistance } from "./distance";
import { displayText, foldKey } from "../text/normalize";
import { BoundedMemo } from "../text/bounded-memo";

/**
 * A suggestion ("did you mean") is offered only when it is really close: at most this share of the longer
 * matching key may differ (edit distance / length). "Sở Nôi vụ" → Sở Nội vụ, "Sở Ngoại thương" → Sở Công
 * Thương; "N/A", "x" or a stray word get no suggestion at all rather than a far-fetched one.
 */
export const MAX_SUGGESTION_DISTANCE = 0.34;

// Office words of "Sở/Phòng/Bộ + field" names, in the order a bare field is completed for a suggestion: the
// provincial department first (the usual meaning in a provincial plan), then the district office, the ministry.
const OFFICE_WORDS = ["Sở", "Phòng", "Bộ"] as const;

// "… khu vực XII", "… khu vực 10": a regional body's number (roman up to XXXIX, or one or two digits).
const REGION_NUMBER = /^(.* khu vuc) (x{0,3}(?:ix|iv|v?i{0,3})|\d{1,2})$/;

/** A name found in the directory. */
export interface AgencyMatch {
  readonly entry: AgencyEntry;
  /** Usually entry.canonical; for pattern names ("UBND phường Nguyễn Nghiêm") the name built from the pattern. */
  readonly canonical: string;
  /** How it was found: the name itself, a pattern with a place name, or after dropping a place qualifier. */
  readonly via: "name" | "pattern" | "locality";
  /** For pattern names: the pattern's head ("UBND phường"), so that "UBND phường A, B" can lend it to B. */
  readonly patternHead?: string;
  /** For names carrying a province ("Sở Tư pháp tỉnh Bình Định"): that province, as the data writes it. */
  readonly province?: string;
}

export interface AgencyDirectory {
  /** The entry a name refers to, or undefined. Insensitive to case, NFC/NFD, tone placement, spacing, "&"/"và"/"-". */
  lookup(name: string): AgencyMatch | undefined;
  /**
   * A known canonical name to suggest for an unknown one ("did you mean"): the same field under the office word
   * that fits the level written, else the nearest name if really close (MAX_SUGGESTION_DISTANCE); else undefined.
   */
  nearest(name: string): string | undefined;
  /** Canonical names that took over an agency's work (empty when none is recorded). */
  successorsOf(canonical: string): readonly string[];
  /** The entry with this canonical name (or alias). */
  get(canonical: string): AgencyEntry | undefined;
  all(): readonly AgencyEntry[];
  /** What the lookup and suggestion memos hold together: for tests of their bounds. */
  memoFootprint(): { entries: number; chars: number; longestKey: number };
}

// Explicit names outrank generated abbreviations; the user's own outrank everything built in.
const enum Rank {
  Generated = 1,
  Builtin = 2,
  User = 3,
}

interface Slot {
  entry: AgencyEntry;
  rank: Rank;
  ambiguous: boolean;
}

interface CompiledPattern {
  readonly heads: ReadonlyArray<readonly string[]>; // keys split in words
  readonly display: string;
  readonly entry: AgencyEntry;
}

function isList(name: string): boolean {
  // Cleaning a name (displayText) never makes or removes a comma: no need to clean it to look for one.
  return name.includes(",");
}

/**
 * Lookups and suggestions remembered per directory: plans repeat the same pieces, and a long cell tries each run
 * of up to eight pieces (resolve.ts) many times. Bounded in entries, in one key's length (a run of eight long
 * pieces; anything longer is looked up each time, never stored) and in all keys' characters (about 2 MB each).
 */
const LOOKUP_MEMO_LIMITS = { entries: 20_000, keyChars: 1_000, totalChars: 1_000_000 } as const;

/**
 * True when the last `count` written words (the place name) start with a capital or a digit, as place names
 * do, and no "và" stands among them ("UBND quận và Chính phủ" is two names, not a district).
 */
function writtenAsPlace(name: string, count: number): boolean {
  if (count <= 0) return true;
  const words = displayText(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "");
  let i = words.length - 1;
  for (let seen = 0; i >= 0 && seen < count; i--, seen++) {
    const w = words[i]!;
    if (w.toLowerCase() === "và" || !/^[\p{Lu}\p{N}]/u.test(w)) return false;
  }
  // Nor right before it: in "Công an cấp xã và Bộ Thông tin", "Bộ Thông tin" is not the commune's name.
  return i < 0 || words[i]!.toLowerCase() !== "và";
}

let cachedData: DirectoryData | undefined;

/** The built-in data file, validated (throws with the zod message if someone broke it). */
export function builtinData(): DirectoryData {
  if (!cachedData) cachedData = directoryDataSchema.parse(rawData);
  return cachedData;
}

class Directory implements AgencyDirectory {
  private readonly slots = new Map<string, Slot>();
  private readonly entries: AgencyEntry[] = [];
  private readonly patterns: CompiledPattern[];
  private readonly localities: Localities;
  private suggestKeys: Array<{ key: string; entry: AgencyEntry }> | undefined;
  private readonly memo = new BoundedMemo<AgencyMatch | null>(LOOKUP_MEMO_LIMITS);
  private readonly nearMemo = new BoundedMemo<string | null>(LOOKUP_MEMO_LIMITS);

  constructor(data: DirectoryData, user: readonly UserAgencyEntry[]) {
    this.localities = new Localities(data.provinces);
    this.patterns = data.patterns.map((p) => this.compilePattern(p));
    const byCanonical = new Map<string, AgencyEntry>();
    for (const d of data.agencies) {
      const entry: AgencyEntry = { ...d, source: "builtin" };
      byCanonical.set(agencyKey(d.canonical), entry);
    }
    // A user entry with the canonical name of a built-in one extends it (keeping its era and successors);
    // any other user entry is new. Either way the user's names win every conflict.
    const userEntries: AgencyEntry[] = [];
    for (const raw of user) {
      const parsed = userAgencyEntrySchema.safeParse(raw);
      if (!parsed.success) continue; // readUserAgencies reports bad rows; here they are simply not used
      const u = parsed.data;
      const k = agencyKey(u.canonical);
      const base = byCanonical.get(k);
      const entry: AgencyEntry = base
        ? {
            ...base,
            canonical: displayText(u.canonical),
            aliases: [...base.aliases, ...u.aliases],
            kind: u.kind ?? base.kind,
            level: u.level ?? base.level,
            source: "user",
          }
        : {
            canonical: displayText(u.canonical),
            aliases: u.aliases.map(displayText),
            kind: u.kind ?? "agency",
            level: u.level ?? "any",
            source: "user",
          };
      if (base) byCanonical.delete(k);
      userEntries.push(entry);
    }
    for (const entry of byCanonical.values()) this.add(entry, Rank.Builtin);
    for (const entry of userEntries) this.add(entry, Rank.User);
  }

  private compilePattern(p: PatternData): CompiledPattern {
    const entry: AgencyEntry = {
      canonical: p.display,
      aliases: [],
      kind: p.kind,
      level: p.level,
      ...(p.validUntil ? { validUntil: p.validUntil } : {}),
      ...(p.note ? { note: p.note } : {}),
      source: "builtin",
    };
    return { heads: p.heads.map((h) => agencyKey(h).split(" ")), display: p.display, entry };
  }

  private put(key: string, entry: AgencyEntry, rank: Rank): void {
    if (key === "") return;
    const old = this.slots.get(key);
    if (!old || old.rank < rank) {
      this.slots.set(key, { entry, rank, ambiguous: false });
    } else if (old.rank === rank && old.entry !== entry && rank === Rank.Generated) {
      // Two fields with the same initials: the abbreviation means neither for sure.
      old.ambiguous = true;
    }
  }

  private add(entry: AgencyEntry, rank: Rank): void {
    this.entries.push(entry);
    for (const name of [entry.canonical, ...entry.aliases]) {
      this.put(agencyKey(name), entry, rank);
      for (const k of abbreviationKeys(name)) this.put(k, entry, rank === Rank.User ? Rank.User : Rank.Generated);
    }
  }

  private byKey(key: string): AgencyEntry | undefined {
    const slot = this.slots.get(key);
    return slot && !slot.ambiguous ? slot.entry : undefined;
  }

  memoFootprint(): { entries: number; chars: number; longestKey: number } {
    const a = this.memo.footprint();
    const b = this.nearMemo.footprint();
    return { entries: a.entries + b.entries, chars: a.chars + b.chars, longestKey: Math.max(a.longestKey, b.longestKey) };
  }

  lookup(name: string): AgencyMatch | undefined {
    return this.memo.get(name, () => this.find(name) ?? null) ?? undefined;
  }

  private find(name: string): AgencyMatch | undefined {
    const key = agencyKey(name);
    if (key === "") return undefined;
    const direct = this.byKey(key);
    if (direct) return { entry: direct, canonical: direct.canonical, via: "name" };
    // Regional bodies carry their number ("Kho bạc Nhà nước khu vực XIII", "NHNN Khu vực 10"): the body is the
    // directory's "… khu vực" entry, the number kept as written.
    const region = REGION_NUMBER.exec(key);
    if (region) {
      const base = this.byKey(region[1] as string);
      const written = /(\S+)\s*$/u.exec(displayText(name))?.[1] ?? region[2];
      if (base) return { entry: base, canonical: `${base.canonical} ${(written as string).toUpperCase()}`, via: "name" };
    }
    const pattern = isList(name) ? undefined : this.matchPattern(name, key);
    if (pattern) return pattern;
    // A list ("A, B") is never one office with a place name — unless the office's own name has the comma
    // ("Báo và Phát thanh, Truyền hình tỉnh Đồng Nai").
    if (isList(name)) {
      for (const c of this.localities.candidates(key)) {
        if (!writtenAsPlace(name, c.place)) continue;
        for (const k of c.keys) {
          const e = this.byKey(k);
          if (e && e.kind === "agency" && c.levels.has(e.level) && isList(e.canonical))
            return { entry: e, canonical: e.canonical, via: "locality" };
        }
      }
      return undefined;
    }
    for (const c of this.localities.candidates(key)) {
      if (!writtenAsPlace(name, c.place)) continue;
      for (const k of c.keys) {
        const e = this.byKey(k);
        // A place qualifier narrows one office; it never turns a phrase into a collective group.
        if (e && e.kind === "agency" && c.levels.has(e.level))
          return { entry: e, canonical: e.canonical, via: "locality", ...(c.province ? { province: c.province } : {}) };
      }
    }
    return undefined;
  }

  private matchPattern(name: string, key: string): AgencyMatch | undefined {
    const words = key.split(" ");
    for (const p of this.patterns) {
      for (const head of p.heads) {
        if (words.length <= head.length || head.some((w, i) => words[i] !== w)) continue;
        const rest = this.restAfterHead(name, head.join(" "));
        // A place name: one item (no list inside) that starts with a capital or a number ("phường 3").
        if (!rest || /[,;]|\svà\s/u.test(rest) || !/^[\p{Lu}\p{N}]/u.test(rest)) continue;
        return { entry: p.entry, canonical: `${p.display} ${rest}`, via: "pattern", patternHead: p.display };
      }
    }
    return undefined;
  }

  /** The written words after the head: the head's key is matched word by word on the written name. */
  private restAfterHead(name: string, headKey: string): string | undefined {
    const written = displayText(name).split(" ");
    // A head is written in a few words ("UBND xã", "Ủy ban nhân dân xã"): no need to try longer prefixes.
    const most = Math.min(written.length - 1, 2 * headKey.split(" ").length + 2);
    for (let n = 1; n <= most; n++) {
      if (agencyKey(written.slice(0, n).join(" ")) === headKey) return written.slice(n).join(" ");
    }
    return undefined;
  }

  nearest(name: string): string | undefined {
    return this.nearMemo.get(name, () => this.findNearest(name) ?? null) ?? undefined;
  }

  private findNearest(name: string): string | undefined {
    const key = agencyKey(name);
    if (key === "") return undefined;
    const known = this.lookup(name);
    if (known) return known.canonical;
    return this.sameFieldElsewhere(name) ?? this.closest(name, key) ?? this.withoutPlace(name, key);
  }

  /**
   * Last resort for a name whose place word puts a known office at a level where it does not exist ("Sở Ngoại
   * vụ huyện"): that office, offered as a suggestion only — the name itself stays unknown.
   */
  private withoutPlace(name: string, key: string): string | undefined {
    for (const c of this.localities.candidates(key)) {
      if (!writtenAsPlace(name, c.place)) continue;
      for (const k of c.keys) {
        const e = this.byKey(k);
        if (e && e.kind === "agency") return e.canonical;
      }
    }
    return undefined;
  }

  /**
   * The same field under another office word, as the directory reads it at the level the name gives: "Sở Tư
   * pháp huyện" → Phòng Tư pháp (no Sở at district level), "Phòng Tư pháp tỉnh" → Sở Tư pháp; and a bare field
   * ("LĐTB&XH", "Tài nguyên và MT") → its Sở, the usual meaning in a provincial plan. Only agencies, never groups.
   */
  private sameFieldElsewhere(name: string): string | undefined {
    const written = displayText(name);
    const space = written.indexOf(" ");
    const first = space > 0 ? foldKey(written.slice(0, space)) : "";
    const hasOffice = OFFICE_WORDS.some((o) => foldKey(o) === first);
    const field = hasOffice ? written.slice(space + 1) : written;
    for (const office of OFFICE_WORDS) {
      if (hasOffice && foldKey(office) === first) continue;
      const m = this.lookup(`${office} ${field}`);
      if (m && m.entry.kind === "agency") return m.canonical;
    }
    return undefined;
  }

  /** The nearest known name by edit distance on keys, if really close, among entries at the level a place word names. */
  private closest(name: string, key: string): string | undefined {
    if (!this.suggestKeys) {
      this.suggestKeys = [];
      // Every key, abbreviations included, so that "Sở LĐTBXH" is near "Sở Lao động - Thương binh và Xã hội".
      for (const [k, slot] of this.slots) if (!slot.ambiguous) this.suggestKeys.push({ key: k, entry: slot.entry });
    }
    // "Trung tâm Văn hóa huyện" is not suggested a provincial centre: the place word says the level.
    const placed = this.localities.candidates(key).find((c) => writtenAsPlace(name, c.place));
    let best: string | undefined;
    let bestScore = MAX_SUGGESTION_DISTANCE;
    for (const s of this.suggestKeys) {
      if (placed && !placed.levels.has(s.entry.level)) continue;
      const longest = Math.max(key.length, s.key.length, 1);
      const d = editDistance(key, s.key, Math.floor(bestScore * longest));
      const score = d / longest;
      if (score <= bestScore && (best === undefined || score < bestScore)) {
        bestScore = score;
        best = s.entry.canonical;
      }
    }
    return best;
  }

  successorsOf(canonical: string): readonly string[] {
    return this.get(canonical)?.successors ?? [];
  }

  get(canonical: string): AgencyEntry | undefined {
    return this.byKey(agencyKey(canonical));
  }

  all(): readonly AgencyEntry[] {
    return this.entries;
  }
}

/** The built-in directory plus the user's own agencies and aliases (which win on conflicts). */
export function createDirectory(userEntries: readonly UserAgencyEntry[] = []): AgencyDirectory {
  return new Directory(builtinData(), userEntries);
}

export type { AgencyLevel };
