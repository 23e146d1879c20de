import { Lang } from "../core/text/lang";
import { MessageKey, msg } from "./messages";
import { WorkbookReadError } from "./xlsx/read-error";

/**
 * A measured amount or limit ("1.5" MB, "100000" rows) written the way the reader writes numbers: "1,5" and
 * "100.000" in Vietnamese, "1.5" and "100,000" in English. Anything that is not a plain number stays as it is.
 */
export function localNumber(lang: Lang, value: string): string {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(value);
  if (!m) return value;
  const digits = m[2]?.length ?? 0;
  return new Intl.NumberFormat(lang === "vi" ? "vi-VN" : "en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
    Number(value),
  );
}

/** The one line the command line says when a file cannot be read (exit 2). */
export function readErrorMessage(lang: Lang, e: WorkbookReadError): string {
  const { part = "", cause = "" } = e.detail;
  const amount = localNumber(lang, e.detail.amount ?? "");
  const limit = localNumber(lang, e.detail.limit ?? "");
  const say = (key: MessageKey) => msg(lang, key, e.path, part, amount, limit);
  switch (e.reason) {
    case "missing":
      return say("fileMissing");
    case "no-permission":
      return say("noPermission");
    case "not-file":
      return say("notAFile");
    case "empty":
      return say("emptyFile");
    case "not-xlsx":
      return say("notXlsx");
    case "text":
      return say("textFile");
    case "encrypted":
      return say("encrypted");
    case "xls":
      return say("legacyXls");
    case "word":
      return say("wordFile");
    case "powerpoint":
      return say("powerpointFile");
    case "ods":
      return say("odsFile");
    case "xlsb":
      return say("xlsbFile");
    case "not-workbook-zip":
      return say("notWorkbookZip");
    case "too-large":
      return say(part ? "tooLargePart" : "tooLargeTotal");
    case "too-many-rows":
      return msg(lang, "tooManyRows", e.path, part, limit);
    case "zip-bomb":
      return say(part && amount ? "zipBombPart" : "zipBombOther");
    case "unsafe-name":
      return say("unsafeName");
    case "xml-dtd":
      return say("xmlDtd");
    case "no-sheets":
      return say("noSheets");
    case "charts-only":
      return say("chartsOnly");
    case "corrupt":
      return msg(lang, "corrupt", e.path, cause);
  }
}
