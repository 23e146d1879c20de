import { AgencyDirectory, parseAgencyCell } from "../agency";
import { parseDeadline } from "../deadline";
import { CellReaders } from "../report/build";
import { AgencyItem, DeadlineItem } from "../report/schema";
import { errorValueIn } from "../validate/cell-errors";

/** An error value ("#REF!") is no agency's name: read the cell without it, so no summary lists "#REF!". */
const withoutErrorValues = (text: string) =>
  errorValueIn(text)
    ? text
        .split("\n")
        .filter((l) => !errorValueIn(l))
        .join("\n")
    : text;

/**
 * The engine's readers for agency and deadline cells, over a directory (built-in plus the user's own).
 * Plans repeat the same cells ("Các sở, ban, ngành; UBND cấp huyện" on most rows), so each distinct text is
 * read once per reader set; results are shared, so callers must not mutate them.
 */
export function createCellReaders(directory: AgencyDirectory): CellReaders {
  const agencyCache = new Map<string, AgencyItem[]>();
  const deadlineCache = new Map<string, DeadlineItem>();
  return {
    agencies: (text, issuer) => {
      const key = `${issuer ? `${issuer.level}${issuer.centralCity ? "+city" : ""}` : ""}\u0000${text}`;
      let items = agencyCache.get(key);
      if (!items) {
        items = parseAgencyCell(
          withoutErrorValues(text),
          directory,
          issuer ? { level: issuer.level, ...(issuer.centralCity ? { centralCity: true } : {}) } : undefined,
        ).map((a) => ({
          text: a.text,
          canonical: a.canonical,
          group: a.group,
          known: a.known,
          ...(a.suggestion ? { suggestion: a.suggestion, suggestionGroup: directory.get(a.suggestion)?.kind === "group" } : {}),
          ...(a.level ? { level: a.level } : {}),
          ...(a.validUntil ? { validUntil: a.validUntil } : {}),
          ...(a.misspelled ? { misspelled: a.misspelled } : {}),
          ...(a.recognisedBy ? { recognisedBy: a.recognisedBy } : {}),
          ...(a.countAs ? { countAs: a.countAs } : {}),
          ...(a.successors?.length ? { successors: [...a.successors] } : {}),
          ...(a.ambiguousSuccessor ? { ambiguousSuccessor: true } : {}),
          ...(a.note ? { note: a.note } : {}),
        }));
        agencyCache.set(key, items);
      }
      return items;
    },
    deadline: (text, planPeriod) => {
      const key = `${planPeriod ? `${planPeriod.from}-${planPeriod.to}` : ""}\u0000${text}`;
      let result = deadlineCache.get(key);
      if (!result) {
        result = parseDeadline(text, planPeriod ? { planPeriod } : {});
        deadlineCache.set(key, result);
      }
      return result;
    },
  };
}
