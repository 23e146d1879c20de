// Every string the pane shows, in Vietnamese (the default) and English. One table so translations are reviewed
// side by side and a missing key is a type error, not a blank label.

export type Lang = "vi" | "en";

const vi = {
  productName: "PhuLuc",
  tagline: "Kiểm tra và tổng hợp phụ lục nhiệm vụ trong kế hoạch của cơ quan nhà nước.",
  statusInExcel: "Đang chạy trong Excel",
  statusPreview: "Xem trước ngoài Excel",
  statusChecking: "Đang kết nối với Office…",
  officeJsMissing: "Không tải được thư viện Office (office.js). Hãy kiểm tra kết nối mạng rồi mở lại ngăn này.",
  hostDetails: "Máy chủ",
  platform: "Nền tảng",
  officeVersion: "Phiên bản Office",
  excelApi: "Bộ API Excel cao nhất",
  language: "Ngôn ngữ hiển thị",
  unknown: "không rõ",
  previewHint:
    "Trang này đang mở trong trình duyệt. Để làm việc với sổ tính, hãy nạp PhuLuc vào Excel rồi bấm Kiểm tra kế hoạch trên thẻ Trang đầu.",
  notYet:
    "Phiên bản {0} mới có khung ngăn tác vụ. Chức năng kiểm tra bảng phụ lục trong Excel sẽ có ở bản sau; hiện có thể dùng lệnh phuluc check với tệp .xlsx.",
} as const;

type Key = keyof typeof vi;

const en: Record<Key, string> = {
  productName: "PhuLuc",
  tagline: "Checks and summarises the task appendices of Vietnamese government plans.",
  statusInExcel: "Running in Excel",
  statusPreview: "Preview outside Excel",
  statusChecking: "Connecting to Office…",
  officeJsMissing: "The Office library (office.js) did not load. Check the network connection and reopen this pane.",
  hostDetails: "Host",
  platform: "Platform",
  officeVersion: "Office version",
  excelApi: "Highest Excel API set",
  language: "Display language",
  unknown: "unknown",
  previewHint:
    "This page is open in a browser. To work on a workbook, sideload PhuLuc into Excel and select Check plan on the Home tab.",
  notYet:
    "Version {0} only has the task pane frame. Checking the appendix table inside Excel comes in a later version; for now use the phuluc check command on an .xlsx file.",
};

const TABLE: Record<Lang, Record<Key, string>> = { vi, en };

/** Vietnamese unless Office reports another display language (e.g. "en-US"); no language at all means vi. */
export function pickLang(displayLanguage: string | null | undefined): Lang {
  if (!displayLanguage) return "vi";
  return displayLanguage.toLowerCase().startsWith("vi") ? "vi" : "en";
}

/** The string for `key` in `lang`, with {0}, {1}… replaced by `args`. */
export function t(lang: Lang, key: Key, ...args: string[]): string {
  return TABLE[lang][key].replace(/\{(\d+)\}/g, (whole, i: string) => args[Number(i)] ?? whole);
}

export type StringKey = Key;
