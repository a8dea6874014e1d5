// Regenerates src/core/reference-data/data/ from data packages (devDependencies only, never shipped whole):
//   idn-area-data       provinces, kabupaten/kota, kecamatan and desa/kelurahan (Kemendagri codes)
//   airport-data-js     IATA airport code → ISO 3166-1 country
//   i18n-iso-countries  country names in Bahasa Indonesia and English
// Run: npx tsx scripts/gen-reference-data.ts
import { mkdirSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { getDistricts, getProvinces, getRegencies, getVillages } from 'idn-area-data';
import airportData from 'airport-data-js';
import countries from 'i18n-iso-countries';
import idLocale from 'i18n-iso-countries/langs/id.json' with { type: 'json' };
import enLocale from 'i18n-iso-countries/langs/en.json' with { type: 'json' };

const OUT = join(import.meta.dirname, '..', 'src', 'core', 'reference-data', 'data');
const ACRONYMS = new Set(['DKI', 'DI', 'II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XII']);

/** 'KABUPATEN ACEH SELATAN' → 'Kabupaten Aceh Selatan'; names already in mixed case are kept. */
function titleCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name
    .toLowerCase()
    .split(' ')
    .map((w) =>
      ACRONYMS.has(w.toUpperCase())
        ? w.toUpperCase()
        : w.replace(/(^|[-(/.'])(\p{L})/gu, (m) => m.toUpperCase()),
    )
    .join(' ');
}

const written: Array<[string, number, number]> = [];
function write(relative: string, value: unknown): void {
  const path = join(OUT, relative);
  const text = JSON.stringify(value);
  writeFileSync(path, text);
  written.push([relative, statSync(path).size, gzipSync(text).length]);
}

async function main(): Promise<void> {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(join(OUT, 'villages'), { recursive: true });

  const provinces = await getProvinces();
  const regencies = await getRegencies();
  write('regions.json', {
    provinces: Object.fromEntries(provinces.map((p) => [p.code, titleCase(p.name)])),
    regencies: Object.fromEntries(regencies.map((r) => [r.code, titleCase(r.name)])),
  });

  // Per province: kecamatan code → [name, [[village code suffix, village name], …]], loaded lazily by the UI.
  const districts = await getDistricts();
  const villages = await getVillages();
  const byProvince = new Map<string, Record<string, [string, Array<[string, string]>]>>();
  for (const d of districts) {
    const province = d.code.slice(0, 2);
    const tree = byProvince.get(province) ?? {};
    tree[d.code] = [titleCase(d.name), []];
    byProvince.set(province, tree);
  }
  for (const v of villages) {
    const entry = byProvince.get(v.district_code.slice(0, 2))?.[v.district_code];
    if (entry) entry[1].push([v.code.slice(v.district_code.length + 1), titleCase(v.name)]);
  }
  for (const [province, tree] of byProvince) write(`villages/${province}.json`, tree);

  // Country → concatenated 3-letter IATA codes, the most compact lookup that stays readable. Only airports with
  // scheduled service: a boarding pass never names another, and it halves what the app carries.
  const airports = await airportData.findAirports({});
  const byCountry = new Map<string, string[]>();
  for (const a of airports) {
    if (String(a.scheduled_service).toUpperCase() !== 'TRUE') continue;
    if (!/^[A-Z]{3}$/.test(a.iata ?? '') || !/^[A-Z]{2}$/.test(a.country_code ?? '')) continue;
    byCountry.set(a.country_code, [...(byCountry.get(a.country_code) ?? []), a.iata]);
  }
  write(
    'airports.json',
    Object.fromEntries(
      [...byCountry].sort().map(([country, codes]) => [country, [...new Set(codes)].sort().join('')]),
    ),
  );

  countries.registerLocale(idLocale);
  countries.registerLocale(enLocale);
  const names: Record<string, [string, string]> = {};
  for (const code of Object.keys(countries.getAlpha2Codes()).sort()) {
    names[code] = [countries.getName(code, 'id') ?? code, countries.getName(code, 'en') ?? code];
  }
  write('countries.json', names);

  let raw = 0;
  let gz = 0;
  for (const [file, size, gzip] of written) {
    raw += size;
    gz += gzip;
    if (!file.startsWith('villages/')) console.log(`${file.padEnd(22)} ${size} B raw, ${gzip} B gzip`);
  }
  const v = written.filter(([f]) => f.startsWith('villages/'));
  const largest = v.reduce((a, b) => (b[1] > a[1] ? b : a));
  console.log(
    `villages/*.json        ${v.length} files, ${v.reduce((s, f) => s + f[1], 0)} B raw, ` +
      `${v.reduce((s, f) => s + f[2], 0)} B gzip; largest ${largest[0]} ${largest[1]} B raw, ${largest[2]} B gzip`,
  );
  console.log(`total                  ${raw} B raw, ${gz} B gzip (${villages.length} villages)`);
  console.log('command: npx tsx scripts/gen-reference-data.ts');
}

void main();
