import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { saveShiftStarts } from '../../../src/storage/checkpoint-settings.ts';
import { auditSince } from '../../../src/storage/audit-log.ts';
import { shiftStartsOf } from '../../../src/core/time/shifts.ts';
import { collectShiftCounts } from '../../../src/sync/dexie-extras.ts';
import { createScreeningStore } from '../../../src/storage/screening-repository.ts';
import { enrolledSession, screening } from './store-fixtures.ts';

const NOW = new Date('2026-11-23T09:00:00Z');

describe("the checkpoint's shift start times", () => {
  it('are changed by a shift lead, stored on the device and audited with the old and new times', async () => {
    const { db, session } = await enrolledSession();
    const result = await saveShiftStarts(db, session, ['06:00', '14:00', '22:00'], NOW);
    expect(result).toMatchObject({ ok: true, device: { shiftStarts: ['06:00', '14:00', '22:00'] } });
    expect(shiftStartsOf((await db.device.get('device'))!)).toEqual(['06:00', '14:00', '22:00']);
    const trail = await auditSince(db, session.keys, 0);
    expect(trail.at(-1)).toMatchObject({
      action: 'settings-changed',
      officerId: 'LEAD01',
      target: 'shiftStarts',
      details: { before: ['07:00', '15:00', '23:00'], after: ['06:00', '14:00', '22:00'] },
    });
  });

  it('are refused to an officer who is not a shift lead, and nothing changes', async () => {
    const { db, session } = await enrolledSession();
    const officer = { ...session, officer: { ...session.officer, role: 'officer' as const } };
    const before = await db.audit.count();
    expect(await saveShiftStarts(db, officer, ['06:00'], NOW)).toEqual({
      ok: false,
      error: 'store.settings.notLead',
    });
    expect(shiftStartsOf((await db.device.get('device'))!)).toEqual(['07:00', '15:00', '23:00']);
    expect(await db.audit.count()).toBe(before);
  });

  it('refuse a bad definition, naming which start is wrong, and keep the stored one', async () => {
    const { db, session } = await enrolledSession();
    expect(await saveShiftStarts(db, session, ['07:00', '06:00'], NOW)).toEqual({
      ok: false,
      error: 'shifts.error.order',
      index: 1,
    });
    expect(await saveShiftStarts(db, session, ['07:00', '24:00'], NOW)).toMatchObject({
      error: 'shifts.error.format',
      index: 1,
    });
    expect(await saveShiftStarts(db, session, [], NOW)).toEqual({ ok: false, error: 'shifts.error.count' });
    expect(await saveShiftStarts(db, session, [{}, null], NOW)).toMatchObject({
      error: 'shifts.error.format',
    });
    expect(shiftStartsOf((await db.device.get('device'))!)).toEqual(['07:00', '15:00', '23:00']);
  });

  it('decide the shift of the counts made after the change', async () => {
    const { db, session } = await enrolledSession();
    const store = createScreeningStore(db, session.keys, {
      officerId: 'LEAD01',
      zone: 'WIB',
      now: () => NOW,
    });
    // 06:30 WIB: the night shift from 23:00 under the default starts, the 06:00 shift after the change.
    await store.saveFinal(screening({ createdAt: '2026-11-22T23:30:00.000Z', outcome: 'CLEAR' }));
    const saved = await saveShiftStarts(db, session, ['06:00', '18:00'], NOW);
    if (!saved.ok) throw new Error(saved.error);
    const place = {
      airport: 'PLM',
      checkpoint: 'PRE-XRAY-INTL',
      agency: 'IMIGRASI' as const,
      zone: 'WIB' as const,
    };
    const counts = await collectShiftCounts(db, { ...place, shiftStarts: shiftStartsOf(saved.device) }, NOW);
    expect(counts.map((c) => [c.day, c.shift, c.clear])).toEqual([['2026-11-23', '06:00', 1]]);
  });
});
