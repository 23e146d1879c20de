import { z } from "zod";
import type { SummaryJson } from "./summarize";

/**
 * The `summary` part of `phuluc check --json` (contract: shared/spec/cli-and-report.md; its extensions:
 * summarize.ts). Kept apart from the report schema (report/schema.ts), which is the fixed contract of the
 * rest of the report and knows no summary. Strict: a key the summary does not have, or one it lost, fails —
 * so a test that parses a summary with it sees every change to its shape. The type checks below keep this
 * schema and SummaryJson the same in both directions.
 */

const count = z.number().int().nonnegative();
/** "2021-Q4": the quarters summaries count in (quarters.ts, quarterKey). */
const quarter = z.string().regex(/^\d{4}-Q[1-4]$/);
const byQuarter = z.record(quarter, z.number().int().positive());

const breakdownSchema = z
  .object({ byQuarter, recurring: count, continuous: count, undated: count, unreadable: count, missing: count })
  .strict();

export const agencySummarySchema = z
  .object({
    agency: z.string().min(1),
    group: z.boolean(),
    lead: count,
    support: count,
    byQuarter,
    recurring: count,
    undated: count,
    continuous: count,
    unreadable: count,
    missing: count,
    supportBreakdown: breakdownSchema,
  })
  .strict();

export const quarterSummarySchema = z.object({ quarter, tasks: count, outsidePlan: z.literal(true).optional() }).strict();

export const summarySchema = z
  .object({
    byAgency: z.array(agencySummarySchema),
    byQuarter: z.array(quarterSummarySchema),
    totals: z
      .object({ tasks: count, noLead: count, recurring: count, continuous: count, undated: count, unreadable: count, missing: count })
      .strict(),
  })
  .strict();

// Both directions: a field added to SummaryJson but not here (or here but not there) is a type error.
type Parsed = z.infer<typeof summarySchema>;
const fromJson = (s: SummaryJson): Parsed => s;
const toJson = (s: Parsed): SummaryJson => s;
void fromJson;
void toJson;
