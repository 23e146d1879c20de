/**
 * The vocabulary of agency understanding. An agency cell ("Cơ quan chủ trì", "Cơ quan phối hợp") is read into
 * AgencyRefs; the directory knows which names are real agencies, which are collective groups, and how the
 * 2025 reorganisation renamed them.
 */

/** The level of government an agency belongs to; "any" for groups and bodies found at several levels. */
export type AgencyLevel = "central" | "province" | "district" | "commune" | "any";

/** "agency": one accountable body. "group": a collective phrase ("Các sở, ban, ngành") that is not one body. */
export type AgencyKind = "agency" | "group";

/** One entry of the directory, as the data file and user entries describe it. */
export interface AgencyEntry {
  readonly canonical: string;
  readonly aliases: readonly string[];
  readonly kind: AgencyKind;
  readonly level: AgencyLevel;
  /** "YYYY", "YYYY-MM" or "YYYY-MM-DD": first day the name was in use, where it matters. */
  readonly validFrom?: string;
  /** Last day the name was in use (merged, renamed or abolished). */
  readonly validUntil?: string;
  /** Canonical names that took over its work. */
  readonly successors?: readonly string[];
  /** The work was split between several successors: never map it to one of them silently. */
  readonly ambiguousSuccessor?: boolean;
  /** Counted under this entry's name in summaries (the same body, worded otherwise). */
  readonly countAs?: string;
  /** In a centrally issued plan the bare name means every such body: read as this group there. */
  readonly inCentralPlan?: string;
  /** For a reader of the data: what happened, how sure we are. */
  readonly note?: string;
  readonly source: "builtin" | "user";
}

/** An agency named in a cell. */
export interface AgencyRef {
  /** As written in the cell, cleaned (NFC, one line, new-style tone marks, note removed). */
  readonly text: string;
  /** The directory's canonical name; for an unknown name, the text itself. */
  readonly canonical: string;
  readonly group: boolean;
  readonly known: boolean;
  readonly level?: AgencyLevel;
  /** Nearest known canonical name, for unknown names only. */
  readonly suggestion?: string;
  /** The name's era in the directory: a plan dated after validUntil names a body that no longer exists. */
  readonly validFrom?: string;
  readonly validUntil?: string;
  readonly successors?: readonly string[];
  readonly ambiguousSuccessor?: boolean;
  /** A parenthetical or trailing remark that is not part of the name. */
  readonly note?: string;
  /** The name summaries count it under, when it differs from `canonical` (the same body worded otherwise). */
  readonly countAs?: string;
  /** Not in the directory but recognised by its form (forms.ts): a named body or a class of bodies. */
  readonly recognisedBy?: "form";
  /** Read as `canonical` though written with lost diacritics or a one-letter slip (spelling.ts). */
  readonly misspelled?: "diacritics" | "typo";
}

/** What a user adds in the workbook sheet "Danh mục cơ quan" (or the add-in's own store). */
export interface UserAgencyEntry {
  readonly canonical: string;
  readonly aliases: readonly string[];
  readonly kind?: AgencyKind;
  readonly level?: AgencyLevel;
}
