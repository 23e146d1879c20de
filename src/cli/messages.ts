/**
 * Every line the command line says to a person, in Vietnamese first and English second. Commands look
 * strings up here by key so that a translation is never missing for one language only.
 */
import type { Lang } from "../core/text/lang";
import { fill } from "../core/text/template";

// One language type for the whole project (src/core/text/lang.ts); re-exported for the commands that took it from here.
export type { Lang };

const MESSAGES = {
  usage: {
    vi: `Cách dùng:
  phuluc check TỆP.xlsx [TỆP2.xlsx ...] [--sheet TÊN] [--plan-period 2021 | 2021-2025]
                [--json] [--summary RA.xlsx [--agencies "CQ1; CQ2"]] [--lang vi|en]
                [--config CÀI-ĐẶT.json] [--tasks]
  phuluc deadline [--plan-period P] [--json]   (mỗi dòng vào là một ô "Thời gian")
  phuluc agencies [--json]                     (mỗi dòng vào là một ô cơ quan)
Trong một dòng, hai ký tự \\n là xuống dòng trong ô.`,
    en: `Usage:
  phuluc check FILE.xlsx [FILE2.xlsx ...] [--sheet NAME] [--plan-period 2021 | 2021-2025]
                [--json] [--summary OUT.xlsx [--agencies "A1; A2"]] [--lang vi|en]
                [--config SETTINGS.json] [--tasks]
  phuluc deadline [--plan-period P] [--json]   (one deadline cell per input line)
  phuluc agencies [--json]                     (one agency cell per input line)
Within a line, the two characters \\n stand for a line break inside the cell.`,
  },
  noCommand: {
    vi: "thiếu lệnh: dùng phuluc check, phuluc deadline hoặc phuluc agencies (xem phuluc --help)",
    en: "no command: use phuluc check, phuluc deadline or phuluc agencies (see phuluc --help)",
  },
  unknownCommand: {
    vi: "lệnh không rõ: {0} (các lệnh: check, deadline, agencies; xem phuluc --help)",
    en: "unknown command: {0} (commands: check, deadline, agencies; see phuluc --help)",
  },
  unexpectedArgument: { vi: "đối số thừa: {0}", en: "unexpected argument: {0}" },
  unknownOption: { vi: "tùy chọn không hợp lệ hoặc thiếu giá trị: {0}", en: "invalid option or missing value: {0}" },
  badPlanPeriod: {
    vi: "--plan-period phải là một năm (2021) hoặc một giai đoạn (2021-2025): {0}",
    en: "--plan-period must be a year (2021) or a range (2021-2025): {0}",
  },
  badLang: { vi: "--lang chỉ nhận vi hoặc en: {0}", en: "--lang takes vi or en: {0}" },
  noFiles: { vi: "chưa chỉ ra tệp .xlsx cần kiểm tra", en: "no .xlsx file given" },
  fileMissing: { vi: "không tìm thấy tệp: {0}", en: "file not found: {0}" },
  noPermission: {
    vi: "không có quyền đọc tệp {0}: hỏi người quản trị máy hoặc sao chép tệp vào thư mục của mình rồi thử lại",
    en: "no permission to read {0}: ask the computer's administrator, or copy the file into your own folder and try again",
  },
  notAFile: { vi: "{0} là một thư mục, không phải tệp .xlsx", en: "{0} is a folder, not an .xlsx file" },
  notXlsx: {
    vi: "{0} không phải tệp Excel .xlsx (tệp .xls cũ hãy mở bằng Excel và lưu lại dạng .xlsx)",
    en: "{0} is not an Excel .xlsx file (open an old .xls in Excel and save it as .xlsx)",
  },
  corrupt: {
    vi: "không đọc được tệp {0}: tệp bị hỏng hoặc không phải .xlsx (thử mở bằng Excel và lưu lại)",
    en: "cannot read {0}: the file is damaged or not .xlsx (try opening it in Excel and saving it again)",
  },
  emptyFile: { vi: "{0} là tệp rỗng (0 byte): không có gì để kiểm tra", en: "{0} is empty (0 bytes): nothing to check" },
  textFile: {
    vi: "{0} là tệp văn bản (CSV, HTML hoặc XML), không phải sổ làm việc .xlsx: mở bằng Excel rồi Lưu Như → Sổ làm việc Excel (*.xlsx)",
    en: "{0} is a text file (CSV, HTML or XML), not an .xlsx workbook: open it in Excel and Save As → Excel Workbook (*.xlsx)",
  },
  encrypted: {
    vi: "{0} được đặt mật khẩu (mã hóa) nên không đọc được: mở tệp bằng Excel, vào Tệp → Thông tin → Bảo vệ Sổ làm việc → Mã hóa bằng Mật khẩu, xóa mật khẩu, bấm OK, lưu lại rồi kiểm tra lại",
    en: "{0} is password-protected (encrypted) and cannot be read: open it in Excel, go to File → Info → Protect Workbook → Encrypt with Password, delete the password, click OK, save, and check again",
  },
  legacyXls: {
    vi: "{0} là tệp Excel cũ (.xls): mở bằng Excel rồi Lưu Như → Sổ làm việc Excel (*.xlsx)",
    en: "{0} is an old Excel file (.xls): open it in Excel and Save As → Excel Workbook (*.xlsx)",
  },
  wordFile: { vi: "{0} là tài liệu Word, không phải sổ làm việc Excel .xlsx", en: "{0} is a Word document, not an Excel .xlsx workbook" },
  powerpointFile: {
    vi: "{0} là bản trình bày PowerPoint, không phải sổ làm việc Excel .xlsx",
    en: "{0} is a PowerPoint presentation, not an Excel .xlsx workbook",
  },
  odsFile: {
    vi: "{0} là bảng tính OpenDocument (.ods, LibreOffice): mở rồi Lưu Như dạng Excel 2007-365 (.xlsx)",
    en: "{0} is an OpenDocument spreadsheet (.ods, LibreOffice): open it and Save As Excel 2007-365 (.xlsx)",
  },
  xlsbFile: {
    vi: "{0} là sổ làm việc nhị phân (.xlsb): mở bằng Excel rồi Lưu Như → Sổ làm việc Excel (*.xlsx)",
    en: "{0} is a binary workbook (.xlsb): open it in Excel and Save As → Excel Workbook (*.xlsx)",
  },
  notWorkbookZip: {
    vi: "{0} là tệp nén ZIP nhưng không phải sổ làm việc Excel (không có xl/workbook.xml)",
    en: "{0} is a ZIP archive but not an Excel workbook (no xl/workbook.xml)",
  },
  tooLargePart: {
    vi: "{0} quá lớn để kiểm tra an toàn: phần {1} giải nén ra {2} MB, quá giới hạn {3} MB (kế hoạch thật chỉ vài MB; xóa các trang tính, dòng không cần rồi thử lại)",
    en: "{0} is too large to check safely: part {1} inflates to {2} MB, over the {3} MB limit (real plans are a few MB; delete the sheets or rows not needed and try again)",
  },
  tooLargeTotal: {
    vi: "{0} quá lớn để kiểm tra an toàn: giải nén ra {2} MB, quá giới hạn {3} MB (kế hoạch thật chỉ vài MB; xóa các trang tính, hình ảnh không cần rồi thử lại)",
    en: "{0} is too large to check safely: it inflates to {2} MB, over the {3} MB limit (real plans are a few MB; delete the sheets or pictures not needed and try again)",
  },
  tooManyRows: {
    vi: '{0}: trang tính "{1}" có hơn {2} dòng, quá giới hạn PhuLuc đọc được — giới hạn áp dụng cho mọi trang tính của tệp, kể cả trang ẩn hoặc không được kiểm tra, vì cả tệp được nạp vào bộ nhớ (xóa các dòng thừa, kể cả dòng trống chỉ có định dạng, rồi thử lại)',
    en: '{0}: sheet "{1}" has more than {2} rows, over the limit PhuLuc reads — the limit applies to every sheet of the file, hidden or unchecked ones too, since the whole file is loaded into memory (delete the rows not needed, blank formatted rows included, and try again)',
  },
  zipBombPart: {
    vi: '{0} có dấu hiệu là tệp nén độc hại ("zip bomb"): phần {1} giải nén lớn gấp {2} lần (giới hạn {3}); PhuLuc không mở tệp này',
    en: '{0} looks like a malicious archive ("zip bomb"): part {1} inflates {2} times over (limit {3}); PhuLuc does not open it',
  },
  zipBombOther: {
    vi: '{0} có dấu hiệu là tệp nén độc hại ("zip bomb": kích thước khai báo không đúng hoặc quá nhiều phần); PhuLuc không mở tệp này',
    en: '{0} looks like a malicious archive ("zip bomb": sizes that lie, or too many parts); PhuLuc does not open it',
  },
  xmlDtd: {
    vi: "{0} chứa khai báo DTD/thực thể XML trong {1} (tệp Excel thật không bao giờ có khai báo này; có thể là tệp độc hại); PhuLuc không mở tệp này",
    en: "{0} carries an XML DTD/entity declaration in {1}, which real Excel files never have (it may be malicious); PhuLuc does not open it",
  },
  unsafeName: {
    vi: '{0} có phần mang tên không hợp lệ "{1}" (đường dẫn tuyệt đối hoặc chứa ".." trỏ ra ngoài tệp): tệp bị hỏng hoặc được tạo có chủ ý; PhuLuc không mở tệp này (thử mở bằng Excel và lưu lại)',
    en: '{0} has a part with an invalid name "{1}" (an absolute path, or ".." pointing outside the file): the file is damaged or was crafted; PhuLuc does not open it (try opening it in Excel and saving it again)',
  },
  noSheets: { vi: "{0} không có trang tính nào để kiểm tra", en: "{0} has no worksheet to check" },
  chartsOnly: {
    vi: "{0} chỉ có trang biểu đồ, không có trang tính dữ liệu nào để kiểm tra",
    en: "{0} holds only chart sheets, no worksheet to check",
  },
  picturesOnly: {
    vi: "các trang tính của {0} không có ô dữ liệu nào, chỉ có hình ảnh: kế hoạch chụp hoặc quét phải được nhập lại thành chữ trước khi kiểm tra",
    en: "the sheets of {0} hold no cell data, only pictures: a photographed or scanned plan must be typed in as text before it can be checked",
  },
  sheetMissing: { vi: 'tệp {0} không có trang tính tên "{1}"', en: '{0} has no sheet named "{1}"' },
  legacyHint: {
    vi: 'văn bản trong {0} có vẻ gõ bằng bảng mã cũ TCVN3/VNI (ví dụ "{1}"): hãy chuyển sang Unicode (Unikey: Công cụ chuyển mã) rồi kiểm tra lại',
    en: 'the text in {0} looks typed in the legacy TCVN3/VNI encoding (e.g. "{1}"): convert it to Unicode (Unikey\'s converter) and check again',
  },
  hiddenSheets: {
    vi: "lưu ý: {0} có trang tính ẩn không được kiểm tra: {1} (dùng --sheet để kiểm tra)",
    en: "note: {0} has hidden sheets that were not checked: {1} (use --sheet to check one)",
  },
  procedureList: {
    vi: 'trang tính "{1}" của {0} là danh mục thủ tục hành chính, không phải bảng nhiệm vụ của kế hoạch: không có gì để kiểm tra',
    en: 'sheet "{1}" of {0} is a list of administrative procedures, not a plan\'s task table: nothing to check',
  },
  noTableAnywhere: {
    vi: "không tìm thấy bảng nhiệm vụ (TT | Nhiệm vụ | … | Cơ quan chủ trì | … | Thời gian) trong {0}",
    en: "no plan table (TT | Task | … | Lead agency | … | Deadline) found in {0}",
  },
  summaryWritten: { vi: "Đã ghi bảng tổng hợp: {0} ({1} trang tính)", en: "Summary written: {0} ({1} sheets)" },
  summaryIsInput: {
    vi: "--summary phải là một tệp mới, không trùng tệp đang kiểm tra: {0}",
    en: "--summary must be a new file, not one of the files being checked: {0}",
  },
  agenciesWithoutSummary: {
    vi: "--agencies chỉ dùng cùng --summary (chọn cơ quan cho danh sách nhiệm vụ riêng)",
    en: "--agencies goes with --summary (it chooses the agencies for the per-agency lists)",
  },
  agenciesNotFound: {
    vi: "lưu ý: không có nhiệm vụ nào của cơ quan: {0}",
    en: "note: no task names these agencies: {0}",
  },
  summaryFailed: { vi: "không ghi được tệp tổng hợp {0}: {1}", en: "cannot write the summary {0}: {1}" },
  writeNoFolder: { vi: "thư mục không tồn tại", en: "the folder does not exist" },
  writeNoPermission: { vi: "không có quyền ghi", en: "no permission to write there" },
  writeBusy: {
    vi: "tệp đang mở trong chương trình khác (đóng Excel rồi thử lại)",
    en: "the file is open in another program (close Excel and try again)",
  },
  writeOther: { vi: "lỗi ghi tệp", en: "write error" },
  configUnreadable: { vi: "không đọc được tệp cấu hình {0}", en: "cannot read the config file {0}" },
  configInvalid: { vi: "tệp cấu hình {0} không hợp lệ: {1}", en: "invalid config file {0}: {1}" },
  storedSettingsInvalid: {
    vi: "lưu ý: cài đặt PhuLuc lưu trong {0} không hợp lệ, dùng mặc định ({1})",
    en: "note: the PhuLuc settings stored in {0} are not valid; using the defaults ({1})",
  },
  userAgencyProblem: {
    vi: 'lưu ý: trang "Danh mục cơ quan" của {0}, dòng {1}: {2}',
    en: 'note: sheet "Danh mục cơ quan" of {0}, row {1}: {2}',
  },
} as const;

export type MessageKey = keyof typeof MESSAGES;

/** The line for `key` in `lang`, with {0}, {1}… replaced by `args` (a missing one stays "{1}": core/text/template). */
export function msg(lang: Lang, key: MessageKey, ...args: Array<string | number>): string {
  return fill(MESSAGES[key][lang], args);
}
