import { AgencyDirectory } from "./directory";
import { classifyHead } from "./expand";
import { ResolveContext, resolveSegment } from "./resolve";
import { splitCell, unmask } from "./split";
import { startsWithHeadWord } from "./pieces";
import { startsPlural } from "./forms";
import { agencyKey } from "./key";
import { isPlaceholder } from "../text/placeholder";
import { hasDiacriticSlip, isOneLetterSlip } from "./spelling";
import { AgencyRef } from "./types";

/**
 * Reads an agency cell ("Cơ quan chủ trì" or "Cơ quan phối hợp") into the agencies it names, in order,
 * each once. Never throws: whatever the text, the worst outcome is agencies marked unknown.
 */
export function parseAgencyCell(text: string, directory: AgencyDirectory, issuer?: ResolveContext["issuer"]): AgencyRef[] {
  // Empty, or only a placeholder ("…", "x", "N/A", "-", "(chưa giao)"): no agency at all.
  if (typeof text !== "string" || isPlaceholder(text)) return [];
  const { segments, notes } = splitCell(text);
  const ctx: ResolveContext = { directory, notes, inListSegment: false, ...(issuer ? { issuer } : {}) };
  const refs: AgencyRef[] = [];
  for (const whole of segments) {
    // "Bộ Công an với các nội dung về …", "Bộ Công an, Bộ KH&CN với các tiêu chuẩn …": what follows "với" says
    // which part of the task is theirs — a remark on the agencies before it, not more agencies.
    const withAt = /(?<!phối hợp|kết hợp|cùng|làm việc)\s+với\s+/u.exec(whole);
    const segment = withAt && startsWithHeadWord(whole) ? whole.slice(0, withAt.index) : whole;
    const remark = segment !== whole ? whole.slice(segment.length).trim() : "";
    const before = refs.length;
    let rest = segment;
    ctx.inListSegment = false;
    // "Cơ quan phối hợp: …", "Các sở: Tư pháp, …", "Các đơn vị: …": what stands before a colon.
    for (let colon = rest.indexOf(":"); colon >= 0; colon = rest.indexOf(":")) {
      const head = rest.slice(0, colon);
      rest = rest.slice(colon + 1).trim();
      const kind = classifyHead(unmask(head, notes).text);
      if (kind.kind === "list") {
        ctx.list = kind.head;
        ctx.inListSegment = true;
      } else if (kind.kind === "other" && startsPlural(head) && !directory.lookup(unmask(head, notes).text)) {
        // "Các trường: Đại học, Cao đẳng, Trung cấp trên địa bàn tỉnh": a class spelled out, one group.
        rest = `${head.trim()} ${rest}`;
        break;
      } else if (kind.kind === "other") {
        resolveSegment(head.trim(), ctx, refs);
      }
    }
    if (rest !== "") resolveSegment(rest, ctx, refs);
    if (remark && refs.length > before) {
      const last = refs[refs.length - 1] as AgencyRef;
      refs[refs.length - 1] = { ...last, note: last.note ? `${last.note}; ${unmask(remark, notes).text}` : unmask(remark, notes).text };
    }
  }
  return dedupe(refs.map((r) => spelled(r, directory)));
}

/**
 * A known name written with lost diacritics is flagged; an unknown one a letter away from its suggestion is
 * read as that agency, and flagged. Either way the reading is certain and the spelling is what to fix.
 */
function spelled(ref: AgencyRef, directory: AgencyDirectory): AgencyRef {
  if (ref.known) {
    const entry = directory.lookup(ref.text)?.entry ?? directory.get(ref.canonical);
    return entry && hasDiacriticSlip(ref.text, entry) ? { ...ref, misspelled: "diacritics" } : ref;
  }
  if (!ref.suggestion || !isOneLetterSlip(ref.text, ref.suggestion)) return ref;
  const entry = directory.get(ref.suggestion);
  if (!entry) return ref;
  const { suggestion: _unused, ...rest } = ref;
  void _unused;
  return {
    ...rest,
    canonical: entry.canonical,
    known: true,
    group: entry.kind === "group",
    level: entry.level,
    ...(entry.validFrom ? { validFrom: entry.validFrom } : {}),
    ...(entry.validUntil ? { validUntil: entry.validUntil } : {}),
    ...(entry.successors?.length ? { successors: [...entry.successors] } : {}),
    ...(entry.ambiguousSuccessor ? { ambiguousSuccessor: true } : {}),
    misspelled: "typo",
  };
}

/** The same agency named twice in one cell ("Các sở, ngành; các sở, ban, ngành") counts once. */
function dedupe(refs: AgencyRef[]): AgencyRef[] {
  const seen = new Set<string>();
  const out: AgencyRef[] = [];
  // A long cell names the same few bodies thousands of times: each spelling is keyed once.
  const keys = new Map<string, string>();
  for (const r of refs) {
    let k = keys.get(r.canonical);
    if (k === undefined) keys.set(r.canonical, (k = agencyKey(r.canonical)));
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(r);
  }
  return out;
}
