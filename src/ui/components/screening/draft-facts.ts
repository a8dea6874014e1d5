import { t } from '../../../i18n/i18n.ts';
import type { Screening } from '../../../core/screening/screening-schema.ts';

/** "SURNAME, Given names", or a placeholder for a draft whose passenger was not typed yet. */
export function passengerName(screening: Screening): string {
  const { lastName, firstName } = screening.passenger;
  if (!lastName.trim() && !firstName.trim()) return t('screening.draftChoice.noName');
  return firstName ? `${lastName}, ${firstName}` : lastName;
}

/**
 * Whether a draft is an amendment of a saved screening (whose stored revisions stay, whatever happens to the draft).
 * A new screening carries no decision until its final save, which removes its draft; an amendment starts from one.
 */
export function amendsSaved(draft: Screening): boolean {
  return draft.decidedAt !== null;
}
