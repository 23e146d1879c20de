/**
 * The settings stored in a workbook (custom XML part urn:phuluc:settings:1): the engine's Settings plus the
 * office's own agencies and aliases. The add-in writes them; the add-in and the command line both read them,
 * so a colleague opening the file, or a batch check of it, gets the same answers. Validated with zod at this
 * boundary; bad stored data never crashes: it reads as "invalid" with the reasons and the defaults.
 */
import { z } from "zod";
import { settingsSchema } from "../validate/settings";
import { parseJsonXml } from "./json-xml";

export const NS_SETTINGS = "urn:phuluc:settings:1";

const name = z.string().trim().min(1).max(300);

/** One agency the user adds (same shape as the engine's UserAgencyEntry). */
export const userAgencySchema = z.strictObject({
  canonical: name,
  aliases: z.array(name).default([]),
  kind: z.enum(["agency", "group"]).optional(),
  level: z.enum(["central", "province", "district", "commune", "any"]).optional(),
});

export const addinSettingsSchema = z.strictObject({
  version: z.literal(1),
  settings: settingsSchema,
  userAgencies: z.array(userAgencySchema).max(2000).default([]),
});

export type UserAgency = z.infer<typeof userAgencySchema>;
export type AddinSettings = z.infer<typeof addinSettingsSchema>;

export const DEFAULT_ADDIN_SETTINGS: AddinSettings = { version: 1, settings: {}, userAgencies: [] };

export type LoadedSettings =
  | { readonly status: "default"; readonly value: AddinSettings }
  | { readonly status: "stored"; readonly value: AddinSettings }
  /** Stored data that is not valid: `value` holds the defaults, `problems` says why (for the pane and the log). */
  | { readonly status: "invalid"; readonly value: AddinSettings; readonly problems: readonly string[] };

export function describeZodError(error: z.ZodError): string[] {
  return error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
}

/** Checks the stored XML part's text. */
export function parseStoredSettings(xml: string): LoadedSettings {
  const parsed = parseJsonXml(xml);
  if (!parsed.ok) return { status: "invalid", value: DEFAULT_ADDIN_SETTINGS, problems: [parsed.error] };
  const checked = addinSettingsSchema.safeParse(parsed.value);
  if (!checked.success) return { status: "invalid", value: DEFAULT_ADDIN_SETTINGS, problems: describeZodError(checked.error) };
  return { status: "stored", value: checked.data };
}
