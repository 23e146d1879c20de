/** Agency understanding: the directory, cell parsing, user entries and legacy-encoding detection. */
export type { AgencyEntry, AgencyKind, AgencyLevel, AgencyRef, UserAgencyEntry } from "./types";
export type { AgencyDirectory, AgencyMatch } from "./directory";
export { createDirectory, builtinData } from "./directory";
export { parseAgencyCell } from "./parse";
export { looksLegacyEncoded } from "./legacy";
export { agencyKey } from "./key";
export type { UserAgencyProblem, UserAgencySheet } from "./user-sheet";
export { readUserAgencies, readUserAgencySheet, findUserAgencySheet, isUserAgencySheetName, USER_AGENCY_SHEET } from "./user-sheet";
export { isPlaceholder } from "../text/placeholder";
