import {
  districtName,
  listDistricts,
  loadVillages,
  provinceName,
} from '../../../core/reference-data/regions.ts';
import type { Place } from './AreaPicker.tsx';

const fold = (text: string): string => text.toLowerCase().replace(/^(kabupaten|kab\.|kota)\s+/, '');

/** Case-insensitive match on any word start, so 'lamp' finds 'Kabupaten Lampung Timur'. */
function matches(name: string, query: string): boolean {
  const q = query.trim().toLowerCase();
  return (
    fold(name).startsWith(q) ||
    name
      .toLowerCase()
      .split(/[\s-]+/)
      .some((word) => word.startsWith(q))
  );
}

/** Kabupaten/kota and desa search over the offline lists that ship with the app. */
export const areaSearch = {
  searchDistricts: (query: string): Promise<Place[]> =>
    Promise.resolve(
      listDistricts()
        .filter((d) => matches(d.name, query))
        .map((d) => ({ code: d.code, name: `${d.name} (${provinceName(d.code.slice(0, 2)) ?? ''})` })),
    ),
  searchVillages: async (districtCode: string, query: string): Promise<Place[]> =>
    (await loadVillages(districtCode))
      .filter((v) => matches(v.name, query))
      .map((v) => ({ code: v.code, name: `${v.name}, Kec. ${v.kecamatan}` })),
  nameOf: async (code: string): Promise<string | undefined> => {
    if (/^\d{2}\.\d{2}$/.test(code)) return districtName(code) ?? undefined;
    const district = code.split('.').slice(0, 2).join('.');
    const village = (await loadVillages(district)).find((v) => v.code === code);
    return village ? `${village.name}, Kec. ${village.kecamatan}` : undefined;
  },
};
