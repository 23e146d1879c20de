import { Token, foldWord, isPunct, isWord, sameLetters } from "./tokens";

/**
 * Labels: the plain words around a date that name the milestone ("Ban hành kế hoạch" trong quý I/2021,
 * Quý II/2018 "phê duyệt Đề án"). Whatever is not a recognised date phrase must be a label, and a label
 * must not be able to change the date: otherwise "đầu tháng 6/2021" (early June) would read as June with
 * the label "đầu", "Quỹ IV năm 2021" as the year 2021 with the label "Quỹ IV", and "Không thực hiện năm
 * 2021" (not done in 2021) as a milestone due 31/12/2021.
 *
 * So labels are an allowlist, safe by construction: a label is an action phrase of the kind plans write
 * next to a deadline — it starts with an action of plan milestones ("Ban hành", "Báo cáo", "Tổ chức", …) or
 * a deliverable ("Kế hoạch", "Văn bản", "Đề án", …), or with the agency doing it followed by such an action
 * ("Sở Kế hoạch và Đầu tư trình", "các cơ quan, đơn vị … gửi báo cáo") — and holds no negation, ordinal or
 * uncertainty word anywhere ("không", "chưa", "hoãn", "thứ", "kỳ họp", "dự kiến", …). Anything else next to
 * a date makes the fragment not understood (`unclear-words`).
 */

// Actions of plan milestones, gathered from the seed plans (/work/shared/seeds) and the corpus: a label may
// start with one, and a label naming its agency first must contain one. Longest first where they share a
// first word.
const ACTIONS = [
  "ban hành",
  "báo cáo",
  "tổng hợp",
  "trình",
  "phê duyệt",
  "hoàn thành",
  "hoàn thiện",
  "hoàn tất",
  "tổ chức",
  "triển khai",
  "xây dựng",
  "sơ kết",
  "tổng kết",
  "đánh giá",
  "kiểm tra",
  "kiểm soát",
  "rà soát",
  "thực hiện",
  "chính thức",
  "đi vào hoạt động",
  "đưa vào",
  "vận hành",
  "cập nhật",
  "công bố",
  "công khai",
  "gửi",
  "nộp",
  "tiến hành",
  "tham mưu",
  "đề xuất",
  "nghiên cứu",
  "khảo sát",
  "điều tra",
  "thanh tra",
  "giám sát",
  "theo dõi",
  "tập huấn",
  "bồi dưỡng",
  "tuyên truyền",
  "phổ biến",
  "quán triệt",
  "hướng dẫn",
  "thẩm định",
  "lấy ý kiến",
  "xin ý kiến",
  "góp ý",
  "ký",
  "sửa đổi",
  "bổ sung",
  "thay thế",
  "bãi bỏ",
  "thành lập",
  "kiện toàn",
  "sắp xếp",
  "nghiệm thu",
  "bàn giao",
  "chuyển giao",
  "cung cấp",
  "đăng tải",
  "tích hợp",
  "kết nối",
  "số hóa",
  "chuẩn hóa",
  "thí điểm",
  "nhân rộng",
  "áp dụng",
  "ứng dụng",
  "duy trì",
  "tiếp nhận",
  "xử lý",
  "thu thập",
  "chuẩn bị",
  "lập",
  "phối hợp",
  "thông qua",
  "đăng ký",
  "thống kê",
  "phân bổ",
  "bố trí",
];

// Deliverables a label may start with ("văn bản hướng dẫn" in "ban hành kế hoạch … và văn bản hướng dẫn
// trong quý I/2018"). Next to a bare period with no connector they name that period's document ("Báo cáo
// quý I/2021" is the report *on* Q1) and are refused by the touching rule in `checkGap`.
const DELIVERABLES = [
  "kế hoạch",
  "văn bản",
  "đề án",
  "dự thảo",
  "dự án",
  "hội nghị",
  "quy chế",
  "quy định",
  "danh mục",
  "hồ sơ",
  "chương trình",
  "quyết định",
  "nghị quyết",
  "tài liệu",
  "cơ sở dữ liệu",
  "phần mềm",
];

// How a label naming the agency first begins ("Sở …", "UBND …", "Hội Liên hiệp Phụ nữ …", "các cơ quan …").
const AGENCY_HEADS = [
  "sở",
  "ubnd",
  "ủy ban",
  "hđnd",
  "hội đồng",
  "hội",
  "ngân hàng",
  "các",
  "những",
  "cơ quan",
  "đơn vị",
  "phòng",
  "ban",
  "bộ",
  "văn phòng",
  "công an",
  "chi cục",
  "cục",
  "trung tâm",
  "tỉnh",
  "huyện",
  "thành phố",
  "thị xã",
  "xã",
  "phường",
  "chủ tịch",
  "thủ trưởng",
  "bảo hiểm",
  "kho bạc",
  "viện",
  "trường",
  "đài",
  "mặt trận",
  "đoàn",
  "liên đoàn",
  "tòa án",
  "doanh nghiệp",
  "người đứng đầu",
];

// Words that, anywhere in a label, say the date is not (or not surely) a deadline of this task: negation
// and suspension ("Không thực hiện năm 2021"), ordinals and sessions ("Kỳ họp thứ 2/2021", "học kỳ", "lần",
// "đợt"), and uncertainty. "Dự kiến" (expected) is refused too: the date written after it is a forecast,
// and reporting it as a firm due date would overstate the plan; the reviewer confirms it or drops the word.
const DENY = [
  "không",
  "chưa",
  "chẳng",
  "chả",
  "hoãn",
  "dừng",
  "ngừng",
  "hủy",
  "thứ",
  "học kỳ",
  "kỳ họp",
  "kỳ",
  "phiên",
  "khóa họp",
  "nhiệm kỳ",
  "lần",
  "đợt",
  "dự kiến",
  "dự tính",
  "ước tính",
  "có thể",
  "nếu",
  "khoảng",
];

// Separators between phrases; they never belong to a label.
const SEPARATOR_PUNCT = ",.;:-–—&+";
const SEPARATOR_WORDS = ["và", "hoặc"];

// Date words: a label holding one is a date we did not understand ("Quý V năm 2021" → "Quý V").
const DATE_WORDS = ["quý", "tháng", "năm", "ngày", "tuần"];

// Words that, next to a date, change when it falls due: "đầu"/"giữa" (early/mid), "sau" (after), "khoảng"
// (about), "trở" (trở đi/trở về trước), "sớm"/"muộn"… and the rhythm words.
const TEMPORAL = new Set([
  "đầu",
  "giữa",
  "cuối",
  "trước",
  "sau",
  "từ",
  "đến",
  "tới",
  "khoảng",
  "hết",
  "trở",
  "sớm",
  "muộn",
  "chậm",
  "nửa",
  "kể",
  "hằng",
  "mỗi",
  "định",
  "kỳ",
  "lần",
  "đợt",
  "gần",
  "tầm",
  "cỡ",
  "trong",
  "vào",
  "năm",
  // "thường xuyên", "liên tục" typed without marks in a marked cell are not read as such, and must not
  // then pass for a label next to a date.
  "xuyên",
  "tục",
]);

const ROMAN = /^(?:i{1,3}|iv|v|vi{1,3}|ix|x{1,3}|xi{1,2})$/;

// The unmarked forms of date words. A word with these letters but other marks ("quỹ", "thằng", "nằm") is a
// typo that changes the word: next to a number it is not a label, it is an unreadable date.
const DATE_FOLDS = new Set(["quy", "qui", "thang", "nam", "ngay", "tuan"]);

/**
 * A date word inside a label. Marked ("quý", "tháng") it is always one; unmarked ("quy", "nam") it is also
 * an ordinary syllable ("quy chế", "Việt Nam"), so it counts only when a number follows ("quy 4", "nam 2021").
 */
function dateWordAt(label: readonly Token[], k: number): boolean {
  const t = label[k] as Token;
  if (!t.ascii) return DATE_WORDS.includes(t.canon);
  if (!DATE_WORDS.some((w) => sameLetters(t, w))) return false;
  const next = label[k + 1];
  return !!next && (next.kind === "num" || ROMAN.test(next.norm));
}

function nearMiss(t: Token): boolean {
  return t.kind === "word" && !t.ascii && DATE_FOLDS.has(foldWord(t.norm)) && !DATE_WORDS.some((w) => isWord(t, w));
}

/** A token that, standing next to a date, could change it. */
function changesDate(t: Token): boolean {
  if (t.kind === "num") return true;
  if (t.kind !== "word") return false;
  // Unmarked words are compared by their letters: "Truoc" next to a date is "trước" as far as we can tell.
  return ROMAN.test(t.norm) || nearMiss(t) || TEMPORAL.has(t.canon) || (t.ascii && [...TEMPORAL].some((w) => sameLetters(t, w)));
}

function isSeparator(t: Token, leading: boolean): boolean {
  if (t.kind === "punct") return SEPARATOR_PUNCT.includes(t.norm) || t.norm === (leading ? ")" : "(");
  return SEPARATOR_WORDS.some((w) => isWord(t, w));
}

/** The lexicon compares words as written too: "ngân hàng" is not the rhythm word "hằng" the tokens map it to. */
function lexiconAt(label: readonly Token[], k: number, phrases: ReadonlyArray<readonly string[]>): boolean {
  return phrases.some((words) =>
    words.every((w, n) => {
      const t = label[k + n];
      return !!t && (isWord(t, w) || t.norm === w);
    }),
  );
}

const words = (phrases: readonly string[]): ReadonlyArray<readonly string[]> => phrases.map((p) => p.split(" "));
const ACTION_WORDS = words(ACTIONS);
const DELIVERABLE_WORDS = words(DELIVERABLES);
const AGENCY_WORDS = words(AGENCY_HEADS);
const DENY_WORDS = words(DENY);

/** An action phrase of plan milestones, as defined above (the label's words, separators trimmed). */
function actionPhrase(label: readonly Token[]): boolean {
  if ((label[0] as Token).kind !== "word") return false;
  for (let k = 0; k < label.length; k++) if (lexiconAt(label, k, DENY_WORDS)) return false;
  if (lexiconAt(label, 0, ACTION_WORDS) || lexiconAt(label, 0, DELIVERABLE_WORDS)) return true;
  if (!lexiconAt(label, 0, AGENCY_WORDS)) return false;
  for (let k = 1; k < label.length; k++) if (lexiconAt(label, k, ACTION_WORDS)) return true;
  return false;
}

/** A phrase that starts with the period itself ("quý I/2021", "năm 2021", "6/2021", "giai đoạn …"), not a connector. */
function barePeriodStart(t: Token | undefined): boolean {
  if (!t) return false;
  if (t.kind === "num") return true;
  if (t.kind === "word" && /^q(?:i{1,3}|iv)?$/.test(t.norm)) return true;
  return ["quý", "tháng", "năm", "ngày", "tuần", "giai", "nửa", "sáu"].some((w) => isWord(t, w));
}

export type LabelCheck = { ok: true; first: number; last: number } | { ok: true; empty: true } | { ok: false };

/**
 * Checks the tokens [from, to) between phrases. `afterDate`/`beforeDate` say whether a date phrase touches
 * the gap on its left / right. Returns the label's token range, or that there is none, or that the gap
 * holds words that make the fragment unreadable.
 */
export function checkGap(tokens: readonly Token[], from: number, to: number, afterDate: boolean, beforeDate: boolean): LabelCheck {
  let a = from;
  let b = to - 1;
  while (a <= b && isSeparator(tokens[a] as Token, true)) a++;
  while (b >= a && isSeparator(tokens[b] as Token, false)) b--;
  if (a > b) return { ok: true, empty: true };
  const label = tokens.slice(a, b + 1);
  if (!label.some((t) => t.kind === "word")) return { ok: false };
  if (label.some((t) => t.kind === "num")) return { ok: false };
  if (label.some((_, k) => dateWordAt(label, k))) return { ok: false };
  if (afterDate && changesDate(label[0] as Token)) return { ok: false };
  if (beforeDate && changesDate(label[label.length - 1] as Token)) return { ok: false };
  // A stray "/" or similar next to a date ("Quý IV/"): something is missing, not a label.
  if (afterDate && isPunct(label[0], "/\\")) return { ok: false };
  if (beforeDate && isPunct(label[label.length - 1], "/\\")) return { ok: false };
  // A word touching a bare period names that period's thing: "Báo cáo quý I/2021" is the report on Q1 (due
  // after it), "Tổng kết năm 2021" the review of 2021, "Kỳ họp thứ 2/2021". A deadline is written with a
  // connector ("trong", "vào", "trước", "đến", ":", ",") or with the date first.
  if (beforeDate && b === to - 1 && barePeriodStart(tokens[to])) return { ok: false };
  if (!actionPhrase(label)) return { ok: false };
  return { ok: true, first: a, last: b };
}
