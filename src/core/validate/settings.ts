import { z } from "zod";
import { CATALOG, ISSUE_CODES, IssueCode, Severity } from "./catalog";

/**
 * Settings a user can change: which rules run and at what severity. The add-in stores them in the
 * workbook and the CLI reads them from `--config FILE.json`, so they are validated at that boundary.
 */
const ruleSetting = z.strictObject({
  enabled: z.boolean().optional(),
  severity: z.enum(["error", "warning", "info"]).optional(),
});

export const settingsSchema = z.strictObject({
  rules: z.partialRecord(z.enum(ISSUE_CODES as [IssueCode, ...IssueCode[]]), ruleSetting).optional(),
  planPeriod: z
    .string()
    .regex(/^\d{4}(\s*[-–]\s*\d{4})?$/)
    .optional(),
});

export type Settings = z.infer<typeof settingsSchema>;

export interface RulePolicy {
  enabled(code: IssueCode): boolean;
  severity(code: IssueCode): Severity;
}

export function rulePolicy(settings: Settings = {}): RulePolicy {
  return {
    enabled: (code) => settings.rules?.[code]?.enabled ?? true,
    severity: (code) => settings.rules?.[code]?.severity ?? CATALOG[code].severity,
  };
}
