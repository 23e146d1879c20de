/**
 * Excel's errors as message keys with Vietnamese and English text. The pane shows `excelErrorMessage(e, lang)`;
 * the adapter throws ExcelAdapterError so the UI never has to look at office.js error codes.
 */

import type { Lang } from "../core/text/lang";

// One language type for the whole project (src/core/text/lang.ts); re-exported for the adapter's own modules.
export type { Lang };

export type ExcelErrorKey =
  | "sheetProtected"
  | "cellEditMode"
  | "payloadTooLarge"
  | "notFound"
  | "sheetNotFound"
  | "invalidSelection"
  | "apiNotSupported"
  | "storedDataInvalid"
  | "settingsInvalid"
  | "busy"
  | "generic";

const MESSAGES: Record<Lang, Record<ExcelErrorKey, string>> = {
  vi: {
    sheetProtected:
      "Trang tính đang được bảo vệ nên PhuLuc không ghi được. Hãy bỏ bảo vệ trang tính (Xem lại › Bỏ bảo vệ trang tính) rồi thử lại.",
    cellEditMode: "Excel đang ở chế độ sửa ô. Hãy nhấn Enter hoặc Esc để thoát khỏi ô đang sửa rồi thử lại.",
    payloadTooLarge:
      "Dữ liệu quá lớn để gửi cho Excel trong một lần (giới hạn khoảng 5 MB của Excel trên web). Hãy thử với bảng nhỏ hơn hoặc dùng Excel trên máy tính.",
    notFound: "Không tìm thấy đối tượng cần dùng trong sổ tính (có thể đã bị xoá hoặc đổi tên).",
    sheetNotFound: "Không tìm thấy trang tính (có thể đã bị xoá hoặc đổi tên). Hãy kiểm tra lại rồi thử lại.",
    invalidSelection: "Vùng đang chọn không dùng được. Hãy chọn một vùng liền nhau (một hình chữ nhật) rồi thử lại.",
    apiNotSupported: "Phiên bản Excel này chưa hỗ trợ chức năng cần dùng. Hãy dùng Microsoft 365, Office 2021 trở lên hoặc Excel trên web.",
    storedDataInvalid: "Dữ liệu PhuLuc lưu trong sổ tính bị hỏng nên đã được bỏ qua.",
    settingsInvalid: "Cài đặt PhuLuc lưu trong sổ tính không hợp lệ; đang dùng cài đặt mặc định.",
    busy: "Excel đang bận. Hãy đợi một lát rồi thử lại.",
    generic: "Excel báo lỗi khi thực hiện thao tác. Hãy thử lại; nếu vẫn lỗi, hãy lưu sổ tính và mở lại.",
  },
  en: {
    sheetProtected: "The sheet is protected, so PhuLuc cannot write to it. Unprotect the sheet (Review › Unprotect Sheet) and try again.",
    cellEditMode: "Excel is editing a cell. Press Enter or Esc to leave the cell, then try again.",
    payloadTooLarge:
      "The data is too large to send to Excel at once (Excel on the web's limit is about 5 MB). Try a smaller table or the desktop Excel.",
    notFound: "Something PhuLuc needs was not found in the workbook (it may have been deleted or renamed).",
    sheetNotFound: "The sheet was not found (it may have been deleted or renamed). Check and try again.",
    invalidSelection: "The selection cannot be used. Select one contiguous range (a rectangle) and try again.",
    apiNotSupported:
      "This version of Excel does not support a feature PhuLuc needs. Use Microsoft 365, Office 2021 or later, or Excel on the web.",
    storedDataInvalid: "PhuLuc's data stored in the workbook is damaged and was ignored.",
    settingsInvalid: "PhuLuc's settings stored in the workbook are not valid; the defaults are used.",
    busy: "Excel is busy. Wait a moment and try again.",
    generic: "Excel reported an error. Try again; if it persists, save the workbook and reopen it.",
  },
};

export class ExcelAdapterError extends Error {
  override name = "ExcelAdapterError";
  constructor(
    readonly key: ExcelErrorKey,
    /** Excel's error code ("AccessDenied" …) or the adapter's own reason. */
    readonly code: string,
    message?: string,
    readonly details: readonly string[] = [],
  ) {
    super(message ?? MESSAGES.en[key]);
  }
}

const CODE_TO_KEY: Record<string, ExcelErrorKey> = {
  AccessDenied: "sheetProtected",
  InvalidOperationInCellEditMode: "cellEditMode",
  RequestPayloadSizeLimitExceeded: "payloadTooLarge",
  ResponsePayloadSizeLimitExceeded: "payloadTooLarge",
  ItemNotFound: "notFound",
  InvalidSelection: "invalidSelection",
  ApiNotFound: "apiNotSupported",
  UnsupportedOperation: "apiNotSupported",
  NotImplemented: "apiNotSupported",
  ActivityLimitReached: "busy",
  RequestAborted: "busy",
  Conflict: "busy",
};

function codeOf(e: unknown): string {
  if (e && typeof e === "object") {
    const o = e as { code?: unknown; debugInfo?: { code?: unknown } };
    if (typeof o.code === "string" && o.code) return o.code;
    if (typeof o.debugInfo?.code === "string") return o.debugInfo.code;
  }
  return "";
}

/** The message key for any error thrown by office.js (or by the adapter itself). */
export function excelErrorKey(e: unknown): ExcelErrorKey {
  if (e instanceof ExcelAdapterError) return e.key;
  const code = codeOf(e);
  if (CODE_TO_KEY[code]) return CODE_TO_KEY[code];
  // Some hosts answer a protected sheet with a generic InvalidOperation; its text still says so.
  const text = e instanceof Error ? e.message : String(e);
  if (/protected/i.test(text)) return "sheetProtected";
  if (/cell-?edit/i.test(text)) return "cellEditMode";
  if (/payload size/i.test(text)) return "payloadTooLarge";
  return "generic";
}

export function toAdapterError(e: unknown): ExcelAdapterError {
  if (e instanceof ExcelAdapterError) return e;
  const code = codeOf(e) || "Unknown";
  const detail = e instanceof Error ? e.message : String(e);
  return new ExcelAdapterError(excelErrorKey(e), code, detail);
}

/** The text to show for an error (or a key) in the user's language. */
export function excelErrorMessage(e: unknown, lang: Lang = "vi"): string {
  const key = typeof e === "string" && e in MESSAGES.vi ? (e as ExcelErrorKey) : excelErrorKey(e);
  return MESSAGES[lang][key];
}

export const EXCEL_ERROR_MESSAGES: Readonly<Record<Lang, Readonly<Record<ExcelErrorKey, string>>>> = MESSAGES;
