import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { buildDvhc } from "../../../scripts/build-dvhc";
import { isCurrentProvince, mergedInto, provinceOfCommune } from "../../../src/core/agency/admin-units";
import { parseAgencyCell } from "../../../src/core/agency";
import { directory } from "./helpers";

const SHARED = join(__dirname, "..", "..", "..", "..", "shared", "data", "dvhc-2025");

describe("administrative units from 1 July 2025 (data/dvhc-2025.json)", () => {
  // The built file must be what the script makes from the official list; CI always has ../shared beside the clone.
  const haveShared = existsSync(SHARED);
  (haveShared || process.env.CI ? test : test.skip)(
    "the shipped data is what scripts/build-dvhc.ts builds from ../shared (run: npm run dvhc)",
    () => {
      const shipped = JSON.parse(
        readFileSync(join(__dirname, "..", "..", "..", "src", "core", "agency", "data", "dvhc-2025.json"), "utf8"),
      );
      expect(shipped).toEqual(buildDvhc(SHARED));
      expect(shipped.provinces).toHaveLength(34);
      expect(Object.values(shipped.communes as Record<string, string[]>).flat()).toHaveLength(3321);
    },
  );

  test.each([
    ["Bình Định", "Gia Lai"],
    ["Kon Tum", "Quảng Ngãi"],
    ["Bình Phước", "Đồng Nai"],
    ["Quảng Bình", "Quảng Trị"],
    ["Hải Dương", "Hải Phòng"],
  ])("%s merged into %s", (old, now) => {
    expect(mergedInto(old)?.name).toBe(now);
    expect(isCurrentProvince(old)).toBe(false);
  });

  test("a 2025 province is not 'merged' into itself; communes know their province", () => {
    expect(mergedInto("Gia Lai")).toBeUndefined();
    expect(isCurrentProvince("Gia Lai")).toBe(true);
    expect(provinceOfCommune("Phường Bến Thành")).toEqual({ name: "Hồ Chí Minh", centralCity: true });
  });

  test("a body of a merged province is read, with the body of the province it joined as successor", () => {
    const [ref] = parseAgencyCell("Sở Tư pháp tỉnh Bình Định", directory);
    expect(ref).toMatchObject({ canonical: "Sở Tư pháp", known: true, validUntil: "2025-06-30", successors: ["Sở Tư pháp tỉnh Gia Lai"] });
    // An abolished department of a merged province: its successors, of the new province.
    expect(parseAgencyCell("Sở Thông tin và Truyền thông tỉnh Bình Định", directory)[0]?.successors).toEqual([
      "Sở Khoa học và Công nghệ tỉnh Gia Lai",
    ]);
    expect(parseAgencyCell("Sở Tư pháp tỉnh Gia Lai", directory)[0]?.validUntil).toBeUndefined();
  });
});
