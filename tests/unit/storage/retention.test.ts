import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { runRetention } from '../../../src/storage/retention.ts';
import { shiftStartOf } from '../../../src/core/time/shifts.ts';
import { createScreeningStore } from '../../../src/storage/screening-repository.ts';
import { enrolledSession, screening } from './store-fixtures.ts';

const at = (iso: string) => new Date(iso);

async function setup() {
  const { db, session } = await enrolledSession();
  const store = createScreeningStore(db, session.keys, { officerId: 'LEAD01', zone: 'WIB' });
  const run = (iso: string) =>
    runRetention(db, session.keys, { officerId: 'LEAD01', zone: 'WIB', now: at(iso) });
  return { db, store, run };
}

describe('retention', () => {
  it('finds the start of the shift in the checkpoint zone, across midnight', () => {
    const starts = ['07:00', '15:00', '23:00'] as const;
    expect(shiftStartOf(at('2026-11-23T08:30:00Z'), 'WIB', starts).toISOString()).toBe(
      '2026-11-23T08:00:00.000Z',
    );
    expect(shiftStartOf(at('2026-11-23T23:30:00Z'), 'WIB', starts).toISOString()).toBe(
      '2026-11-23T16:00:00.000Z',
    );
    expect(shiftStartOf(at('2026-11-23T23:30:00Z'), 'WIT', starts).toISOString()).toBe(
      '2026-11-23T22:00:00.000Z',
    );
  });

  it('purges CLEAR identities at the end of their shift and keeps the counts per hour', async () => {
    const { db, store, run } = await setup();
    const clear = await store.saveFinal(
      screening({ outcome: 'CLEAR', createdAt: '2026-11-23T04:10:00.000Z' }),
    );
    await store.saveFinal(screening({ outcome: 'CLEAR_ADVISED', createdAt: '2026-11-23T04:20:00.000Z' }));
    const flagged = await store.saveFinal(
      screening({ outcome: 'INTERVIEW', createdAt: '2026-11-23T04:30:00.000Z' }),
    );
    // 14:59 WIB: the 07:00 shift is still on.
    expect(await run('2026-11-23T07:59:00Z')).toEqual({ clearPurged: 0, flaggedPurged: 0 });
    expect(await store.get(clear.id)).toBeDefined();
    // 15:01 WIB: the shift ended.
    expect(await run('2026-11-23T08:01:00Z')).toEqual({ clearPurged: 2, flaggedPurged: 0 });
    expect(await store.get(clear.id)).toBeUndefined();
    expect(await store.get(flagged.id)).toBeDefined();
    expect(await db.counts.toArray()).toEqual([
      {
        key: '2026-11-23|11|IMIGRASI',
        day: '2026-11-23',
        hour: 11,
        shift: '2026-11-23 07:00',
        agency: 'IMIGRASI',
        clear: 1,
        clearAdvised: 1,
      },
    ]);
    const purge = (await db.audit.toArray()).filter((a) => a.action === 'purge');
    expect(purge).toHaveLength(1);
  });

  it('keeps purged CLEAR counts under each screening agency and ends the shift at the checkpoint settings', async () => {
    const { db, store } = await setup();
    await store.saveFinal(screening({ outcome: 'CLEAR', createdAt: '2026-11-23T04:10:00.000Z' }));
    await store.saveFinal(
      screening({ outcome: 'CLEAR', agency: 'BP3MI', createdAt: '2026-11-23T04:15:00.000Z' }),
    );
    const starts = ['06:00', '14:00', '22:00'] as const;
    const run = (iso: string) =>
      runRetention(db, null, { officerId: 'LEAD01', zone: 'WIB', shiftStarts: starts, now: at(iso) });
    // 14:01 WIB: under these settings the 06:00 shift is over (under the default it would still run to 15:00).
    expect(await run('2026-11-23T07:01:00Z')).toEqual({ clearPurged: 2, flaggedPurged: 0 });
    const counts = await db.counts.orderBy('key').toArray();
    expect(counts.map(({ key, shift, agency, clear }) => ({ key, shift, agency, clear }))).toEqual([
      { key: '2026-11-23|11|BP3MI', shift: '2026-11-23 06:00', agency: 'BP3MI', clear: 1 },
      { key: '2026-11-23|11|IMIGRASI', shift: '2026-11-23 06:00', agency: 'IMIGRASI', clear: 1 },
    ]);
  });

  it('never purges a flagged screening before the case system acknowledged it, and purges it N days after', async () => {
    const { db, store, run } = await setup();
    const s = screening({
      outcome: 'REFER_BP3MI',
      createdAt: '2026-11-23T04:00:00.000Z',
      linkedPersonIds: ['lp-9'],
    });
    await store.saveFinal(s, [{ id: 'lp-9', name: 'Ibu Sari', role: 'sponsor', createdAt: s.createdAt }]);
    expect(await run('2027-03-01T00:00:00Z')).toEqual({ clearPurged: 0, flaggedPurged: 0 });
    await db.outbox.update(`${s.id}:1`, { state: 'sending', attempts: 1 });
    expect(await run('2027-03-01T00:00:00Z')).toEqual({ clearPurged: 0, flaggedPurged: 0 });
    await db.outbox.update(`${s.id}:1`, {
      state: 'acknowledged',
      acknowledgedAt: '2026-11-24T00:00:00.000Z',
    });
    expect(await run('2026-11-30T23:59:00Z')).toEqual({ clearPurged: 0, flaggedPurged: 0 });
    expect(await run('2026-12-01T00:00:00Z')).toEqual({ clearPurged: 0, flaggedPurged: 1 });
    expect(await db.screenings.count()).toBe(0);
    expect(await store.listLinkedPersons()).toEqual([]);
  });

  it('waits for every revision of an amended flagged screening to be acknowledged', async () => {
    const { db, store, run } = await setup();
    const s = await store.saveFinal(
      screening({ outcome: 'INTERVIEW', createdAt: '2026-11-23T04:00:00.000Z' }),
    );
    await store.saveFinal({ ...s, outcome: 'CLEAR' });
    await db.outbox.update(`${s.id}:1`, {
      state: 'acknowledged',
      acknowledgedAt: '2026-11-23T05:00:00.000Z',
    });
    // Revision 2 (cleared) is still pending: neither rule may purge it.
    expect(await run('2026-12-20T00:00:00Z')).toEqual({ clearPurged: 0, flaggedPurged: 0 });
    await db.outbox.update(`${s.id}:2`, {
      state: 'acknowledged',
      acknowledgedAt: '2026-11-23T06:00:00.000Z',
    });
    expect(await run('2026-12-20T00:00:00Z')).toEqual({ clearPurged: 0, flaggedPurged: 1 });
  });
});
