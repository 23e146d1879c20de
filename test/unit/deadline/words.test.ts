import { parseDeadline } from "../../../src/core/deadline";
import { Milestone } from "../../../src/core/deadline/types";
import { deadlineLine, describeDeadline, describeMilestone, vnDate } from "../../../src/core/deadline/words";

// The one module that puts milestones into words: the summary sheets' sentence and `phuluc deadline`'s line.
const read = (text: string, from = 2021, to = 2025) => parseDeadline(text, { planPeriod: { from, to } });

describe("milestone words", () => {
  test("one cell, both readers: the sheet's sentence and the command line's line in each language", () => {
    const r = read("Quý IV năm 2021");
    expect(describeDeadline(r)).toBe("Quý IV/2021, hạn 31/12/2021");
    expect(deadlineLine(r, "vi")).toBe("Quý IV năm 2021 → quý · hạn 31/12/2021 (2021-Q4)");
    expect(deadlineLine(r, "en")).toBe("Quý IV năm 2021 → quarter · due 2021-12-31 (2021-Q4)");
  });

  test("a closing remark is shown with its date, in both readers", () => {
    const r = read("Năm 2026 (sau khi có Nghị định)", 2026, 2026);
    expect(describeDeadline(r)).toBe("Hạn 31/12/2026 (Quý IV/2026) (sau khi có Nghị định)");
    expect(deadlineLine(r, "en")).toBe("Năm 2026 (sau khi có Nghị định) → year · due 2026-12-31 · (sau khi có Nghị định) (2026-Q4)");
  });

  test("a yearly day: 25/12 in Vietnamese, ISO's --12-25 in English; a long list of quarters is cut", () => {
    const r = read("Trước 25/12 năm báo cáo");
    expect(describeDeadline(r)).toBe("Hằng năm, hạn 25/12 (2021–2025)");
    expect(deadlineLine(r, "vi")).toBe(
      "Trước 25/12 năm báo cáo → định kỳ hằng năm · hạn 25/12 · 2021–2025 (2021-Q4, 2022-Q4, 2023-Q4, 2024-Q4, 2025-Q4)",
    );
    expect(deadlineLine(r, "en")).toBe(
      "Trước 25/12 năm báo cáo → recurring yearly · due --12-25 · 2021–2025 (2021-Q4, 2022-Q4, 2023-Q4, 2024-Q4, 2025-Q4)",
    );
    const quarterly = read("Hằng quý");
    expect(deadlineLine(quarterly, "en")).toBe("Hằng quý → recurring quarterly · 2021–2025 (2021-Q1, 2021-Q2, 2021-Q3, … 2025-Q4)");
  });

  test("a rhythm of several units names its unit in both readers, from one table", () => {
    const m = (every: Milestone["every"]): Milestone => ({ kind: "recurring", every, interval: 2, quarters: [], text: "" });
    expect(describeMilestone(m("month"))).toBe("2 tháng một lần");
    expect(describeMilestone(m("year"))).toBe("2 năm một lần");
    const line = (every: Milestone["every"], lang: "vi" | "en") => deadlineLine({ text: "x", milestones: [m(every)] }, lang);
    expect(line("month", "vi")).toBe("x → định kỳ mỗi 2 tháng");
    expect(line("month", "en")).toBe("x → recurring every 2 months");
    expect(line("year", "en")).toBe("x → recurring every 2 years");
    expect(describeDeadline(read("Định kỳ 6 tháng"))).toBe("6 tháng một lần (2021–2025)");
  });

  test("labels, conditions, cells not understood, blank cells", () => {
    const two = read("- Ban hành kế hoạch trong quý I/2021;\n- Báo cáo trong quý IV năm 2021;");
    expect(describeDeadline(two)).toBe("Ban hành kế hoạch: quý I/2021, hạn 31/03/2021\nBáo cáo: quý IV/2021, hạn 31/12/2021");
    expect(deadlineLine(two, "en")).toBe(
      "- Ban hành kế hoạch trong quý I/2021; / - Báo cáo trong quý IV năm 2021; → Ban hành kế hoạch: quarter · due 2021-03-31 (2021-Q1); Báo cáo: quarter · due 2021-12-31 (2021-Q4)",
    );
    const bad = read("khi nào xong");
    expect(describeDeadline(bad)).toBe("Chưa đọc được — cần xem lại");
    expect(deadlineLine(bad, "vi")).toBe("khi nào xong → ✗ không hiểu: khi nào xong (không nhận ra thời gian)");
    expect(deadlineLine(bad, "en")).toBe("khi nào xong → ✗ not understood: khi nào xong (no deadline phrase recognised)");
    expect(describeDeadline(read(""))).toBe("Chưa ghi thời gian");
    expect(deadlineLine(read(""), "en")).toBe(" → (blank)");
    const cond = describeMilestone({ kind: "conditional", condition: "Sau khi có hướng dẫn của Bộ", quarters: [] });
    expect(cond).toBe("Không có hạn cụ thể: Sau khi có hướng dẫn của Bộ");
  });

  test("dates: ISO to the Vietnamese day/month/year; anything else is left as it is", () => {
    expect(vnDate("2021-12-31")).toBe("31/12/2021");
    expect(vnDate("31/12/2021")).toBe("31/12/2021");
  });
});
