import { cleanText, foldKey, normalizeTonePlacement, toneKey } from "../../src/core/text/normalize";

describe("text normalisation", () => {
  test("NFD and NFC fold to the same key", () => {
    const nfd = "Thời gian hoàn thành".normalize("NFD");
    expect(foldKey(nfd)).toBe("thoi gian hoan thanh");
    expect(foldKey("THỜI GIAN HOÀN THÀNH")).toBe("thoi gian hoan thanh");
  });

  test("đ folds to d, punctuation and odd spaces fold to one space", () => {
    expect(foldKey("Cơ quan,\u00a0đơn vị  chủ trì")).toBe("co quan don vi chu tri");
    expect(foldKey("Số\tTT")).toBe("so tt");
  });

  test("old tone placement becomes new, only in open syllables", () => {
    expect(normalizeTonePlacement("Văn hoá, thuỷ lợi, hoà")).toBe("Văn hóa, thủy lợi, hòa");
    expect(normalizeTonePlacement("hoàn thành, toán, quý, Quý")).toBe("hoàn thành, toán, quý, Quý");
    expect(normalizeTonePlacement("HOÁ")).toBe("HÓA");
    expect(toneKey("Sở Văn hoá")).toBe(toneKey("sở văn hóa"));
    expect(toneKey("Sở")).not.toBe(toneKey("Số"));
  });

  test("cleanText keeps line breaks, trims lines and drops zero-width characters", () => {
    expect(cleanText("  a\u200b b \r\n  c  \r\n\r\n\r\nd ")).toBe("a b\nc\n\nd");
  });
});
