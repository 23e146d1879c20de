import { parseDeadline } from "../../../src/core/deadline";

const plan = { planPeriod: { from: 2026, to: 2030 } };
const kinds = (text: string) => {
  const r = parseDeadline(text, plan);
  return { understood: r.understood, kinds: r.milestones.map((m) => m.kind), dues: r.milestones.map((m) => m.due ?? null) };
};

describe("deadlines with follow-ups and phases (2025–2026 plans)", () => {
  test.each([
    ["Hoàn thành trong năm 2026; cập nhật, bổ sung hằng năm (nếu có)", ["year", "recurring"], ["2026-12-31", null]],
    [
      "Hoàn thành trong quý I năm 2026 và có rà soát, sửa đổi, bổ sung trong các năm tiếp theo (nếu có)",
      ["quarter", "recurring"],
      ["2026-03-31", null],
    ],
    [
      "Hoàn thành trong năm 2026 và có rà soát, sửa đổi, bổ sung, cập nhật các tiêu chí mới trong các năm tiếp theo (nếu có)",
      ["year", "recurring"],
      ["2026-12-31", null],
    ],
    ["Thí điểm trong giai đoạn 2026 - 2027 và thực hiện mở rộng sau năm 2028", ["range", "continuous"], ["2027-12-31", null]],
    [
      "Thực hiện các nghiên cứu trong giai đoạn 2026 - 2027. Tổ chức hoạt động thí điểm từ sau năm 2027",
      ["range", "continuous"],
      ["2027-12-31", null],
    ],
    ["Triển khai từ năm 2026 và thực hiện thường xuyên, liên tục", ["continuous"], [null]],
    ["Bắt đầu triển khai từ năm 2026", ["continuous"], [null]],
    ["Nhiệm vụ thường xuyên", ["continuous"], [null]],
  ])("%s", (text, k, dues) => {
    expect(kinds(text)).toEqual({ understood: true, kinds: k, dues });
  });

  test("'từ sau năm 2027' starts in 2028; the follow-up keeps its words as label, without the date", () => {
    const m = parseDeadline("Thực hiện trong giai đoạn 2026 - 2027. Tổ chức thí điểm từ sau năm 2027", plan).milestones[1];
    expect(m).toMatchObject({ kind: "continuous", start: "2028-01-01", label: "Tổ chức thí điểm" });
  });

  test.each([
    "Không cập nhật hằng năm", // negation
    "Hằng năm 2021", // a date not read
    "thường xuyên quý", // a date word left over
    "Có rà soát, sửa đổi", // no time at all
  ])("not a follow-up, so not understood: %s", (text) => {
    expect(parseDeadline(text, plan).understood).toBe(false);
  });

  test.each(["01 ngày làm việc", "03 ngày làm việc, kể từ ngày nhận đủ hồ sơ", "Trong vòng 6 tháng"])(
    "a duration is its own reason, not an unreadable deadline: %s",
    (text) => {
      const r = parseDeadline(text, plan);
      expect(r.understood).toBe(false);
      expect(r.problems?.map((p) => p.reason)).toEqual(["duration"]);
    },
  );
});

describe("a closing remark in parentheses qualifies the date, it is not a milestone of its own", () => {
  test.each([
    // Nghị quyết 105/NQ-CP (2026): the ";" inside the remark does not cut the cell.
    [
      "Năm 2026 (sau khi Chính phủ ban hành Nghị định quy định về vị trí việc làm công chức; vị trí việc làm viên chức)",
      "year",
      "sau khi Chính phủ ban hành Nghị định quy định về vị trí việc làm công chức; vị trí việc làm viên chức",
    ],
    ["Thường xuyên (hoặc theo yêu cầu của cấp có thẩm quyền)", "continuous", "hoặc theo yêu cầu của cấp có thẩm quyền"],
    [
      "Năm 2026 (theo kế hoạch tổ chức thi hành Luật Cán bộ, công chức, Luật Viên chức)",
      "year",
      "theo kế hoạch tổ chức thi hành Luật Cán bộ, công chức, Luật Viên chức",
    ],
  ])("%s", (text, kind, remark) => {
    const r = parseDeadline(text, plan);
    expect(r.understood).toBe(true);
    expect(r.milestones.map((m) => [m.kind, m.remark])).toEqual([[kind, remark]]);
  });

  test("a parenthesis holding a date is read, not set aside as a remark", () => {
    const r = parseDeadline("Quý IV/2026 (trước 15/12/2026)", plan);
    expect(r.milestones.every((m) => m.remark === undefined)).toBe(true);
  });

  test("a session of the National Assembly named without a date is conditional; with a number it is not read as one", () => {
    expect(parseDeadline("Kỳ họp thứ nhất Quốc hội khóa XVI", plan).milestones.map((m) => m.kind)).toEqual(["conditional"]);
    expect(parseDeadline("Kỳ họp thứ 2/2021", plan).understood).toBe(false);
  });
});
