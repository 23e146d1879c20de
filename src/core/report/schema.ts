import { z } from "zod";

/**
 * The JSON report of `phuluc check --json` (contract: shared/spec/cli-and-report.md). Other tools depend on
 * these names: extend, never rename. Parsing a report with this schema is how tests and consumers check it;
 * z.object accepts (and drops) keys it does not know, so a newer report still parses with an older schema.
 */

export const agencyItemSchema = z.object({
  text: z.string(),
  canonical: z.string(),
  group: z.boolean(),
  known: z.boolean().optional(),
  suggestion: z.string().optional(),
  suggestionGroup: z.boolean().optional(),
  level: z.string().optional(),
  successors: z.array(z.string()).optional(),
  ambiguousSuccessor: z.boolean().optional(),
  note: z.string().optional(),
  // Extensions: the last day the name was in use, and a spelling slip the name was read through.
  validUntil: z.string().optional(),
  misspelled: z.enum(["diacritics", "typo"]).optional(),
  recognisedBy: z.enum(["form"]).optional(),
  countAs: z.string().optional(),
});

export const milestoneSchema = z.object({
  label: z.string().optional(),
  kind: z.enum(["date", "month", "quarter", "half", "year", "range", "recurring", "continuous", "conditional"]),
  due: z.iso.date().optional(),
  quarters: z.array(z.string().regex(/^\d{4}-Q[1-4]$/)),
  every: z.enum(["year", "quarter", "month", "week"]).optional(),
  from: z.number().int().optional(),
  to: z.number().int().optional(),
  // Extensions beyond the contract (see src/core/deadline/types.ts).
  start: z.iso.date().optional(),
  interval: z.number().int().positive().optional(),
  monthDay: z
    .string()
    .regex(/^\d{2}-\d{2}$/)
    .optional(),
  condition: z.string().optional(),
  approximate: z.string().optional(),
  remark: z.string().optional(),
  text: z.string().optional(),
});

export const deadlineSchema = z.object({
  text: z.string(),
  understood: z.boolean(),
  milestones: z.array(milestoneSchema),
  unparsed: z.array(z.string()).optional(),
  problems: z.array(z.object({ text: z.string(), reason: z.string() })).optional(),
});

const column = z.string().regex(/^[A-Z]{1,3}$/);

export const tableSchema = z.object({
  range: z.string().regex(/^[A-Z]{1,3}\d+:[A-Z]{1,3}\d+$/),
  headerRows: z.array(z.number().int().positive()).min(1),
  columns: z.object({
    tt: column.optional(),
    task: column,
    product: column.optional(),
    lead: column.optional(),
    support: column.optional(),
    deadline: column.optional(),
    // Extensions: the status/progress column and the responsible-person column (see header-roles.ts).
    status: column.optional(),
    responsible: column.optional(),
  }),
  planPeriod: z.object({ from: z.number().int(), to: z.number().int() }).nullable(),
  // Extensions beyond the contract.
  numberRow: z.number().int().positive().nullable().optional(),
  planPeriodSource: z.enum(["title", "deadlines", "user"]).nullable().optional(),
  extraColumns: z.array(z.object({ column: column, header: z.string() })).optional(),
  sections: z.number().int().optional(),
  tasks: z.number().int().optional(),
  // Extension: who issued the plan and when, as read from the title lines (null where they do not say).
  issuer: z
    .object({
      name: z.string(),
      level: z.enum(["central", "province", "district", "commune"]),
      kind: z.string(),
      place: z.string().optional(),
    })
    .nullable()
    .optional(),
  planDate: z.string().nullable().optional(),
});

export const taskSchema = z.object({
  file: z.string(),
  sheet: z.string(),
  row: z.number().int().positive(),
  tt: z.string(),
  section: z.string().nullable(),
  task: z.string(),
  product: z.string(),
  lead: z.array(agencyItemSchema),
  support: z.array(agencyItemSchema),
  deadline: deadlineSchema,
  // Extensions beyond the contract.
  lastRow: z.number().int().positive().optional(),
  sectionPath: z.array(z.string()).optional(),
  extras: z.record(z.string(), z.string()).optional(),
  status: z.string().optional(),
  responsible: z.string().optional(),
});

export const issueSchema = z.object({
  file: z.string(),
  sheet: z.string(),
  cell: z.string().optional(),
  row: z.number().int().positive().optional(),
  column: z.string().nullable().optional(),
  code: z.string(),
  severity: z.enum(["error", "warning", "info"]),
  message: z.string(),
  value: z.string().optional(),
  suggestion: z.string().optional(),
});

export const totalsSchema = z.object({
  tasks: z.number().int().nonnegative(),
  errors: z.number().int().nonnegative(),
  warnings: z.number().int().nonnegative(),
  infos: z.number().int().nonnegative(),
  byCode: z.record(z.string(), z.number().int().positive()),
});

export const reportSchema = z.object({
  version: z.literal(1),
  files: z.array(
    z.object({
      path: z.string(),
      sheets: z.array(z.object({ name: z.string(), table: tableSchema.nullable(), tables: z.array(tableSchema).optional() })),
      hiddenSheets: z.array(z.string()).optional(),
    }),
  ),
  tasks: z.array(taskSchema),
  issues: z.array(issueSchema),
  /** Extension: tasks checked and issues per severity and per code. */
  totals: totalsSchema.optional(),
});

export type AgencyItem = z.infer<typeof agencyItemSchema>;
export type DeadlineItem = z.infer<typeof deadlineSchema>;
export type ReportTable = z.infer<typeof tableSchema>;
export type ReportTask = z.infer<typeof taskSchema>;
export type ReportIssue = z.infer<typeof issueSchema>;
export type Report = z.infer<typeof reportSchema>;
