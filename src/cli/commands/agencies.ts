import { CliIO, stdinCells } from "../io";
import { parseOptionsOnly, readLang, guessLang } from "../options";
import { Lang } from "../../core/text/lang";
import { AgencyRef, createDirectory, looksLegacyEncoded, parseAgencyCell } from "../../core/agency";

/**
 * `phuluc agencies [--json] [--lang vi|en]`: one agency cell per stdin line (the two characters `\n` stand
 * for a line break inside the cell). With --json one object per line, { "text", "agencies": [...] } as the
 * contract says; otherwise one readable line per cell.
 */

// This command's own words; src/cli/messages.ts holds the shared ones.
const WORDS = {
  vi: {
    empty: "(ô trống)",
    group: "nhóm",
    unknown: "chưa có trong danh mục",
    nearest: "gần nhất",
    successors: "nay là",
    ambiguous: "đã chia cho nhiều cơ quan, cần chọn",
    legacy: "văn bản có vẻ gõ bằng bảng mã cũ TCVN3/VNI, cần chuyển sang Unicode",
    none: "không đọc được cơ quan nào",
  },
  en: {
    empty: "(empty cell)",
    group: "group",
    unknown: "not in the directory",
    nearest: "nearest",
    successors: "now",
    ambiguous: "split between several agencies, choose one",
    legacy: "text looks typed in the legacy TCVN3/VNI encoding; convert it to Unicode",
    none: "no agency found",
  },
} as const;

function describe(ref: AgencyRef, lang: Lang): string {
  const w = WORDS[lang];
  const extras: string[] = [];
  if (ref.group) extras.push(w.group);
  if (!ref.known) extras.push(ref.suggestion ? `${w.unknown}; ${w.nearest}: ${ref.suggestion}` : w.unknown);
  if (ref.successors && ref.successors.length > 0) {
    extras.push(ref.ambiguousSuccessor ? `${w.ambiguous}: ${ref.successors.join(", ")}` : `${w.successors}: ${ref.successors.join(", ")}`);
  }
  const name = ref.known ? ref.canonical : `"${ref.canonical}"`;
  return extras.length > 0 ? `${name} (${extras.join("; ")})` : name;
}

export function formatAgencyLine(text: string, refs: readonly AgencyRef[], lang: Lang): string {
  const w = WORDS[lang];
  const shown = text.replace(/\n/g, " / ").trim();
  if (shown === "") return w.empty;
  const legacy = looksLegacyEncoded(text) ? ` [${w.legacy}]` : "";
  const body = refs.length === 0 ? w.none : refs.map((r) => describe(r, lang)).join("; ");
  return `${shown} → ${body}${legacy}`;
}

export async function runAgencies(argv: string[], io: CliIO): Promise<number> {
  const args = parseOptionsOnly(argv, ["lang"], ["json"]);
  const lang = readLang(args.options, guessLang(argv));
  const json = args.options.json === true;
  const directory = createDirectory();
  const cells = stdinCells(await io.readStdin());
  for (const cell of cells) {
    const agencies = parseAgencyCell(cell, directory);
    if (json) {
      const legacy = looksLegacyEncoded(cell);
      io.stdout(JSON.stringify({ text: cell, agencies, ...(legacy ? { legacyEncoding: true } : {}) }) + "\n");
    } else {
      io.stdout(formatAgencyLine(cell, agencies, lang) + "\n");
    }
  }
  return 0;
}
