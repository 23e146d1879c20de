import { AgencyDirectory, parseAgencyCell } from "../agency";
import { parseDeadline } from "../deadline";
import { CellReaders } from "../report/build";

/** The engine's readers for agency and deadline cells, over a directory (built-in plus the user's own). */
export function createCellReaders(directory: AgencyDirectory): CellReaders {
  return {
    agencies: (text) =>
      parseAgencyCell(text, directory).map((a) => ({
        text: a.text,
        canonical: a.canonical,
        group: a.group,
        known: a.known,
        ...(a.suggestion ? { suggestion: a.suggestion, suggestionGroup: directory.get(a.suggestion)?.kind === "group" } : {}),
        ...(a.level ? { level: a.level } : {}),
        ...(a.successors?.length ? { successors: [...a.successors] } : {}),
        ...(a.ambiguousSuccessor ? { ambiguousSuccessor: true } : {}),
        ...(a.note ? { note: a.note } : {}),
      })),
    deadline: (text, planPeriod) => parseDeadline(text, planPeriod ? { planPeriod } : {}),
  };
}
