import { recognizeTable } from "../../../src/core/layout/recognize";
import { headerRole } from "../../../src/core/layout/header-roles";
import { sheet } from "../../helpers/sheet";

const HEADER = ["TT", "Nhiệm vụ", "Sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"];

describe("header wording", () => {
  test.each([
    ["STT", "tt"],
    ["Số thứ tự", "tt"],
    ["Nội dung công việc", "task"],
    ["Nhiệm vụ, giải pháp", "task"],
    ["Kết quả/sản phẩm", "product"],
    ["Hình thức văn bản", "product"],
    ["Cơ quan, đơn vị chủ trì", "lead"],
    ["Đơn vị phối hợp", "support"],
    ["Thời hạn hoàn thành", "deadline"],
    ["Tiến độ thực hiện", "deadline"],
    ["THỜI GIAN TRÌNH", "deadline"],
    ["Ghi chú", "extra"],
    ["Kết quả thực hiện", "status"],
    ["Tình hình thực hiện", "status"],
    ["Kinh phí", "extra"],
    // Wordings of 2025–2026 plans (issue 10).
    ["Kết quả", "product"],
    ["Kết quả dự kiến", "product"],
    ["Kết quả/Sản phẩm", "product"],
    ["Sản phẩm dự kiến đạt được", "product"],
    ["Người đứng đầu chịu trách nhiệm", "responsible"],
    ["Lãnh đạo phụ trách", "responsible"],
    ["Lãnh đạo UBND tỉnh phụ trách", "responsible"],
    ["Phân công nhiệm vụ", "lead"],
    ["Cơ quan, đơn vị thực hiện", "lead"],
    ["Chỉ tiêu", "task"],
  ])("%s → %s", (text, role) => {
    expect(headerRole(text)).toBe(role);
    expect(headerRole(text.normalize("NFD").toUpperCase())).toBe(role);
  });

  test("sub-headers read under their group", () => {
    expect(headerRole("Chủ trì", "Cơ quan thực hiện")).toBe("lead");
    expect(headerRole("Phối hợp", "Cơ quan thực hiện")).toBe("support");
    expect(headerRole("Hoàn thành", "Thời gian")).toBe("deadline");
    expect(headerRole("Bắt đầu", "Thời gian")).toBe("extra");
  });

  test("'Tiến độ thực hiện' beside a deadline column is the progress column, alone it is the deadline", () => {
    const withDeadline = recognizeTable(
      sheet("P", [
        ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành", "Tiến độ thực hiện"],
        ["1", "Rà soát", "Sở Tư pháp", "Quý IV/2026", "Đang thực hiện"],
      ]),
    );
    expect(withDeadline?.columns.deadline).toBe(3);
    expect(withDeadline?.aux.status).toBe(4);
    expect(withDeadline?.tasks[0]?.status).toBe("Đang thực hiện");
    const alone = recognizeTable(
      sheet("P", [
        ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Tiến độ thực hiện"],
        ["1", "Rà soát", "Sở Tư pháp", "Quý IV/2026"],
      ]),
    );
    expect(alone?.columns.deadline).toBe(3);
    expect(alone?.aux.status).toBeUndefined();
  });

  test("a target table without a deadline column is found", () => {
    const t = recognizeTable(
      sheet("P", [
        ["TT", "Chỉ tiêu", "Chủ trì"],
        ["1", "Tỷ lệ hồ sơ trực tuyến đạt 80%", "Sở Khoa học và Công nghệ"],
      ]),
    );
    expect(t?.columns).toEqual({ tt: 0, task: 1, lead: 2 });
    expect(t?.tasks).toHaveLength(1);
  });

  test("long task text is never a header", () => {
    expect(headerRole("Xây dựng Kế hoạch thực hiện nhiệm vụ cải cách hành chính năm 2021 của tỉnh")).toBeNull();
  });
});

describe("recognising a plan table", () => {
  test("header below title rows, sections merged across, tasks with their section", () => {
    const s = sheet(
      "Phụ lục",
      [
        ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2021"],
        ["(Kèm theo Quyết định số 751/QĐ-UBND ngày 26 tháng 12 năm 2020 của UBND tỉnh)"],
        [],
        HEADER,
        ["I. Cải cách thể chế"],
        ["1", "Rà soát văn bản", "Báo cáo", "Sở Tư pháp", "Các sở, ngành", "Quý IV năm 2021"],
        ["II. Cải cách thủ tục hành chính"],
        ["1", "Cập nhật bộ TTHC", "Quyết định", "Các sở, ngành", "Sở Tư pháp", "Thường xuyên"],
        ["2", "Rà soát quy trình", "Quyết định", "", "Các sở, ngành", "Thường xuyên"],
      ],
      ["A1:F1", "A2:F2", "A5:F5", "A7:F7"],
    );
    const t = recognizeTable(s)!;
    expect(t.headerRows).toEqual([3]);
    expect(t.columns).toEqual({ tt: 0, task: 1, product: 2, lead: 3, support: 4, deadline: 5 });
    expect(t.planPeriod).toEqual({ from: 2021, to: 2021 });
    expect(t.planPeriodSource).toBe("title");
    expect(t.sections.map((x) => x.title)).toEqual(["I. Cải cách thể chế", "II. Cải cách thủ tục hành chính"]);
    expect(t.tasks.map((x) => [x.tt, x.section?.title, x.row])).toEqual([
      ["1", "I. Cải cách thể chế", 5],
      ["1", "II. Cải cách thủ tục hành chính", 7],
      ["2", "II. Cải cách thủ tục hành chính", 8],
    ]);
    expect(t.tasks[2]!.lead).toBe("");
    expect(t.tasks[2]!.cells.lead).toEqual({ row: 8, col: 3, inMerge: false, fromMerge: false });
    expect(t.lastRow).toBe(8);
  });

  test("two-row header, column-number row, extra column, table not in column A, range period", () => {
    const s = sheet(
      "KH",
      [
        [null, "DANH MỤC NHIỆM VỤ GIAI ĐOẠN 2021 - 2025"],
        [],
        [null, "STT", "Nội dung nhiệm vụ", "Sản phẩm", "Cơ quan thực hiện", null, "Thời gian hoàn thành", "Ghi chú"],
        [null, null, null, null, "Chủ trì", "Phối hợp"],
        [null, "(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"],
        [null, "1", "Xây dựng kế hoạch", "Kế hoạch", "Sở Nội vụ", "Các sở", "Quý I/2022", "mới"],
      ],
      ["B1:H1", "B3:B4", "C3:C4", "D3:D4", "E3:F3", "G3:G4", "H3:H4"],
    );
    const t = recognizeTable(s)!;
    expect(t.headerRows).toEqual([2, 3]);
    expect(t.numberRow).toBe(4);
    expect(t.columns).toEqual({ tt: 1, task: 2, product: 3, lead: 4, support: 5, deadline: 6 });
    expect(t.extras.map((e) => [e.col, e.header])).toEqual([[7, "Ghi chú"]]);
    expect(t.firstCol).toBe(1);
    expect(t.lastCol).toBe(7);
    expect(t.planPeriod).toEqual({ from: 2021, to: 2025 });
    expect(t.tasks).toHaveLength(1);
    expect(t.tasks[0]!.extras).toEqual({ "Ghi chú": "mới" });
  });

  test("numbers inside the task cell, empty TT, vertically merged lead and deadline", () => {
    const s = sheet(
      "Gia Lai",
      [
        HEADER,
        ["VI. Xây dựng Chính phủ điện tử"],
        [null, "1. Duy trì Kiến trúc CQĐT", "Báo cáo", "Sở Thông tin và Truyền thông", "UBND cấp huyện", "Trong năm 2021"],
        [null, "2. Duy trì LGSP", "100% hệ thống kết nối"],
        [null, "6.Tăng cường trao đổi văn bản", "100% văn bản", "Sở, ban, ngành tỉnh", "Sở Thông tin và Truyền thông", "Trong năm 2021"],
      ],
      ["A2:F2", "D3:D4", "E3:E4", "F3:F4"],
    );
    const t = recognizeTable(s)!;
    expect(t.tasks.map((x) => [x.tt, x.task, x.lead, x.deadline])).toEqual([
      ["1", "Duy trì Kiến trúc CQĐT", "Sở Thông tin và Truyền thông", "Trong năm 2021"],
      ["2", "Duy trì LGSP", "Sở Thông tin và Truyền thông", "Trong năm 2021"],
      ["6", "Tăng cường trao đổi văn bản", "Sở, ban, ngành tỉnh", "Trong năm 2021"],
    ]);
    expect(t.tasks[1]!.cells.lead).toEqual({ row: 3, col: 3, inMerge: true, fromMerge: true });
    expect(t.planPeriodSource).toBe("deadlines");
  });

  test("a product split over two rows stays one task; a row with agencies but no task is a task", () => {
    const s = sheet("S", [
      HEADER,
      [null, "1. Quy định chi tiết", "1. Quyết định", "Sở Tư pháp", "VP UBND", ""],
      [null, null, "2. Nghị quyết"],
      [null, null, "Báo cáo kết quả", "Văn phòng UBND tỉnh", "Sở, ban, ngành", "Theo kế hoạch"],
    ]);
    const t = recognizeTable(s)!;
    expect(t.tasks).toHaveLength(2);
    expect(t.tasks[0]!.product).toBe("1. Quyết định\n2. Nghị quyết");
    expect(t.tasks[0]!.lastRow).toBe(2);
    expect(t.tasks[1]!.task).toBe("");
    expect(t.tasks[1]!.lead).toBe("Văn phòng UBND tỉnh");
  });

  test("roman numeral in TT with the title in the task column; sub-items fold into their task", () => {
    const s = sheet("S", [
      HEADER,
      ["I", "CÔNG TÁC CHỈ ĐẠO"],
      ["1", "Ban hành kế hoạch", "Kế hoạch", "Sở Nội vụ", "", "Quý I/2021"],
      ["", "a) Kế hoạch tuyên truyền"],
      ["", "b) Kế hoạch kiểm tra"],
      ["2", "Kiểm tra", "Báo cáo", "Sở Nội vụ", "", "Quý IV/2021"],
    ]);
    const t = recognizeTable(s)!;
    expect(t.sections.map((x) => x.title)).toEqual(["I. CÔNG TÁC CHỈ ĐẠO"]);
    expect(t.tasks.map((x) => x.tt)).toEqual(["1", "2"]);
    expect(t.tasks[0]!.task).toBe("Ban hành kế hoạch\na) Kế hoạch tuyên truyền\nb) Kế hoạch kiểm tra");
  });

  test("a numbered group heading over sub-items that have their own agencies nests sections", () => {
    const s = sheet("S", [
      HEADER,
      ["A", "NHIỆM VỤ CHUNG"],
      ["I", "Cải cách thể chế"],
      ["1", "Xây dựng văn bản"],
      ["1.1", "Nghị quyết về phí", "Nghị quyết", "Sở Tài chính", "", "Quý III/2021"],
      ["1.2", "Quyết định về giá", "Quyết định", "Sở Xây dựng", "", "Quý IV/2021"],
    ]);
    const t = recognizeTable(s)!;
    expect(t.sections.map((x) => [x.title, x.level])).toEqual([
      ["A. NHIỆM VỤ CHUNG", 0],
      ["I. Cải cách thể chế", 1],
      ["1. Xây dựng văn bản", 2],
    ]);
    expect(t.tasks.map((x) => x.tt)).toEqual(["1.1", "1.2"]);
    expect(t.tasks[0]!.section?.path).toEqual(["A. NHIỆM VỤ CHUNG", "I. Cải cách thể chế", "1. Xây dựng văn bản"]);
  });

  test("the table ends before notes and signatures, and after blank rows", () => {
    const s = sheet("S", [
      HEADER,
      ["1", "Việc một", "Báo cáo", "Sở Nội vụ", "", "Quý I/2021"],
      [],
      ["2", "Việc hai", "Báo cáo", "Sở Nội vụ", "", "Quý II/2021"],
      ["Ghi chú: Các cơ quan báo cáo về Sở Nội vụ."],
      ["3", "Không phải nhiệm vụ", "", "Sở Nội vụ", "", ""],
    ]);
    const t = recognizeTable(s)!;
    expect(t.tasks.map((x) => x.tt)).toEqual(["1", "2"]);
    expect(t.lastRow).toBe(3);

    // After a run of blank rows, ordinary text ends the table …
    const prose = sheet("S", [
      HEADER,
      ["1", "Việc", "", "Sở Nội vụ", "", "2021"],
      [],
      [],
      [],
      ["Đề nghị các cơ quan triển khai thực hiện."],
    ]);
    expect(recognizeTable(prose)!.tasks).toHaveLength(1);
    // … but task rows after it are still the table's: dropping them would call an unchecked plan clean.
    const gap = sheet("S", [
      HEADER,
      [],
      [],
      [],
      ["1", "Việc một", "", "", "", "Quý I/2021"],
      [],
      [],
      [],
      [],
      ["2", "Việc hai", "", "Sở Nội vụ", "", "lúc nào đó"],
    ]);
    expect(recognizeTable(gap)!.tasks.map((t) => [t.tt, t.row])).toEqual([
      ["1", 4],
      ["2", 9],
    ]);
  });

  test("a header repeated at a page break is skipped; a second table after title rows ends the first", () => {
    const repeated = sheet("S", [
      HEADER,
      ["1", "2", "3", "4", "5", "6"],
      ["1", "Việc một", "Báo cáo", "Sở Nội vụ", "", "Quý I/2021"],
      HEADER,
      ["1", "2", "3", "4", "5", "6"],
      ["2", "Việc hai", "Báo cáo", "Sở Tư pháp", "", "Quý II/2021"],
    ]);
    const t = recognizeTable(repeated)!;
    expect(t.numberRow).toBe(1);
    expect(t.tasks.map((x) => [x.tt, x.lead])).toEqual([
      ["1", "Sở Nội vụ"],
      ["2", "Sở Tư pháp"],
    ]);

    const two = sheet("S", [
      HEADER,
      ["1", "Việc một", "Báo cáo", "Sở Nội vụ", "", "Quý I/2021"],
      ["PHỤ LỤC II"],
      ["(Kèm theo Kế hoạch số 12/KH-UBND)"],
      HEADER,
      ["1", "Việc khác", "Báo cáo", "Sở Tư pháp", "", "Quý II/2021"],
    ]);
    const first = recognizeTable(two)!;
    expect(first.tasks.map((x) => x.task)).toEqual(["Việc một"]);
    expect(first.sections).toEqual([]);
    expect(first.lastRow).toBe(1);
  });

  test("a section row holding the start of a lead/deadline merged over its tasks is still a section", () => {
    const s = sheet(
      "S",
      [
        HEADER,
        ["I", "Cải cách thể chế"],
        ["1", "Việc một", "Báo cáo", "Sở Nội vụ", "", "Quý I/2021"],
        ["II", "Cải cách thủ tục hành chính", null, "Sở Tư pháp", null, "Quý IV/2021"],
        ["1", "Việc hai", "Báo cáo"],
        ["2", "Việc ba", "Báo cáo"],
      ],
      ["D4:D6", "F4:F6"],
    );
    const t = recognizeTable(s)!;
    expect(t.sections.map((x) => x.title)).toEqual(["I. Cải cách thể chế", "II. Cải cách thủ tục hành chính"]);
    expect(t.tasks.map((x) => [x.tt, x.section?.title, x.lead, x.deadline])).toEqual([
      ["1", "I. Cải cách thể chế", "Sở Nội vụ", "Quý I/2021"],
      ["1", "II. Cải cách thủ tục hành chính", "Sở Tư pháp", "Quý IV/2021"],
      ["2", "II. Cải cách thủ tục hành chính", "Sở Tư pháp", "Quý IV/2021"],
    ]);
  });

  test("sub-items numbered a, b in the TT column fold into their task like a), b)", () => {
    for (const marks of [
      ["a", "b"],
      ["a)", "b)"],
      ["-", "-"],
    ]) {
      const s = sheet("S", [
        HEADER,
        ["3", "Nhiệm vụ ba gồm:", "Báo cáo", "Sở Nội vụ", "", "Quý I/2021"],
        [marks[0], "Phần một"],
        [marks[1], "Phần hai"],
      ]);
      const t = recognizeTable(s)!;
      expect(t.tasks.map((x) => [x.tt, x.task])).toEqual([["3", `Nhiệm vụ ba gồm:\n${marks[0]} Phần một\n${marks[1]} Phần hai`]]);
    }
  });

  test("a sheet without a plan table gives null", () => {
    expect(recognizeTable(sheet("S", [["Danh sách cán bộ"], ["Họ tên", "Chức vụ", "Đơn vị"], ["A", "B", "C"]]))).toBeNull();
    expect(recognizeTable(sheet("Empty", []))).toBeNull();
    // A header with no task under it (an empty template) is not a plan to check.
    expect(recognizeTable(sheet("Template", [HEADER, [], []]))).toBeNull();
  });

  test("the plan period the user gives wins over the title", () => {
    const s = sheet("S", [["KẾ HOẠCH NĂM 2021"], HEADER, ["1", "Việc", "", "Sở Nội vụ", "", "Quý I/2021"]]);
    expect(recognizeTable(s, { planPeriod: { from: 2022, to: 2022 } })!.planPeriod).toEqual({ from: 2022, to: 2022 });
  });
});
