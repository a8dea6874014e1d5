import airports from './data/airports.json';
import countries from './data/countries.json';

/** A language the reference names exist in. */
export type RefLang = 'id' | 'en';

let airportCountry: Map<string, string> | null = null;

/** ISO 3166-1 alpha-2 country of an IATA airport code ('CGK' → 'ID'), or null when unknown. */
export function countryOfAirport(iata: string): string | null {
  if (!airportCountry) {
    airportCountry = new Map();
    for (const [country, codes] of Object.entries(airports as Record<string, string>)) {
      for (let i = 0; i + 3 <= codes.length; i += 3) airportCountry.set(codes.slice(i, i + 3), country);
    }
  }
  return airportCountry.get(iata.trim().toUpperCase()) ?? null;
}

/** Country name in Bahasa Indonesia or English ('KH' → 'Kamboja' / 'Cambodia'); the code itself when unknown. */
export function countryName(code: string, lang: RefLang): string {
  const names = (countries as Record<string, string[] | undefined>)[code.trim().toUpperCase()];
  return names?.[lang === 'id' ? 0 : 1] ?? code;
}

/** Every ISO country code known, for pickers. */
export function countryCodes(): string[] {
  return Object.keys(countries);
}

/**
 * The country of a typed or scanned destination: an IATA airport code (3 letters) or an ISO country code (2).
 * Null when it is neither.
 */
export function countryOfDestination(destination: string): string | null {
  const value = destination.trim().toUpperCase();
  if (/^[A-Z]{3}$/.test(value)) return countryOfAirport(value);
  if (/^[A-Z]{2}$/.test(value) && value in countries) return value;
  return null;
}
