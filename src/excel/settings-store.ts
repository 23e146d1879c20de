/**
 * The add-in's settings, stored in the workbook (custom XML part urn:phuluc:settings:1) so a colleague opening the
 * file gets the same: the engine's Settings plus the user's own agencies and their aliases, in the shape defined
 * and validated in core (src/core/settings/stored.ts), which `phuluc check` also reads. Bad stored data never
 * crashes: loading answers `status: "invalid"` with the reasons and the defaults. Syncs: load 2 (1 when nothing
 * is stored), save 2.
 */
import { Settings } from "../core/validate/settings";
import {
  AddinSettings,
  addinSettingsSchema,
  DEFAULT_ADDIN_SETTINGS,
  describeZodError,
  LoadedSettings,
  NS_SETTINGS,
  parseStoredSettings,
  UserAgency,
} from "../core/settings/stored";
import { ExcelAdapterError } from "./errors";
import { ExcelHost, getDefaultHost, runExcel } from "./host";
import { queueJsonWrite, queuePartLookup, queueXmlRead } from "./xml-store";

// The stored shape is validated in core (src/core/settings/stored.ts): the command line reads the same part.
export { addinSettingsSchema, DEFAULT_ADDIN_SETTINGS, parseStoredSettings, userAgencySchema } from "../core/settings/stored";
export type { AddinSettings, LoadedSettings, UserAgency } from "../core/settings/stored";

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
export async function saveAddinSettings(
  value: AddinSettings | { settings: Settings; userAgencies?: UserAgency[] },
  host: ExcelHost = getDefaultHost(),
): Promise<AddinSettings> {
  const checked = addinSettingsSchema.safeParse({ version: 1, ...value });
  if (!checked.success) {
    const problems = describeZodError(checked.error);
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
