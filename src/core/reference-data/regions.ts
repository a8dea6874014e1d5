import regions from './data/regions.json';

const provinces = regions.provinces as Record<string, string | undefined>;
const regencies = regions.regencies as Record<string, string | undefined>;

/** A kabupaten/kota or desa/kelurahan for pickers. */
export type Place = { code: string; name: string };
/** A desa/kelurahan with the kecamatan it lies in (names repeat across kecamatan). */
export type Village = Place & { kecamatan: string };

/** Name of a kabupaten/kota by its Kemendagri code ('16.71' → 'Kota Palembang'), or null. */
export function districtName(code: string): string | null {
  return regencies[code] ?? null;
}

/** Name of a province by its code ('16' → 'Sumatera Selatan'), or null. */
export function provinceName(code: string): string | null {
  return provinces[code] ?? null;
}

/** Every province, in code order. */
export function listProvinces(): Place[] {
  return Object.entries(provinces).map(([code, name]) => ({ code, name: name ?? code }));
}

/** Every kabupaten/kota, or those of one province, in code order. */
export function listDistricts(provinceCode?: string): Place[] {
  return Object.entries(regencies)
    .filter(([code]) => provinceCode === undefined || code.startsWith(`${provinceCode}.`))
    .map(([code, name]) => ({ code, name: name ?? code }));
}

type VillageFile = Record<string, [string, Array<[string, string]>]>;

/**
 * Villages of one kabupaten/kota ('16.10'), loaded lazily from the province's file (its own precached chunk);
 * an empty list for an unknown code.
 */
export async function loadVillages(districtCode: string): Promise<Village[]> {
  if (!/^\d{2}\.\d{2}$/.test(districtCode) || !(districtCode in regencies)) return [];
  const province = districtCode.slice(0, 2);
  const file = ((await import(`./data/villages/${province}.json`)) as { default: VillageFile }).default;
  const result: Village[] = [];
  for (const [kecamatanCode, [kecamatan, villages]] of Object.entries(file)) {
    if (!kecamatanCode.startsWith(`${districtCode}.`)) continue;
    for (const [suffix, name] of villages)
      result.push({ code: `${kecamatanCode}.${suffix}`, name, kecamatan });
  }
  return result;
}
