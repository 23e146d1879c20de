import { runAgencies } from "../../../src/cli/commands/agencies";
import { captureIO as fakeIO } from "../../helpers/cli";

describe("phuluc agencies", () => {
  test("--json: one object per input line, as the contract says", async () => {
    const io = fakeIO("Các sở: Tư pháp, Tài nguyên và MT; UBND cấp huyện\n\nSở Thông tin và TT\\nCác Sở, ban, ngành\n");
    expect(await runAgencies(["--json"], io)).toBe(0);
    const lines = io.out
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0].text).toBe("Các sở: Tư pháp, Tài nguyên và MT; UBND cấp huyện");
    expect(lines[0].agencies.map((a: { canonical: string; group: boolean; known: boolean }) => [a.canonical, a.group, a.known])).toEqual([
      ["Sở Tư pháp", false, true],
      ["Sở Tài nguyên và Môi trường", false, true],
      ["UBND cấp huyện", true, true],
    ]);
    expect(lines[1]).toEqual({ text: "", agencies: [] });
    expect(lines[2].text).toBe("Sở Thông tin và TT\nCác Sở, ban, ngành");
    expect(lines[2].agencies[0]).toMatchObject({
      text: "Sở Thông tin và TT",
      canonical: "Sở Thông tin và Truyền thông",
      group: false,
      known: true,
    });
    expect(lines[2].agencies[1]).toMatchObject({ text: "Các Sở, ban, ngành", canonical: "Các sở, ban, ngành", group: true, known: true });
  });

  test("readable lines in Vietnamese, or English with --lang en", async () => {
    const vi = fakeIO("Sở Ngoại thương; UBND cấp xã\n");
    await runAgencies([], vi);
    expect(vi.out).toBe(
      'Sở Ngoại thương; UBND cấp xã → "Sở Ngoại thương" (chưa có trong danh mục; gần nhất: Sở Công Thương); UBND cấp xã (nhóm)\n',
    );
    const en = fakeIO("Sở LĐTB&XH\n");
    await runAgencies(["--lang", "en"], en);
    expect(en.out).toContain("split between several agencies, choose one: Sở Nội vụ, Sở Y tế, Sở Giáo dục và Đào tạo");
  });

  test("legacy-encoded cells are flagged", async () => {
    const io = fakeIO("Së Néi vô\n");
    await runAgencies(["--json"], io);
    expect(JSON.parse(io.out).legacyEncoding).toBe(true);
  });

  test("a bad option is a usage error", async () => {
    await expect(runAgencies(["--bogus"], fakeIO(""))).rejects.toThrow();
    await expect(runAgencies(["--lang", "fr"], fakeIO(""))).rejects.toThrow();
  });
});
