import { Expected, conditional, continuous, date, every, month, quarter, range, sixMonthly, year, yearly } from "./expect";

/**
 * Every deadline phrase of the five seed plans (/work/shared/seeds), with the plan period each plan states
 * and the milestones the spec (plan-tables.md §2) gives them. Expected dates were worked out by hand from
 * the calendar (end of quarter/month/year; "trước tháng 12" = 30/11), not copied from the parser.
 *
 *  000 Quảng Ngãi 2021–2025 (appendix table, "|" separated, and one prose reporting rhythm)
 *  001 Gia Lai 2021 (tab-indented appendix)
 *  002 Đồng Nai 2017 (appendix table; two prose phrases)
 *  003 Quảng Bình 2021–2030 (no appendix: deadlines in the prose targets and duties)
 *  004 TP Quảng Ngãi 2018 (prose "- Thời gian thực hiện: …" lines)
 */
export interface SeedPhrase {
  readonly seed: string;
  readonly plan: [number, number];
  readonly text: string;
  readonly expect: readonly Expected[];
}

const P000: [number, number] = [2021, 2025];
const P001: [number, number] = [2021, 2021];
const P002: [number, number] = [2017, 2017];
const P003: [number, number] = [2021, 2030];
const P004: [number, number] = [2018, 2018];

const s = (seed: string, plan: [number, number], text: string, ...expect: Expected[]): SeedPhrase => ({ seed, plan, text, expect });

export const SEED_PHRASES: readonly SeedPhrase[] = [
  // 000 — Quảng Ngãi, giai đoạn 2021–2025
  s("000", P000, "Trước 25/12 năm báo cáo", yearly("12-25", 4, P000)),
  s("000", P000, "Quý I năm kế hoạch", yearly("03-31", 1, P000)),
  s("000", P000, "Quý II năm 2022", quarter("2022-06-30", "2022-Q2")),
  s("000", P000, "Quý IV năm 2021", quarter("2021-12-31", "2021-Q4")),
  s("000", P000, "Trước 31/12 năm báo cáo", yearly("12-31", 4, P000)),
  s("000", P000, "Năm 2022 và các năm tiếp theo", yearly("12-31", 4, [2022, 2025])),
  s("000", P000, "Hằng năm", yearly("12-31", 4, P000)),
  s("000", P000, "Hằng năm theo thông báo của Bộ Tư pháp", yearly("12-31", 4, P000, { condition: "theo thông báo của Bộ Tư pháp" })),
  s("000", P000, "Thường xuyên", continuous(P000)),
  s("000", P000, "Năm 2022", year("2022-12-31", "2022-Q4")),
  s("000", P000, "Theo quy định của Trung ương", conditional("Theo quy định của Trung ương")),
  s("000", P000, "Sau khi có hướng dẫn của Bộ, ngành TW", conditional("Sau khi có hướng dẫn của Bộ, ngành TW")),
  s("000", P000, "Năm 2021 - 2022", range("2021-01-01", "2022-12-31", "2022-Q4", 2021, 2022)),
  s("000", P000, "Sau khi có chủ trương của Ban TVTW", conditional("Sau khi có chủ trương của Ban TVTW")),
  s("000", P000, "Năm 2021", year("2021-12-31", "2021-Q4")),
  s("000", P000, "Năm 2022 và những năm tiếp theo", yearly("12-31", 4, [2022, 2025])),
  s(
    "000",
    P000,
    "Định kỳ hằng quý, 6 tháng, hằng năm hoặc đột xuất",
    every("quarter", P000),
    sixMonthly(P000),
    yearly("12-31", 4, P000),
    conditional("đột xuất"),
  ),

  // 001 — Gia Lai, năm 2021
  s(
    "001",
    P001,
    "- Báo cáo kết quả thực hiện Kế hoạch trong quý IV năm 2021.",
    quarter("2021-12-31", "2021-Q4", "Báo cáo kết quả thực hiện Kế hoạch"),
  ),
  s("001", P001, "Theo kế hoạch", conditional("Theo kế hoạch")),
  s("001", P001, "Trong năm 2021", year("2021-12-31", "2021-Q4")),
  s(
    "001",
    P001,
    "- Ban hành kế hoạch trước ngày 31/12/2020\n- Báo cáo kết quả thực hiện trong Quý IV năm 2021",
    date("2020-12-31", "2020-Q4", "Ban hành kế hoạch"),
    quarter("2021-12-31", "2021-Q4", "Báo cáo kết quả thực hiện"),
  ),
  s("001", P001, "Báo cáo trong quý IV năm 2021", quarter("2021-12-31", "2021-Q4", "Báo cáo")),
  s("001", P001, "Thường xuyên trong năm", continuous(P001)),
  s("001", P001, "Ban hành văn bản trước tháng 12/2021", date("2021-11-30", "2021-Q4", "Ban hành văn bản")),
  s(
    "001",
    P001,
    "- Ban hành kế hoạch trong quý I/2021;\n- Báo cáo trong quý IV năm 2021;",
    quarter("2021-03-31", "2021-Q1", "Ban hành kế hoạch"),
    quarter("2021-12-31", "2021-Q4", "Báo cáo"),
  ),
  s("001", P001, "Trong quý III/2021", quarter("2021-09-30", "2021-Q3")),
  s("001", P001, "Quý I/2022", quarter("2022-03-31", "2022-Q1")),
  s("001", P001, "Trước ngày 28/02/2022", date("2022-02-28", "2022-Q1")),
  s("001", P001, "Quý I năm 2021", quarter("2021-03-31", "2021-Q1")),
  s("001", P001, "Báo cáo định kỳ hàng quý trong năm", every("quarter", P001, { label: "Báo cáo" })),
  s(
    "001",
    P001,
    "- Quí II, III năm 2021\n- Báo cáo định kỳ hàng quý trong năm",
    quarter("2021-06-30", "2021-Q2"),
    quarter("2021-09-30", "2021-Q3"),
    every("quarter", P001, { label: "Báo cáo" }),
  ),
  s("001", P001, "Ban hành kế hoạch trước 31/12/2020", date("2020-12-31", "2020-Q4", "Ban hành kế hoạch")),
  s("001", P001, "Quý I/2021", quarter("2021-03-31", "2021-Q1")),
  s("001", P001, "Theo thời gian quy định của Bộ Nội vụ.", conditional("Theo thời gian quy định của Bộ Nội vụ")),
  s(
    "001",
    P001,
    "- Ban hành kế hoạch trong Quý I/2021. \n- Tổng hợp báo cáo UBND tỉnh kết quả kiểm tra trong Quý II/2021.",
    quarter("2021-03-31", "2021-Q1", "Ban hành kế hoạch"),
    quarter("2021-06-30", "2021-Q2", "Tổng hợp báo cáo UBND tỉnh kết quả kiểm tra"),
  ),
  s(
    "001",
    P001,
    "Sau khi Chính phủ ban hành và theo thời gian của Bộ Nội vụ",
    conditional("Sau khi Chính phủ ban hành và theo thời gian của Bộ Nội vụ"),
  ),

  // 002 — Đồng Nai, năm 2017
  s("002", P002, "Tháng 11/2017", month("2017-11-30", "2017-Q4")),
  s("002", P002, "Thường xuyên", continuous(P002)),
  s("002", P002, "Định kỳ hàng quý", every("quarter", P002)),
  s("002", P002, "Quý II /2017", quarter("2017-06-30", "2017-Q2")),
  s("002", P002, "Định kỳ hàng tuần", every("week", P002)),
  s("002", P002, "Định kỳ hàng tháng", every("month", P002)),
  s("002", P002, "Tháng 6 /2017", month("2017-06-30", "2017-Q2")),
  s("002", P002, "Tháng 10/2017", month("2017-10-31", "2017-Q4")),
  s("002", P002, "Theo tiến độ phê duyệt", conditional("Theo tiến độ phê duyệt")),
  s("002", P002, "Tháng 8/2017", month("2017-08-31", "2017-Q3")),
  s("002", P002, "Theo tiến độ kế hoạch", conditional("Theo tiến độ kế hoạch")),
  s("002", P002, "Tháng 01/2017", month("2017-01-31", "2017-Q1")),
  s("002", P002, "Tháng 12/2017", month("2017-12-31", "2017-Q4")),
  s("002", P002, "đến hết Quý II/2017", quarter("2017-06-30", "2017-Q2")),
  s("002", P002, "chậm nhất trong tháng 1 năm kế hoạch", yearly("01-31", 1, P002)),
  s(
    "002",
    P002,
    "Định kỳ hàng quý, 06 tháng, hàng năm hoặc đột xuất",
    every("quarter", P002),
    sixMonthly(P002),
    yearly("12-31", 4, P002),
    conditional("đột xuất"),
  ),

  // 003 — Quảng Bình, giai đoạn 2021–2030 (prose)
  s("003", P003, "Đến năm 2025", year("2025-12-31", "2025-Q4")),
  s("003", P003, "Đến năm 2030", year("2030-12-31", "2030-Q4")),
  s("003", P003, "Năm 2021", year("2021-12-31", "2021-Q4")),
  s("003", P003, "Hàng năm", yearly("12-31", 4, P003)),
  s("003", P003, "giai đoạn 2021 - 2030", range("2021-01-01", "2030-12-31", "2030-Q4", 2021, 2030)),
  s(
    "003",
    P003,
    "Định kỳ hàng quý, 6 tháng, hàng năm hoặc đột xuất",
    every("quarter", P003),
    sixMonthly(P003),
    yearly("12-31", 4, P003),
    conditional("đột xuất"),
  ),
  s(
    "003",
    P003,
    "hàng quý, 6 tháng và hàng năm hoặc đột xuất",
    every("quarter", P003),
    sixMonthly(P003),
    yearly("12-31", 4, P003),
    conditional("đột xuất"),
  ),
  s(
    "003",
    P003,
    "Đến năm 2025, tiến hành sơ kết, đến năm 2029 tiến hành tổng kết",
    year("2025-12-31", "2025-Q4", "tiến hành sơ kết"),
    year("2029-12-31", "2029-Q4", "tiến hành tổng kết"),
  ),

  // 004 — TP Quảng Ngãi, năm 2018 ("- Thời gian thực hiện: …")
  s("004", P004, "Thường xuyên trong năm.", continuous(P004)),
  s(
    "004",
    P004,
    "Ban hành danh mục trong tháng 1/2018; hoàn thành báo cáo kết quả trước 15/12/2018; các văn bản QPPL được ban hành đúng tiến độ.",
    month("2018-01-31", "2018-Q1", "Ban hành danh mục"),
    date("2018-12-15", "2018-Q4", "hoàn thành báo cáo kết quả"),
    conditional("đúng tiến độ", "các văn bản QPPL được ban hành"),
  ),
  s(
    "004",
    P004,
    "Ban hành Kế hoạch trong tháng 1/2018; hoàn thành báo cáo kết quả định kỳ theo quy định.",
    month("2018-01-31", "2018-Q1", "Ban hành Kế hoạch"),
    conditional("định kỳ theo quy định", "hoàn thành báo cáo kết quả"),
  ),
  s(
    "004",
    P004,
    "Ban hành Kế hoạch trong Quý I/2018; thực hiện báo cáo theo quy định.",
    quarter("2018-03-31", "2018-Q1", "Ban hành Kế hoạch"),
    conditional("theo quy định", "thực hiện báo cáo"),
  ),
  s(
    "004",
    P004,
    "ban hành kế hoạch trong tháng 1/2018 và văn bản hướng dẫn trong quý I/2018; Báo cáo kết quả thực hiện trước 15/12/2018.",
    month("2018-01-31", "2018-Q1", "ban hành kế hoạch"),
    quarter("2018-03-31", "2018-Q1", "văn bản hướng dẫn"),
    date("2018-12-15", "2018-Q4", "Báo cáo kết quả thực hiện"),
  ),
  s(
    "004",
    P004,
    "ban hành kế hoạch trong quý I/2018; báo cáo kết quả thực hiện trước ngày 25/12/2018.",
    quarter("2018-03-31", "2018-Q1", "ban hành kế hoạch"),
    date("2018-12-25", "2018-Q4", "báo cáo kết quả thực hiện"),
  ),
  s(
    "004",
    P004,
    "Ban hành Kế hoạch trong quý I/2018; Báo cáo kết quả sau mỗi lần đối thoại và đề xuất hướng xử lý.",
    quarter("2018-03-31", "2018-Q1", "Ban hành Kế hoạch"),
    conditional("sau mỗi lần đối thoại và đề xuất hướng xử lý", "Báo cáo kết quả"),
  ),
  s("004", P004, "Sau khi tỉnh triển khai.", conditional("Sau khi tỉnh triển khai")),
  s("004", P004, "Hoàn thành trong quý I/2018.", quarter("2018-03-31", "2018-Q1", "Hoàn thành")),
  s("004", P004, "Thường xuyên trong năm, bắt đầu từ quý II/2018.", continuous(P004, { start: "2018-04-01" })),
  s("004", P004, "Quý III/2018.", quarter("2018-09-30", "2018-Q3")),
  s(
    "004",
    P004,
    "Quý II/2018 phê duyệt Đề án; chính thức đi vào hoạt động vào quý IV/2018.",
    quarter("2018-06-30", "2018-Q2", "phê duyệt Đề án"),
    quarter("2018-12-31", "2018-Q4", "chính thức đi vào hoạt động"),
  ),
  s("004", P004, "Sau khi UBND tỉnh ban hành kế hoạch.", conditional("Sau khi UBND tỉnh ban hành kế hoạch")),
  s(
    "004",
    P004,
    "Hoàn thành, trình phê duyệt Đề án trước ngày 30/5/2018; tổ chức thực hiện vào tháng 7/2018.",
    date("2018-05-30", "2018-Q2", "Hoàn thành, trình phê duyệt Đề án"),
    month("2018-07-31", "2018-Q3", "tổ chức thực hiện"),
  ),
  s(
    "004",
    P004,
    "Ban hành kế hoạch trong quý II/2018; tổ chức kiểm tra, báo cáo hoàn thành trong quý III/2018.",
    quarter("2018-06-30", "2018-Q2", "Ban hành kế hoạch"),
    quarter("2018-09-30", "2018-Q3", "tổ chức kiểm tra, báo cáo hoàn thành"),
  ),
  s(
    "004",
    P004,
    "Quý IV năm 2018, các cơ quan, đơn vị và UBND xã, phường gửi báo cáo kết quả thực hiện về UBND thành phố (qua Phòng Nội vụ).",
    quarter(
      "2018-12-31",
      "2018-Q4",
      "các cơ quan, đơn vị và UBND xã, phường gửi báo cáo kết quả thực hiện về UBND thành phố (qua Phòng Nội vụ)",
    ),
  ),
  s("004", P004, "Hoàn thành trong năm 2018.", year("2018-12-31", "2018-Q4", "Hoàn thành")),
  s("004", P004, "Quý II/2018.", quarter("2018-06-30", "2018-Q2")),
  s(
    "004",
    P004,
    "Quý I/2018 ban hành kế hoạch; báo cáo kết quả thực hiện về UBND tỉnh (qua Sở Nội vụ) trong tháng 12/2018.",
    quarter("2018-03-31", "2018-Q1", "ban hành kế hoạch"),
    month("2018-12-31", "2018-Q4", "báo cáo kết quả thực hiện về UBND tỉnh (qua Sở Nội vụ)"),
  ),
  s(
    "004",
    P004,
    "Thường xuyên trong năm 2018; báo cáo kết quả sau đợt kiểm tra cho UBND thành phố.",
    continuous(P004),
    conditional("sau đợt kiểm tra cho UBND thành phố", "báo cáo kết quả"),
  ),
  s("004", P004, "Thường xuyên trong năm 2018.", continuous(P004)),
  s("004", P004, "Sau khi UBND tỉnh giao nhiệm vụ.", conditional("Sau khi UBND tỉnh giao nhiệm vụ")),
  s("004", P004, "Sau khi UBND tỉnh ban hành Quy định.", conditional("Sau khi UBND tỉnh ban hành Quy định")),
  s("004", P004, "ban hành kế hoạch trong tháng 1/2018.", month("2018-01-31", "2018-Q1", "ban hành kế hoạch")),
  s(
    "004",
    P004,
    "ban hành kế hoạch trong quý I/2018; định kỳ báo cáo kết quả thực hiện.",
    quarter("2018-03-31", "2018-Q1", "ban hành kế hoạch"),
    conditional("định kỳ", "báo cáo kết quả thực hiện"),
  ),
  s(
    "004",
    P004,
    "Quý I năm 2018 ban hành Kế hoạch; báo cáo kết quả thực hiện theo định kỳ.",
    quarter("2018-03-31", "2018-Q1", "ban hành Kế hoạch"),
    conditional("theo định kỳ", "báo cáo kết quả thực hiện"),
  ),
  s("004", P004, "Tháng 12 năm 2018.", month("2018-12-31", "2018-Q4")),
  s("004", P004, "Quý III năm 2018.", quarter("2018-09-30", "2018-Q3")),
  s("004", P004, "Quý I năm 2018.", quarter("2018-03-31", "2018-Q1")),
  s("004", P004, "Quý IV năm 2018.", quarter("2018-12-31", "2018-Q4")),
  s("004", P004, "Trong tháng 12/2018.", month("2018-12-31", "2018-Q4")),
];
