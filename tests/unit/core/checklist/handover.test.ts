import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  awaitsConfirmation,
  buildHandover,
  confirmHandover,
  handoverApplies,
  pastInstantOf,
  type HandoverContext,
  type Receiver,
} from '../../../../src/core/checklist/handover.ts';
import { isMessageKey } from '../../../../src/i18n/i18n.ts';
import { ScreeningSchema } from '../../../../src/core/screening/screening-schema.ts';
import { makeScreening } from '../../../fixtures/screenings.ts';

// Decided 08:40 WIB on 23 Nov 2026; the officer records the handover at 09:05 WIB.
const decided = makeScreening({ outcome: 'REFER_BP3MI', decidedAt: '2026-11-23T01:40:00.000Z' });
delete decided.handover;
const ctx: HandoverContext = {
  officerId: 'IMI-7',
  agency: 'IMIGRASI',
  now: new Date('2026-11-23T02:05:30.000Z'),
  zone: 'WIB',
};
const siti: Receiver = { kind: 'enrolled', id: 'BP3-1', name: 'Siti Aminah', agency: 'BP3MI' };

describe('which decisions hand the passenger to BP3MI', () => {
  it('a referral by Imigrasi and a departure delay do; a BP3MI officer’s own referral and a clearance do not', () => {
    expect(handoverApplies(decided)).toBe(true);
    expect(handoverApplies({ ...decided, outcome: 'DELAY_DEPARTURE' })).toBe(true);
    expect(handoverApplies({ ...decided, agency: 'BP3MI' })).toBe(false);
    expect(handoverApplies({ ...decided, outcome: 'INTERVIEW' })).toBe(false);
    expect(handoverApplies({ ...decided, status: 'draft' })).toBe(false);
  });
});

describe('recording a handover', () => {
  it('turns the local HH:MM into an instant and names the receiver and the recorder, unconfirmed', () => {
    const result = buildHandover(decided, { time: '09:00', receiver: siti }, ctx);
    expect(result).toEqual({
      ok: true,
      handover: {
        time: '2026-11-23T02:00:00.000Z',
        bp3miOfficer: 'Siti Aminah',
        bp3miOfficerId: 'BP3-1',
        recordedBy: 'IMI-7',
        recordedAt: '2026-11-23T02:05:30.000Z',
      },
    });
    if (result.ok) expect(awaitsConfirmation(result.handover)).toBe(true);
  });

  it('keeps a typed name without an id: it cannot be confirmed with a PIN', () => {
    const result = buildHandover(
      decided,
      { time: '08:40', receiver: { kind: 'typed', name: '  Budi  ' } },
      ctx,
    );
    expect(result.ok && result.handover.bp3miOfficer).toBe('Budi');
    expect(result.ok && result.handover.bp3miOfficerId).toBeUndefined();
    if (result.ok) expect(awaitsConfirmation(result.handover)).toBe(false);
  });

  it.each([
    ['', siti, 'gate.handover.error.timeMissing'],
    ['9.05', siti, 'gate.handover.error.timeFormat'],
    ['25:00', siti, 'gate.handover.error.timeFormat'],
    ['08:30', siti, 'gate.handover.error.timeBeforeDecision'],
    // Still to come today, so yesterday's 09:10: before the decision.
    ['09:10', siti, 'gate.handover.error.timeBeforeDecision'],
    ['09:00', null, 'gate.handover.error.receiverMissing'],
    ['09:00', { kind: 'typed', name: '   ' }, 'gate.handover.error.receiverMissing'],
    ['09:00', { kind: 'typed', name: 'x'.repeat(81) }, 'gate.handover.error.receiverTooLong'],
    ['09:00', { ...siti, agency: 'IMIGRASI' }, 'gate.handover.error.receiverNotBp3mi'],
  ] as const)('time %j, receiver %j: %s', (time, receiver, error) => {
    expect(buildHandover(decided, { time, receiver }, ctx)).toEqual({ ok: false, error });
  });

  it('is for an Imigrasi officer, once, on a decision that hands over', () => {
    const input = { time: '09:00', receiver: siti };
    expect(buildHandover(decided, input, { ...ctx, agency: 'BP3MI' })).toEqual({
      ok: false,
      error: 'gate.handover.error.recorderAgency',
    });
    expect(buildHandover({ ...decided, outcome: 'CLEAR' }, input, ctx)).toEqual({
      ok: false,
      error: 'gate.handover.error.notApplicable',
    });
    const done = { ...decided, handover: { time: ctx.now.toISOString(), bp3miOfficer: 'X' } };
    expect(buildHandover(done, input, ctx)).toEqual({ ok: false, error: 'gate.handover.error.already' });
  });

  it('reads a handover at 23:50 written down at 00:10 as the evening before', () => {
    const now = new Date('2026-11-23T17:10:00.000Z'); // 00:10 WIB on 24 Nov
    expect(pastInstantOf('23:50', now, 'WIB')?.toISOString()).toBe('2026-11-23T16:50:00.000Z');
    expect(pastInstantOf('00:05', now, 'WIB')?.toISOString()).toBe('2026-11-23T17:05:00.000Z');
  });
});

describe('confirming and storing', () => {
  it('marks the receiver and the time once their PIN is proved; the record still validates', () => {
    const built = buildHandover(decided, { time: '09:00', receiver: siti }, ctx);
    if (!built.ok) throw new Error(built.error);
    const confirmed = confirmHandover(built.handover, new Date('2026-11-23T02:06:00.000Z'));
    expect(confirmed.confirmedBy).toBe('BP3-1');
    expect(confirmed.confirmedAt).toBe('2026-11-23T02:06:00.000Z');
    expect(awaitsConfirmation(confirmed)).toBe(false);
    expect(ScreeningSchema.safeParse({ ...decided, handover: confirmed }).success).toBe(true);
  });

  it('still reads a record stored with only the handover time and name', () => {
    const old = { ...decided, handover: { time: '2026-11-23T02:00:00.000Z', bp3miOfficer: 'Siti' } };
    expect(ScreeningSchema.safeParse(old).success).toBe(true);
  });

  it('every error code is a message in both languages', () => {
    const text = readFileSync(
      join(import.meta.dirname, '../../../../src/core/checklist/handover.ts'),
      'utf8',
    );
    const codes = [...text.matchAll(/'(gate\.handover\.[a-zA-Z.]+)'/g)].map((m) => m[1] ?? '');
    expect(codes.length).toBeGreaterThan(8);
    for (const code of codes) expect(isMessageKey(code), code).toBe(true);
  });
});
