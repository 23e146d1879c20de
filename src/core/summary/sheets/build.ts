import { withRowHeights } from "../../sheets/row-heights";
import { CellLink, SheetSpec } from "../../sheets/spec";
import { agencyTaskList, selectAgencies } from "../agency-lists";
import { agencySheetName, SheetNamer } from "../sheet-names";
import { tallyAgencies, timeTasks } from "../tally";
import { CountOptions, SummaryTask } from "../types";
import { agencyTasksSheet } from "./agency-tasks-sheet";
import { byAgencySheet } from "./by-agency-sheet";
import { byQuarterSheet } from "./by-quarter-sheet";
import { PlanInfo } from "./heading";

export const BY_AGENCY_SHEET = "Tổng hợp theo cơ quan";
export const BY_QUARTER_SHEET = "Tổng hợp theo quý";

export interface SummarySheetsInput {
  readonly tasks: readonly SummaryTask[];
  readonly plan: PlanInfo;
  /** The cell a listed task links back to (its row in the plan sheet); null or absent: no link. */
  readonly link?: (task: SummaryTask) => CellLink | null;
}

export interface SummarySheetsOptions extends CountOptions {
  /** Sheet names already in the workbook: never reused (compared as Excel does, ignoring case). */
  readonly takenNames?: Iterable<string>;
  /** Per-agency lists only for these agencies (canonical names); all agencies when absent. */
  readonly agencies?: readonly string[];
  /** false: no per-agency lists at all. */
  readonly agencyLists?: boolean;
}

export interface SummarySheets {
  /** In workbook order: by agency, by quarter, then one list per agency. */
  readonly sheets: SheetSpec[];
  /** Names in `options.agencies` that match no agency of the plan. */
  readonly unmatchedAgencies: string[];
}

/** Every summary sheet of a plan, named so that none clashes with `takenNames` or another. */
export function buildSummarySheets(input: SummarySheetsInput, options: SummarySheetsOptions = {}): SummarySheets {
  const timed = timeTasks(input.tasks, options);
  const tallies = tallyAgencies(timed);
  const namer = new SheetNamer(options.takenNames ?? []);
  const byAgencyName = namer.claim(BY_AGENCY_SHEET);
  const byQuarterName = namer.claim(BY_QUARTER_SHEET);

  const { selected, unmatched } =
    options.agencyLists === false ? { selected: [], unmatched: [] } : selectAgencies(tallies, options.agencies);
  const listSheets = new Map<string, string>();
  for (const a of selected) listSheets.set(a.key, namer.claim(agencySheetName(a.name)));

  const link = input.link ?? (() => null);
  const manySources = new Set(input.tasks.map((t) => `${t.file ?? ""}\u0000${t.sheet}`)).size > 1;
  const sheets: SheetSpec[] = [
    byAgencySheet({
      name: byAgencyName,
      info: input.plan,
      tallies,
      taskCount: input.tasks.length,
      noLead: timed.filter((t) => t.leads.length === 0).length,
      listSheets,
    }),
    byQuarterSheet({
      name: byQuarterName,
      info: input.plan,
      period: input.plan.period,
      tallies,
      timed,
      recurringInMatrix: options.recurringInMatrix === true,
    }),
    ...selected.map((a) =>
      agencyTasksSheet({ name: listSheets.get(a.key) as string, info: input.plan, list: agencyTaskList(a), link, manySources }),
    ),
  ];
  // Heights for wrapped rows are part of the spec, so the CLI and the add-in print the same rows equally tall.
  return { sheets: sheets.map(withRowHeights), unmatchedAgencies: unmatched };
}
