import data from "./data/dvhc-2025.json";
import { agencyKey } from "./key";

/**
 * Vietnam's administrative units from 1 July 2025 (data/dvhc-2025.json, built by scripts/build-dvhc.ts from the
 * official list; MIT, data/dvhc-2025.LICENSE): the 34 provinces and centrally-run cities with the provinces merged
 * into each, and the 3,321 communes, wards and special zones. Plans dated after that day name the new units; a
 * merged province's old name is still read — with the province it now belongs to.
 */

export const UNITS_FROM = data.effective; // "2025-07-01"
/** The last day the old provinces and the district level existed. */
export const OLD_UNITS_UNTIL = "2025-06-30";

interface ProvinceNow {
  readonly name: string;
  readonly centralCity: boolean;
}

let merged: Map<string, ProvinceNow> | undefined;
let current: Map<string, ProvinceNow> | undefined;
let communes: Map<string, string[]> | undefined;

function index(): void {
  if (merged) return;
  merged = new Map();
  current = new Map();
  communes = new Map();
  for (const p of data.provinces) {
    const now = { name: p.name, centralCity: p.centralCity };
    current.set(agencyKey(p.name), now);
    for (const old of p.from) if (agencyKey(old) !== agencyKey(p.name)) merged.set(agencyKey(old), now);
  }
  for (const [province, names] of Object.entries(data.communes as Record<string, string[]>))
    for (const n of names) {
      const k = agencyKey(n);
      communes.set(k, [...(communes.get(k) ?? []), province]);
    }
}

/** The 2025 province a province merged on 1 July 2025 now belongs to ("Bình Định" → Gia Lai); undefined otherwise. */
export function mergedInto(province: string): ProvinceNow | undefined {
  index();
  return merged?.get(agencyKey(province));
}

/** One of the six centrally-run cities of 2025 ("Hồ Chí Minh", "Huế"). */
export function isCentralCity(name: string): boolean {
  index();
  return current?.get(agencyKey(name))?.centralCity === true;
}

/** One of the 34 provinces and cities of 2025. */
export function isCurrentProvince(province: string): boolean {
  index();
  return current?.has(agencyKey(province)) ?? false;
}

/** The province of a 2025 commune ("phường Bến Thành" → Hồ Chí Minh), when the name is that of exactly one. */
export function provinceOfCommune(commune: string): ProvinceNow | undefined {
  index();
  const found = communes?.get(agencyKey(commune));
  return found && found.length === 1 ? current?.get(agencyKey(found[0] as string)) : undefined;
}
