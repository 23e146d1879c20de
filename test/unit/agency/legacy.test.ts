import { looksLegacyEncoded } from "../../../src/core/agency";

describe("legacy TCVN3 / VNI text", () => {
  test.each([
    "Së Néi vô", // TCVN3: Sở Nội vụ
    "Së T­ ph¸p", // TCVN3: Sở Tư pháp
    "Uû ban nh©n d©n tØnh", // TCVN3: Ủy ban nhân dân tỉnh
    "Sôû Noäi vuï", // VNI: Sở Nội vụ
    "Sôû Taøi chính", // VNI: Sở Tài chính
    "C¸c së, ban, ngµnh; UBND cÊp huyÖn",
  ])("%s is legacy", (text) => {
    expect(looksLegacyEncoded(text)).toBe(true);
  });

  test.each([
    "Sở Nội vụ",
    "Các sở, ban, ngành; UBND cấp huyện",
    "Sở Văn hóa, Thể thao và Du lịch".normalize("NFD"),
    "UBND",
    "Văn phòng HĐND và UBND thành phố",
    "",
    "Trường Đại học Phạm Văn Đồng — hợp tác với Müller GmbH và các sở, ban, ngành",
  ])("%s is Unicode", (text) => {
    expect(looksLegacyEncoded(text)).toBe(false);
  });
});
