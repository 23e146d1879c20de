import { formatPlanPeriod } from "../plan/period";
import { Role } from "../plan/types";
import { foldKey, oneLine } from "../text/normalize";
import { isPlaceholder } from "../text/placeholder";
import { errorValueIn } from "./cell-errors";
import { suggestDeadline } from "./deadline-suggestion";
import { CheckedTask, Finding, Rule, RuleContext } from "./types";

/** A finding on the task's own cell of the given role (the cell a user clicks, inside a merge or not). */
function at(ctx: RuleContext, t: CheckedTask, role: Role, rest: Omit<Finding, "row" | "col" | "role">): Finding | null {
  const col = ctx.table.columns[role as "task"];
  if (col === undefined) return null;
  return { ...rest, row: t.task.row, col, role };
}

const present = <T>(x: T | null): x is T => x !== null;

const blankOrPlaceholder = (text: string) => text.trim() === "" || isPlaceholder(text);

/** A blank cell counts as missing only when merged areas are known (it could be inside one otherwise). */
const missing = (ctx: RuleContext, text: string) => isPlaceholder(text) || (text.trim() === "" && ctx.mergesKnown !== false);

/**
 * Blank after merges (PlanTask values already carry a merged area's value, so blank means really blank), a
 * placeholder ("-", "(chưa giao)"), or text that names no agency at all.
 */
const missingLead: Rule = (ctx) =>
  ctx.tasks
    .filter((t) => t.task.task.trim() !== "" && (missing(ctx, t.task.lead) || (t.task.lead.trim() !== "" && t.lead.length === 0)))
    .map((t) => at(ctx, t, "lead", { code: "MISSING_LEAD", value: t.task.lead }))
    .filter(present);

const missingDeadline: Rule = (ctx) =>
  ctx.tasks
    .filter((t) => t.task.task.trim() !== "" && missing(ctx, t.task.deadline))
    .map((t) => at(ctx, t, "deadline", { code: "MISSING_DEADLINE", value: t.task.deadline }))
    .filter(present);

const onlyDurations = (d: CheckedTask["deadline"]) =>
  (d.problems ?? []).length > 0 && (d.problems ?? []).every((p) => p.reason === "duration");

const unparseableDeadline: Rule = (ctx) =>
  ctx.tasks
    // A cell that is only a duration gets DEADLINE_DURATION instead: it is readable, just not a deadline.
    .filter((t) => !blankOrPlaceholder(t.task.deadline) && !t.deadline.understood && !onlyDurations(t.deadline))
    .map((t) => {
      // A cell too long to be a deadline is not read at all: say so, rather than "cannot understand" it.
      if ((t.deadline.problems ?? []).some((p) => p.reason === "too-long"))
        return at(ctx, t, "deadline", { code: "UNPARSEABLE_DEADLINE", value: t.task.deadline, variant: "too-long" });
      const suggestion = suggestDeadline(t.task.deadline, ctx.readDeadline);
      return at(ctx, t, "deadline", {
        code: "UNPARSEABLE_DEADLINE",
        value: t.task.deadline,
        ...(suggestion ? { suggestion } : {}),
      });
    })
    .filter(present);

const missingTask: Rule = (ctx) =>
  ctx.tasks
    .filter((t) => missing(ctx, t.task.task))
    .map((t) => at(ctx, t, "task", { code: "MISSING_TASK", value: "" }))
    .filter(present);

const missingProduct: Rule = (ctx) =>
  ctx.table.columns.product === undefined
    ? []
    : ctx.tasks
        .filter((t) => missing(ctx, t.task.product) && t.task.task.trim() !== "")
        .map((t) => at(ctx, t, "product", { code: "MISSING_PRODUCT", value: "" }))
        .filter(present);

const uniqueNames = (items: CheckedTask["lead"]) => [...new Set(items.map((a) => a.canonical))];

type AgencyCellItem = CheckedTask["lead"][number];
interface Suggestion {
  readonly name: string;
  readonly group: boolean;
}

/** Known agencies named anywhere in the table, with how often and whether each is a group. */
const tableNames = new WeakMap<RuleContext, Map<string, { count: number; group: boolean }>>();
function knownInTable(ctx: RuleContext): Map<string, { count: number; group: boolean }> {
  let names = tableNames.get(ctx);
  if (!names) {
    names = new Map();
    for (const t of ctx.tasks)
      for (const a of [...t.lead, ...t.support])
        if (a.known) names.set(a.canonical, { count: (names.get(a.canonical)?.count ?? 0) + 1, group: a.group });
    tableNames.set(ctx, names);
  }
  return names;
}

/**
 * The name to suggest for an unknown agency. The plan itself is the best witness: a bare "UBND" in a table
 * that says "UBND cấp huyện" twenty times means that, not the directory's nearest spelling. Failing that,
 * the directory's suggestion.
 */
function suggestionFor(ctx: RuleContext, item: AgencyCellItem): Suggestion | undefined {
  const key = foldKey(item.text);
  let best: { name: string; count: number; group: boolean } | undefined;
  if (key)
    for (const [name, info] of knownInTable(ctx))
      if (foldKey(name).startsWith(`${key} `) && (!best || info.count > best.count)) best = { name, ...info };
  if (best) return { name: best.name, group: best.group };
  return item.suggestion ? { name: item.suggestion, group: item.suggestionGroup === true } : undefined;
}

const multipleLeads: Rule = (ctx) =>
  ctx.tasks
    .map((t) => {
      const named = uniqueNames(t.lead.filter((a) => !a.group));
      return named.length > 1
        ? at(ctx, t, "lead", { code: "MULTIPLE_LEADS", value: oneLine(t.task.lead), values: { count: named.length } })
        : null;
    })
    .filter(present);

/**
 * Only groups lead: no known named agency, and every piece is a group — an unknown piece counting as a group
 * when the name it most likely stands for is one ("UBND" beside "Sở, ban, ngành"). A misspelled named agency
 * ("Sở Tư phap") stands for a named agency, so it does not make a group-only lead.
 */
const leadIsGroup: Rule = (ctx) =>
  ctx.tasks
    .filter((t) => t.lead.some((a) => a.group) && t.lead.every((a) => a.group || (!a.known && suggestionFor(ctx, a)?.group === true)))
    .map((t) => at(ctx, t, "lead", { code: "LEAD_IS_GROUP", value: oneLine(t.task.lead) }))
    .filter(present);

const leadAlsoSupport: Rule = (ctx) =>
  ctx.tasks.flatMap((t) => {
    const supports = new Set(t.support.map((a) => a.canonical));
    return uniqueNames(t.lead)
      .filter((name) => supports.has(name))
      .map((name) => at(ctx, t, "support", { code: "LEAD_ALSO_SUPPORT", value: name }))
      .filter(present);
  });

const undatedDeadline: Rule = (ctx) =>
  ctx.tasks
    .filter((t) => t.deadline.understood && t.deadline.milestones.length > 0)
    .filter((t) => t.deadline.milestones.every((m) => m.kind === "conditional"))
    .map((t) => at(ctx, t, "deadline", { code: "UNDATED_DEADLINE", value: t.task.deadline }))
    .filter(present);

function formatDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

/** Only against a period the plan states (title) or the user gave: one guessed from the deadlines proves nothing. */
const deadlineOutsidePlan: Rule = (ctx) => {
  const period = ctx.table.planPeriod;
  if (!period || ctx.table.planPeriodSource === "deadlines") return [];
  return ctx.tasks
    .map((t) => {
      const outside = t.deadline.milestones.find((m) => {
        if (!m.due) return false;
        const year = Number(m.due.slice(0, 4));
        return year < period.from || year > period.to;
      });
      return outside?.due
        ? at(ctx, t, "deadline", {
            code: "DEADLINE_OUTSIDE_PLAN",
            value: t.task.deadline,
            values: { other: formatDate(outside.due), period: formatPlanPeriod(period) },
          })
        : null;
    })
    .filter(present);
};

/** Unknown names, except in cells typed in a legacy encoding: those get one LEGACY_ENCODING instead. */
const unknownAgency: Rule = (ctx) =>
  ctx.tasks.flatMap((t) =>
    (["lead", "support"] as const).flatMap((role) => {
      if (ctx.looksLegacy(t.task[role]) || isPlaceholder(t.task[role])) return [];
      const seen = new Set<string>();
      return t[role]
        .filter((a) => a.known === false && !seen.has(a.text) && seen.add(a.text))
        .map((a) => {
          const suggestion = suggestionFor(ctx, a)?.name;
          return at(ctx, t, role, { code: "UNKNOWN_AGENCY", value: a.text, ...(suggestion ? { suggestion } : {}) });
        })
        .filter(present);
    }),
  );

/** Short texts ("Báo cáo") repeat legitimately; only a real sentence repeated is a duplicate. */
const MIN_DUPLICATE_KEY = 15;

const duplicateTask: Rule = (ctx) => {
  const first = new Map<string, number>();
  const out: Finding[] = [];
  for (const t of ctx.tasks) {
    const key = foldKey(t.task.task);
    if (key.length < MIN_DUPLICATE_KEY) continue;
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, t.task.row);
    else {
      const f = at(ctx, t, "task", { code: "DUPLICATE_TASK", value: oneLine(t.task.task), values: { other: earlier + 1 } });
      if (f) out.push(f);
    }
  }
  return out;
};

/**
 * Numbers 1, 2, 3 … (and 1.1, 1.2 under the same parent) follow each other. A section may restart at 1 or run
 * on from the section before (1–3 in I, 4–8 in II): both are normal styles. The first task of the table is not
 * judged (an appendix may continue another), so a message always names the number it should have followed.
 */
const numbering: Rule = (ctx) => {
  const out: Finding[] = [];
  const last = new Map<string, number>();
  const running = new Map<string, number>();
  const col = ctx.table.columns.tt ?? ctx.table.columns.task;
  for (const t of ctx.tasks) {
    const m = /^(?:(\d+(?:\.\d+)*)\.)?(\d+)$/.exec(t.task.tt);
    if (!m) continue;
    const parent = m[1] ?? "";
    const scope = `${t.task.section?.row ?? -1}|${parent}`;
    const n = Number(m[2]);
    const previous = last.get(scope);
    const before = running.get(parent);
    const ok = previous !== undefined ? n === previous + 1 : before === undefined || n === 1 || n === before + 1;
    const other = previous ?? before;
    if (!ok && other !== undefined)
      out.push({
        code: "NUMBERING",
        row: t.task.row,
        col,
        role: ctx.table.columns.tt !== undefined ? "tt" : "task",
        value: t.task.tt,
        values: { other: `${parent ? `${parent}.` : ""}${other}` },
      });
    last.set(scope, n);
    running.set(parent, n);
  }
  return out;
};

/** One finding per table, at the first legacy-encoded cell, with how many there are. */
const legacyEncoding: Rule = (ctx) => {
  const hits: Finding[] = [];
  for (const t of ctx.tasks)
    for (const role of ["task", "product", "lead", "support", "deadline"] as const) {
      const text = t.task[role];
      if (text && ctx.looksLegacy(text)) {
        const f = at(ctx, t, role, { code: "LEGACY_ENCODING", value: oneLine(text).slice(0, 60) });
        if (f) hits.push(f);
      }
    }
  const first = hits[0];
  return first ? [{ ...first, values: { count: hits.length } }] : [];
};

/**
 * The day the plan's names are judged against: the later of its date and the first day of its period — a
 * plan for 2026 signed in December 2025 still assigns its tasks in 2026. Null when neither is known.
 */
export function referenceDate(table: RuleContext["table"]): string | null {
  const dated = table.context.date;
  const period = table.planPeriod && table.planPeriodSource !== "deadlines" ? `${table.planPeriod.from}-01-01` : null;
  if (dated && period) return dated > period ? dated : period;
  return dated ?? period;
}

/** An era bound ("2025", "2025-06", "2025-06-30") as the last day it covers. */
function lastDay(bound: string): string {
  if (/^\d{4}$/.test(bound)) return `${bound}-12-31`;
  if (/^\d{4}-\d{2}$/.test(bound)) {
    const [y, m] = bound.split("-").map(Number) as [number, number];
    return `${bound}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, "0")}`;
  }
  return bound;
}

function dayAfter(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return formatDate(d.toISOString().slice(0, 10));
}

/**
 * A body that ceased to exist before the plan's date ("UBND cấp huyện", "Sở Thông tin và Truyền thông" in a 2026
 * plan): warned once per cell, with its successors. An older plan naming it is history, not a mistake.
 */
const outdatedAgency: Rule = (ctx) => {
  const ref = referenceDate(ctx.table);
  if (!ref) return [];
  const asOf = ref.length === 7 ? `${ref}-01` : ref;
  return ctx.tasks.flatMap((t) =>
    (["lead", "support"] as const).flatMap((role) => {
      const seen = new Set<string>();
      return t[role]
        .filter((a) => a.known !== false && a.validUntil !== undefined && lastDay(a.validUntil) < asOf)
        .filter((a) => !seen.has(a.canonical) && seen.add(a.canonical))
        .map((a) =>
          at(ctx, t, role, {
            code: "OUTDATED_AGENCY",
            value: a.text,
            ...(a.successors?.length ? { suggestion: a.successors.join("; ") } : {}),
            values: {
              other: dayAfter(lastDay(a.validUntil as string)),
              period: ref.length === 7 ? `${ref.slice(5)}/${ref.slice(0, 4)}` : formatDate(ref),
            },
          }),
        )
        .filter(present);
    }),
  );
};

/** Names read through lost diacritics or a one-letter slip: the reading stands, the spelling is to fix. */
const agencySpelling: Rule = (ctx) =>
  ctx.tasks.flatMap((t) =>
    (["lead", "support"] as const).flatMap((role) => {
      const seen = new Set<string>();
      return t[role]
        .filter((a) => a.misspelled !== undefined && !seen.has(a.text) && seen.add(a.text))
        .map((a) => at(ctx, t, role, { code: "AGENCY_SPELLING", value: a.text, suggestion: a.canonical }))
        .filter(present);
    }),
  );

/** "01 ngày làm việc": a duration in the deadline column says how long, not by when. */
const deadlineDuration: Rule = (ctx) =>
  ctx.tasks
    .filter((t) => (t.deadline.problems ?? []).some((p) => p.reason === "duration"))
    .map((t) => at(ctx, t, "deadline", { code: "DEADLINE_DURATION", value: oneLine(t.task.deadline) }))
    .filter(present);

/** "Đầu năm 2026" read as Q1: said, never a silent guess. */
const deadlineApproximate: Rule = (ctx) =>
  ctx.tasks
    .map((t) => {
      const m = t.deadline.milestones.find((x) => x.approximate !== undefined && x.due);
      return m?.due
        ? at(ctx, t, "deadline", { code: "DEADLINE_APPROXIMATE", value: oneLine(t.task.deadline), values: { other: formatDate(m.due) } })
        : null;
    })
    .filter(present);

/** A target table with no deadline column: say once that the deadline checks do not apply. */
const noDeadlineColumn: Rule = (ctx) => {
  if (ctx.table.columns.deadline !== undefined || ctx.tasks.length === 0) return [];
  const row = ctx.table.headerRows[0] as number;
  return [{ code: "NO_DEADLINE_COLUMN", row, col: ctx.table.columns.task, role: "task", value: "", values: { count: ctx.tasks.length } }];
};

/**
 * The row of a task spanning rows whose own cell in `col` shows `error`: a task on rows 2–3 with #REF! in E3 is
 * reported at E3, where the user must fix it. The task's row when the sheet is not at hand, or when the error
 * shows through a merged area that starts on (or above) it.
 */
function errorRow(ctx: RuleContext, t: CheckedTask, col: number, error: string): number {
  if (ctx.cellText) for (let r = t.task.row; r <= t.task.lastRow; r++) if (errorValueIn(ctx.cellText(r, col)) === error) return r;
  return t.task.row;
}

/** Every column alike: a cell showing an error value is a formula error (validate.ts silences other rules there). */
const formulaError: Rule = (ctx) =>
  ctx.tasks.flatMap((t) =>
    (["tt", "task", "product", "lead", "support", "deadline"] as const)
      .map((role) => {
        const error = errorValueIn(t.task[role]);
        const f = error ? at(ctx, t, role, { code: "FORMULA_ERROR", value: error }) : null;
        return f && error ? { ...f, row: errorRow(ctx, t, f.col, error) } : f;
      })
      .filter(present),
  );

export const RULES: readonly Rule[] = [
  formulaError,
  missingTask,
  missingLead,
  missingDeadline,
  unparseableDeadline,
  missingProduct,
  multipleLeads,
  leadIsGroup,
  leadAlsoSupport,
  undatedDeadline,
  deadlineOutsidePlan,
  unknownAgency,
  duplicateTask,
  numbering,
  legacyEncoding,
  outdatedAgency,
  agencySpelling,
  deadlineDuration,
  noDeadlineColumn,
  deadlineApproximate,
];
