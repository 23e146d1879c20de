import { agencyKey, builtinData, createDirectory } from "../../../src/core/agency";
import { directoryDataSchema } from "../../../src/core/agency/schema";
import { abbreviationKeys } from "../../../src/core/agency/variants";

describe("directory data", () => {
  const data = builtinData();

  test("the data file validates, and a broken entry is rejected", () => {
    expect(data.agencies.length).toBeGreaterThan(150);
    const broken = { ...data, agencies: [...data.agencies, { canonical: "Sở X", aliases: [], level: "tinh" }] };
    expect(directoryDataSchema.safeParse(broken).success).toBe(false);
    const badSuccessor = {
      ...data,
      agencies: [...data.agencies, { canonical: "Sở X", aliases: [], level: "province", successors: ["Sở Không Có"] }],
    };
    expect(directoryDataSchema.safeParse(badSuccessor).success).toBe(false);
    const lonelyAmbiguous = {
      ...data,
      agencies: [
        ...data.agencies,
        { canonical: "Sở X", aliases: [], level: "province", successors: ["Sở Tư pháp"], ambiguousSuccessor: true },
      ],
    };
    expect(directoryDataSchema.safeParse(lonelyAmbiguous).success).toBe(false);
  });

  test("no two built-in names share a key (each name means one agency)", () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of data.agencies) {
      for (const n of [e.canonical, ...e.aliases]) {
        const k = agencyKey(n);
        const prev = owner.get(k);
        if (prev !== undefined && prev !== e.canonical) clashes.push(`${n} (${prev} / ${e.canonical})`);
        owner.set(k, e.canonical);
      }
    }
    expect(clashes).toEqual([]);
  });

  test("all 63 provinces (and Huế as a city) are known", () => {
    expect(data.provinces.length).toBe(64);
  });

  test("every level and both kinds are covered", () => {
    const levels = new Set(data.agencies.map((a) => a.level));
    expect([...levels].sort()).toEqual(["any", "central", "commune", "district", "province"]);
    expect(data.agencies.some((a) => a.kind === "group")).toBe(true);
  });
});

describe("lookup and keys", () => {
  const dir = createDirectory();

  test.each([
    ["Sở TT&TT", "Sở Thông tin và Truyền thông"],
    ["Sở Thông tin và TT", "Sở Thông tin và Truyền thông"],
    ["VP UBND tỉnh", "Văn phòng UBND tỉnh"],
    ["Văn phòng Ủy ban nhân dân tỉnh", "Văn phòng UBND tỉnh"],
    ["Sở Lao động TB & XH", "Sở Lao động - Thương binh và Xã hội"],
    ["Sở Lao động Thương binh và Xã hội", "Sở Lao động - Thương binh và Xã hội"],
    ["SỞ NN&PTNT", "Sở Nông nghiệp và Phát triển nông thôn"],
    ["Sở văn hoá thể thao du lịch", "Sở Văn hóa, Thể thao và Du lịch"],
  ])("%s → %s", (name, canonical) => {
    expect(dir.lookup(name)?.canonical).toBe(canonical);
  });

  test("unknown names are not found; nearest suggests a close known name", () => {
    expect(dir.lookup("Sở Ngoại thương")).toBeUndefined();
    expect(dir.nearest("Sở Nôi vụ")).toBe("Sở Nội vụ");
    expect(dir.nearest("Phong Tu phap")).toBe("Phòng Tư pháp");
    expect(dir.nearest("LĐTB&XH")).toMatch(/Lao động - Thương binh và Xã hội$/);
  });

  test("abbreviations need at least three syllables when every part is abbreviated", () => {
    expect(abbreviationKeys("Sở Tài chính")).toEqual([]);
    expect(abbreviationKeys("Sở Thông tin và Truyền thông")).toEqual(
      expect.arrayContaining(["so tttt", "so thong tin tt", "so tt truyen thong"]),
    );
    expect(abbreviationKeys("Sở Giao thông vận tải")).toEqual(["so gtvt"]);
  });

  test("'Sở' and 'Số' differ only by a mark, but a place name after an office is dropped", () => {
    expect(dir.lookup("Sở Tư pháp tỉnh Gia Lai")?.canonical).toBe("Sở Tư pháp");
    expect(dir.lookup("Phòng Tư pháp huyện Bình Sơn")?.canonical).toBe("Phòng Tư pháp");
    // A lower-case "place" is a remark, not a place.
    expect(dir.lookup("Phòng Tư pháp huyện thực hiện")).toBeUndefined();
  });
});

describe("the 2025 reorganisation", () => {
  const dir = createDirectory();
  test.each([
    ["Sở Kế hoạch và Đầu tư", ["Sở Tài chính"], false],
    ["Sở Thông tin và Truyền thông", ["Sở Khoa học và Công nghệ"], false],
    ["Sở Tài nguyên và Môi trường", ["Sở Nông nghiệp và Môi trường"], false],
    ["Sở Nông nghiệp và Phát triển nông thôn", ["Sở Nông nghiệp và Môi trường"], false],
    ["Sở Giao thông vận tải", ["Sở Xây dựng"], false],
    ["Sở Lao động - Thương binh và Xã hội", ["Sở Nội vụ", "Sở Y tế", "Sở Giáo dục và Đào tạo"], true],
    ["Bộ Kế hoạch và Đầu tư", ["Bộ Tài chính"], false],
    ["Bộ Thông tin và Truyền thông", ["Bộ Khoa học và Công nghệ"], false],
    ["Bộ Giao thông vận tải", ["Bộ Xây dựng"], false],
    ["Bộ Tài nguyên và Môi trường", ["Bộ Nông nghiệp và Môi trường"], false],
    ["Bộ Lao động - Thương binh và Xã hội", ["Bộ Nội vụ", "Bộ Y tế", "Bộ Giáo dục và Đào tạo"], true],
    ["Ủy ban Dân tộc", ["Bộ Dân tộc và Tôn giáo"], false],
  ] as const)("%s → %j", (name, successors, ambiguous) => {
    expect(dir.successorsOf(name)).toEqual(successors);
    expect(dir.get(name)?.ambiguousSuccessor ?? false).toBe(ambiguous);
    expect(dir.get(name)?.validUntil).toMatch(/^2025/);
  });

  test("district-level bodies end on 30 June 2025; current ones have no successor", () => {
    expect(dir.get("Phòng Nội vụ")?.validUntil).toBe("2025-06-30");
    expect(dir.get("UBND cấp huyện")?.validUntil).toBe("2025-06-30");
    expect(dir.successorsOf("Sở Tư pháp")).toEqual([]);
    expect(dir.successorsOf("Không có")).toEqual([]);
  });
});

describe("user entries", () => {
  test("add new agencies and aliases; user names win conflicts", () => {
    const dir = createDirectory([
      { canonical: "Trung tâm Văn hóa - Thể thao huyện", aliases: ["TTVH-TT", "Trung tâm VHTT"] },
      { canonical: "Sở Tư pháp", aliases: ["STP"] },
      // "Bưu điện" means the province post office in the built-in data; this office says otherwise.
      { canonical: "Bưu điện huyện", aliases: ["Bưu điện"], kind: "agency", level: "district" },
      { canonical: "Tổ công tác CCHC", aliases: [], kind: "group" },
    ]);
    expect(dir.lookup("Trung tâm VHTT")?.canonical).toBe("Trung tâm Văn hóa - Thể thao huyện");
    expect(dir.lookup("STP")?.canonical).toBe("Sở Tư pháp");
    expect(dir.lookup("Sở TP")?.canonical).not.toBe("Sở Tư pháp");
    expect(dir.get("Sở Tư pháp")?.source).toBe("user");
    expect(dir.lookup("Bưu điện")?.canonical).toBe("Bưu điện huyện");
    expect(dir.lookup("Bưu điện tỉnh")?.canonical).toBe("Bưu điện tỉnh");
    expect(dir.get("Tổ công tác CCHC")?.kind).toBe("group");
  });

  test("a user entry with a built-in canonical name keeps the built-in era and successors", () => {
    const dir = createDirectory([{ canonical: "Sở Kế hoạch và Đầu tư", aliases: ["Sở KHĐT tỉnh"] }]);
    expect(dir.successorsOf("Sở KHĐT tỉnh")).toEqual(["Sở Tài chính"]);
  });

  test("invalid user entries are skipped, not thrown", () => {
    const dir = createDirectory([{ canonical: "  ", aliases: [] }]);
    expect(dir.all().filter((e) => e.source === "user")).toEqual([]);
    expect(dir.all()).toHaveLength(createDirectory().all().length);
  });
});
