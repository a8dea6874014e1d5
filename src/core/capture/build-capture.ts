import type { BcbpLeg } from '../bcbp/parse-bcbp.ts';
import { journeyOf } from '../bcbp/parse-bcbp.ts';
import { namesMatch } from '../bcbp/names-match.ts';
import type { MrzFields } from '../mrz/parse-mrz.ts';
import type { Flight, Passenger } from '../screening/screening-schema.ts';
import type { Capture, CaptureSource } from './capture.ts';

/** A passport as the scan screen holds it: the passenger, how it came in, and whether its check digits passed. */
export type PassportRead = { passenger: Passenger; source: CaptureSource; verified: boolean };

/** A boarding pass (or typed flight) as the scan screen holds it. */
export type BoardingRead = { flight: Flight; name: string | null; source: CaptureSource };

/** The passenger of a parsed MRZ, minimised to what a screening keeps. */
export function passengerFromMrz(fields: MrzFields): Passenger {
  return {
    lastName: fields.lastName,
    firstName: fields.firstName,
    sex: fields.sex,
    birthDate: fields.birthDate,
    nationality: fields.nationality,
    passportNumber: fields.documentNumber,
    issuingState: fields.issuingState,
    passportExpiry: fields.expirationDate,
  };
}

/** The journey of a boarding pass: the first leg's flight, the whole route's origin, end and stops. */
export function flightFromLegs(legs: readonly BcbpLeg[]): Flight | null {
  const first = legs[0];
  if (!first) return null;
  const journey = journeyOf(legs);
  return {
    carrier: first.carrier,
    flightNumber: first.flightNumber,
    date: first.flightDate,
    from: journey.from,
    finalDestination: journey.finalDestination,
    transits: journey.transits,
    // A single pass does not say whether a return is booked.
    oneWay: null,
  };
}

/** ISO date `months` months after `iso` (clamped to the month's last day). */
function addMonths(iso: string, months: number): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month - 1 + months, Math.min(day, last))).toISOString().slice(0, 10);
}

/** Problems to show before the checklist starts, as i18n keys. `today` is the checkpoint's local ISO date. */
export function captureWarnings(
  passport: PassportRead | null,
  boarding: BoardingRead | null,
  today: string,
): string[] {
  const warnings: string[] = [];
  const expiry = passport?.passenger.passportExpiry ?? null;
  if (expiry !== null && expiry < today) warnings.push('scan.warning.passportExpired');
  else if (expiry !== null && expiry < addMonths(today, 6)) warnings.push('scan.warning.passportExpiresSoon');
  if (passport && !passport.verified) warnings.push('scan.warning.notVerified');
  if (
    passport &&
    boarding?.name &&
    !namesMatch(passport.passenger.lastName, passport.passenger.firstName, boarding.name)
  ) {
    warnings.push('scan.warning.nameMismatch');
  }
  if (boarding && boarding.flight.date !== null && boarding.flight.date !== today) {
    warnings.push('scan.warning.flightNotToday');
  }
  return warnings;
}

/** The capture handed to a new screening: parsed facts and warnings only, never a raw MRZ or barcode string. */
export function buildCapture(
  passport: PassportRead | null,
  boarding: BoardingRead | null,
  today: string,
): Capture {
  return {
    passenger: passport?.passenger ?? null,
    passportSource: passport?.source ?? null,
    passportVerified: passport?.verified ?? false,
    flight: boarding?.flight ?? null,
    boardingPassName: boarding?.name ?? null,
    warnings: captureWarnings(passport, boarding, today),
  };
}
