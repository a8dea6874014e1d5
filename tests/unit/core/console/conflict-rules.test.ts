import { describe, expect, it } from 'vitest';
import {
  acceptedPayload,
  conflictChanges,
  decideResolution,
} from '../../../../src/core/console/conflict-rules.ts';
import { makeScreening } from '../../../fixtures/screenings.ts';

const REASON = 'Dikonfirmasi ke ketua regu lewat telepon.';

describe('conflict resolution rules', () => {
  it('keeps or accepts an open conflict at the version the worker saw, with the reason trimmed', () => {
    expect(
      decideResolution(
        { state: 'open', version: 3 },
        { decision: 'keep', version: 3, reason: ` ${REASON} ` },
      ),
    ).toEqual({
      ok: true,
      toState: 'kept',
      reason: REASON,
    });
    expect(
      decideResolution({ state: 'open', version: 1 }, { decision: 'accept', version: 1, reason: REASON }),
    ).toMatchObject({
      ok: true,
      toState: 'accepted',
    });
  });

  it('refuses a stale version first (409), then a conflict already resolved (409), then a short reason (400)', () => {
    expect(
      decideResolution({ state: 'kept', version: 2 }, { decision: 'accept', version: 1, reason: REASON }),
    ).toEqual({
      ok: false,
      status: 409,
      error: 'console.error.staleVersion',
      detail: '2',
    });
    expect(
      decideResolution({ state: 'accepted', version: 2 }, { decision: 'keep', version: 2, reason: REASON }),
    ).toEqual({
      ok: false,
      status: 409,
      error: 'console.error.alreadyDecided',
    });
    expect(
      decideResolution(
        { state: 'open', version: 1 },
        { decision: 'keep', version: 1, reason: '   sudah    ' },
      ),
    ).toEqual({ ok: false, status: 400, error: 'console.error.invalid', detail: 'reason' });
  });

  it('lists what differs field by field, when each was saved first, and nothing for the same payload', () => {
    const stored = {
      screening: makeScreening({ id: 's-1', note: 'awal', updatedAt: '2026-12-01T01:00:00.000Z' }),
      linkedPersons: [],
    };
    const incoming = {
      screening: {
        ...stored.screening,
        note: 'lain',
        answers: { ...stored.screening.answers, WL_RECRUITER_MATCH: 'unknown' as const },
        updatedAt: '2026-12-01T02:00:00.000Z',
      },
      linkedPersons: [],
    };
    const changes = conflictChanges(stored, incoming);
    expect(changes[0]).toEqual({
      field: 'screening.updatedAt',
      before: '2026-12-01T01:00:00.000Z',
      after: '2026-12-01T02:00:00.000Z',
    });
    expect(changes).toContainEqual({ field: 'screening.note', before: 'awal', after: 'lain' });
    expect(changes.map((c) => c.field)).toContain('screening.answers.WL_RECRUITER_MATCH');
    expect(conflictChanges(stored, stored)).toEqual([]);
  });

  it('accepts a payload as the revision after the newest one held, leaving the rest of it as sent', () => {
    const incoming = {
      screening: makeScreening({ id: 's-1', revision: 2, note: 'dari tablet' }),
      linkedPersons: [],
    };
    const accepted = acceptedPayload(incoming, 4);
    expect(accepted.screening.revision).toBe(5);
    expect({ ...accepted.screening, revision: 2 }).toEqual(incoming.screening);
    expect(incoming.screening.revision).toBe(2);
  });
});
