import { CellReaders } from "../core/report/build";

// Until the agency and deadline parsers land, cells are reported as written (issue 2: "raw text for now").
export const cellReaders: CellReaders = {
  agencies: (text) => (text.trim() ? [{ text, canonical: text, group: false, known: false }] : []),
  deadline: (text) => ({ text, understood: false, milestones: [] }),
};
