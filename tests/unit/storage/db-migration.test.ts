import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { appendAudit, verifyChain } from '../../../src/storage/audit-log.ts';
import { SaringDb, SCHEMA_V1, SCHEMA_V2 } from '../../../src/storage/db.ts';
import { signIn } from '../../../src/storage/officers.ts';
import { enrolledSession, LEAD } from './store-fixtures.ts';

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
    expect(db.verno).toBe(5);
    expect(await db.caseStates.count()).toBe(0);
    expect(await db.screenings.count()).toBe(50);
    expect(await db.screenings.where('[latest+createdDay]').equals([1, '2026-11-23']).count()).toBe(25);
    expect(
      await db.outbox.where('[state+nextAttemptAt]').between(['pending', 0], ['pending', 10]).count(),
    ).toBe(1);
    expect((await db.screenings.get(['s7', 1]))?.data).toEqual(bytes);
    expect(await db.audit.count()).toBe(1);
    expect(await db.auditHead.get('head')).toEqual({ key: 'head', seq: 1, hash: 'h', seal: null });
    db.close();
  });

  it('gives an existing audit log a head at version 3: verified as intact, sealed at the next sign-in', async () => {
    // A device enrolled and used, its rows then laid down again in a version 2 database (no head table).
    const { db: used, session } = await enrolledSession();
    for (const target of ['a', 'b', 'c']) {
      await appendAudit(used, session.keys, { officerId: LEAD.id, action: 'export', target });
    }
    const rows = {
      device: await used.device.toArray(),
      officers: await used.officers.toArray(),
      audit: await used.audit.toArray(),
    };
    const name = used.name;
    used.close();
    await Dexie.delete(name);
    const v2 = new Dexie(name);
    v2.version(2).stores(SCHEMA_V2);
    for (const [table, list] of Object.entries(rows)) await v2.table(table).bulkAdd(list);
    v2.close();

    const db = new SaringDb(name);
    await db.open();
    expect(db.verno).toBe(5);
    const length = rows.audit.length;
    expect(await db.auditHead.get('head')).toMatchObject({ seq: length, seal: null });
    expect(await verifyChain(db)).toEqual({ ok: true, length });

    const signedIn = await signIn(db, LEAD.id, LEAD.pin);
    if (!signedIn.ok) throw new Error(signedIn.error);
    const head = await db.auditHead.get('head');
    expect(head).toMatchObject({ seq: length + 1 });
    expect(head?.seal).toBeInstanceOf(Uint8Array);
    expect(await verifyChain(db, signedIn.session.keys)).toEqual({ ok: true, length: length + 1 });
    // From now on, removing the newest entries shows.
    await db.audit.bulkDelete([length, length + 1]);
    expect(await verifyChain(db, signedIn.session.keys)).toEqual({
      ok: false,
      problem: 'truncated',
      length: length - 1,
      expected: length + 1,
    });
    db.close();
  });
});
