import { Lang, MessageKey, msg } from "./messages";
import { WorkbookReadError } from "./xlsx/read-error";

/** The one line the command line says when a file cannot be read (exit 2). */
export function readErrorMessage(lang: Lang, e: WorkbookReadError): string {
  const { part = "", amount = "", limit = "", cause = "" } = e.detail;
  const say = (key: MessageKey) => msg(lang, key, e.path, part, amount, limit);
  switch (e.reason) {
    case "missing":
      return say("fileMissing");
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
