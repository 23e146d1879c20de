import { AgencyDirectory, AgencyMatch } from "./directory";
import { ListHead, completions, unknownName } from "./expand";
import { Piece, cannotStartName, cutPieces, isRemark, joinPieces, jointKind, startsWithHeadWord } from "./pieces";
import { isPlaceholder } from "../text/placeholder";
import { foldKey } from "../text/normalize";
import { NOTE_OPEN, unmask } from "./split";
import { isClassOfBodies, isGroupQualifier, isNamedBody, startsPlural } from "./forms";
import { mergedInto, OLD_UNITS_UNTIL } from "./admin-units";
import { AgencyLevel, AgencyRef } from "./types";

/**
 * Third step: pieces into agencies, against the directory. From the left, the longest run of pieces that
 * names a known agency wins — so "Sở Văn hóa, Thể thao và Du lịch" stays one name while "Sở Tư pháp và các
 * sở, ban, ngành tỉnh" becomes two. A piece may also be completed by its context: the list head
 * ("Các sở: Tư pháp") or the agency before it ("UBND cấp huyện, cấp xã"; "UBND phường A, B"). Text that
 * names nothing known is kept as written, with the nearest known name as a suggestion.
 */

// Office words that start a new agency even inside a class or after "và" ("…, UBND cấp xã", "… và Sở Y tế").
const STRONG_OFFICE = /^(?:Sở|UBND|Ủy ban|Bộ|Phòng|Công an|Ban|Cục|Văn phòng|Trung tâm|Viện|Hội|Đài|Báo|Chi cục|Tòa án|Kho bạc)(?=\s|$)/u;

// Longest run of pieces tried as one name: real names have at most five joints.
const MAX_SPAN = 8;
// A run of pieces longer than this (in written words, notes included) is no named body (forms.ts reads at most 16).
const MAX_RUN_WORDS = 32;
// Longest name tried when a remark follows it ("Văn phòng … thành phố triển khai, theo dõi").
const MAX_PREFIX_WORDS = 40;

export interface ResolveContext {
  readonly directory: AgencyDirectory;
  /** Parenthetical notes masked out of the cell (split.ts). */
  readonly notes: readonly string[];
  list?: ListHead;
  /** True while reading the segment that holds the list head's colon: unknown items there get its office word. */
  inListSegment: boolean;
  previous?: { canonical: string; patternHead?: string };
  /** Who issued the plan: in a centrally-run city's plan "Công an Thành phố" is the city's (province-level) police. */
  readonly issuer?: { readonly level: AgencyLevel; readonly centralCity?: boolean };
}

interface Found {
  readonly text: string;
  readonly notes: string[];
  readonly match: AgencyMatch;
}

function lookupInContext(text: string, ctx: ResolveContext, single: boolean): AgencyMatch | undefined {
  const dir = ctx.directory;
  // A centrally-run city writes itself "Thành phố": in its own plan "Sở … Thành phố", "Công an Thành phố",
  // "UBND Thành phố" are the province-level bodies ("… tỉnh"), before any district body of that name.
  if (ctx.issuer?.centralCity) {
    const city = /^(.*\S)\s+(?:thành phố|tp\.?)$/iu.exec(text);
    if (city) {
      const m = dir.lookup(`${city[1]} tỉnh`) ?? dir.lookup(city[1] as string);
      if (m && m.entry.level !== "district" && m.entry.level !== "commune") return m;
    }
  }
  // In a commune's plan its own offices are written bare ("Phòng Kinh tế", "Văn phòng HĐND và UBND"): the
  // commune's, not the district offices of the same name that ended on 30 June 2025.
  if (ctx.issuer?.level === "commune") {
    const own = dir.lookup(`${text} cấp xã`);
    if (own && own.entry.level === "commune") return own;
  }
  const direct = dir.lookup(text);
  // In a central plan a bare national name is the national body: "Ngân hàng Nhà nước" in a Prime Minister's
  // decision is the State Bank ("… Việt Nam"), not the provincial branch a province's plan means by it.
  if (direct && ctx.issuer?.level === "central" && direct.entry.level !== "central" && direct.entry.level !== "any") {
    const national = dir.lookup(`${text} Việt Nam`);
    if (national && national.entry.level === "central") return national;
  }
  // …and "UBND cấp tỉnh", "UBND tỉnh" there are every province's (the data says which group: inCentralPlan).
  if (direct?.entry.inCentralPlan && ctx.issuer?.level === "central") {
    const all = dir.lookup(direct.entry.inCentralPlan);
    if (all) return all;
  }
  if (direct) return direct;
  if (ctx.list) {
    for (const name of completions(ctx.list, text)) {
      if (name === text) continue;
      const m = dir.lookup(name);
      if (m) return m;
    }
  }
  if (single && ctx.previous) {
    const prev = ctx.previous;
    if (prev.patternHead) {
      // "UBND thành phố Hà Nội, Thành phố Hồ Chí Minh": the piece repeats the unit word the head ends with.
      const head = prev.patternHead.split(" ");
      const unit = head.slice(1).join(" ");
      const lent = unit && foldKey(text).startsWith(`${foldKey(unit)} `) ? `${head[0]} ${text}` : `${prev.patternHead} ${text}`;
      const m = dir.lookup(lent);
      if (m?.via === "pattern") return m;
    } else {
      // "UBND cấp huyện, cấp xã": lend the previous name's first words ("UBND") to this piece.
      const words = prev.canonical.split(" ");
      for (let k = 1; k < words.length; k++) {
        const m = dir.lookup(`${words.slice(0, k).join(" ")} ${text}`);
        if (m && m.canonical !== prev.canonical) return m;
      }
    }
  }
  return undefined;
}

function resolveUnit(raw: string, ctx: ResolveContext, single: boolean): Found | undefined {
  const { text, notes } = unmask(raw, ctx.notes);
  if (text === "") return undefined;
  const match = lookupInContext(text, ctx, single);
  return match ? { text, notes, match } : undefined;
}

/**
 * Can a remark start in this piece (its joint included: " và " is a word)? A remark starts with a lower-case
 * word (isRemark), or after a comma; a masked note turns into a space, so a piece holding one may too.
 */
function mayStartRemark(piece: Piece): boolean {
  const raw = piece.joint + piece.text;
  return raw.includes(NOTE_OPEN) || /(?:^|\s)[,\p{Ll}]/u.test(raw);
}

/**
 * A known name followed by a remark, across pieces: "Văn phòng HĐND và UBND thành phố tổng hợp, theo dõi
 * chung …" names the office and says what it does. The name must end inside a piece, the rest of which is a
 * remark; the remark runs on over the following pieces that are remarks too.
 */
function knownPrefix(
  pieces: readonly Piece[],
  i: number,
  ctx: ResolveContext,
): { found: Found; remark: string; last: number; words: number } | undefined {
  const n = pieces.length;
  const jMax = Math.min(n - 1, i + MAX_SPAN - 1);
  for (let k = jMax; k >= i; k--) {
    // The remark starts inside piece k: none can where no word of it starts in lower case (a long run of
    // capitalised names is passed over without building its text).
    if (!mayStartRemark(pieces[k]!)) continue;
    // A piece that names an agency on its own ("Tỉnh ủy") is not cut into the end of a name and a remark.
    if (k > i && resolveUnit(pieces[k]!.text, ctx, true)) continue;
    const before = k > i ? wordCount(unmask(joinPieces(pieces, i, k - 1), ctx.notes).text) : 0;
    const { text, notes } = unmask(joinPieces(pieces, i, k), ctx.notes);
    const words = text.split(" ");
    for (let w = Math.min(words.length - 1, MAX_PREFIX_WORDS); w > before && w >= 1; w--) {
      // A remark starts in lower case (isRemark): a capitalised word is passed over before any text is built.
      if (/^[^,\p{Ll}]/u.test(words[w]!)) continue;
      const remark = words
        .slice(w)
        .join(" ")
        .replace(/^[,\s]+/u, "");
      if (!isRemark(remark)) continue;
      // A name does not end on a joint: "UBND cấp huyện và | cấp xã" is two names, not one and a remark.
      if (/^(và|-|&)$/iu.test(words[w - 1]!)) continue;
      const name = words
        .slice(0, w)
        .join(" ")
        .replace(/[,\s]+$/u, "");
      const match = lookupInContext(name, ctx, false);
      if (!match) continue;
      let last = k;
      let fullRemark = remark;
      while (last + 1 < n && isRemark(pieces[last + 1]!.text)) {
        last++;
        fullRemark += pieces[last]!.joint + pieces[last]!.text;
      }
      const tail = unmask(fullRemark, ctx.notes);
      // Notes in reading order: the name's own parenthetical, the remark, then the remark's parentheticals.
      const remarkNote = [tail.text, ...tail.notes].join("; ");
      return { found: { text: name, notes, match }, remark: remarkNote, last, words: w };
    }
  }
  return undefined;
}

/**
 * A body of a province merged on 1 July 2025 ("Sở Tư pháp tỉnh Bình Định"): named so, it existed until then; its
 * work went to the same body of the province it joined.
 */
function mergedProvince(found: Found): Pick<AgencyRef, "validUntil" | "successors"> {
  const province = found.match.province;
  const now = province ? mergedInto(province) : undefined;
  if (!now || !province) return {};
  const e = found.match.entry;
  const until = e.validUntil && e.validUntil < OLD_UNITS_UNTIL ? e.validUntil : OLD_UNITS_UNTIL;
  // Of the province it joined: the same body, or — for a body abolished too — the bodies that took its work over.
  const unit = now.centralCity ? "thành phố" : "tỉnh";
  const bodies = e.successors?.length ? e.successors : [found.match.canonical];
  return { validUntil: until, successors: bodies.map((b) => `${b.replace(/\s+tỉnh$/u, "")} ${unit} ${now.name}`) };
}

function knownRef(found: Found, extraNote?: string): AgencyRef {
  const e = found.match.entry;
  const notes = [...found.notes, ...(extraNote ? [extraNote] : [])];
  const province = mergedProvince(found);
  return {
    text: found.text,
    canonical: found.match.canonical,
    group: e.kind === "group",
    known: true,
    level: e.level,
    ...(e.validFrom ? { validFrom: e.validFrom } : {}),
    ...(e.validUntil ? { validUntil: e.validUntil } : {}),
    ...(e.countAs ? { countAs: e.countAs } : {}),
    ...(e.successors && e.successors.length > 0 ? { successors: [...e.successors] } : {}),
    ...(e.ambiguousSuccessor ? { ambiguousSuccessor: true } : {}),
    ...(notes.length > 0 ? { note: notes.join("; ") } : {}),
    ...province,
  };
}

function addNote(ref: AgencyRef, note: string): AgencyRef {
  return { ...ref, note: ref.note ? `${ref.note}; ${note}` : note };
}

function wordCount(s: string): number {
  return s.split(" ").filter((w) => w !== "").length;
}

/** Reads one segment (no ";" or line break inside) and appends its agencies to `out`. */
export function resolveSegment(segment: string, ctx: ResolveContext, out: AgencyRef[]): void {
  // An item under a list head ("các Cục: Quản lý chất lượng") is named with the head's office word.
  const named = (text: string) => (ctx.list && ctx.inListSegment ? unknownName(ctx.list, text) : text);
  const pieces: Piece[] = cutPieces(segment);
  const n = pieces.length;
  let i = 0;
  const remember = (m: AgencyMatch) => {
    ctx.previous = { canonical: m.canonical, ...(m.patternHead ? { patternHead: m.patternHead } : {}) };
  };
  while (i < n) {
    let exact: { j: number; found: Found } | undefined;
    for (let j = Math.min(n - 1, i + MAX_SPAN - 1); j >= i; j--) {
      // Context from the previous name lends to one item, never to a list: no comma inside the run.
      const single = i === j || pieces.slice(i + 1, j + 1).every((p) => jointKind(p.joint) !== "comma");
      const found = resolveUnit(joinPieces(pieces, i, j), ctx, single);
      if (found) {
        exact = { j, found };
        break;
      }
    }

    // Remarks after a name: "Các cơ quan có liên quan phối hợp thực hiện", "UBND các xã, phường thường xuyên …".
    const exactWords = exact ? wordCount(exact.found.text) : 0;
    const prefix = knownPrefix(pieces, i, ctx);

    if (exact && (!prefix || exactWords >= prefix.words)) {
      const last = out[out.length - 1];
      // "Các cơ quan trung ương và địa phương": a lower-case class joined by "và" to the class before it, with
      // no "các" of its own, is the same class ("UBND cấp huyện và cấp xã" stays two: neither is a "Các …").
      const sameClass =
        jointKind(pieces[i]!.joint) === "and" &&
        /^\p{Ll}/u.test(pieces[i]!.text) &&
        !startsPlural(pieces[i]!.text) &&
        foldKey(exact.found.match.canonical).startsWith("cac ");
      if (sameClass && last?.group && i > 0) {
        const text = `${last.text}${pieces[i]!.joint}${exact.found.text}`;
        out[out.length - 1] = { ...last, text, canonical: text };
        i = exact.j + 1;
        continue;
      }
      out.push(knownRef(exact.found));
      remember(exact.found.match);
      i = exact.j + 1;
      continue;
    }
    if (prefix && prefix.found.match.entry.kind === "group" && isGroupQualifier(prefix.remark)) {
      // A narrower class, as written: "UBND các tỉnh, thành phố khác", "Các địa phương có đảo".
      const text = unmask(joinPieces(pieces, i, prefix.last), ctx.notes).text;
      out.push({ ...knownRef(prefix.found), text, canonical: text });
      ctx.previous = undefined;
      i = prefix.last + 1;
      continue;
    }
    if (prefix) {
      out.push(knownRef(prefix.found, prefix.remark));
      remember(prefix.found.match);
      i = prefix.last + 1;
      continue;
    }

    // Unknown: extend over pieces that cannot start a name of their own ("Trung tâm Văn hóa và Thể thao"); a
    // class ("Các bộ, cơ quan trung ương và địa phương") runs on over every lower-case piece.
    let j = i;
    const plural = startsPlural(unmask(pieces[i]!.text, ctx.notes).text);
    let runWords = wordCount(pieces[i]!.text);
    let runTooLong = runWords > MAX_RUN_WORDS;
    while (j + 1 < n) {
      const next = pieces[j + 1]!;
      const kind = jointKind(next.joint);
      // After a comma only a piece that cannot start a name continues it ("Công an các xã, phường").
      // "Cục Tiền lương và Bảo hiểm xã hội": an unlisted named body goes on over "và" up to another office. The
      // run so far is put together only while it can still be a named body (a few words): a run over thousands
      // of pieces is not rebuilt at every piece.
      if (
        kind === "and" &&
        !runTooLong &&
        !STRONG_OFFICE.test(next.text) &&
        isNamedBody(unmask(joinPieces(pieces, i, j), ctx.notes).text)
      ) {
        j++;
        continue;
      }
      // "Doanh nghiệp, nhà cung cấp dịch vụ, nhà đầu tư": each class noun after a comma is a class of its own.
      if (!plural && kind === "comma" && isClassOfBodies(next.text)) break;
      const continues = plural
        ? /^\p{Ll}/u.test(next.text) || (!STRONG_OFFICE.test(next.text) && !resolveUnit(next.text, ctx, true))
        : kind === "comma"
          ? cannotStartName(next.text)
          : !startsWithHeadWord(next.text);
      if (!continues || resolveUnit(next.text, ctx, true)) break;
      j++;
      runWords += wordCount(next.text);
      runTooLong = runWords > MAX_RUN_WORDS;
    }
    const { text, notes } = unmask(joinPieces(pieces, i, j), ctx.notes);
    const last = out[out.length - 1];
    if (isPlaceholder(text) && notes.every(isPlaceholder)) {
      // "…", "x", "N/A", "(chưa giao)": names no agency, not even an unknown one.
    } else if (last && isRemark(text) && !isClassOfBodies(text)) {
      out[out.length - 1] = addNote(last, [text, ...notes].join("; "));
    } else if (text !== "" && (isClassOfBodies(text) || isNamedBody(named(text)))) {
      // Not in the directory, but its form says what it is (forms.ts): a named body ("Hội Khuyến học tỉnh"; "Quản
      // lý chất lượng" under "các Cục:"), or a class of bodies ("Doanh nghiệp", "các trường đại học, cao đẳng").
      const full = named(text);
      const group = !isNamedBody(full);
      out.push({
        text,
        canonical: group ? text.charAt(0).toUpperCase() + text.slice(1) : full,
        group,
        known: true,
        level: group ? "any" : (ctx.issuer?.level ?? "any"),
        recognisedBy: "form",
        ...(notes.length > 0 ? { note: notes.join("; ") } : {}),
      });
      ctx.previous = undefined;
    } else if (text !== "") {
      const canonical = named(text);
      const suggestion = ctx.directory.nearest(canonical);
      out.push({
        text,
        canonical,
        group: false,
        known: false,
        ...(suggestion ? { suggestion } : {}),
        ...(notes.length > 0 ? { note: notes.join("; ") } : {}),
      });
      ctx.previous = undefined;
    }
    i = j + 1;
  }
}
