import { UnparsedReason } from "../../../src/core/deadline";
import { Expected, conditional, continuous, date, every, half, month, quarter, range, sixMonthly, year, yearly } from "./expect";

/**
 * Further deadline phrasings, written the way plans write them, each with its expected reading. Dates are
 * worked out by hand (end of the period; "trước" + month/quarter/year = the day before it starts; a date
 * stays itself). `plan` is the plan period given to the parser, when the phrase needs one.
 *
 * Cases with `reject` must NOT be understood: impossible dates, typos that change a word, words that change
 * the date ("đầu", "khoảng", "sau"), years left out with no one-year plan, nonsense. Cases with both
 * `expect` and `unparsed` are cells read in part: the cell is not understood, its good fragments are kept.
 */
export interface CorpusCase {
  readonly text: string;
  readonly plan?: [number, number];
  readonly expect?: readonly Expected[];
  readonly reject?: UnparsedReason;
  readonly unparsed?: readonly string[];
}

const ok = (text: string, ...expect: Expected[]): CorpusCase => ({ text, expect });
const okIn = (plan: [number, number], text: string, ...expect: Expected[]): CorpusCase => ({ text, plan, expect });
const no = (text: string, reject: UnparsedReason, plan?: [number, number]): CorpusCase =>
  plan ? { text, reject, plan } : { text, reject };

const Q4_2021 = quarter("2021-12-31", "2021-Q4");

export const CORPUS: readonly CorpusCase[] = [
  // — quarters: numerals, spellings, separators, case, spacing
  ok("Quý 4/2021", Q4_2021),
  ok("quý 1 năm 2021", quarter("2021-03-31", "2021-Q1")),
  ok("QUÝ IV NĂM 2021", Q4_2021),
  ok("Quý IV/2021", Q4_2021),
  ok("Quý IV /2021", Q4_2021),
  ok("Quý IV-2021", Q4_2021),
  ok("Quý IV.2021", Q4_2021),
  ok("Quý IV 2021", Q4_2021),
  ok("Quí IV năm 2021", Q4_2021),
  ok("Qúy III/2022", quarter("2022-09-30", "2022-Q3")),
  ok("Quy II nam 2023", quarter("2023-06-30", "2023-Q2")),
  ok("quy 3/2020", quarter("2020-09-30", "2020-Q3")),
  ok("Quy IV năm 2021", Q4_2021),
  ok("Q4/2021", Q4_2021),
  ok("Q2/2022", quarter("2022-06-30", "2022-Q2")),
  ok("QIII/2021", quarter("2021-09-30", "2021-Q3")),
  ok("Trong quý II năm 2022", quarter("2022-06-30", "2022-Q2")),
  ok("trong Quý I/2023", quarter("2023-03-31", "2023-Q1")),
  ok("Vào quý III/2021", quarter("2021-09-30", "2021-Q3")),
  ok("Đến hết quý IV/2022", quarter("2022-12-31", "2022-Q4")),
  ok("Chậm nhất trong quý II/2021", quarter("2021-06-30", "2021-Q2")),
  ok("Cuối quý I/2022", quarter("2022-03-31", "2022-Q1")),
  ok("Quý IV năm 2021.", Q4_2021),
  ok("Quý IV năm 2021;", Q4_2021),
  ok("Quý IV năm 2021".normalize("NFD"), Q4_2021),
  ok("Quý\u00a0IV\u00a0năm\u00a02021", Q4_2021),
  ok("  Quý   IV   năm 2021  ", Q4_2021),
  ok("quý iv năm 2021", Q4_2021),
  ok("Quý 2 / 2024", quarter("2024-06-30", "2024-Q2")),
  ok("Quý\tIV\tnăm 2021", Q4_2021),
  ok("Quý IV năm 2021\n", Q4_2021),
  ok("Quý IV năm 2021 ; ", Q4_2021),
  ok("quý I năm 1990", quarter("1990-03-31", "1990-Q1")),
  ok("Quý IV/2100", quarter("2100-12-31", "2100-Q4")),

  // — months
  ok("Tháng 6/2017", month("2017-06-30", "2017-Q2")),
  ok("Tháng 6 /2017", month("2017-06-30", "2017-Q2")),
  ok("tháng 01/2018", month("2018-01-31", "2018-Q1")),
  ok("Tháng 12 năm 2020", month("2020-12-31", "2020-Q4")),
  ok("tháng 2/2024", month("2024-02-29", "2024-Q1")),
  ok("tháng 2/2023", month("2023-02-28", "2023-Q1")),
  ok("Trong tháng 9/2021", month("2021-09-30", "2021-Q3")),
  ok("Vào tháng 7/2019", month("2019-07-31", "2019-Q3")),
  ok("THÁNG 4/2021", month("2021-04-30", "2021-Q2")),
  ok("tháng 11-2021", month("2021-11-30", "2021-Q4")),
  ok("Tháng 3.2022", month("2022-03-31", "2022-Q1")),
  ok("06/2021", month("2021-06-30", "2021-Q2")),
  ok("Cuối tháng 10/2021", month("2021-10-31", "2021-Q4")),
  ok("thang 5/2021", month("2021-05-31", "2021-Q2")),
  ok("Tháng 6, năm 2021", month("2021-06-30", "2021-Q2")),
  ok("tháng 9 2021", month("2021-09-30", "2021-Q3")),

  // — dates
  ok("31/12/2021", date("2021-12-31", "2021-Q4")),
  ok("31-12-2021", date("2021-12-31", "2021-Q4")),
  ok("31.12.2021", date("2021-12-31", "2021-Q4")),
  ok("1/7/2021", date("2021-07-01", "2021-Q3")),
  ok("01/07/2021", date("2021-07-01", "2021-Q3")),
  ok("ngày 31 tháng 12 năm 2021", date("2021-12-31", "2021-Q4")),
  ok("Ngày 15 tháng 3 năm 2022", date("2022-03-15", "2022-Q1")),
  ok("ngày 30/6/2021", date("2021-06-30", "2021-Q2")),
  ok("Trước ngày 15/12/2018", date("2018-12-15", "2018-Q4")),
  ok("trước 30/9/2021", date("2021-09-30", "2021-Q3")),
  ok("Chậm nhất ngày 31/3/2022", date("2022-03-31", "2022-Q1")),
  ok("Chậm nhất là ngày 15/01/2022", date("2022-01-15", "2022-Q1")),
  ok("Đến ngày 30/6/2021", date("2021-06-30", "2021-Q2")),
  ok("29/02/2024", date("2024-02-29", "2024-Q1")),
  ok("Truoc ngay 31/12/2021", date("2021-12-31", "2021-Q4")),
  ok("ngày 1/10/2021", date("2021-10-01", "2021-Q4")),
  ok("Ngày 31/ 8/2018", date("2018-08-31", "2018-Q3")),
  ok("TRƯỚC NGÀY 28/02/2022", date("2022-02-28", "2022-Q1")),

  // — before a period: the day before it starts
  ok("Trước tháng 12/2021", date("2021-11-30", "2021-Q4")),
  ok("trước tháng 1/2022", date("2021-12-31", "2021-Q4")),
  ok("Trước tháng 3/2024", date("2024-02-29", "2024-Q1")),
  ok("Trước quý III/2021", date("2021-06-30", "2021-Q2")),
  ok("Trước năm 2025", date("2024-12-31", "2024-Q4")),
  ok("Trước quý I/2022", date("2021-12-31", "2021-Q4")),
  ok("Truoc thang 12/2021", date("2021-11-30", "2021-Q4")),

  // — halves
  ok("6 tháng đầu năm 2021", half("2021-06-30", "2021-Q2")),
  ok("6 tháng cuối năm 2021", half("2021-12-31", "2021-Q4")),
  ok("06 tháng đầu năm 2022", half("2022-06-30", "2022-Q2")),
  ok("Sáu tháng cuối năm 2020", half("2020-12-31", "2020-Q4")),
  okIn([2021, 2021], "6 tháng cuối năm", half("2021-12-31", "2021-Q4")),
  ok("Nửa đầu năm 2023", half("2023-06-30", "2023-Q2")),

  // — years
  ok("Năm 2022", year("2022-12-31", "2022-Q4")),
  ok("Trong năm 2021", year("2021-12-31", "2021-Q4")),
  ok("năm 2023.", year("2023-12-31", "2023-Q4")),
  ok("Cuối năm 2021", year("2021-12-31", "2021-Q4")),
  ok("Đến năm 2025", year("2025-12-31", "2025-Q4")),
  okIn([2021, 2021], "Trong năm", year("2021-12-31", "2021-Q4")),
  ok("2021", year("2021-12-31", "2021-Q4")),
  ok("Trong 2022", year("2022-12-31", "2022-Q4")),
  ok("Hoàn thành trong năm 2022", year("2022-12-31", "2022-Q4", "Hoàn thành")),
  ok("NĂM 2024", year("2024-12-31", "2024-Q4")),

  // — ranges
  ok("Năm 2021 - 2022", range("2021-01-01", "2022-12-31", "2022-Q4", 2021, 2022)),
  ok("2021 - 2025", range("2021-01-01", "2025-12-31", "2025-Q4", 2021, 2025)),
  ok("2021-2025", range("2021-01-01", "2025-12-31", "2025-Q4", 2021, 2025)),
  ok("Giai đoạn 2021 - 2025", range("2021-01-01", "2025-12-31", "2025-Q4", 2021, 2025)),
  ok("Từ năm 2021 đến năm 2025", range("2021-01-01", "2025-12-31", "2025-Q4", 2021, 2025)),
  ok("Từ 2021 đến 2023", range("2021-01-01", "2023-12-31", "2023-Q4", 2021, 2023)),
  ok("Năm 2021–2022", range("2021-01-01", "2022-12-31", "2022-Q4", 2021, 2022)),
  ok("Quý III - IV/2021", range("2021-07-01", "2021-12-31", "2021-Q4", 2021, 2021)),
  ok("Quý II đến quý III năm 2022", range("2022-04-01", "2022-09-30", "2022-Q3", 2022, 2022)),
  ok("Từ tháng 3 đến tháng 6/2021", range("2021-03-01", "2021-06-30", "2021-Q2", 2021, 2021)),
  ok("Tháng 6 - 8/2021", range("2021-06-01", "2021-08-31", "2021-Q3", 2021, 2021)),
  ok("Từ quý I/2021 đến quý II/2022", range("2021-01-01", "2022-06-30", "2022-Q2", 2021, 2022)),
  ok("Từ ngày 01/7/2021 đến ngày 31/12/2021", range("2021-07-01", "2021-12-31", "2021-Q4", 2021, 2021)),
  ok("Quý I/2021 - Quý II/2021", range("2021-01-01", "2021-06-30", "2021-Q2", 2021, 2021)),

  // — lists
  ok("Quí II, III năm 2021", quarter("2021-06-30", "2021-Q2"), quarter("2021-09-30", "2021-Q3")),
  ok("Quý II, quý III năm 2021", quarter("2021-06-30", "2021-Q2"), quarter("2021-09-30", "2021-Q3")),
  ok("Quý I và quý III/2022", quarter("2022-03-31", "2022-Q1"), quarter("2022-09-30", "2022-Q3")),
  ok("Quý I, II/2022", quarter("2022-03-31", "2022-Q1"), quarter("2022-06-30", "2022-Q2")),
  ok("Tháng 6 và tháng 12/2021", month("2021-06-30", "2021-Q2"), month("2021-12-31", "2021-Q4")),
  ok(
    "Tháng 3, 6, 9, 12 năm 2021",
    month("2021-03-31", "2021-Q1"),
    month("2021-06-30", "2021-Q2"),
    month("2021-09-30", "2021-Q3"),
    month("2021-12-31", "2021-Q4"),
  ),
  ok("Năm 2021, 2022", year("2021-12-31", "2021-Q4"), year("2022-12-31", "2022-Q4")),
  okIn([2021, 2021], "Quý II, III", quarter("2021-06-30", "2021-Q2"), quarter("2021-09-30", "2021-Q3")),

  // — recurring
  ok("Hằng năm", yearly("12-31", 4)),
  okIn([2021, 2023], "Hàng năm", yearly("12-31", 4, [2021, 2023])),
  ok("HẰNG NĂM", yearly("12-31", 4)),
  okIn([2021, 2021], "Hang nam", yearly("12-31", 4, [2021, 2021])),
  okIn([2021, 2021], "Định kỳ hàng quý", every("quarter", [2021, 2021])),
  ok("Định kỳ hằng tháng", every("month")),
  okIn([2022, 2022], "Hằng tuần", every("week", [2022, 2022])),
  okIn([2021, 2021], "Mỗi quý một lần", every("quarter", [2021, 2021])),
  okIn([2021, 2021], "Định kỳ 6 tháng", sixMonthly([2021, 2021])),
  okIn([2021, 2021], "Định kỳ 6 tháng và hằng năm", sixMonthly([2021, 2021]), yearly("12-31", 4, [2021, 2021])),
  okIn([2021, 2021], "Báo cáo định kỳ hằng quý", every("quarter", [2021, 2021], { label: "Báo cáo" })),
  ok("Định kỳ hàng quý trong năm 2022", every("quarter", [2022, 2022])),
  ok("Trước 25/12 năm báo cáo", yearly("12-25", 4)),
  okIn([2021, 2021], "Trước 25/12 năm báo cáo", yearly("12-25", 4, [2021, 2021])),
  okIn([2021, 2025], "Trước 15/12 hằng năm", yearly("12-15", 4, [2021, 2025])),
  okIn([2022, 2023], "Quý I năm kế hoạch", yearly("03-31", 1, [2022, 2023])),
  okIn([2021, 2022], "Tháng 1 năm kế hoạch", yearly("01-31", 1, [2021, 2022])),
  okIn([2021, 2022], "Quý IV hằng năm", yearly("12-31", 4, [2021, 2022])),
  okIn([2021, 2021], "Tháng 12 hằng năm", yearly("12-31", 4, [2021, 2021])),
  okIn([2021, 2021], "Trước tháng 12 hằng năm", yearly("11-30", 4, [2021, 2021])),
  okIn([2021, 2022], "Trong năm kế hoạch", yearly("12-31", 4, [2021, 2022])),
  okIn([2021, 2021], "25/12 hằng năm", yearly("12-25", 4, [2021, 2021])),
  okIn([2021, 2021], "6 tháng đầu năm kế hoạch", yearly("06-30", 2, [2021, 2021])),
  ok("Năm 2022 và các năm tiếp theo", { kind: "recurring", every: "year", monthDay: "12-31", quarters: [], from: 2022 }),
  okIn([2021, 2025], "Năm 2023 và những năm tiếp theo", yearly("12-31", 4, [2023, 2025])),
  okIn([2021, 2025], "Từ năm 2022 và các năm tiếp theo", yearly("12-31", 4, [2022, 2025])),
  okIn([2021, 2022], "Năm 2021 và hằng năm", yearly("12-31", 4, [2021, 2022])),
  okIn([2021, 2021], "Dinh ky hang quy", every("quarter", [2021, 2021])),
  // "hằng năm" with a day, month or quarter and no year: one yearly milestone on that day (review bug 1:
  // these gave a made-up 31/12 yearly milestone plus a dated one in a one-year plan, and year-missing in a
  // multi-year one).
  okIn([2021, 2021], "Hằng năm, trước 30/6", yearly("06-30", 2, [2021, 2021])),
  okIn([2021, 2025], "Hằng năm, trước 30/6", yearly("06-30", 2, [2021, 2025])),
  ok("Hằng năm, trước 30/6", yearly("06-30", 2)),
  okIn([2021, 2021], "Hằng năm vào tháng 6", yearly("06-30", 2, [2021, 2021])),
  okIn([2021, 2025], "Hằng năm vào tháng 6", yearly("06-30", 2, [2021, 2025])),
  okIn([2021, 2021], "Hàng năm, trong quý I", yearly("03-31", 1, [2021, 2021])),
  okIn([2021, 2025], "Hàng năm, trong quý I", yearly("03-31", 1, [2021, 2025])),
  okIn([2021, 2025], "Tháng 6, hằng năm", yearly("06-30", 2, [2021, 2025])),
  okIn([2021, 2022], "Hằng năm, trong quý I, III", yearly("03-31", 1, [2021, 2022]), yearly("09-30", 3, [2021, 2022])),
  okIn([2021, 2025], "Hằng năm: trước tháng 7", yearly("06-30", 2, [2021, 2025])),
  okIn([2021, 2025], "Báo cáo hằng năm, trước 25/12", yearly("12-25", 4, [2021, 2025], { label: "Báo cáo" })),
  okIn(
    [2021, 2021],
    "Hằng năm, trước 25/12 theo thông báo của Bộ",
    yearly("12-25", 4, [2021, 2021], { condition: "theo thông báo của Bộ" }),
  ),

  // — continuous
  ok("Thường xuyên", continuous()),
  okIn([2021, 2021], "Thường xuyên trong năm", continuous([2021, 2021])),
  ok("Thường xuyên trong năm 2022", continuous([2022, 2022])),
  ok("THƯỜNG XUYÊN", continuous()),
  okIn([2021, 2021], "Thường xuyên, liên tục", continuous([2021, 2021])),
  ok("Liên tục", continuous()),
  ok("Hằng ngày", continuous()),
  ok("Thuong xuyen", continuous()),
  ok("Từ năm 2021", { kind: "continuous", start: "2021-01-01", quarters: [], from: 2021 }),
  okIn([2021, 2025], "Từ năm 2021", continuous([2021, 2025], { start: "2021-01-01" })),
  ok("Bắt đầu từ quý II/2021", { kind: "continuous", start: "2021-04-01", quarters: [], from: 2021 }),
  ok("Kể từ ngày 01/7/2021", { kind: "continuous", start: "2021-07-01", quarters: [], from: 2021 }),
  ok("Từ tháng 9/2021 trở đi", { kind: "continuous", start: "2021-09-01", quarters: [], from: 2021 }),
  ok("Thường xuyên, bắt đầu từ tháng 3/2022", { kind: "continuous", start: "2022-03-01", quarters: [], from: 2022 }),
  ok("Năm 2022 trở đi", { kind: "continuous", start: "2022-01-01", quarters: [], from: 2022 }),

  // — conditional: an outside event or another schedule
  ok("Theo kế hoạch", conditional("Theo kế hoạch")),
  ok("Theo quy định", conditional("Theo quy định")),
  ok("Theo tiến độ của dự án", conditional("Theo tiến độ của dự án")),
  ok("Sau khi có hướng dẫn của Bộ Nội vụ", conditional("Sau khi có hướng dẫn của Bộ Nội vụ")),
  ok("Sau khi Nghị định được ban hành", conditional("Sau khi Nghị định được ban hành")),
  ok("Khi có yêu cầu", conditional("Khi có yêu cầu")),
  ok("Đột xuất", conditional("Đột xuất")),
  ok("Theo yêu cầu của UBND tỉnh", conditional("Theo yêu cầu của UBND tỉnh")),
  ok("Theo chỉ đạo của Chủ tịch UBND tỉnh", conditional("Theo chỉ đạo của Chủ tịch UBND tỉnh")),
  ok("Theo lộ trình của Chính phủ", conditional("Theo lộ trình của Chính phủ")),
  ok("Báo cáo theo quy định", conditional("theo quy định", "Báo cáo")),
  ok("Báo cáo định kỳ", conditional("định kỳ", "Báo cáo")),
  ok("Theo hướng dẫn của Bộ Tư pháp", conditional("Theo hướng dẫn của Bộ Tư pháp")),
  ok("Sau khi có Nghị định 107/2020/NĐ-CP", conditional("Sau khi có Nghị định 107/2020/NĐ-CP")),
  ok("Quý IV/2021 theo kế hoạch", { ...Q4_2021, condition: "theo kế hoạch" }),
  ok("Theo quy dinh", conditional("Theo quy dinh")),
  ok("Sau khi UBND tỉnh phê duyệt", conditional("Sau khi UBND tỉnh phê duyệt")),

  // — labels and several milestones in one cell
  ok("Ban hành kế hoạch trong quý I/2021", quarter("2021-03-31", "2021-Q1", "Ban hành kế hoạch")),
  ok("Tổ chức hội nghị sơ kết vào tháng 7/2021", month("2021-07-31", "2021-Q3", "Tổ chức hội nghị sơ kết")),
  ok("Trình UBND tỉnh trước 30/6/2021", date("2021-06-30", "2021-Q2", "Trình UBND tỉnh")),
  ok("Ban hành quy chế trong quý I/2021", quarter("2021-03-31", "2021-Q1", "Ban hành quy chế")),
  ok("Hội Liên hiệp Phụ nữ Việt Nam báo cáo trong quý I/2021", quarter("2021-03-31", "2021-Q1", "Hội Liên hiệp Phụ nữ Việt Nam báo cáo")),
  ok("Sở Kế hoạch và Đầu tư trình trong quý III/2021", quarter("2021-09-30", "2021-Q3", "Sở Kế hoạch và Đầu tư trình")),
  ok(
    "Ngân hàng Nhà nước chi nhánh tỉnh báo cáo trong quý IV/2021",
    quarter("2021-12-31", "2021-Q4", "Ngân hàng Nhà nước chi nhánh tỉnh báo cáo"),
  ),
  ok(
    "- Ban hành kế hoạch: Quý I/2021\n- Báo cáo: Quý IV/2021",
    quarter("2021-03-31", "2021-Q1", "Ban hành kế hoạch"),
    quarter("2021-12-31", "2021-Q4", "Báo cáo"),
  ),
  ok(
    "Ban hành kế hoạch trong quý I/2021; báo cáo trong quý IV/2021",
    quarter("2021-03-31", "2021-Q1", "Ban hành kế hoạch"),
    quarter("2021-12-31", "2021-Q4", "báo cáo"),
  ),
  ok(
    "+ Quý I/2021: ban hành kế hoạch\n+ Quý IV/2021: báo cáo",
    quarter("2021-03-31", "2021-Q1", "ban hành kế hoạch"),
    quarter("2021-12-31", "2021-Q4", "báo cáo"),
  ),
  ok("1. Quý I/2021\n2. Quý III/2021", quarter("2021-03-31", "2021-Q1"), quarter("2021-09-30", "2021-Q3")),
  ok("• Tháng 3/2021\n• Tháng 9/2021", month("2021-03-31", "2021-Q1"), month("2021-09-30", "2021-Q3")),
  ok("a) Quý I/2021\nb) Quý II/2021", quarter("2021-03-31", "2021-Q1"), quarter("2021-06-30", "2021-Q2")),
  ok("Thời gian thực hiện: Quý III/2018", quarter("2018-09-30", "2018-Q3")),
  ok(
    "Ban hành trong tháng 1/2018 và báo cáo trong tháng 12/2018",
    month("2018-01-31", "2018-Q1", "Ban hành"),
    month("2018-12-31", "2018-Q4", "báo cáo"),
  ),
  ok(
    "Quý I/2021 ban hành kế hoạch và quý IV/2021 báo cáo",
    quarter("2021-03-31", "2021-Q1", "ban hành kế hoạch"),
    quarter("2021-12-31", "2021-Q4", "báo cáo"),
  ),
  ok("Trong quý I/2021, hoàn thành dự thảo", quarter("2021-03-31", "2021-Q1", "hoàn thành dự thảo")),
  ok("Quý IV năm 2021\r\nBáo cáo trong quý I/2022", Q4_2021, quarter("2022-03-31", "2022-Q1", "Báo cáo")),
  ok("Sơ kết thuỷ lợi trong quý II/2021", quarter("2021-06-30", "2021-Q2", "Sơ kết thủy lợi")),
  // (was "Hoá đơn điện tử: quý III/2021": a topic, not an action, is no longer a label — see the rejects)
  ok("Triển khai hoá đơn điện tử: quý III/2021".normalize("NFD"), quarter("2021-09-30", "2021-Q3", "Triển khai hóa đơn điện tử")),
  ok("Cập nhật cơ sở dữ liệu trước 31/12/2021", date("2021-12-31", "2021-Q4", "Cập nhật cơ sở dữ liệu")),
  ok("Công bố kết quả vào tháng 12/2021", month("2021-12-31", "2021-Q4", "Công bố kết quả")),
  ok("Gửi báo cáo về Sở Nội vụ trước ngày 15/12/2021", date("2021-12-15", "2021-Q4", "Gửi báo cáo về Sở Nội vụ")),
  ok("Rà soát, đánh giá trong quý III/2021", quarter("2021-09-30", "2021-Q3", "Rà soát, đánh giá")),
  ok("Quý II/2021: kiểm tra, tổng hợp", quarter("2021-06-30", "2021-Q2", "kiểm tra, tổng hợp")),
  ok("Quý IV/2021 - hoàn thành", quarter("2021-12-31", "2021-Q4", "hoàn thành")),

  // — a year left out, supplied by a one-year plan
  okIn([2021, 2021], "Tháng 6", month("2021-06-30", "2021-Q2")),
  okIn([2021, 2021], "Trước 31/12", date("2021-12-31", "2021-Q4")),
  okIn([2022, 2022], "Quý IV", quarter("2022-12-31", "2022-Q4")),
  okIn([2018, 2018], "Trước ngày 15/12", date("2018-12-15", "2018-Q4")),
  okIn([2021, 2021], "ngày 31 tháng 12", date("2021-12-31", "2021-Q4")),
  okIn([2021, 2021], "6 tháng đầu năm", half("2021-06-30", "2021-Q2")),
  okIn([2021, 2021], "Cuối năm", year("2021-12-31", "2021-Q4")),

  // ————— must NOT be understood —————
  // impossible dates and numbers
  no("Quý V năm 2021", "impossible-date"),
  no("Quý 5/2021", "impossible-date"),
  no("Quý 0/2021", "impossible-date"),
  no("Quý VI/2022", "impossible-date"),
  no("Quí IIII năm 2021", "impossible-date"),
  no("Q5/2021", "impossible-date"),
  no("Tháng 13/2021", "impossible-date"),
  no("tháng 0/2021", "impossible-date"),
  no("31/02/2021", "impossible-date"),
  no("30/02/2022", "impossible-date"),
  no("29/02/2023", "impossible-date"),
  no("32/12/2021", "impossible-date"),
  no("31/04/2021", "impossible-date"),
  no("ngày 31 tháng 6 năm 2021", "impossible-date"),
  no("31/13/2021", "impossible-date"),
  no("Trước ngày 31/11/2021", "impossible-date"),
  no("ngày 0/12/2021", "impossible-date"),
  // years out of range or not four digits
  no("Năm 1989", "out-of-range"),
  no("Năm 2101", "out-of-range"),
  no("Quý IV/1985", "out-of-range"),
  no("Trước quý I/1990", "out-of-range"),
  no("Quý IV năm 20211", "out-of-range"),
  no("31/12/21", "two-digit-year"),
  no("Quý IV/21", "two-digit-year"),
  // ranges that end before they start
  no("Năm 2022 - 2021", "bad-range"),
  no("Từ tháng 6 đến tháng 3/2021", "bad-range"),
  no("Quý IV năm 2021 – Quý II năm 2021", "bad-range"),
  // typos that change a word: a wrong mark is a different word
  no("Quỹ IV năm 2021", "unclear-words"),
  no("Thắng 6 năm 2021", "unclear-words"),
  no("Nằm 2021", "unknown"),
  no("Quỵ IV năm 2021", "unclear-words"),
  // words that change the date
  no("đầu tháng 6/2021", "unclear-words"),
  // "giữa năm" / "đầu năm" are read as the first half / first quarter and reported as DEADLINE_APPROXIMATE.
  ok("giữa năm 2021", { ...half("2021-06-30", "2021-Q2"), approximate: "giữa năm 2021" }),
  no("khoảng tháng 6/2021", "unclear-words"),
  no("Sau quý I/2021", "unclear-words"),
  no("sau ngày 15/12/2021", "unclear-words"),
  no("Quý IV năm 2021 - 2022", "unclear-words"),
  no("Tháng 6 năm 2021 hoặc sớm hơn", "unclear-words"),
  no("Quý IV năm 2021 trở về trước", "unclear-words"),
  no("Hằng năm 2021", "unclear-words"),
  no("Thuong xuyen trong năm", "unclear-words", [2021, 2021]),
  // a rhythm with a day/month/quarter we cannot state exactly (review bug 1): never a date in the plan year
  no("Hằng quý, trong tháng 3", "unclear-words", [2021, 2021]),
  no("Định kỳ hằng quý, trước ngày 15 tháng cuối quý", "unclear-words", [2021, 2025]),
  no("Định kỳ 6 tháng, trước 30/6", "unclear-words", [2021, 2021]),
  no("Hằng tháng, trước ngày 20", "unclear-words", [2021, 2021]),
  no("Hằng năm, từ tháng 3 đến tháng 6", "unclear-words", [2021, 2021]),
  no("Hằng năm, báo cáo trước 30/6", "unclear-words", [2021, 2021]),
  no("Hằng năm và tháng 6", "unclear-words", [2021, 2021]),
  // words next to a date that are not a plain action phrase (review bug 2)
  no("Không thực hiện năm 2021", "unclear-words"),
  no("Khong thuc hien nam 2021", "unclear-words"),
  no("Quý IV/2021 không thực hiện", "unclear-words"),
  no("Chưa báo cáo trong quý IV/2021", "unclear-words"),
  no("Hoãn đến quý IV/2021", "unclear-words"),
  no("Tạm dừng trong năm 2021", "unclear-words"),
  no("Kỳ họp thứ 2/2021", "unclear-words"),
  no("Tổ chức kỳ họp thứ hai trong tháng 7/2021", "unclear-words"),
  no("abc 6/2021", "unclear-words"),
  no("Hoá đơn điện tử: quý III/2021", "unclear-words"),
  no("Sở Tư pháp: quý IV/2021", "unclear-words"),
  no("Dự kiến quý IV/2021", "unclear-words"),
  no("Ban hành dự kiến trong quý IV/2021", "unclear-words"),
  // an action touching a bare period names that period's document: the report *on* Q1, the review *of* 2021
  no("Báo cáo quý I/2021", "unclear-words"),
  no("Tổng kết năm 2021", "unclear-words"),
  no("Sơ kết 6 tháng đầu năm 2021", "unclear-words"),
  no("Báo cáo năm 2021 và các năm tiếp theo", "unclear-words"),
  // leftovers that are dates we could not read
  no("Tháng 6/2021/2022", "unclear-words"),
  no("Quý IV năm 2021 năm", "unclear-words"),
  no("Tháng 2/2021 ngày 30", "unclear-words"),
  no("Quý IV/", "unclear-words", [2021, 2021]),
  // a year left out, with no one-year plan to supply it
  no("Tháng 6", "year-missing"),
  no("Quý IV", "year-missing", [2021, 2025]),
  no("Trước 31/12", "year-missing"),
  no("6 tháng cuối năm", "year-missing", [2021, 2025]),
  no("Trong năm", "year-missing"),
  // nonsense, or no date at all
  no("asdf", "unknown"),
  no("Báo cáo", "unknown"),
  no("Chưa xác định", "unknown"),
  no("x", "unknown"),
  no("Quyết định 751/QĐ-UBND", "unknown"),
  // A duration, not a deadline: its own reason (DEADLINE_DURATION), not "unknown".
  no("Trong vòng 6 tháng", "duration"),
  no("Sớm", "unknown"),
  no("Kịp thời", "unknown"),
  // cells read in part
  { text: "Quý IV năm 2021\nasdf", expect: [Q4_2021], unparsed: ["asdf"] },
  {
    text: "- Ban hành kế hoạch trong quý I/2021\n- Báo cáo trong quý V/2021",
    expect: [quarter("2021-03-31", "2021-Q1", "Ban hành kế hoạch")],
    unparsed: ["Báo cáo trong quý V/2021"],
  },
  ok("Thường xuyên; đầu năm 2022", continuous(), { ...quarter("2022-03-31", "2022-Q1"), approximate: "đầu năm 2022" }),
];
