// The pane's check session: core's one session (src/core/check/session.ts), the same the CLI's `phuluc check` uses,
// given what the add-in has — the workbook's stored settings and agencies, its "Danh mục cơ quan" sheet, whether
// the host could report merged areas. No overrides and no run period: the pane has no command line.
import type { UserAgencyEntry } from "../../core/agency";
import { createCheckSession } from "../../core/check/session";
import type { CheckSession } from "../../core/check/session";
import type { Lang } from "../../core/validate/catalog";
import type { Settings } from "../../core/validate/settings";
import type { SheetData } from "../../core/workbook/model";
import type { AddinSettings, UserAgency } from "../../excel";

export interface PaneSessionInput {
  /** The workbook's stored PhuLuc settings (rules, plan period, the user's agencies). */
  readonly stored: AddinSettings;
  /** The workbook's "Danh mục cơ quan" sheet, when it has one: its rows come before the stored agencies. */
  readonly agencySheet?: SheetData | null;
  readonly lang?: Lang;
  /** False when the host could not report merged areas (below ExcelApi 1.13): blanks inside them are not "missing". */
  readonly mergesKnown?: boolean;
}

/** The stored agencies as the engine's entries (optional fields left out when not set). */
export function storedAgencyEntries(stored: readonly UserAgency[]): UserAgencyEntry[] {
  return stored.map((a) => ({
    canonical: a.canonical,
    aliases: a.aliases,
    ...(a.kind ? { kind: a.kind } : {}),
    ...(a.level ? { level: a.level } : {}),
  }));
}

export function paneSession(input: PaneSessionInput): CheckSession {
  return createCheckSession({
    storedSettings: input.stored.settings,
    storedAgencies: storedAgencyEntries(input.stored.userAgencies),
    agencySheet: input.agencySheet ?? null,
    ...(input.lang ? { lang: input.lang } : {}),
    ...(input.mergesKnown === false ? { mergesKnown: false } : {}),
  });
}

/** How many rules the settings switch off (the clean message must not call such a plan ready for signing). */
export function rulesOff(settings: Settings): number {
  return Object.values(settings.rules ?? {}).filter((r) => r?.enabled === false).length;
}
