import { recognizeTable } from "../../core/layout/recognize";
import { formatPlanPeriod } from "../../core/plan/period";
import { buildReport, FileResult } from "../../core/report/build";
import { Report } from "../../core/report/schema";
import { oneLine } from "../../core/text/normalize";
import { CliIO } from "../io";
import { Lang, msg } from "../messages";
import { guessLang, parseArgs, readLang, readPlanPeriod, UsageError } from "../options";
import { cellReaders } from "../readers";
import { readWorkbookFile, WorkbookReadError } from "../xlsx/read";

const VALUE_OPTIONS = ["sheet", "plan-period", "summary", "lang", "config"];
const FLAG_OPTIONS = ["json"];

function readErrorMessage(lang: Lang, e: WorkbookReadError): string {
  if (e.reason === "missing") return msg(lang, "fileMissing", e.path);
  if (e.reason === "not-xlsx") return msg(lang, "notXlsx", e.path);
  return msg(lang, "corrupt", e.path, e.detail);
}

const TEXT = {
  vi: {
    table: (sheet: string, range: string, tasks: number, sections: number, period: string) =>
      `Trang tính "${sheet}": bảng ${range} — ${tasks} nhiệm vụ, ${sections} mục${period ? `, kế hoạch ${period}` : ""}`,
    noTable: (sheet: string) => `Trang tính "${sheet}": không có bảng nhiệm vụ`,
    lead: "chủ trì",
    deadline: "thời gian",
    none: "(trống)",
    file: "Tệp",
  },
  en: {
    table: (sheet: string, range: string, tasks: number, sections: number, period: string) =>
      `Sheet "${sheet}": table ${range} — ${tasks} tasks, ${sections} sections${period ? `, plan ${period}` : ""}`,
    noTable: (sheet: string) => `Sheet "${sheet}": no plan table`,
    lead: "lead",
    deadline: "deadline",
    none: "(blank)",
    file: "File",
  },
} as const;

function short(text: string, max = 70): string {
  const t = oneLine(text);
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

function printText(io: CliIO, lang: Lang, files: FileResult[], report: Report): void {
  const T = TEXT[lang];
  for (const f of files) {
    io.stdout(`${T.file}: ${f.path}\n`);
    const rf = report.files.find((x) => x.path === f.path);
    for (const s of f.sheets) {
      const rt = rf?.sheets.find((x) => x.name === s.name)?.table;
      if (!s.table || !rt) {
        io.stdout(`  ${T.noTable(s.name)}\n`);
        continue;
      }
      const period = s.table.planPeriod ? formatPlanPeriod(s.table.planPeriod) : "";
      io.stdout(`  ${T.table(s.name, rt.range, s.table.tasks.length, s.table.sections.length, period)}\n`);
      let section: string | null | undefined;
      for (const t of s.table.tasks) {
        const title = t.section?.title ?? null;
        if (title !== section) {
          section = title;
          if (title) io.stdout(`    ${short(title, 90)}\n`);
        }
        io.stdout(
          `      ${(t.tt || "·").padStart(3)}  ${short(t.task, 60) || T.none}  [${T.lead}: ${short(t.lead, 40) || T.none}; ${T.deadline}: ${short(t.deadline, 30) || T.none}]  (${t.row + 1})\n`,
        );
      }
    }
  }
}

/** `phuluc check FILE.xlsx …`: finds the plan table on every sheet (or --sheet) and reports it. */
export async function runCheck(argv: string[], io: CliIO): Promise<number> {
  const parsed = parseArgs(argv, VALUE_OPTIONS, FLAG_OPTIONS);
  const lang = readLang(parsed.options, guessLang(argv));
  const planPeriod = readPlanPeriod(parsed.options);
  const sheetName = typeof parsed.options.sheet === "string" ? parsed.options.sheet : undefined;
  if (parsed.positionals.length === 0) throw new UsageError("noFiles");

  const files: FileResult[] = [];
  for (const path of parsed.positionals) {
    let data;
    try {
      data = (await readWorkbookFile(path)).data;
    } catch (e) {
      if (e instanceof WorkbookReadError) {
        io.stderr(`phuluc: ${readErrorMessage(lang, e)}\n`);
        return 2;
      }
      throw e;
    }
    const sheets = sheetName ? data.sheets.filter((s) => s.name === sheetName) : data.sheets;
    if (sheetName && sheets.length === 0) {
      io.stderr(`phuluc: ${msg(lang, "sheetMissing", path, sheetName)}\n`);
      return 2;
    }
    files.push({
      path,
      sheets: sheets.map((s) => ({ name: s.name, table: recognizeTable(s, planPeriod ? { planPeriod } : {}) })),
    });
  }

  if (!files.some((f) => f.sheets.some((s) => s.table))) {
    io.stderr(`phuluc: ${msg(lang, "noTableAnywhere", parsed.positionals.join(", "))}\n`);
    return 2;
  }
  const report = buildReport(files, cellReaders);
  if (parsed.options.json) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  else printText(io, lang, files, report);
  return report.issues.some((i) => i.severity === "error") ? 1 : 0;
}
