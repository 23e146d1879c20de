/**
 * Builds src/core/agency/data/dvhc-2025.json from the official list of administrative units from 1 July 2025
 * in ../shared/data/dvhc-2025 (MIT, dvhcvn/20250701; its licence is copied beside the output). The project
 * ships the built file, so it never needs ../shared at run time. Run: npm run dvhc
 */
import { chmodSync, copyFileSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";

const SOURCE = join(__dirname, "..", "..", "shared", "data", "dvhc-2025");
const OUT = join(__dirname, "..", "src", "core", "agency", "data");

interface SourceProvince {
  readonly id: string;
  readonly name: string;
  readonly from: readonly string[];
}
interface SourceCommune {
  readonly province: string;
  readonly name: string;
}

/** "Tỉnh Gia Lai" → { unit: "tỉnh", name: "Gia Lai" }; "Thành phố Hà Nội" → a centrally-run city. */
function split(full: string): { unit: "tỉnh" | "thành phố"; name: string } {
  const m = /^(Tỉnh|Thành phố)\s+(.+)$/u.exec(full.trim());
  if (!m) throw new Error(`unexpected unit name: ${full}`);
  return { unit: m[1] === "Tỉnh" ? "tỉnh" : "thành phố", name: m[2] as string };
}

export function buildDvhc(source = SOURCE) {
  const provinces = JSON.parse(readFileSync(join(source, "provinces.json"), "utf8")) as SourceProvince[];
  const communes = readFileSync(join(source, "communes.jsonl"), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as SourceCommune);
  const byId = new Map(provinces.map((p) => [p.id, split(p.name).name]));
  const communesByProvince: Record<string, string[]> = {};
  for (const c of communes) {
    const p = byId.get(c.province);
    if (!p) throw new Error(`commune ${c.name} of unknown province ${c.province}`);
    (communesByProvince[p] ??= []).push(c.name);
  }
  return {
    about:
      "Đơn vị hành chính từ 01/7/2025 (34 tỉnh, thành phố; 3.321 xã, phường, đặc khu) và các tỉnh hợp nhất vào mỗi tỉnh. Sinh bằng scripts/build-dvhc.ts từ dvhcvn/20250701 (MIT, xem dvhc-2025.LICENSE) — Nghị quyết 202/2025/QH15 và các Nghị quyết 1654–1687/NQ-UBTVQH15 (2025). Không sửa tay.",
    effective: "2025-07-01",
    provinces: provinces.map((p) => {
      const { unit, name } = split(p.name);
      return { name, centralCity: unit === "thành phố", from: p.from.map((f) => split(f).name) };
    }),
    communes: communesByProvince,
  };
}

if (require.main === module) {
  writeFileSync(join(OUT, "dvhc-2025.json"), `${JSON.stringify(buildDvhc())}\n`);
  copyFileSync(join(SOURCE, "LICENSE"), join(OUT, "dvhc-2025.LICENSE"));
  chmodSync(join(OUT, "dvhc-2025.LICENSE"), 0o644); // ../shared is read-only; the copy is the project's
  console.log("wrote src/core/agency/data/dvhc-2025.json and dvhc-2025.LICENSE");
}
