import { isoDay } from './mrz-dates.ts';
import type { MrzFields } from './parse-mrz.ts';
import { isKnownIcaoCode } from './icao-codes.ts';

/** What the screening needs to know about a document on the day of departure. */
export type MrzFacts = {
  /** Full years of age today; null when the date of birth is unknown. */
  ageAtDeparture: number | null;
  expired: boolean;
  /** Still valid today but not 6 months from today. */
  expiresWithin6Months: boolean;
  unknownIssuingState: boolean;
  unknownNationality: boolean;
};

function addMonths(iso: string, months: number): string {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

function ageOn(birth: string, day: string): number {
  const [by = 0, bm = 0, bd = 0] = birth.split('-').map(Number);
  const [ty = 0, tm = 0, td = 0] = day.split('-').map(Number);
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

/**
 * Facts about the document for a departure on `today`: a Date (its UTC calendar day) or the local day as
 * 'YYYY-MM-DD' (pass the checkpoint's local day so that an early-morning departure is not judged on yesterday).
 */
export function mrzFacts(
  fields: Pick<MrzFields, 'birthDate' | 'expirationDate' | 'issuingState' | 'nationality'>,
  today: Date | string,
): MrzFacts {
  const day = typeof today === 'string' ? today : isoDay(today);
  const expiry = fields.expirationDate;
  const expired = expiry !== null && expiry < day;
  return {
    ageAtDeparture: fields.birthDate === null ? null : ageOn(fields.birthDate, day),
    expired,
    expiresWithin6Months: expiry !== null && !expired && expiry < addMonths(day, 6),
    unknownIssuingState: !isKnownIcaoCode(fields.issuingState),
    unknownNationality: !isKnownIcaoCode(fields.nationality),
  };
}
