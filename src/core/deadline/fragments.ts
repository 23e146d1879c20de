import { cleanText } from "../text/normalize";

/**
 * A cell holds one or more milestones: one per line, per bullet ("-", "+", "•", "1.", "a)") or per ";"
 * ("- Ban hành kế hoạch trong quý I/2021;\n- Báo cáo trong quý IV năm 2021;"). Commas are not split here:
 * they also separate the items of one phrase ("Quí II, III năm 2021") and the words of a label.
 */

// A bullet: dashes and symbols; "1." / "2)" before a word (not "31.12.2021"); "a)" before a space.
const BULLET = /^(?:[-+•–—*·●○▪■►❖➢✓]+\s*|\d{1,2}[.)](?=\s|\p{L})\s*|[a-zđ]\)\s+)/iu;
const TRAILING = /[\s.,;:]+$/u;
// "Thời gian thực hiện: …" copied with its heading from a prose plan (seed 004).
const HEADING = /^(?:thời gian(?: thực hiện| hoàn thành)?|thời hạn(?: hoàn thành)?|tiến độ(?: thực hiện)?)\s*:\s*/iu;

function tidy(piece: string): string {
  let s = piece.trim();
  for (let guard = 0; guard < 3; guard++) {
    const next = s.replace(BULLET, "").replace(HEADING, "").trim();
    if (next === s) break;
    s = next;
  }
  return s.replace(TRAILING, "").trim();
}

/** Splits at ";" outside parentheses: "(sau khi … công chức; vị trí việc làm viên chức)" is one remark. */
function splitSemicolons(line: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === "(") depth++;
    else if (c === ")") depth = Math.max(0, depth - 1);
    else if (c === ";" && depth === 0) {
      out.push(line.slice(from, i));
      from = i + 1;
    }
  }
  out.push(line.slice(from));
  return out;
}

/** The fragments of a cell, cleaned (NFC, one kind of space), without bullets and trailing punctuation. */
export function splitFragments(text: string): string[] {
  return cleanText(text)
    .split("\n")
    .flatMap((line) => splitSemicolons(tidy(line)))
    .map(tidy)
    .filter((f) => /[\p{L}\p{N}]/u.test(f));
}
