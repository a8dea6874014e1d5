import { t } from '../../../i18n/i18n.ts';
import type { Passenger, Screening } from '../../../core/screening/screening-schema.ts';

/** "SURNAME, Given names", or a placeholder for a passenger not typed (or not scanned) yet. */
export function passengerName(passenger: Passenger | null): string {
  const lastName = passenger?.lastName.trim() ?? '';
  const firstName = passenger?.firstName.trim() ?? '';
  if (!lastName && !firstName) return t('screening.draftChoice.noName');
  return firstName ? `${lastName}, ${firstName}` : lastName;
}

/**
 * Whether a draft is an amendment of a saved screening (whose stored revisions stay, whatever happens to the draft).
 * A new screening carries no decision until its final save, which removes its draft; an amendment starts from one.
 */
export function amendsSaved(draft: Screening): boolean {
  return draft.decidedAt !== null;
}

/** A passport field as compared: no spaces or filler, upper case (typed numbers vary in both). */
const normalised = (text: string): string => text.replace(/[\s<]/g, '').toUpperCase();

/**
 * Whether two passengers hold the same passport: the same number from the same issuing state. A passenger without a
 * passport number is never "the same" as anyone, so an unnamed draft is not mistaken for the passenger just scanned.
 */
export function samePassport(a: Passenger, b: Passenger): boolean {
  const number = normalised(a.passportNumber);
  return (
    number !== '' &&
    number === normalised(b.passportNumber) &&
    normalised(a.issuingState) === normalised(b.issuingState)
  );
}

/**
 * Whether nothing has been entered in a screening: no passenger name or passport, no flight, no answer, decision,
 * note, group or linked person. Such a form is never kept as a draft (the tablet may be handed over with it open).
 */
export function isBlank(screening: Screening): boolean {
  const { passenger, flight } = screening;
  return (
    !passenger.lastName.trim() &&
    !passenger.firstName.trim() &&
    !passenger.passportNumber.trim() &&
    passenger.birthDate === null &&
    (flight === null ||
      (!flight.carrier.trim() && !flight.flightNumber.trim() && !flight.finalDestination.trim())) &&
    Object.keys(screening.answers).length === 0 &&
    screening.outcome === null &&
    screening.note.trim() === '' &&
    screening.linkedPersonIds.length === 0 &&
    !screening.groupId &&
    !amendsSaved(screening)
  );
}
