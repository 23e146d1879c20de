import { runAgencies } from "../../../src/cli/commands/agencies";
import { createDirectory, findUserAgencySheet, isPlaceholder, isUserAgencySheetName, parseAgencyCell } from "../../../src/core/agency";
import { MAX_SUGGESTION_DISTANCE } from "../../../src/core/agency/directory";
import { SheetData } from "../../../src/core/workbook/model";
import { captureIO } from "../../helpers/cli";
import { Case, read } from "./helpers";

/** The reviewer's findings, each with its exact repro. */

const dir = createDirectory();

describe("1. a place or level word after a name is never a remark", () => {
  test("the repro: district/city offices are not the province's, and there is no Sở at district level", async () => {
    const io = captureIO("Văn phòng UBND huyện\nVăn phòng UBND thành phố\nSở Tư pháp huyện\n");
    expect(await runAgencies(["--json"], io)).toBe(0);
    expect(
      io.out
        .trimEnd()
        .split("\n")
        .map((l) => JSON.parse(l)),
    ).toEqual([
      {
        text: "Văn phòng UBND huyện",
        agencies: [
          {
            text: "Văn phòng UBND huyện",
            canonical: "Văn phòng HĐND và UBND cấp huyện",
            group: false,
            known: true,
            level: "district",
            validUntil: "2025-06-30",
          },
        ],
      },
      {
        text: "Văn phòng UBND thành phố",
        agencies: [
          {
            text: "Văn phòng UBND thành phố",
            canonical: "Văn phòng HĐND và UBND cấp huyện",
            group: false,
            known: true,
            level: "district",
            validUntil: "2025-06-30",
          },
        ],
      },
      {
        text: "Sở Tư pháp huyện",
        agencies: [{ text: "Sở Tư pháp huyện", canonical: "Sở Tư pháp huyện", group: false, known: false, suggestion: "Phòng Tư pháp" }],
      },
    ]);
  });

  const cases: Case[] = [
    ["Văn phòng HĐND và UBND huyện", ["Văn phòng HĐND và UBND cấp huyện"]],
    ["Văn phòng HĐND và UBND thành phố", ["Văn phòng HĐND và UBND cấp huyện"]],
    ["Văn phòng UBND cấp huyện", ["Văn phòng HĐND và UBND cấp huyện"]],
    ["Văn phòng UBND quận 3", ["Văn phòng HĐND và UBND cấp huyện"]],
    ["Văn phòng UBND thành phố Quảng Ngãi", ["Văn phòng HĐND và UBND cấp huyện"]],
    ["Văn phòng UBND xã", ["Văn phòng HĐND và UBND cấp xã"]],
    ["Văn phòng UBND tỉnh", ["Văn phòng UBND tỉnh"]],
    ["Sở Tư pháp tỉnh", ["Sở Tư pháp"]],
    ["Sở Tư pháp thành phố Hà Nội", ["Sở Tư pháp"]],
    ["Sở Tư pháp cấp huyện", ["? Sở Tư pháp cấp huyện"]],
    ["Sở Tư pháp xã", ["? Sở Tư pháp xã"]],
    ["Phòng Tư pháp tỉnh", ["? Phòng Tư pháp tỉnh"]],
    ["Phòng Tư pháp cấp huyện", ["Phòng Tư pháp"]],
    ["Phòng Tư pháp thị xã", ["Phòng Tư pháp"]],
    ["Sở Nội vụ, huyện", ["Sở Nội vụ", "? huyện"]],
    // Remarks still are remarks.
    ["Văn phòng UBND tỉnh tổng hợp, theo dõi", ["Văn phòng UBND tỉnh {tổng hợp, theo dõi}"]],
    ["Sở Nội vụ chủ trì, phối hợp với các sở, ngành", ["Sở Nội vụ {chủ trì, phối hợp với các sở, ngành}"]],
  ];
  test.each(cases.map((c) => [c[0], c[1]] as const))("%s", (cell, expected) => {
    expect(read(cell)).toEqual(expected);
  });

  test.each([
    ["Sở Tư pháp huyện", "Phòng Tư pháp"],
    ["Sở Tư pháp cấp huyện", "Phòng Tư pháp"],
    ["Phòng Tư pháp tỉnh", "Sở Tư pháp"],
    ["Bộ Tư pháp tỉnh", "Sở Tư pháp"],
    // No district office of that field: the office without its place word, as a suggestion only.
    ["Sở Ngoại vụ huyện", "Sở Ngoại vụ"],
  ])("%s: unknown, suggestion %s", (cell, suggestion) => {
    const [ref] = parseAgencyCell(cell, dir);
    expect(ref).toMatchObject({ known: false, canonical: cell, suggestion });
  });
});

describe("2. sector names without an office word", () => {
  test.each([
    ["LĐTB&XH", "Sở Lao động - Thương binh và Xã hội"],
    ["Lao động TB & XH", "Sở Lao động - Thương binh và Xã hội"],
    ["Tài nguyên và MT", "Sở Tài nguyên và Môi trường"],
    ["Tư pháp", "Sở Tư pháp"],
  ])("standalone %s stays unknown, suggestion %s", (cell, suggestion) => {
    expect(parseAgencyCell(cell, dir)).toEqual([{ text: cell, canonical: cell, group: false, known: false, suggestion }]);
  });

  test("with a district place word the suggestion is the district office", () => {
    expect(parseAgencyCell("Tài nguyên và MT huyện", dir)[0]).toMatchObject({ known: false, suggestion: "Phòng Tài nguyên và Môi trường" });
  });

  const cases: Case[] = [
    ["Các sở: LĐTB&XH, Lao động TB & XH, Tài nguyên và MT", ["Sở Lao động - Thương binh và Xã hội", "Sở Tài nguyên và Môi trường"]],
    ["Các sở, ngành: LĐTB&XH, Tư pháp", ["Sở Lao động - Thương binh và Xã hội", "Sở Tư pháp"]],
    ["Các phòng: LĐTB&XH, Tài nguyên và MT", ["Phòng Lao động - Thương binh và Xã hội", "Phòng Tài nguyên và Môi trường"]],
    ["Các Bộ: LĐTB&XH, Tài nguyên và MT", ["Bộ Lao động - Thương binh và Xã hội", "Bộ Tài nguyên và Môi trường"]],
    // The agency before it says the office word.
    ["Sở Tư pháp, LĐTB&XH", ["Sở Tư pháp", "Sở Lao động - Thương binh và Xã hội"]],
    ["Phòng Tư pháp, Tài nguyên và MT", ["Phòng Tư pháp", "Phòng Tài nguyên và Môi trường"]],
  ];
  test.each(cases.map((c) => [c[0], c[1]] as const))("%s", (cell, expected) => {
    expect(read(cell)).toEqual(expected);
  });
});

describe("3. placeholders name no agency; suggestions only when really close", () => {
  test.each(["…", "...", "x", "X", "N/A", "n/a", "-", "--", "—", "?", "(chưa giao)", "Chưa giao", "(Chưa giao.)", "không", "  …  "])(
    "%j parses to []",
    (cell) => {
      expect(parseAgencyCell(cell, dir)).toEqual([]);
    },
  );

  test("a placeholder item among agencies is dropped, not reported or attached", () => {
    expect(read("Sở Nội vụ; …")).toEqual(["Sở Nội vụ"]);
    expect(read("Sở Nội vụ, x")).toEqual(["Sở Nội vụ"]);
    expect(read("N/A\nSở Tư pháp")).toEqual(["Sở Tư pháp"]);
    expect(read("Sở Nội vụ (chưa giao)")).toEqual(["Sở Nội vụ {chưa giao}"]);
  });

  test("placeholders are one list; real names are not placeholders", () => {
    expect(isPlaceholder("N/A")).toBe(true);
    expect(isPlaceholder("Sở Nội vụ")).toBe(false);
    expect(isPlaceholder("Xã")).toBe(false);
  });

  test("garbage gets no far-fetched suggestion", () => {
    expect(dir.nearest("N/A")).toBeUndefined();
    expect(dir.nearest("x")).toBeUndefined();
    expect(dir.nearest("asdfgh")).toBeUndefined();
    expect(parseAgencyCell("asdfgh", dir)).toEqual([{ text: "asdfgh", canonical: "asdfgh", group: false, known: false }]);
    expect(parseAgencyCell("Trường Đại học Phạm Văn Đồng", dir)[0]?.suggestion).toBeUndefined();
  });

  test("close misspellings still get one", () => {
    expect(MAX_SUGGESTION_DISTANCE).toBeLessThan(0.5);
    expect(dir.nearest("Sở Ngoại thương")).toBe("Sở Công Thương");
    expect(dir.nearest("Phong Tu phap")).toBe("Phòng Tư pháp");
    expect(dir.nearest("Bo Noi vu x")).toBe("Bộ Nội vụ");
  });
});

describe("4. the user agency sheet's name", () => {
  const sheet = (name: string): SheetData => ({ name, rows: [], merges: [] });
  test.each([
    "Danh mục cơ quan",
    "Danh mục Cơ quan",
    "DANH MỤC CƠ QUAN",
    "danh muc co quan",
    " Danh  mục cơ quan ",
    "Danh mục cơ quan".normalize("NFD"),
  ])("%j is the user agency sheet", (name) => {
    expect(isUserAgencySheetName(name)).toBe(true);
    expect(findUserAgencySheet({ name: "w.xlsx", sheets: [sheet("Phụ lục"), sheet(name)] })?.name).toBe(name);
  });
  test.each(["Phụ lục", "Danh mục", "Danh mục cơ quan (cũ)", "Cơ quan"])("%j is not", (name) => {
    expect(isUserAgencySheetName(name)).toBe(false);
  });
});
