import { describeContext } from "../core/plan/issuer";
import { formatPlanPeriod } from "../core/plan/period";
import { FileResult } from "../core/report/build";
import { Report } from "../core/report/schema";
import { CATALOG, IssueCode, Severity } from "../core/validate/catalog";
import { totals } from "../core/validate/validate";
import { oneLine } from "../core/text/normalize";
import { Lang } from "../core/text/lang";

/** The readable report of `phuluc check`: what was found, the issues grouped by severity, the totals. */

const T = {
  vi: {
    file: "Tệp",
    plan: "Kế hoạch",
    issuer: "Ban hành",
    issuerUnknown: "không đọc được cơ quan ban hành và ngày từ các dòng tiêu đề (dùng --plan-period nếu cần)",
    table: (sheet: string, range: string, tasks: number, sections: number, period: string) =>
      `Trang tính "${sheet}": bảng ${range} — ${tasks} nhiệm vụ, ${sections} mục${period ? `, kế hoạch ${period}` : ""}`,
    noTable: (sheet: string) => `Trang tính "${sheet}": không có bảng nhiệm vụ`,
    severity: { error: "LỖI", warning: "CẢNH BÁO", info: "THÔNG TIN" } as Record<Severity, string>,
    clean: "Không có lỗi hay cảnh báo nào. Kế hoạch sẵn sàng để trình ký.",
    total: (tasks: number, e: number, w: number, i: number) => `Tổng cộng: ${tasks} nhiệm vụ · ${e} lỗi · ${w} cảnh báo · ${i} thông tin`,
    cell: "Ô",
    code: "Mã",
    lead: "chủ trì",
    deadline: "thời gian",
    none: "(trống)",
  },
  en: {
    file: "File",
    plan: "Plan",
    issuer: "Issued by",
    issuerUnknown: "the title lines do not say who issued the plan or when",
    table: (sheet: string, range: string, tasks: number, sections: number, period: string) =>
      `Sheet "${sheet}": table ${range} — ${tasks} tasks, ${sections} sections${period ? `, plan ${period}` : ""}`,
    noTable: (sheet: string) => `Sheet "${sheet}": no plan table`,
    severity: { error: "ERRORS", warning: "WARNINGS", info: "INFO" } as Record<Severity, string>,
    clean: "No errors or warnings. The plan is ready for signing.",
    total: (tasks: number, e: number, w: number, i: number) => `Total: ${tasks} tasks · ${e} errors · ${w} warnings · ${i} info`,
    cell: "Cell",
    code: "Code",
    lead: "lead",
    deadline: "deadline",
    none: "(blank)",
  },
} as const;

/** The line naming the plan among the title rows ("KẾ HOẠCH …", "DANH MỤC NHIỆM VỤ …"), else the first one. */
function planTitle(lines: readonly string[]): string | undefined {
  const named = lines.find((l) => /^(kế hoạch|danh mục|phụ lục|nhiệm vụ|chương trình)\b/iu.test(l) && l.length > 12);
  const rest = named ? lines.slice(lines.indexOf(named) + 1).find((l) => l === l.toUpperCase() && /\p{L}/u.test(l)) : undefined;
  return named ? (rest && !/^\(/.test(rest) ? `${named} ${rest}` : named) : lines[0];
}

function short(text: string, max: number): string {
  const t = oneLine(text);
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

function taskLines(lang: Lang, f: FileResult): string[] {
  const L = T[lang];
  const out: string[] = [];
  for (const s of f.sheets) {
    if (!s.table) continue;
    let section: string | null | undefined;
    for (const t of s.tasks) {
      if (t.section !== section) {
        section = t.section;
        if (section) out.push(`    ${short(section, 90)}`);
      }
      const lead = t.lead.map((a) => a.canonical).join("; ");
      out.push(
        `      ${(t.tt || "·").padStart(4)}  ${short(t.task, 56) || L.none}  [${L.lead}: ${short(lead, 40) || L.none}; ${L.deadline}: ${short(t.deadline.text, 28) || L.none}]  (${t.row})`,
      );
    }
  }
  return out;
}

export function textReport(lang: Lang, files: readonly FileResult[], report: Report, listTasks: boolean): string {
  const L = T[lang];
  const lines: string[] = [];
  const severities: Severity[] = ["error", "warning", "info"];
  for (const f of files) {
    lines.push(`${L.file}: ${f.path}`);
    const rf = report.files.find((x) => x.path === f.path);
    for (const s of f.sheets) {
      const rs = rf?.sheets.find((x) => x.name === s.name);
      if (!s.table || !rs?.table) {
        lines.push(`  ${L.noTable(s.name)}`);
        continue;
      }
      const tables = s.tables ?? [s.table];
      const reported = rs.tables ?? [rs.table];
      tables.forEach((table, i) => {
        const period = table.planPeriod ? formatPlanPeriod(table.planPeriod) : "";
        lines.push(`  ${L.table(s.name, reported[i]?.range ?? "", table.tasks.length, table.sections.length, period)}`);
        const title = planTitle(table.titleLines);
        if (title) lines.push(`  ${L.plan}: ${short(title, 110)}`);
        if (i === 0) lines.push(`  ${L.issuer}: ${describeContext(table.context, lang) ?? L.issuerUnknown}`);
      });
    }
    if (listTasks) lines.push(...taskLines(lang, f));
    const issues = f.sheets.flatMap((s) => s.issues);
    const multiSheet = f.sheets.filter((s) => s.issues.length > 0).length > 1;
    for (const sev of severities) {
      const group = issues.filter((i) => i.severity === sev);
      if (group.length === 0) continue;
      lines.push("", `  ${L.severity[sev]} (${group.length})`);
      for (const i of group) {
        const where = i.cell ? (multiSheet ? `${i.sheet}!${i.cell}` : i.cell) : i.sheet;
        lines.push(`    ${where.padEnd(multiSheet ? 18 : 6)} ${i.code.padEnd(22)} ${i.message}`);
      }
    }
    lines.push("");
  }
  const taskCount = report.tasks.length;
  const t = report.totals ?? totals(taskCount, report.issues);
  if (t.errors + t.warnings === 0) lines.push(L.clean);
  lines.push(L.total(taskCount, t.errors, t.warnings, t.infos));
  const rank = (c: IssueCode) => ["error", "warning", "info"].indexOf(CATALOG[c].severity);
  const byCode = (Object.entries(t.byCode) as Array<[IssueCode, number]>).sort((a, b) => rank(a[0]) - rank(b[0]));
  if (byCode.length) lines.push(`  ${byCode.map(([code, n]) => `${code} ${n} (${CATALOG[code].title[lang]})`).join(" · ")}`);
  return `${lines.join("\n")}\n`;
}
