/**
 * Every line the command line says to a person, in Vietnamese first and English second. Commands look
 * strings up here by key so that a translation is never missing for one language only.
 */
export type Lang = "vi" | "en";

const MESSAGES = {
  usage: {
    vi: `Cách dùng:
  phuluc check TỆP.xlsx [TỆP2.xlsx ...] [--sheet TÊN] [--plan-period 2021 | 2021-2025]
                [--json] [--summary RA.xlsx] [--lang vi|en] [--config CÀI-ĐẶT.json] [--tasks]
  phuluc deadline [--plan-period P] [--json]   (mỗi dòng vào là một ô "Thời gian")
  phuluc agencies [--json]                     (mỗi dòng vào là một ô cơ quan)
Trong một dòng, hai ký tự \\n là xuống dòng trong ô.`,
    en: `Usage:
  phuluc check FILE.xlsx [FILE2.xlsx ...] [--sheet NAME] [--plan-period 2021 | 2021-2025]
                [--json] [--summary OUT.xlsx] [--lang vi|en] [--config SETTINGS.json] [--tasks]
  phuluc deadline [--plan-period P] [--json]   (one deadline cell per input line)
  phuluc agencies [--json]                     (one agency cell per input line)
Within a line, the two characters \\n stand for a line break inside the cell.`,
  },
  unknownCommand: { vi: "lệnh không rõ: {0}", en: "unknown command: {0}" },
  unknownOption: { vi: "tùy chọn không hợp lệ hoặc thiếu giá trị: {0}", en: "invalid option or missing value: {0}" },
  badPlanPeriod: {
    vi: "--plan-period phải là một năm (2021) hoặc một giai đoạn (2021-2025): {0}",
    en: "--plan-period must be a year (2021) or a range (2021-2025): {0}",
  },
  badLang: { vi: "--lang chỉ nhận vi hoặc en: {0}", en: "--lang takes vi or en: {0}" },
  noFiles: { vi: "chưa chỉ ra tệp .xlsx cần kiểm tra", en: "no .xlsx file given" },
  fileMissing: { vi: "không tìm thấy tệp: {0}", en: "file not found: {0}" },
  notXlsx: {
    vi: "{0} không phải tệp Excel .xlsx (tệp .xls cũ hãy mở bằng Excel và lưu lại dạng .xlsx)",
    en: "{0} is not an Excel .xlsx file (open an old .xls in Excel and save it as .xlsx)",
  },
  corrupt: { vi: "không đọc được tệp {0}: tệp hỏng hoặc không phải .xlsx ({1})", en: "cannot read {0}: damaged or not .xlsx ({1})" },
  sheetMissing: { vi: "tệp {0} không có trang tính tên \"{1}\"", en: "{0} has no sheet named \"{1}\"" },
  noTableAnywhere: {
    vi: "không tìm thấy bảng nhiệm vụ (TT | Nhiệm vụ | … | Cơ quan chủ trì | … | Thời gian) trong {0}",
    en: "no plan table (TT | Task | … | Lead agency | … | Deadline) found in {0}",
  },
  summaryWritten: { vi: "Đã ghi bảng tổng hợp: {0} ({1} trang tính)", en: "Summary written: {0} ({1} sheets)" },
  summaryIsInput: {
    vi: "--summary phải là một tệp mới, không trùng tệp đang kiểm tra: {0}",
    en: "--summary must be a new file, not one of the files being checked: {0}",
  },
  summaryFailed: { vi: "không ghi được tệp tổng hợp {0}: {1}", en: "cannot write the summary {0}: {1}" },
  configUnreadable: { vi: "không đọc được tệp cấu hình {0}", en: "cannot read the config file {0}" },
  configInvalid: { vi: "tệp cấu hình {0} không hợp lệ: {1}", en: "invalid config file {0}: {1}" },
  userAgencyProblem: {
    vi: "lưu ý: trang \"Danh mục cơ quan\" của {0}, dòng {1}: {2}",
    en: "note: sheet \"Danh mục cơ quan\" of {0}, row {1}: {2}",
  },
} as const;

export type MessageKey = keyof typeof MESSAGES;

export function msg(lang: Lang, key: MessageKey, ...args: Array<string | number>): string {
  const template: string = MESSAGES[key][lang];
  return template.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)] ?? ""));
}
