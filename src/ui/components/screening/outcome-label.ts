import { t } from '../../../i18n/i18n.ts';
import { isOwnAgencyOutcome } from '../../../core/checklist/decision-rights.ts';
import type { Agency, Outcome } from '../../../core/screening/screening-schema.ts';

/** An outcome in words as an officer of `agency` reads it (a BP3MI officer is never told to hand over to BP3MI). */
export function outcomeLabel(outcome: Outcome, agency: Agency): string {
  return isOwnAgencyOutcome(outcome, agency)
    ? t('screening.outcome.ownAgency.REFER_BP3MI')
    : t(`screening.outcome.${outcome}`);
}
