// "Tạo bảng tổng hợp": the agencies to choose from and the summary sheets to write, built by the engine.
import type { CellLink, SheetSpec } from "../../core/sheets/spec";
import { buildSummarySheets, tallyAgencies, timeTasks } from "../../core/summary";
import type { SummaryTask } from "../../core/summary";
import type { PlanTable } from "../../core/plan/types";
import { cellAddress } from "../../core/workbook/address";

export interface AgencyChoice {
  readonly key: string;
  /** Canonical name, as the summary's per-agency list selection expects it. */
  readonly name: string;
  readonly group: boolean;
  readonly lead: number;
  readonly support: number;
}

/** Every agency the tasks name, in the summary's order (agencies before groups, most tasks led first). */
export function agencyChoices(tasks: readonly SummaryTask[]): AgencyChoice[] {
  return tallyAgencies(timeTasks(tasks)).map((a) => ({
    key: a.key,
    name: a.name,
    group: a.group,
    lead: a.leadTasks.length,
    support: a.supportTasks.length,
  }));
}

export interface SummaryRequest {
  readonly tasks: readonly SummaryTask[];
  readonly table: PlanTable;
  /** Keys of the agencies chosen for per-agency lists. */
  readonly chosen: ReadonlySet<string>;
  readonly choices: readonly AgencyChoice[];
  /** Names of the user's own sheets (never reused). */
  readonly takenNames: readonly string[];
}

/** The plan cell a listed task links back to: its task cell on the plan sheet. */
export function planLink(table: PlanTable): (task: SummaryTask) => CellLink | null {
  return (task) => (task.sheet === table.sheet ? { sheet: table.sheet, address: cellAddress(task.row - 1, table.columns.task) } : null);
}

export function summarySpecs(req: SummaryRequest): SheetSpec[] {
  const all = req.choices.length > 0 && req.choices.every((c) => req.chosen.has(c.key));
  const names = req.choices.filter((c) => req.chosen.has(c.key)).map((c) => c.name);
  const { sheets } = buildSummarySheets(
    {
      tasks: req.tasks,
      plan: { titleLines: req.table.titleLines, period: req.table.planPeriod, sources: [{ file: "", sheet: req.table.sheet }] },
      link: planLink(req.table),
    },
    {
      takenNames: req.takenNames,
      ...(all ? {} : names.length ? { agencies: names } : { agencyLists: false }),
    },
  );
  return sheets;
}
