import { z } from "zod";

/**
 * The JSON report of `phuluc check --json` (contract: shared/spec/cli-and-report.md). Other tools depend on
 * these names: extend, never rename. Parsing a report with this schema is how tests and consumers check it.
 */

export const agencyItemSchema = z.looseObject({
  text: z.string(),
  canonical: z.string(),
  group: z.boolean(),
  known: z.boolean().optional(),
});

export const milestoneSchema = z.looseObject({
  label: z.string().optional(),
  kind: z.enum(["date", "month", "quarter", "half", "year", "range", "recurring", "continuous", "conditional"]),
  due: z.iso.date().optional(),
  quarters: z.array(z.string().regex(/^\d{4}-Q[1-4]$/)),
  every: z.enum(["year", "quarter", "month", "week"]).optional(),
  from: z.number().int().optional(),
  to: z.number().int().optional(),
});

export const deadlineSchema = z.looseObject({
  text: z.string(),
  understood: z.boolean(),
  milestones: z.array(milestoneSchema),
});

const column = z.string().regex(/^[A-Z]{1,3}$/);

export const tableSchema = z.looseObject({
  range: z.string().regex(/^[A-Z]{1,3}\d+:[A-Z]{1,3}\d+$/),
  headerRows: z.array(z.number().int().positive()).min(1),
  columns: z.looseObject({
    tt: column.optional(),
    task: column,
    product: column.optional(),
    lead: column.optional(),
    support: column.optional(),
    deadline: column.optional(),
  }),
  planPeriod: z.object({ from: z.number().int(), to: z.number().int() }).nullable(),
});

export const taskSchema = z.looseObject({
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
});

export const issueSchema = z.looseObject({
  file: z.string(),
  sheet: z.string(),
  cell: z.string().optional(),
  row: z.number().int().positive().optional(),
  column: z.string().optional(),
  code: z.string(),
  severity: z.enum(["error", "warning", "info"]),
  message: z.string(),
});

export const reportSchema = z.looseObject({
  version: z.literal(1),
  files: z.array(
    z.looseObject({
      path: z.string(),
      sheets: z.array(z.looseObject({ name: z.string(), table: tableSchema.nullable() })),
    }),
  ),
  tasks: z.array(taskSchema),
  issues: z.array(issueSchema),
});

export type AgencyItem = z.infer<typeof agencyItemSchema>;
export type DeadlineItem = z.infer<typeof deadlineSchema>;
export type ReportTable = z.infer<typeof tableSchema>;
export type ReportTask = z.infer<typeof taskSchema>;
export type ReportIssue = z.infer<typeof issueSchema>;
export type Report = z.infer<typeof reportSchema>;
