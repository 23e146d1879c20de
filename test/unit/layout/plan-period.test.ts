import { planPeriodFromTitle } from "../../../src/core/layout/plan-period";

describe("plan period from the title lines", () => {
  test.each([
    [
      ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2021", "(Kèm theo Quyết định số 751/QĐ-UBND ngày 26 tháng 12 năm 2020)"],
      [2021, 2021],
    ],
    [
      ["DANH MỤC CÁC NHIỆM VỤ TRỌNG TÂM … GIAI ĐOẠN 2021 - 2025", "(Kèm theo Quyết định 768/QĐ-UBND ngày 26/8/2021)"],
      [2021, 2025],
    ],
    [
      ["Thực hiện Nghị quyết số 76/NQ-CP năm 2021 của Chính phủ", "KẾ HOẠCH CCHC NĂM 2023"],
      [2023, 2023],
    ],
    [["KẾ HOẠCH CCHC NĂM 2022 THỰC HIỆN CHƯƠNG TRÌNH TỔNG THỂ GIAI ĐOẠN 2021 - 2030"], [2022, 2022]],
    [["DANH MỤC NHIỆM VỤ NĂM 2023 CỦA KẾ HOẠCH CCHC GIAI ĐOẠN 2021-2025"], [2023, 2023]],
    [["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2022 (Kèm theo Quyết định số 123/QĐ-UBND ngày 5/1/2022)"], [2022, 2022]],
    [
      [
        "ỦY BAN NHÂN DÂN TỈNH",
        "Số: 12835/KH-UBND",
        "Đồng Nai, ngày 29 tháng 12 năm 2016",
        "NHIỆM VỤ CỤ THỂ THỰC HIỆN CẢI CÁCH HÀNH CHÍNH NĂM 2017",
      ],
      [2017, 2017],
    ],
    [["Chương trình hành động giai đoạn 2026 đến 2030"], [2026, 2030]],
    [["DANH MỤC NHIỆM VỤ THỰC HIỆN KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2021"], [2021, 2021]],
    [["Phân công nhiệm vụ thực hiện Chương trình tổng thể CCHC giai đoạn 2021 - 2025"], [2021, 2025]],
    [
      ["KẾ HOẠCH THỰC HIỆN NGHỊ QUYẾT SỐ 76/NQ-CP NĂM 2021", "NĂM 2022"],
      [2022, 2022],
    ],
  ])("%j → %j", (lines, [from, to]) => {
    expect(planPeriodFromTitle(lines)).toEqual({ period: { from, to } });
  });

  test.each([
    // "Đến năm 2030" runs from the plan's own year, not the single year 2030.
    [["KẾ HOẠCH PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ VÀ CHUYỂN ĐỔI SỐ ĐẾN NĂM 2030"], 2025, { period: { from: 2025, to: 2030 } }],
    [["ĐỀ ÁN CHUYỂN ĐỔI SỐ TỈNH ĐẾN NĂM 2030, TẦM NHÌN ĐẾN NĂM 2045"], 2026, { period: { from: 2026, to: 2030 } }],
    // Without the plan's date, only the end is known: the caller completes it.
    [["KẾ HOẠCH … ĐẾN NĂM 2030"], null, { until: 2030 }],
    [["KẾ HOẠCH GIAI ĐOẠN 2025 - 2030"], 2025, { period: { from: 2025, to: 2030 } }],
    [["KẾ HOẠCH GIAI ĐOẠN 2021 - 2025, ĐỊNH HƯỚNG ĐẾN NĂM 2030"], 2021, { period: { from: 2021, to: 2025 } }],
  ])("%j (plan year %s) → %j", (lines, year, expected) => {
    expect(planPeriodFromTitle(lines, year)).toEqual(expected);
  });

  test("no period when the lines only cite other documents or date a signature", () => {
    expect(planPeriodFromTitle(["Căn cứ Quyết định số 225/QĐ-TTg năm 2016", "Gia Lai, ngày 26 tháng 12 năm 2020"])).toBeNull();
  });
});
