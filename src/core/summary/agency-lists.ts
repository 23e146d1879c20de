import { agencyKey, AgencyRef } from "./agencies";
import { AgencyTally, TimedTask } from "./tally";

/** One task in an agency's list, with the other agencies named on it. */
export interface ListedTask {
  readonly timed: TimedTask;
  /** Co-leads and supports (for a lead list) or leads and other supports (for a support list), without the agency itself. */
  readonly otherLeads: readonly AgencyRef[];
  readonly otherSupports: readonly AgencyRef[];
}

export interface AgencyTaskList {
  readonly agency: AgencyTally;
  readonly lead: readonly ListedTask[];
  readonly support: readonly ListedTask[];
}

function listed(timed: TimedTask, self: string): ListedTask {
  return {
    timed,
    otherLeads: timed.leads.filter((a) => a.key !== self),
    otherSupports: timed.supports.filter((a) => a.key !== self),
  };
}

export function agencyTaskList(agency: AgencyTally): AgencyTaskList {
  return {
    agency,
    lead: agency.leadTasks.map((t) => listed(t, agency.key)),
    support: agency.supportTasks.map((t) => listed(t, agency.key)),
  };
}

/**
 * The agencies whose lists are wanted: all of them, or those named in `wanted` (matched on the canonical name,
 * ignoring case and spacing), in the summary's order. Names that match nothing come back in `unmatched`.
 */
export function selectAgencies(
  tallies: readonly AgencyTally[],
  wanted?: readonly string[],
): { selected: AgencyTally[]; unmatched: string[] } {
  if (!wanted) return { selected: [...tallies], unmatched: [] };
  const keys = new Set(wanted.map(agencyKey));
  const known = new Set(tallies.map((t) => t.key));
  return {
    selected: tallies.filter((t) => keys.has(t.key)),
    unmatched: wanted.filter((w) => !known.has(agencyKey(w))),
  };
}
