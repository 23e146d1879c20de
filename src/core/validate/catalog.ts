/**
 * The catalog of checks: every issue code with its default severity, its messages in Vietnamese and
 * English, and an explanation a reviewer can read. Rules only say which code applies and fill in the
 * values; all wording lives here (in the spirit of Frictionless Data's error catalog).
 */
import type { Lang } from "../text/lang";

// The language type is the core's one (src/core/text/lang.ts); re-exported for the modules that took it from here.
export type { Lang };
export type Severity = "error" | "warning" | "info";

export type IssueCode =
  | "MISSING_LEAD"
  | "UNPARSEABLE_DEADLINE"
  | "MISSING_DEADLINE"
  | "MISSING_TASK"
  | "NO_TABLE"
  | "MISSING_PRODUCT"
  | "MULTIPLE_LEADS"
  | "LEAD_IS_GROUP"
  | "LEAD_ALSO_SUPPORT"
  | "UNDATED_DEADLINE"
  | "DEADLINE_OUTSIDE_PLAN"
  | "UNKNOWN_AGENCY"
  | "DUPLICATE_TASK"
  | "NUMBERING"
  | "LEGACY_ENCODING"
  | "OUTDATED_AGENCY"
  | "AGENCY_SPELLING"
  | "DEADLINE_DURATION"
  | "NO_DEADLINE_COLUMN"
  | "DEADLINE_APPROXIMATE"
  | "FORMULA_ERROR";

interface Text {
  readonly vi: string;
  readonly en: string;
}

export interface IssueDefinition {
  readonly code: IssueCode;
  readonly severity: Severity;
  readonly title: Text;
  /** Message template: {value}, {suggestion}, {period}, {other}, {count} are filled by the rule. */
  readonly message: Text;
  /** Appended when the rule has a suggestion. */
  readonly suggestion?: Text;
  /** Messages for particular cases of the same check (a rule's finding names one by its `variant`). */
  readonly variants?: Readonly<Record<string, Text>>;
  readonly explanation: Text;
}

const def = (d: IssueDefinition) => d;

export const CATALOG: Readonly<Record<IssueCode, IssueDefinition>> = {
  MISSING_LEAD: def({
    code: "MISSING_LEAD",
    severity: "error",
    title: { vi: "Thiếu cơ quan chủ trì", en: "Missing lead agency" },
    message: {
      vi: "Nhiệm vụ chưa có cơ quan chủ trì. Ghi một cơ quan chịu trách nhiệm chính vào ô này.",
      en: "The task has no lead agency. Enter the one agency accountable for it in this cell.",
    },
    explanation: {
      vi: "Mỗi nhiệm vụ chỉ do một tổ chức chủ trì và chịu trách nhiệm chính. Ô trống nằm trong vùng gộp ô không bị coi là thiếu.",
      en: "Each task has exactly one accountable agency. A blank cell inside a merged area is not missing.",
    },
  }),
  UNPARSEABLE_DEADLINE: def({
    code: "UNPARSEABLE_DEADLINE",
    severity: "error",
    title: { vi: "Không đọc được thời gian", en: "Unreadable deadline" },
    message: {
      vi: 'Không hiểu được thời gian "{value}". Ghi theo dạng "Quý IV năm 2021", "Tháng 6/2021", "Trước 31/12/2021" hoặc "Hằng năm".',
      en: 'Cannot read the deadline "{value}". Write it as "Quý IV năm 2021", "Tháng 6/2021", "Trước 31/12/2021" or "Hằng năm".',
    },
    suggestion: { vi: 'Có phải là "{suggestion}"?', en: 'Did you mean "{suggestion}"?' },
    variants: {
      "too-long": {
        vi: 'Ô thời gian "{value}" quá dài, không thể là một thời hạn (hơn 2.000 ký tự): PhuLuc không đọc ô này. Chỉ ghi thời hạn vào ô ("Quý IV năm 2021", "Trước 31/12/2021"), phần còn lại chuyển sang cột Ghi chú.',
        en: 'The deadline cell "{value}" is too long to be a deadline (over 2,000 characters): PhuLuc does not read it. Keep only the deadline in the cell ("Quý IV năm 2021", "Trước 31/12/2021") and move the rest to a notes column.',
      },
    },
    explanation: {
      vi: "Thời gian không đọc được thì không thể xếp nhiệm vụ vào quý, không theo dõi được tiến độ.",
      en: "A deadline that cannot be read cannot be placed in a quarter or followed up.",
    },
  }),
  MISSING_DEADLINE: def({
    code: "MISSING_DEADLINE",
    severity: "error",
    title: { vi: "Thiếu thời gian hoàn thành", en: "Missing deadline" },
    message: {
      vi: "Nhiệm vụ chưa có thời gian hoàn thành. Ghi thời hạn vào ô này.",
      en: "The task has no deadline. Enter when it is due in this cell.",
    },
    explanation: {
      vi: "Ô trống nằm trong vùng gộp ô nhận giá trị của vùng gộp, không bị coi là thiếu.",
      en: "A blank cell inside a merged area takes the merged value and is not missing.",
    },
  }),
  MISSING_TASK: def({
    code: "MISSING_TASK",
    severity: "error",
    title: { vi: "Thiếu nội dung nhiệm vụ", en: "Missing task text" },
    message: {
      vi: "Dòng có cơ quan hoặc thời gian nhưng không có nội dung nhiệm vụ. Ghi nội dung vào ô này hoặc gộp với nhiệm vụ phía trên.",
      en: "The row has agencies or a deadline but no task. Enter the task here or merge the row with the task above.",
    },
    explanation: {
      vi: "Thường do nội dung bị mất khi sao chép, hoặc dòng là phần tiếp theo của nhiệm vụ trên nhưng không được gộp ô.",
      en: "Usually text lost in copying, or a continuation of the task above whose cells were not merged.",
    },
  }),
  NO_TABLE: def({
    code: "NO_TABLE",
    severity: "error",
    title: { vi: "Không có bảng nhiệm vụ", en: "No plan table" },
    message: {
      vi: 'Trang tính "{value}" không có bảng nhiệm vụ nhận ra được (cần các cột TT, Nhiệm vụ, Cơ quan chủ trì, Thời gian …).',
      en: 'Sheet "{value}" has no recognisable plan table (columns TT, Task, Lead agency, Deadline …).',
    },
    explanation: {
      vi: 'Chọn dòng tiêu đề của bảng rồi dùng "Dùng vùng đã chọn", hoặc kiểm tra lại tên cột.',
      en: 'Select the table\'s header row and use "Use selection", or check the column headings.',
    },
  }),
  MISSING_PRODUCT: def({
    code: "MISSING_PRODUCT",
    severity: "warning",
    title: { vi: "Thiếu sản phẩm", en: "Missing product" },
    message: {
      vi: "Nhiệm vụ chưa ghi sản phẩm đầu ra (văn bản, báo cáo, quyết định …).",
      en: "The task names no product (document, report, decision …).",
    },
    explanation: {
      vi: "Sản phẩm cụ thể giúp đánh giá việc hoàn thành nhiệm vụ.",
      en: "A concrete product is how completion is judged.",
    },
  }),
  MULTIPLE_LEADS: def({
    code: "MULTIPLE_LEADS",
    severity: "warning",
    title: { vi: "Nhiều cơ quan chủ trì", en: "Several lead agencies" },
    message: {
      vi: "Nhiệm vụ có {count} cơ quan chủ trì ({value}). Nên giao một cơ quan chủ trì, các cơ quan khác phối hợp.",
      en: "The task has {count} lead agencies ({value}). Give it one lead; the others support.",
    },
    explanation: {
      vi: "Nguyên tắc: một việc chỉ do một tổ chức chủ trì và chịu trách nhiệm chính.",
      en: "Principle: one task, one accountable agency.",
    },
  }),
  LEAD_IS_GROUP: def({
    code: "LEAD_IS_GROUP",
    severity: "warning",
    title: { vi: "Chủ trì là một nhóm cơ quan", en: "Lead is a group" },
    message: {
      vi: 'Cơ quan chủ trì "{value}" là một nhóm, không phải một cơ quan cụ thể chịu trách nhiệm.',
      en: 'The lead "{value}" is a group of agencies, not one accountable agency.',
    },
    explanation: {
      vi: "Khi mỗi cơ quan tự làm trong phạm vi của mình thì chấp nhận được; nếu không, nên chỉ định một cơ quan đầu mối.",
      en: "Acceptable when each agency acts within its own remit; otherwise name one agency to coordinate.",
    },
  }),
  LEAD_ALSO_SUPPORT: def({
    code: "LEAD_ALSO_SUPPORT",
    severity: "warning",
    title: { vi: "Vừa chủ trì vừa phối hợp", en: "Lead also supports" },
    message: {
      vi: '"{value}" vừa là cơ quan chủ trì vừa là cơ quan phối hợp của nhiệm vụ này.',
      en: '"{value}" is both the lead and a supporting agency of this task.',
    },
    explanation: {
      vi: "Bỏ cơ quan này khỏi cột phối hợp.",
      en: "Remove it from the supporting agencies.",
    },
  }),
  UNDATED_DEADLINE: def({
    code: "UNDATED_DEADLINE",
    severity: "warning",
    title: { vi: "Thời gian phụ thuộc sự kiện khác", en: "Deadline depends on another event" },
    message: {
      vi: 'Thời gian "{value}" phụ thuộc một sự kiện hoặc lịch khác, không có ngày cụ thể.',
      en: 'The deadline "{value}" depends on another event or schedule and has no date.',
    },
    explanation: {
      vi: "Nhiệm vụ không xếp được vào quý nào; cần theo dõi riêng.",
      en: "The task cannot be placed in a quarter; follow it up separately.",
    },
  }),
  DEADLINE_OUTSIDE_PLAN: def({
    code: "DEADLINE_OUTSIDE_PLAN",
    severity: "warning",
    title: { vi: "Thời hạn ngoài kỳ kế hoạch", en: "Deadline outside the plan period" },
    message: {
      vi: "Thời hạn {other} nằm ngoài kỳ kế hoạch {period}.",
      en: "The due date {other} lies outside the plan period {period}.",
    },
    explanation: {
      vi: "Kiểm tra lại năm ghi trong thời gian hoặc kỳ kế hoạch.",
      en: "Check the year written in the deadline, or the plan period.",
    },
  }),
  UNKNOWN_AGENCY: def({
    code: "UNKNOWN_AGENCY",
    severity: "warning",
    title: { vi: "Cơ quan không có trong danh mục", en: "Agency not in the directory" },
    message: {
      vi: 'Không tìm thấy "{value}" trong danh mục cơ quan.',
      en: '"{value}" is not in the agency directory.',
    },
    suggestion: { vi: 'Gần nhất: "{suggestion}".', en: 'Nearest: "{suggestion}".' },
    explanation: {
      vi: 'Sửa tên cho đúng, hoặc thêm cơ quan vào danh mục của đơn vị (trang "Danh mục cơ quan").',
      en: 'Correct the name, or add the agency to your own directory (sheet "Danh mục cơ quan").',
    },
  }),
  DUPLICATE_TASK: def({
    code: "DUPLICATE_TASK",
    severity: "warning",
    title: { vi: "Nhiệm vụ trùng lặp", en: "Duplicate task" },
    message: {
      vi: "Nội dung nhiệm vụ trùng với dòng {other}.",
      en: "The task text repeats row {other}.",
    },
    explanation: {
      vi: "Gộp hai nhiệm vụ hoặc ghi rõ sự khác nhau.",
      en: "Merge the two tasks or make the difference explicit.",
    },
  }),
  NUMBERING: def({
    code: "NUMBERING",
    severity: "info",
    title: { vi: "Số thứ tự không liên tục", en: "Numbering slip" },
    message: {
      vi: 'Số thứ tự "{value}" không liền sau số "{other}" ở trên.',
      en: 'Number "{value}" does not follow "{other}" above.',
    },
    explanation: {
      vi: "Số thứ tự bị nhảy hoặc lặp, thường do thêm hoặc xóa dòng. Mỗi mục có thể đánh số lại từ 1 hoặc đánh tiếp theo mục trước.",
      en: "A number was skipped or repeated, usually after rows were added or removed. A section may restart at 1 or run on from the one before.",
    },
  }),
  LEGACY_ENCODING: def({
    code: "LEGACY_ENCODING",
    severity: "warning",
    title: { vi: "Phông chữ cũ (TCVN3/VNI)", en: "Legacy encoding (TCVN3/VNI)" },
    message: {
      vi: 'Văn bản "{value}" có vẻ được gõ bằng bảng mã cũ TCVN3 hoặc VNI, không phải Unicode. Hãy chuyển mã sang Unicode (ví dụ bằng Unikey).',
      en: 'The text "{value}" looks typed in the legacy TCVN3 or VNI encoding, not Unicode. Convert it to Unicode (e.g. with Unikey).',
    },
    explanation: {
      vi: "Văn bản mã cũ hiển thị sai với phông Unicode và không so khớp được tên cơ quan.",
      en: "Legacy-encoded text shows garbled in Unicode fonts and cannot be matched to agency names.",
    },
  }),
  OUTDATED_AGENCY: def({
    code: "OUTDATED_AGENCY",
    severity: "warning",
    title: { vi: "Cơ quan không còn tồn tại", en: "Agency no longer exists" },
    message: {
      vi: '"{value}" không còn tồn tại từ {other} (kế hoạch ngày {period}).',
      en: '"{value}" has not existed since {other} (the plan is dated {period}).',
    },
    suggestion: { vi: "Cơ quan kế thừa: {suggestion}.", en: "Successor: {suggestion}." },
    explanation: {
      vi: "Sau sắp xếp bộ máy năm 2025 (bỏ cấp huyện từ 01/7/2025, hợp nhất bộ, sở), kế hoạch ban hành sau đó phải giao việc cho cơ quan đang tồn tại. Kế hoạch cũ hơn nêu tên cơ quan cũ thì không bị báo.",
      en: "After the 2025 reorganisation (no district level from 1 July 2025, merged ministries and departments), a plan issued later must assign tasks to bodies that exist. Older plans naming the old bodies are not flagged.",
    },
  }),
  AGENCY_SPELLING: def({
    code: "AGENCY_SPELLING",
    severity: "info",
    title: { vi: "Tên cơ quan viết chưa đúng", en: "Agency name misspelled" },
    message: {
      vi: 'Đã hiểu "{value}" là "{suggestion}"; nên viết đúng tên trong văn bản.',
      en: 'Read "{value}" as "{suggestion}"; spell the name correctly in the document.',
    },
    explanation: {
      vi: "Tên viết thiếu dấu hoặc sai một chữ vẫn được nhận ra, nhưng văn bản ký ban hành cần viết đúng.",
      en: "A name missing its diacritics or one letter off is still recognised, but signed text should be spelled right.",
    },
  }),
  DEADLINE_DURATION: def({
    code: "DEADLINE_DURATION",
    severity: "warning",
    title: { vi: "Thời lượng, không phải thời hạn", en: "A duration, not a deadline" },
    message: {
      vi: '"{value}" là khoảng thời gian thực hiện, không phải thời hạn hoàn thành: không xếp được vào quý.',
      en: '"{value}" is how long the work takes, not when it is due: it cannot be placed in a quarter.',
    },
    explanation: {
      vi: 'Ghi thời hạn ("Quý II/2026", "Trước 30/6/2026") nếu đây là nhiệm vụ của kế hoạch; trong danh mục thủ tục hành chính thì thời lượng là bình thường.',
      en: 'Write a due date ("Quý II/2026", "Trước 30/6/2026") if this is a plan task; in a list of administrative procedures a duration is normal.',
    },
  }),
  NO_DEADLINE_COLUMN: def({
    code: "NO_DEADLINE_COLUMN",
    severity: "info",
    title: { vi: "Bảng không có cột thời gian", en: "No deadline column" },
    message: {
      vi: "Bảng không có cột thời gian hoàn thành: không kiểm tra thời hạn cho {count} nhiệm vụ/chỉ tiêu.",
      en: "The table has no deadline column: deadlines of its {count} tasks/targets are not checked.",
    },
    explanation: {
      vi: 'Bảng chỉ tiêu ("TT | Chỉ tiêu | Chủ trì") thường không có thời hạn riêng từng dòng; các kiểm tra về thời gian không áp dụng.',
      en: 'Target tables ("TT | Chỉ tiêu | Chủ trì") often have no per-row deadline; the deadline checks do not apply.',
    },
  }),
  DEADLINE_APPROXIMATE: def({
    code: "DEADLINE_APPROXIMATE",
    severity: "info",
    title: { vi: "Thời gian ước chừng", en: "Approximate deadline" },
    message: {
      vi: 'Đã đọc "{value}" là hạn {other}; ghi rõ thời hạn nếu ý khác.',
      en: 'Read "{value}" as due {other}; write the date if something else is meant.',
    },
    explanation: {
      vi: '"Đầu năm" được đọc là quý I, "giữa năm" là 6 tháng đầu năm; kế hoạch không ghi ngày cụ thể nên PhuLuc nói rõ cách đã hiểu.',
      en: '"Đầu năm" is read as the first quarter and "giữa năm" as the first half; the plan names no date, so PhuLuc says how it read it.',
    },
  }),
  FORMULA_ERROR: def({
    code: "FORMULA_ERROR",
    severity: "error",
    title: { vi: "Ô báo lỗi công thức", en: "Formula error in the cell" },
    message: {
      vi: "Ô hiển thị lỗi {value} thay vì nội dung: công thức trong ô không tính được (hàm tra cứu không tìm thấy giá trị, tham chiếu tới ô, trang tính hoặc tệp đã bị xóa …). Sửa công thức hoặc ghi thẳng nội dung vào ô này.",
      en: "The cell shows the error {value} instead of its content: its formula cannot be computed (a lookup that finds nothing, a reference to a deleted cell, sheet or file …). Fix the formula or type the content into this cell.",
    },
    explanation: {
      vi: "Giá trị lỗi (#N/A, #REF!, #VALUE!, #DIV/0!, #NAME?, #NUM!, #NULL!, #SPILL!, #CALC! …) được báo như nhau ở mọi cột, một lần cho mỗi ô; ô lỗi không bị coi là ô trống, cơ quan lạ hay thời gian không đọc được.",
      en: "Error values (#N/A, #REF!, #VALUE!, #DIV/0!, #NAME?, #NUM!, #NULL!, #SPILL!, #CALC! …) are reported the same way in every column, once per cell; an error cell is never taken for a blank, an unknown agency or an unreadable deadline.",
    },
  }),
};

export const ISSUE_CODES = Object.keys(CATALOG) as IssueCode[];
