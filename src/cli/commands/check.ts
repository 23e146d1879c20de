import { promises as fs } from "fs";
import { resolve } from "path";
import { findUserAgencySheet, looksLegacyEncoded } from "../../core/agency";
import { checkReport } from "../../core/check/report";
import { createCheckSession } from "../../core/check/session";
import { nonPlanKind } from "../../core/layout/recognize";
import { PlanPeriod } from "../../core/plan/period";
import { FileResult, SheetResult } from "../../core/report/build";
import { Settings, settingsSchema } from "../../core/validate/settings";
import { oneLine } from "../../core/text/normalize";
import { cellText } from "../../core/workbook/grid";
import { SheetData } from "../../core/workbook/model";
import { CliIO } from "../io";
import { Lang, msg } from "../messages";
import { guessLang, parseArgs, readLang, readPlanPeriod, UsageError } from "../options";
import { textReport } from "../text-report";
import { readErrorMessage } from "../read-message";
import { readWorkbookFile, WorkbookReadError } from "../xlsx/read";
import { readStoredSettings } from "../xlsx/stored-settings";
import { SummaryPlanSource, writeSummaryWorkbook } from "../xlsx/write-summary";

const VALUE_OPTIONS = ["sheet", "plan-period", "summary", "agencies", "lang", "config"];
const FLAG_OPTIONS = ["json", "tasks"];

/** A failure that ends the command with exit 2 and one line on stderr. */
class CheckFailure extends Error {}

async function readSettings(lang: Lang, path: string | undefined): Promise<Settings> {
  if (!path) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(await fs.readFile(path, "utf8"));
  } catch {
    throw new CheckFailure(msg(lang, "configUnreadable", path));
  }
  const r = settingsSchema.safeParse(raw);
  if (!r.success) {
    const first = r.error.issues[0];
    throw new CheckFailure(msg(lang, "configInvalid", path, `${first?.path.join(".") || "/"}: ${first?.message ?? ""}`));
  }
  return r.data;
}

interface CheckRun {
  files: FileResult[];
  sources: SummaryPlanSource[];
  /** A text sample from a sheet typed in TCVN3/VNI, for the "no table" message. */
  legacySample: { file: string; text: string } | null;
  /** A sheet that is a list of administrative procedures, for the "no table" message. */
  procedureSheet: { file: string; sheet: string } | null;
  /** A file whose sheets hold pictures and no cell at all: a scanned plan pasted in, for the "no table" message. */
  picturesOnly: string | null;
}

/** How far down a sheet to look for legacy-encoded text when no table was found. */
const LEGACY_SCAN_ROWS = 40;

/** No cell with anything in it: what a sheet holding only a pasted picture reads as. */
const hasNoCells = (sheet: SheetData) => sheet.rows.every((row) => row.every((v) => cellText(v).trim() === ""));

function legacySample(sheet: SheetData): string | null {
  for (const row of sheet.rows.slice(0, LEGACY_SCAN_ROWS))
    for (const v of row) {
      const t = cellText(v);
      if (t.trim() && looksLegacyEncoded(t)) return oneLine(t).slice(0, 40);
    }
  return null;
}

/** Why a file could not be written, in words a clerk can act on. */
function writeErrorReason(lang: Lang, e: unknown): string {
  const code = (e as { code?: string } | null)?.code;
  if (code === "ENOENT") return msg(lang, "writeNoFolder");
  if (code === "EACCES" || code === "EPERM" || code === "EROFS") return msg(lang, "writeNoPermission");
  if (code === "EBUSY") return msg(lang, "writeBusy");
  return msg(lang, "writeOther");
}

async function checkFiles(
  io: CliIO,
  lang: Lang,
  paths: readonly string[],
  sheetName: string | undefined,
  planPeriod: PlanPeriod | undefined,
  settings: Settings,
): Promise<CheckRun> {
  const files: FileResult[] = [];
  const sources: SummaryPlanSource[] = [];
  let legacy: CheckRun["legacySample"] = null;
  let procedures: CheckRun["procedureSheet"] = null;
  let pictures: string | null = null;
  for (const path of paths) {
    let read;
    try {
      read = await readWorkbookFile(path);
    } catch (e) {
      if (e instanceof WorkbookReadError) throw new CheckFailure(readErrorMessage(lang, e));
      throw e;
    }
    const { data, workbook, inventory } = read;
    const stored = await readStoredSettings(path).catch(() => null);
    if (stored?.status === "invalid") io.stderr(`phuluc: ${msg(lang, "storedSettingsInvalid", path, stored.problems.join("; "))}\n`);
    // The session owns the composition (settings precedence, user agencies, sheet roles, hidden sheets); the
    // command reads the file, says what the session reports, and remembers the worksheets for the summary.
    const session = createCheckSession({
      file: path,
      storedSettings: stored?.value.settings ?? {},
      overrides: settings,
      ...(planPeriod ? { planPeriod } : {}),
      agencySheet: findUserAgencySheet(data) ?? null,
      storedAgencies: stored?.value.userAgencies ?? [],
      lang,
    });
    for (const p of session.agencySheetProblems) io.stderr(`phuluc: ${msg(lang, "userAgencyProblem", path, p.row, p.message)}\n`);
    const selection = session.selectSheets(data.sheets, sheetName);
    if (!selection) throw new CheckFailure(msg(lang, "sheetMissing", path, sheetName ?? ""));
    const { sheets, hidden: hiddenSheets } = selection;
    // Only when a plan sheet was read at all: with none selected, `every` would be true of nothing.
    if (!pictures && inventory.hasPictures && sheets.length > 0 && sheets.every(hasNoCells)) pictures = path;
    if (hiddenSheets.length) io.stderr(`phuluc: ${msg(lang, "hiddenSheets", path, hiddenSheets.join(", "))}\n`);
    const results: SheetResult[] = sheets.map((s) => {
      const checked = session.checkSheet(s, { named: sheetName !== undefined });
      if (checked.tables.length === 0) {
        const sample = legacy ? null : legacySample(s);
        if (sample) legacy = { file: path, text: sample };
        if (!procedures && nonPlanKind(s) === "procedure-list") procedures = { file: path, sheet: s.name };
        return checked.result;
      }
      const worksheet = workbook.getWorksheet(s.name);
      if (worksheet) for (const table of checked.tables) sources.push({ file: path, worksheet, table });
      return checked.result;
    });
    files.push({ path, sheets: results, ...(hiddenSheets.length ? { hiddenSheets } : {}) });
  }
  return { files, sources, legacySample: legacy, procedureSheet: procedures, picturesOnly: pictures };
}

/** `phuluc check FILE.xlsx …`: finds the plan table on every sheet (or --sheet), validates it and reports. */
export async function runCheck(argv: string[], io: CliIO): Promise<number> {
  const parsed = parseArgs(argv, VALUE_OPTIONS, FLAG_OPTIONS);
  const lang = readLang(parsed.options, guessLang(argv));
  const paths = parsed.positionals;
  if (paths.length === 0) throw new UsageError("noFiles");
  const summaryPath = typeof parsed.options.summary === "string" ? parsed.options.summary : undefined;
  if (summaryPath && paths.some((p) => resolve(p) === resolve(summaryPath))) throw new UsageError("summaryIsInput", [summaryPath]);
  const sheetName = typeof parsed.options.sheet === "string" ? parsed.options.sheet : undefined;
  // Per-agency lists only for these agencies ("Sở Nội vụ; Sở Tư pháp"): what a clerk sends out.
  const agencies =
    typeof parsed.options.agencies === "string"
      ? parsed.options.agencies
          .split(/[;\n]/)
          .map((a) => a.trim())
          .filter(Boolean)
      : undefined;
  if (agencies && !summaryPath) throw new UsageError("agenciesWithoutSummary");

  try {
    const settings = await readSettings(lang, typeof parsed.options.config === "string" ? parsed.options.config : undefined);
    // --plan-period applies to every file; otherwise each file's period comes from --config, the workbook's
    // stored settings, or its title rows.
    const planPeriod = readPlanPeriod(parsed.options);
    const {
      files,
      sources,
      legacySample: legacy,
      procedureSheet,
      picturesOnly,
    } = await checkFiles(io, lang, paths, sheetName, planPeriod, settings);

    if (!files.some((f) => f.sheets.some((s) => s.table))) {
      // Text typed in TCVN3/VNI hides the header words: say that, rather than only "no table".
      const why = picturesOnly
        ? msg(lang, "picturesOnly", picturesOnly)
        : legacy
          ? msg(lang, "legacyHint", legacy.file, legacy.text)
          : procedureSheet
            ? msg(lang, "procedureList", procedureSheet.file, procedureSheet.sheet)
            : msg(lang, "noTableAnywhere", paths.join(", "));
      io.stderr(`phuluc: ${why}\n`);
      return 2;
    }
    const { report, span } = checkReport(files, planPeriod);

    if (summaryPath) {
      try {
        const written = await writeSummaryWorkbook(summaryPath, {
          tasks: report.tasks,
          sources,
          planPeriod: span,
          ...(agencies ? { agencies } : {}),
        });
        if (written.unmatchedAgencies.length) io.stderr(`phuluc: ${msg(lang, "agenciesNotFound", written.unmatchedAgencies.join("; "))}\n`);
        io.stderr(`${msg(lang, "summaryWritten", summaryPath, written.sheets.length)}\n`);
      } catch (e) {
        throw new CheckFailure(msg(lang, "summaryFailed", summaryPath, writeErrorReason(lang, e)));
      }
    }

    if (parsed.options.json) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    else io.stdout(textReport(lang, files, report, parsed.options.tasks === true));
    return report.issues.some((i) => i.severity === "error") ? 1 : 0;
  } catch (e) {
    if (e instanceof CheckFailure) {
      io.stderr(`phuluc: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
