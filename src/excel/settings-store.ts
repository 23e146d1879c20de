/**
 * The add-in's settings, stored in the workbook (custom XML part urn:phuluc:settings:1) so a colleague opening the
 * file gets the same: the engine's Settings (validated with core's zod settingsSchema, extended here by
 * composition) plus the user's own agencies and their aliases. Bad stored data never crashes: loading answers
 * `status: "invalid"` with the reasons and the defaults. Syncs: load 2 (1 when nothing is stored), save 2.
 */
import { z } from "zod";
import { Settings, settingsSchema } from "../core/validate/settings";
import { ExcelAdapterError } from "./errors";
import { ExcelHost, getDefaultHost, runExcel } from "./host";
import { NS_SETTINGS, parseJsonXml, queueJsonWrite, queuePartLookup, queueXmlRead } from "./xml-store";

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

function describe(error: z.ZodError): string[] {
  return error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
}

/** Checks stored XML (or its JSON) without touching Excel. */
export function parseStoredSettings(xml: string): LoadedSettings {
  const parsed = parseJsonXml(xml);
  if (!parsed.ok) return { status: "invalid", value: DEFAULT_ADDIN_SETTINGS, problems: [parsed.error] };
  const checked = addinSettingsSchema.safeParse(parsed.value);
  if (!checked.success) return { status: "invalid", value: DEFAULT_ADDIN_SETTINGS, problems: describe(checked.error) };
  return { status: "stored", value: checked.data };
}

export async function loadAddinSettings(host: ExcelHost = getDefaultHost()): Promise<LoadedSettings> {
  return runExcel(host, async (context) => {
    const parts = queuePartLookup(context, NS_SETTINGS);
    await context.sync();
    const xml = queueXmlRead(parts);
    if (!xml) return { status: "default", value: DEFAULT_ADDIN_SETTINGS };
    await context.sync();
    return parseStoredSettings(xml.value);
  });
}

/** Validates and stores; invalid input throws ExcelAdapterError "settingsInvalid" (details in `details`). */
export async function saveAddinSettings(value: AddinSettings | { settings: Settings; userAgencies?: UserAgency[] }, host: ExcelHost = getDefaultHost()): Promise<AddinSettings> {
  const checked = addinSettingsSchema.safeParse({ version: 1, ...value });
  if (!checked.success) {
    const problems = describe(checked.error);
    throw new ExcelAdapterError("settingsInvalid", "InvalidSettings", problems.join("; "), problems);
  }
  await runExcel(host, async (context) => {
    const parts = queuePartLookup(context, NS_SETTINGS);
    await context.sync();
    queueJsonWrite(context, parts, NS_SETTINGS, checked.data);
    await context.sync();
  });
  return checked.data;
}

/** Removes the stored settings (back to defaults), 2 syncs. */
export async function clearAddinSettings(host: ExcelHost = getDefaultHost()): Promise<void> {
  await runExcel(host, async (context) => {
    const parts = queuePartLookup(context, NS_SETTINGS);
    await context.sync();
    queueJsonWrite(context, parts, NS_SETTINGS, null);
    await context.sync();
  });
}
