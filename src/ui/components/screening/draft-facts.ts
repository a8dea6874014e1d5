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
