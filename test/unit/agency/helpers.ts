import { AgencyRef, createDirectory, parseAgencyCell } from "../../../src/core/agency";

export const directory = createDirectory();

/**
 * One agency as a short string, so that expectations read like the cell: "Sở Tư pháp", "* UBND cấp huyện"
 * for a group, "? Sở Ngoại thương" for an unknown name, "… {note}" when a note was stripped.
 */
export function brief(ref: AgencyRef): string {
  return (ref.known ? "" : "? ") + (ref.group ? "* " : "") + ref.canonical + (ref.note ? ` {${ref.note}}` : "");
}

export function read(cell: string): string[] {
  return parseAgencyCell(cell, directory).map(brief);
}

export type Case = readonly [cell: string, expected: readonly string[]];
