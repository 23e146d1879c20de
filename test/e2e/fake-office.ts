// Stands in for office.js in the browser test of taskpane.html itself (test/e2e/csp.test.ts routes the CDN's
// office.js address to this bundle): installs the simulated Excel as the page's Excel and Office globals, holding a
// small plan whose task 3 has no lead agency. `?api=1.3` sets the simulated host's ExcelApi level.
import { installFakeOffice } from "../../sim/fake-excel";

const HEADER = ["TT", "Nhiệm vụ", "Sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"];
const params = new URLSearchParams(window.location.search);

installFakeOffice(
  window,
  {
    name: "ke-hoach.xlsx",
    sheets: [
      {
        name: "Kế hoạch",
        rows: [
          ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2021"],
          HEADER,
          ["1", "Rà soát văn bản quy phạm pháp luật", "Báo cáo", "Sở Tư pháp", "Các sở, ngành", "Quý I/2021"],
          ["2", "Kiểm tra công tác văn thư lưu trữ", "Báo cáo", "Sở Nội vụ", "Sở Tư pháp", "Quý II/2021"],
          ["3", "Đánh giá chỉ số cải cách hành chính", "Báo cáo", "", "Các sở, ngành", "Quý III/2021"],
        ],
        merges: [],
      },
    ],
  },
  { apiVersion: params.get("api") ?? "1.17", displayLanguage: "vi-VN" },
);
