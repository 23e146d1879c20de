import { createDirectory, parseAgencyCell } from "../../../src/core/agency";
import { headerRole, headerRoleMemoFootprint } from "../../../src/core/layout/header-roles";
import { recognizeTables } from "../../../src/core/layout/recognize";
import { BoundedMemo } from "../../../src/core/text/bounded-memo";

/**
 * The engine's memos live as long as the task pane, across workbooks: whatever cells pass through them, they
 * hold a bounded number of entries, no long key and a bounded number of characters.
 */

const MAX = 32_767;
const fill = (unit: string) => unit.repeat(Math.ceil(MAX / unit.length)).slice(0, MAX);

describe("BoundedMemo", () => {
  test("remembers short keys, computes long ones each time, clears when entries or characters run out", () => {
    const memo = new BoundedMemo<number>({ entries: 3, keyChars: 5, totalChars: 9 });
    let computed = 0;
    const get = (k: string) => memo.get(k, () => ++computed);
    expect(get("a")).toBe(1);
    expect(get("a")).toBe(1);
    expect(get("toolong")).toBe(2);
    expect(get("toolong")).toBe(3); // never stored
    expect(memo.footprint()).toEqual({ entries: 1, chars: 1, longestKey: 1 });
    get("bbbb");
    get("cccc"); // 1 + 4 + 4 = 9 characters: full, but within the budget
    expect(memo.footprint().entries).toBe(3);
    get("dd"); // over 9 characters: cleared first
    expect(memo.footprint()).toEqual({ entries: 1, chars: 2, longestKey: 2 });
    get("e");
    get("f");
    get("g"); // a fourth entry: cleared first
    expect(memo.footprint().entries).toBe(1);
  });

  test("a stored null or undefined is remembered, not computed again", () => {
    const memo = new BoundedMemo<string | null>({ entries: 10, keyChars: 10, totalChars: 100 });
    let computed = 0;
    memo.get("x", () => (computed++, null));
    memo.get("x", () => (computed++, null));
    expect(computed).toBe(1);
  });
});

describe("the header-role memo", () => {
  test("a body row of long task texts read as a possible repeated header stores no long key", () => {
    const header = ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian"];
    const rows = [
      header,
      ...Array.from({ length: 3_000 }, (_, i) => [
        String(i + 1),
        `${"Rà soát văn bản quy phạm pháp luật ".repeat(10)}${i}`,
        "Sở Tư pháp",
        "Quý IV/2026",
      ]),
    ];
    expect(recognizeTables({ name: "P", rows, merges: [] })[0]?.tasks).toHaveLength(3_000);
    headerRole(fill("Nhiệm vụ "));
    headerRole("Chủ trì", fill("Cơ quan thực hiện "));
    const { entries, longestKey } = headerRoleMemoFootprint();
    expect(entries).toBeLessThanOrEqual(5_000);
    expect(longestKey).toBeLessThanOrEqual(401);
  });
});

describe("the directory's lookup memos", () => {
  test("32,767-character cells leave no key over 1,000 characters and at most 40,000 entries", () => {
    const dir = createDirectory([]);
    for (const unit of [
      "Sở ",
      "Cục Tiền lương và Bảo hiểm ",
      "Sở Tư pháp, Sở Nội vụ và UBND các huyện; ",
      "x, ",
      "Các sở: Tư pháp, Tài nguyên và MT, ",
    ])
      parseAgencyCell(fill(unit), dir);
    parseAgencyCell(fill("Trung tâm Phát triển quỹ đất "), dir);
    const { entries, chars, longestKey } = dir.memoFootprint();
    expect(longestKey).toBeLessThanOrEqual(1_000);
    expect(entries).toBeLessThanOrEqual(40_000);
    expect(chars).toBeLessThanOrEqual(2_000_000);
  });
});
