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
