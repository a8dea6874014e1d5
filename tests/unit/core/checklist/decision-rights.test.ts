import { describe, expect, it } from 'vitest';
import {
  NOTE_MAX_LENGTH,
  allowedOutcomes,
  isOwnAgencyOutcome,
  isProposalOnly,
  validateDecision,
  type DecisionInput,
} from '../../../../src/core/checklist/decision-rights.ts';
import { compareOutcomes, maxOutcome, outcomeRank } from '../../../../src/core/checklist/outcome-order.ts';
import {
  OUTCOMES,
  type Agency,
  type Outcome,
  type Role,
} from '../../../../src/core/screening/screening-schema.ts';

const AGENCIES: Agency[] = ['IMIGRASI', 'BP3MI'];
const ROLES: Role[] = ['officer', 'shift_lead'];

function decision(over: Partial<DecisionInput>): DecisionInput {
  return {
    agency: 'IMIGRASI',
    role: 'officer',
    outcome: 'CLEAR',
    recommended: 'CLEAR',
    note: '',
    passportWithdrawn: false,
    ...over,
  };
}

describe('who may decide what (REFERENCE §4)', () => {
  const cases = AGENCIES.flatMap((agency) =>
    ROLES.flatMap((role) => OUTCOMES.map((outcome) => [agency, role, outcome] as const)),
  );
  it.each(cases)('%s %s choosing %s', (agency, role, outcome) => {
    const imigrasiOnly = outcome === 'DELAY_DEPARTURE';
    const mayDecide = agency === 'IMIGRASI' || !imigrasiOnly;
    expect(allowedOutcomes(agency, role).includes(outcome)).toBe(mayDecide);
    const result = validateDecision(
      decision({ agency, role, outcome, recommended: 'CLEAR', note: 'alasan singkat' }),
    );
    expect(result).toEqual(
      mayDecide ? { ok: true } : { ok: false, error: 'checklist.decision.error.outcomeNotAllowed' },
    );
  });

  it('lets only Imigrasi withdraw a passport, and only with a departure delay and a receipt number', () => {
    const base = {
      outcome: 'DELAY_DEPARTURE' as Outcome,
      recommended: 'REFER_BP3MI' as Outcome,
      note: 'ditunda',
    };
    expect(
      validateDecision(decision({ ...base, passportWithdrawn: true, passportReceiptNumber: 'STP-0142' })),
    ).toEqual({
      ok: true,
    });
    expect(validateDecision(decision({ ...base, passportWithdrawn: true }))).toMatchObject({
      error: 'checklist.decision.error.receiptRequired',
    });
    expect(
      validateDecision(decision({ ...base, passportWithdrawn: true, passportReceiptNumber: '   ' })),
    ).toMatchObject({
      error: 'checklist.decision.error.receiptRequired',
    });
    expect(
      validateDecision(decision({ ...base, passportWithdrawn: true, passportReceiptNumber: 'X'.repeat(65) })),
    ).toMatchObject({ error: 'checklist.decision.error.receiptTooLong', params: { max: 64 } });
    expect(
      validateDecision(
        decision({
          ...base,
          outcome: 'REFER_BP3MI',
          passportWithdrawn: true,
          passportReceiptNumber: 'STP-1',
        }),
      ),
    ).toMatchObject({ error: 'checklist.decision.error.passportNeedsDelay' });
    for (const outcome of allowedOutcomes('BP3MI', 'shift_lead')) {
      expect(
        validateDecision(
          decision({
            ...base,
            agency: 'BP3MI',
            outcome,
            passportWithdrawn: true,
            passportReceiptNumber: 'STP-1',
          }),
        ),
      ).toMatchObject({ error: 'checklist.decision.error.passportNotAllowed' });
    }
  });

  it('marks PROPOSE_WATCH as a proposal and lets both agencies propose it', () => {
    expect(isProposalOnly('PROPOSE_WATCH')).toBe(true);
    expect(OUTCOMES.filter(isProposalOnly)).toEqual(['PROPOSE_WATCH']);
    expect(allowedOutcomes('BP3MI', 'officer')).toContain('PROPOSE_WATCH');
  });
});

describe('notes', () => {
  it('needs no note for CLEAR when CLEAR is recommended (the fast clear case)', () => {
    expect(validateDecision(decision({}))).toEqual({ ok: true });
  });

  it.each(OUTCOMES.filter((o) => o !== 'CLEAR'))('needs a note for %s, which is above CLEAR', (outcome) => {
    expect(validateDecision(decision({ outcome, recommended: outcome }))).toEqual({
      ok: false,
      error: 'checklist.decision.error.noteRequired',
    });
    expect(validateDecision(decision({ outcome, recommended: outcome, note: 'Tujuan tidak jelas' }))).toEqual(
      { ok: true },
    );
  });

  it('needs a note, with its own message, for an outcome below the recommendation', () => {
    expect(validateDecision(decision({ outcome: 'CLEAR', recommended: 'INTERVIEW' }))).toEqual({
      ok: false,
      error: 'checklist.decision.error.noteRequiredBelow',
    });
    expect(
      validateDecision(decision({ outcome: 'INTERVIEW', recommended: 'REFER_BP3MI', note: '  ' })),
    ).toMatchObject({
      error: 'checklist.decision.error.noteRequiredBelow',
    });
    expect(
      validateDecision(
        decision({ outcome: 'CLEAR', recommended: 'INTERVIEW', note: 'Keluarga terverifikasi' }),
      ),
    ).toEqual({ ok: true });
  });

  it(`refuses a note over ${NOTE_MAX_LENGTH} characters and says how long it is`, () => {
    expect(validateDecision(decision({ outcome: 'INTERVIEW', note: 'a'.repeat(NOTE_MAX_LENGTH) }))).toEqual({
      ok: true,
    });
    expect(
      validateDecision(decision({ outcome: 'INTERVIEW', note: 'a'.repeat(NOTE_MAX_LENGTH + 1) })),
    ).toEqual({
      ok: false,
      error: 'checklist.decision.error.noteTooLong',
      params: { max: NOTE_MAX_LENGTH, length: NOTE_MAX_LENGTH + 1 },
    });
  });
});

describe('outcome order', () => {
  it('orders outcomes from CLEAR to DELAY_DEPARTURE', () => {
    expect(outcomeRank('CLEAR')).toBe(0);
    expect(compareOutcomes('CLEAR', 'INTERVIEW')).toBeLessThan(0);
    expect(compareOutcomes('DELAY_DEPARTURE', 'REFER_BP3MI')).toBeGreaterThan(0);
    expect(maxOutcome('INTERVIEW', 'REFER_BP3MI')).toBe('REFER_BP3MI');
    expect(maxOutcome('DELAY_DEPARTURE', 'CLEAR')).toBe('DELAY_DEPARTURE');
  });
});

describe("an outcome naming the deciding officer's own agency", () => {
  it('is REFER_BP3MI decided by BP3MI only', () => {
    expect(isOwnAgencyOutcome('REFER_BP3MI', 'BP3MI')).toBe(true);
    expect(isOwnAgencyOutcome('REFER_BP3MI', 'IMIGRASI')).toBe(false);
    for (const o of OUTCOMES.filter((x) => x !== 'REFER_BP3MI'))
      expect(isOwnAgencyOutcome(o, 'BP3MI')).toBe(false);
  });
});
