import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { SaringDb, SCHEMA_V1 } from '../../../src/storage/db.ts';

describe('database upgrades', () => {
  it('opens a version 1 database with the current version and keeps every record, with the new indexes working', async () => {
    const name = `migrate-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    const bytes = new Uint8Array([1, 2, 3]);
    const rows = Array.from({ length: 50 }, (_, i) => ({
      id: `s${i}`,
      revision: 1,
      latest: 1,
      createdAt: `2026-11-23T0${i % 10}:00:00.000Z`,
      createdDay: i % 2 ? '2026-11-23' : '2026-11-22',
      outcome: 'CLEAR',
      flagged: 0,
      officerId: 'A',
      linkedPersonIds: [],
      passportIdx: `idx${i}`,
      data: bytes,
    }));
    await v1.table('screenings').bulkAdd(rows);
    await v1.table('outbox').add({
      id: 's1:1',
      screeningId: 's1',
      revision: 1,
      state: 'pending',
      attempts: 0,
      nextAttemptAt: 5,
      createdAt: 'x',
    });
    await v1.table('audit').add({
      seq: 1,
      at: 'x',
      officerId: 'A',
      action: 'enrol',
      target: 'd',
      prevHash: '0',
      hash: 'h',
      details: null,
    });
    v1.close();

    const db = new SaringDb(name);
    await db.open();
    expect(db.verno).toBe(2);
    expect(await db.screenings.count()).toBe(50);
    expect(await db.screenings.where('[latest+createdDay]').equals([1, '2026-11-23']).count()).toBe(25);
    expect(
      await db.outbox.where('[state+nextAttemptAt]').between(['pending', 0], ['pending', 10]).count(),
    ).toBe(1);
    expect((await db.screenings.get(['s7', 1]))?.data).toEqual(bytes);
    expect(await db.audit.count()).toBe(1);
    db.close();
  });
});
