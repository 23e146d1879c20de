/**
 * Excel's error values, as a cell shows them. Both hosts hand the engine a CellError ({ error: "#REF!" }) and
 * the grid reads it as that text; a clerk typing "#N/A" gets the same error value from Excel. So the text is
 * the one test, and every column treats it the same way: a formula error in that cell (FORMULA_ERROR) — not a
 * blank ("#N/A" folds to the placeholder "na"), not an agency or a deadline that cannot be read.
 */
export const ERROR_VALUES: readonly string[] = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#EXTERNAL!",
  "#PYTHON!",
];

const KNOWN: ReadonlySet<string> = new Set(ERROR_VALUES);

/**
 * The error value a cell's text shows, or null. A task spanning rows joins its cells with line breaks, so any
 * line that is an error value counts: the cell is broken whatever the other lines say.
 */
export function errorValueIn(text: string): string | null {
  if (!text.includes("#")) return null;
  for (const line of text.split("\n")) {
    const t = line.trim().toUpperCase();
    if (KNOWN.has(t)) return t;
  }
  return null;
}

/**
 * Whether a finding's value quotes an error value anywhere ("Sở Nội vụ #REF!" once made one line): what another
 * rule says about such a value is about the broken formula, already reported as FORMULA_ERROR.
 */
export function mentionsErrorValue(text: string): boolean {
  if (!text.includes("#")) return false;
  const upper = text.toUpperCase();
  return ERROR_VALUES.some((e) => upper.includes(e));
}
