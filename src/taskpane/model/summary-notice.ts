import type { WriteSummaryResult } from "../../excel";
import { type Lang, t } from "../i18n";

/**
 * What the pane says after writing summaries: the sheets written, and — said, never hidden — print setup a
 * host refused and links that had nowhere inside the workbook to go (a warning then, not a plain success).
 */
export function summaryNotice(r: Pick<WriteSummaryResult, "sheets" | "printSetup" | "printSetupError" | "droppedLinks">, lang: Lang): {
  intent: "success" | "warning";
  text: string;
} {
  const lines: string[] = [];
  const code = r.printSetupError ?? "—";
  if (r.droppedLinks > 0) lines.push(t(lang, "linksDropped", r.droppedLinks));
  if (r.printSetup === "basic") lines.push(t(lang, "printSetupPartial", code));
  if (r.printSetup === "notApplied") lines.push(t(lang, "printSetupMissing", code));
  const partial = lines.length > 0;
  lines.push(t(lang, "generated", r.sheets.length));
  return { intent: partial ? "warning" : "success", text: lines.join(" ") };
}
