import type { Flight, Passenger } from '../screening/screening-schema.ts';

/** Passport details as the officer typed them (dates as DD/MM/YYYY). */
export type TypedPassport = {
  lastName: string;
  firstName: string;
  passportNumber: string;
  birthDate: string;
  expiry: string;
  /** Empty until the officer chooses: a typed passport has no default sex. */
  sex: Passenger['sex'] | '';
  nationality: string;
};

/** Flight details as the officer typed them. */
export type TypedFlight = {
  carrier: string;
  flightNumber: string;
  date: string;
  from: string;
  finalDestination: string;
};

/** Field → i18n key of what is wrong with it (and `{value}` to show), for each field that is wrong. */
export type FieldErrors<K extends string> = Partial<Record<K, { key: string; value?: string }>>;

/** Turns DD/MM/YYYY (also D/M/YYYY, with . or -) into ISO; says whether the format or the calendar is wrong. */
export function parseDisplayDate(text: string): { ok: true; iso: string } | { ok: false; error: string } {
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text.trim());
  if (!match) return { ok: false, error: 'scan.invalid.dateFormat' };
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { ok: false, error: 'scan.invalid.dateImpossible' };
  }
  return { ok: true, iso: date.toISOString().slice(0, 10) };
}

const clean = (text: string): string => text.trim().toUpperCase().replace(/\s+/g, ' ');

function dateField(text: string, errors: FieldErrors<string>, field: string): string | null {
  if (text.trim() === '') {
    errors[field] = { key: 'scan.invalid.required' };
    return null;
  }
  const parsed = parseDisplayDate(text);
  if (parsed.ok) return parsed.iso;
  errors[field] = { key: parsed.error, value: text.trim() };
  return null;
}

/** Validates typed passport details; every problem is reported at once and nothing typed is changed. */
export function checkTypedPassport(
  typed: TypedPassport,
  today: string,
): { ok: true; passenger: Passenger } | { ok: false; errors: FieldErrors<keyof TypedPassport> } {
  const errors: FieldErrors<string> = {};
  const lastName = clean(typed.lastName);
  const firstName = clean(typed.firstName);
  const passportNumber = clean(typed.passportNumber).replace(/\s/g, '');
  const nationality = clean(typed.nationality);
  if (lastName === '' && firstName === '') errors.lastName = { key: 'scan.invalid.required' };
  if (!/^[A-Z0-9]{1,9}$/.test(passportNumber)) {
    errors.passportNumber = { key: passportNumber ? 'scan.invalid.passportNumber' : 'scan.invalid.required' };
  }
  if (!/^[A-Z]{3}$/.test(nationality)) errors.nationality = { key: 'scan.invalid.countryCode' };
  const birthDate = dateField(typed.birthDate, errors, 'birthDate');
  if (birthDate !== null && birthDate > today) errors.birthDate = { key: 'scan.invalid.birthInFuture' };
  const passportExpiry = dateField(typed.expiry, errors, 'expiry');
  const sex = typed.sex;
  if (sex === '') errors.sex = { key: 'scan.invalid.sexRequired' };
  if (Object.keys(errors).length > 0 || sex === '') return { ok: false, errors };
  return {
    ok: true,
    passenger: {
      lastName,
      firstName,
      sex,
      birthDate,
      nationality,
      passportNumber,
      issuingState: nationality,
      passportExpiry,
    },
  };
}

/** Validates typed flight details. */
export function checkTypedFlight(
  typed: TypedFlight,
): { ok: true; flight: Flight } | { ok: false; errors: FieldErrors<keyof TypedFlight> } {
  const errors: FieldErrors<string> = {};
  const carrier = clean(typed.carrier);
  const flightNumber = clean(typed.flightNumber).replace(/^0+(?=\d)/, '');
  const from = clean(typed.from);
  const finalDestination = clean(typed.finalDestination);
  if (!/^[A-Z0-9]{2,3}$/.test(carrier)) errors.carrier = { key: 'scan.invalid.required' };
  if (!/^\d{1,4}[A-Z]?$/.test(flightNumber)) errors.flightNumber = { key: 'scan.invalid.flightNumber' };
  if (!/^[A-Z]{3}$/.test(from)) errors.from = { key: 'scan.invalid.airportCode' };
  if (!/^[A-Z]{3}$/.test(finalDestination)) errors.finalDestination = { key: 'scan.invalid.airportCode' };
  const date = dateField(typed.date, errors, 'date');
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    flight: { carrier, flightNumber, date, from, finalDestination, transits: [], oneWay: null },
  };
}
