import { describe, expect, it } from 'vitest';
import {
  countryName,
  countryOfAirport,
  countryOfDestination,
} from '../../../../src/core/reference-data/places.ts';
import {
  districtName,
  listDistricts,
  loadVillages,
  provinceName,
} from '../../../../src/core/reference-data/regions.ts';
import { CATALOGUE_V1 } from '../../../../src/core/checklist/builtin-catalogue.ts';

describe('airports and countries', () => {
  it.each([
    ['CGK', 'ID'],
    ['plm', 'ID'],
    ['KUL', 'MY'],
    ['PNH', 'KH'],
    ['JED', 'SA'],
    ['CMB', 'LK'],
    ['DXB', 'AE'],
  ])('knows the country of %s', (iata, country) => {
    expect(countryOfAirport(iata)).toBe(country);
  });

  it('returns null for an unknown code and reads 2-letter destinations as countries', () => {
    expect(countryOfAirport('QZX')).toBeNull();
    expect(countryOfAirport('')).toBeNull();
    expect(countryOfDestination('KH')).toBe('KH');
    expect(countryOfDestination('Phnom Penh')).toBeNull();
  });

  it('names countries in Bahasa Indonesia and English, including every moratorium country', () => {
    expect(countryName('KH', 'id')).toBe('Kamboja');
    expect(countryName('KH', 'en')).toBe('Cambodia');
    expect(countryName('SA', 'id')).toBe('Arab Saudi');
    for (const code of CATALOGUE_V1.lists.moratoriumCountries) expect(countryName(code, 'id')).not.toBe(code);
    expect(countryName('ZZ', 'id')).toBe('ZZ');
  });
});

describe('Indonesian regions', () => {
  it('names kabupaten/kota and provinces by Kemendagri code', () => {
    expect(districtName('16.71')).toBe('Kota Palembang');
    expect(provinceName('16')).toBe('Sumatera Selatan');
    expect(provinceName('31')).toBe('DKI Jakarta');
    expect(districtName('99.99')).toBeNull();
    expect(listDistricts('16').map((d) => d.code)).toContain('16.10');
    expect(listDistricts().length).toBeGreaterThan(500);
  });

  it('loads the villages of one kabupaten lazily, each with its kecamatan', async () => {
    const villages = await loadVillages('16.10'); // Ogan Ilir, a Desa Binaan area
    expect(villages.length).toBeGreaterThan(200);
    expect(villages.every((v) => v.code.startsWith('16.10.'))).toBe(true);
    expect(villages[0]).toEqual({
      code: expect.stringMatching(/^16\.10\.\d{2}\.\d{4}$/),
      name: expect.any(String),
      kecamatan: expect.any(String),
    });
    expect(await loadVillages('16.99')).toEqual([]);
    expect(await loadVillages('../x')).toEqual([]);
  });
});

describe('generated village files', () => {
  it('hold every village of every kabupaten/kota exactly once, each under a known kabupaten/kota', async () => {
    const seen = new Set<string>();
    let districtsWithVillages = 0;
    for (const district of listDistricts()) {
      const villages = await loadVillages(district.code);
      if (villages.length > 0) districtsWithVillages++;
      for (const v of villages) {
        expect(v.code.startsWith(`${district.code}.`)).toBe(true);
        seen.add(v.code);
      }
    }
    expect(seen.size).toBeGreaterThan(80_000);
    expect(districtsWithVillages).toBe(listDistricts().length);
  });
});
