import { main } from "../../../src/cli/main";
import { captureIO as fakeIO } from "../../helpers/cli";

describe("phuluc deadline", () => {
  test("--json prints one contract object per input line (the acceptance example)", async () => {
    const io = fakeIO("Quý IV năm 2021\nTrước 25/12 năm báo cáo\n");
    expect(await main(["deadline", "--plan-period", "2021-2025", "--json"], io)).toBe(0);
    const lines = io.out
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toEqual({
      text: "Quý IV năm 2021",
      understood: true,
      unparsed: [],
      milestones: [{ kind: "quarter", due: "2021-12-31", quarters: ["2021-Q4"], text: "Quý IV năm 2021" }],
    });
    expect(lines[1].milestones).toEqual([
      {
        kind: "recurring",
        every: "year",
        monthDay: "12-25",
        from: 2021,
        to: 2025,
        quarters: ["2021-Q4", "2022-Q4", "2023-Q4", "2024-Q4", "2025-Q4"],
        text: "Trước 25/12 năm báo cáo",
      },
    ]);
  });

  test("review repro: 'hằng năm' with a day, month or quarter is one yearly milestone, in one-year and multi-year plans", async () => {
    const input = "Hằng năm, trước 30/6\nHằng năm vào tháng 6\nHàng năm, trong quý I\n";
    for (const [period, years] of [
      ["2021", [2021]],
      ["2021-2025", [2021, 2022, 2023, 2024, 2025]],
    ] as const) {
      const io = fakeIO(input);
      expect(await main(["deadline", "--plan-period", period, "--json"], io)).toBe(0);
      const lines = io.out
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l));
      const yearly = (monthDay: string, q: number, text: string) => ({
        kind: "recurring",
        every: "year",
        monthDay,
        quarters: years.map((y) => `${y}-Q${q}`),
        from: years[0],
        to: years[years.length - 1],
        text,
      });
      expect(lines.map((l) => [l.understood, l.milestones])).toEqual([
        [true, [yearly("06-30", 2, "Hằng năm, trước 30/6")]],
        [true, [yearly("06-30", 2, "Hằng năm vào tháng 6")]],
        [true, [yearly("03-31", 1, "Hàng năm, trong quý I")]],
      ]);
    }
  });

  test("a literal \\n is a line break inside the cell; empty lines stay as blank cells", async () => {
    const io = fakeIO("- Ban hành kế hoạch trong quý I/2021;\\n- Báo cáo trong quý IV năm 2021;\n\n");
    await main(["deadline", "--json"], io);
    const lines = io.out
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0].milestones.map((m: { label: string }) => m.label)).toEqual(["Ban hành kế hoạch", "Báo cáo"]);
    expect(lines[1]).toEqual({ text: "", understood: false, milestones: [], unparsed: [] });
  });

  test("readable lines in Vietnamese, and in English with --lang en", async () => {
    const vi = fakeIO("Quý IV năm 2021\nQuý V năm 2021\n");
    await main(["deadline"], vi);
    expect(vi.out).toBe(
      "Quý IV năm 2021 → quý · hạn 31/12/2021 (2021-Q4)\n" +
        "Quý V năm 2021 → ✗ không hiểu: Quý V năm 2021 (ngày, tháng hoặc quý không tồn tại)\n",
    );
    const en = fakeIO("Quý IV năm 2021\n");
    await main(["deadline", "--lang", "en"], en);
    expect(en.out).toBe("Quý IV năm 2021 → quarter · due 2021-12-31 (2021-Q4)\n");
  });

  test("bad arguments exit 2 with a one-line reason", async () => {
    const io = fakeIO("Quý IV năm 2021\n");
    expect(await main(["deadline", "--plan-period", "2025-2021"], io)).toBe(2);
    expect(io.err).toMatch(/^phuluc: .*2025-2021\n$/);
    expect(io.out).toBe("");
    const io2 = fakeIO("");
    expect(await main(["deadline", "--nope"], io2)).toBe(2);
  });
});
