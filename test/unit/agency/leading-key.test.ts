import fc from "fast-check";
import { startsPlural } from "../../../src/core/agency/forms";
import { startsWithHeadWord } from "../../../src/core/agency/pieces";
import { leadingKey } from "../../../src/core/text/leading-words";
import { foldKey } from "../../../src/core/text/normalize";

/**
 * Tests of how a text begins read its first folded words: written words made only of punctuation fold to
 * nothing, and must not leave the test with too few words to see the head.
 */

describe("leadingKey", () => {
  test("is the head of the whole text's folded key, whatever punctuation-only words come first", () => {
    const word = fc.constantFrom("Sở", "Tư", "pháp", "các", "-", "(", "…", "–", "KH&CN", "UBND,", "x", "\u00a0", "Đ");
    fc.assert(
      fc.property(fc.array(word, { maxLength: 30 }), fc.integer({ min: 1, max: 8 }), (words, n) => {
        const text = words.join(" ");
        const whole = foldKey(text)
          .split(" ")
          .filter((w) => w !== "");
        expect(leadingKey(text, n)).toBe(whole.slice(0, n).join(" "));
      }),
      { numRuns: 2_000 },
    );
  });

  test("reads past a long run of punctuation to the first words", () => {
    expect(leadingKey(`${"- ".repeat(5_000)}Sở Tư pháp`, 2)).toBe("so tu");
  });
});

describe("head and plural tests see their words after punctuation-only words", () => {
  test("an office word after dots and dashes still starts a name", () => {
    expect(startsWithHeadWord(". . . . Sở Tư pháp")).toBe(true);
    expect(startsWithHeadWord("– – – Ủy ban nhân dân tỉnh")).toBe(true);
    expect(startsWithHeadWord("- - - - triển khai")).toBe(false);
  });

  test("'các …' after punctuation-only words still starts a class", () => {
    expect(startsPlural("… … … … … các sở, ngành")).toBe(true);
    expect(startsPlural("( ( ( ( UBND các xã, phường")).toBe(true);
    expect(startsPlural("- - - - - Sở Tư pháp")).toBe(false);
  });
});
