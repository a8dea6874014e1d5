import { t } from '../../../i18n/i18n.ts';
import { RECEIVER_NAME_MAX_LENGTH, type HandoverError } from '../../../core/checklist/handover.ts';
import type { Handover, Screening } from '../../../core/screening/screening-schema.ts';
import { formatDateTime, type ZoneCode } from '../../../core/time/local-time.ts';
import type { ReceiverPinResult } from '../../../storage/handover-pin.ts';
import type { ScreeningStore } from '../../../storage/screening-store.ts';

/** A problem of the handover step, said in the officer's language, and the field it belongs to. */
export type HandoverProblem = { field: 'time' | 'receiver' | 'pin' | 'form'; text: string };

const TIME_ERRORS: readonly HandoverError[] = [
  'gate.handover.error.timeMissing',
  'gate.handover.error.timeFormat',
  'gate.handover.error.timeBeforeDecision',
];

/** The message and field of a rule the handover broke. */
export function handoverProblem(error: HandoverError, screening: Screening, zone: ZoneCode): HandoverProblem {
  const decided = screening.decidedAt ?? screening.updatedAt;
  const text = t(error, { decided: formatDateTime(new Date(decided), zone), max: RECEIVER_NAME_MAX_LENGTH });
  if (TIME_ERRORS.includes(error)) return { field: 'time', text };
  return { field: error.startsWith('gate.handover.error.receiver') ? 'receiver' : 'form', text };
}

/** The message of a PIN the receiver could not prove (how many tries are left, or how long to wait). */
export function pinProblem(result: Exclude<ReceiverPinResult, { ok: true }>, now: number): HandoverProblem {
  switch (result.error) {
    case 'gate.handover.error.pinWrong':
      return { field: 'pin', text: t(result.error, { left: result.attemptsLeft }) };
    case 'store.signIn.wait':
      return {
        field: 'pin',
        text: t(result.error, { seconds: Math.max(1, Math.ceil((result.retryAt - now) / 1000)) }),
      };
    default:
      return { field: 'pin', text: t(result.error) };
  }
}

/**
 * Stores the handover as a new revision of the screening (synced like any amendment). A confirmed handover is
 * audited under the receiver who proved their PIN; an unconfirmed one under the officer who recorded it.
 */
export function saveHandover(
  store: ScreeningStore,
  screening: Screening,
  handover: Handover,
  signedInId: string,
  now: Date,
): Promise<Screening> {
  const confirmed = handover.confirmedBy !== undefined;
  const wasConfirmed = screening.handover?.confirmedBy !== undefined;
  // The revision is the signed-in officer's, as any amendment is; the screening keeps its agency.
  const revision = { ...screening, handover, officerId: signedInId, updatedAt: now.toISOString() };
  return store.saveFinal(revision, [], {
    action: confirmed && !wasConfirmed ? 'handover-confirmed' : 'handover-recorded',
    officerId: confirmed && !wasConfirmed ? (handover.confirmedBy ?? signedInId) : signedInId,
  });
}
