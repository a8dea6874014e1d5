import { OUTCOMES, type Agency, type Outcome, type Role } from '../screening/screening-schema.ts';
import { compareOutcomes } from './outcome-order.ts';

/** Longest note an officer may write (characters, after trimming). */
export const NOTE_MAX_LENGTH = 1000;
/** Longest passport receipt (Surat Tanda Penerimaan) number. */
export const RECEIPT_MAX_LENGTH = 64;

/** i18n keys of decision errors (namespace `checklist.decision.error`). */
export type DecisionError =
  | 'checklist.decision.error.outcomeNotAllowed'
  | 'checklist.decision.error.passportNotAllowed'
  | 'checklist.decision.error.passportNeedsDelay'
  | 'checklist.decision.error.receiptRequired'
  | 'checklist.decision.error.receiptTooLong'
  | 'checklist.decision.error.noteRequiredBelow'
  | 'checklist.decision.error.noteRequired'
  | 'checklist.decision.error.noteTooLong';

/** Outcomes only an immigration officer may choose (REFERENCE §4). */
const IMIGRASI_ONLY: readonly Outcome[] = ['DELAY_DEPARTURE'];

/**
 * Outcomes an officer of this agency may record, in scale order. Both roles of an agency have the same rights
 * here: the supervisor level that must approve a delay is still unconfirmed (REFERENCE §9).
 */
export function allowedOutcomes(agency: Agency, _role: Role): Outcome[] {
  return OUTCOMES.filter((o) => agency === 'IMIGRASI' || !IMIGRASI_ONLY.includes(o));
}

/** Whether this agency may withdraw a passport (Imigrasi only, and only with a departure delay). */
export function mayWithdrawPassport(agency: Agency): boolean {
  return agency === 'IMIGRASI';
}

/**
 * Whether an outcome names the deciding officer's own agency: REFER_BP3MI decided by a BP3MI officer is no handover
 * (REFERENCE §4: BP3MI accepts the handover), it means BP3MI takes the passenger itself. The code stays REFER_BP3MI,
 * so counts and exports still add up; only its wording for that officer changes.
 */
export function isOwnAgencyOutcome(outcome: Outcome, agency: Agency): boolean {
  return outcome === 'REFER_BP3MI' && agency === 'BP3MI';
}

/** PROPOSE_WATCH records a proposal; the Minister (Imipas) decides on it, never the app. */
export function isProposalOnly(outcome: Outcome): boolean {
  return outcome === 'PROPOSE_WATCH';
}

/** Whether choosing `outcome` against `recommended` needs a note: below the recommendation, or anything above CLEAR. */
export function noteRequired(outcome: Outcome, recommended: Outcome): boolean {
  return outcome !== 'CLEAR' || compareOutcomes(outcome, recommended) < 0;
}

/** What an officer wants to record. */
export type DecisionInput = {
  agency: Agency;
  role: Role;
  outcome: Outcome;
  recommended: Outcome;
  note: string;
  passportWithdrawn: boolean;
  passportReceiptNumber?: string | undefined;
};

export type DecisionResult =
  { ok: true } | { ok: false; error: DecisionError; params?: Record<string, string | number> };

/** Checks a decision against the rights and rules of REFERENCE §4; the first problem found is returned. */
export function validateDecision(input: DecisionInput): DecisionResult {
  const { agency, role, outcome, recommended, passportWithdrawn } = input;
  if (!allowedOutcomes(agency, role).includes(outcome)) {
    return { ok: false, error: 'checklist.decision.error.outcomeNotAllowed' };
  }
  if (passportWithdrawn) {
    if (!mayWithdrawPassport(agency))
      return { ok: false, error: 'checklist.decision.error.passportNotAllowed' };
    if (outcome !== 'DELAY_DEPARTURE')
      return { ok: false, error: 'checklist.decision.error.passportNeedsDelay' };
    const receipt = (input.passportReceiptNumber ?? '').trim();
    if (receipt === '') return { ok: false, error: 'checklist.decision.error.receiptRequired' };
    if (receipt.length > RECEIPT_MAX_LENGTH) {
      return {
        ok: false,
        error: 'checklist.decision.error.receiptTooLong',
        params: { max: RECEIPT_MAX_LENGTH },
      };
    }
  }
  const note = input.note.trim();
  if (note.length > NOTE_MAX_LENGTH) {
    return {
      ok: false,
      error: 'checklist.decision.error.noteTooLong',
      params: { max: NOTE_MAX_LENGTH, length: note.length },
    };
  }
  if (note === '' && noteRequired(outcome, recommended)) {
    const below = compareOutcomes(outcome, recommended) < 0;
    return {
      ok: false,
      error: below ? 'checklist.decision.error.noteRequiredBelow' : 'checklist.decision.error.noteRequired',
    };
  }
  return { ok: true };
}
