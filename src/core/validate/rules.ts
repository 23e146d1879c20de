import { formatPlanPeriod } from "../plan/period";
import { Role } from "../plan/types";
import { foldKey, oneLine } from "../text/normalize";
import { isPlaceholder } from "../text/placeholder";
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
const missing = (ctx: RuleContext, text: string) =>
  isPlaceholder(text) || (text.trim() === "" && ctx.mergesKnown !== false);

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

const unparseableDeadline: Rule = (ctx) =>
  ctx.tasks
    .filter((t) => !blankOrPlaceholder(t.task.deadline) && !t.deadline.understood)
    .map((t) => {
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
        ? at(ctx, t, "lead", { code: "MULTIPLE_LEADS", value: named.join("; "), values: { count: named.length } })
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
    .filter(
      (t) =>
        t.lead.some((a) => a.group) &&
        t.lead.every((a) => a.group || (!a.known && suggestionFor(ctx, a)?.group === true)),
    )
    .map((t) => at(ctx, t, "lead", { code: "LEAD_IS_GROUP", value: uniqueNames(t.lead).join("; ") }))
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

/** Within a section, numbers 1, 2, 3 … (and 1.1, 1.2 under the same parent) follow each other. */
const numbering: Rule = (ctx) => {
  const out: Finding[] = [];
  const last = new Map<string, number>();
  const col = ctx.table.columns.tt ?? ctx.table.columns.task;
  for (const t of ctx.tasks) {
    const m = /^(?:(\d+(?:\.\d+)*)\.)?(\d+)$/.exec(t.task.tt);
    if (!m) continue;
    const scope = `${t.task.section?.row ?? -1}|${m[1] ?? ""}`;
    const n = Number(m[2]);
    const previous = last.get(scope);
    const expected = (previous ?? 0) + 1;
    if (n !== expected)
      out.push({
        code: "NUMBERING",
        row: t.task.row,
        col,
        role: ctx.table.columns.tt !== undefined ? "tt" : "task",
        value: t.task.tt,
        values: { other: previous === undefined ? "—" : `${m[1] ? `${m[1]}.` : ""}${previous}` },
      });
    last.set(scope, n);
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

export const RULES: readonly Rule[] = [
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
];
