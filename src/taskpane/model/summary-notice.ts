import type { PrintFeature, WriteSummaryResult } from "../../excel";
import { type Lang, type StringKey, t } from "../i18n";

const FEATURE_TEXT: Record<PrintFeature, StringKey> = {
  fitToWidth: "printFeatureFitToWidth",
  printTitles: "printFeaturePrintTitles",
  pageBreaks: "printFeaturePageBreaks",
  pageNumbers: "printFeaturePageNumbers",
};

/** "a, b và c" / "a, b and c". */
function listOf(items: readonly string[], lang: Lang): string {
  if (items.length < 2) return items.join("");
  return `${items.slice(0, -1).join(", ")}${t(lang, "listAnd")}${items.at(-1) as string}`;
}

/**
 * What the pane says after writing summaries: the sheets written, and — said, never hidden — print setup a
 * host refused and links that had nowhere inside the workbook to go (a warning then, not a plain success). A
 * partial print setup names what the sheets lack (the writer's printFeatures: what the full setup would have
 * added); when the specs asked for nothing beyond orientation and A4, nothing is missing and nothing is said.
 */
export function summaryNotice(
  r: Pick<WriteSummaryResult, "sheets" | "printSetup" | "printSetupError" | "printFeatures" | "droppedLinks">,
  lang: Lang,
): {
  intent: "success" | "warning";
  text: string;
} {
  const lines: string[] = [];
  const code = r.printSetupError ?? "—";
  if (r.droppedLinks > 0) lines.push(t(lang, "linksDropped", r.droppedLinks));
  if (r.printSetup === "basic" && r.printFeatures.length)
    lines.push(
      t(
        lang,
        "printSetupPartial",
        code,
        listOf(
          r.printFeatures.map((f) => t(lang, FEATURE_TEXT[f])),
          lang,
        ),
      ),
    );
  if (r.printSetup === "notApplied") lines.push(t(lang, "printSetupMissing", code));
  const partial = lines.length > 0;
  lines.push(t(lang, "generated", r.sheets.length));
  return { intent: partial ? "warning" : "success", text: lines.join(" ") };
}
