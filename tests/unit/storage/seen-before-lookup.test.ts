import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createScreeningStore } from '../../../src/storage/screening-repository.ts';
import { lookupSeenBefore, seenBeforeAudit } from '../../../src/storage/seen-before-lookup.ts';
import { Dexie } from 'dexie';
import { SaringDb, SCHEMA_V4 } from '../../../src/storage/db.ts';
import { enrolledSession, screening } from './store-fixtures.ts';

const NOW = new Date('2026-11-23T09:00:00Z'); // 16:00 WIB
const TODAY = '2026-11-23';

async function setup() {
  const { db, session } = await enrolledSession();
  const store = createScreeningStore(db, session.keys, { officerId: 'LEAD01', zone: 'WIB', now: () => NOW });
  return { db, session, store };
}

const agent = { id: 'lp-joko', name: 'Pak Joko', role: 'agent' as const, createdAt: '2026-11-20T01:00:00Z' };

describe('seen before on this tablet', () => {
  it('counts the screenings of the same passport today, so the third one in a day is marked as a repeat', async () => {
    const { db, session, store } = await setup();
    await store.saveFinal(screening({ passportNumber: 'C4729183', createdAt: '2026-11-23T02:00:00Z' }));
    await store.saveFinal(
      screening({ passportNumber: 'c 4729-183', createdAt: '2026-11-23T05:00:00Z', outcome: 'INTERVIEW' }),
    );
    await store.saveFinal(screening({ passportNumber: 'X1111111', createdAt: '2026-11-23T05:30:00Z' }));
    const facts = await lookupSeenBefore(db, session.keys, 'C4729183', TODAY);
    expect(facts?.today.map((v) => v.outcome)).toEqual(['INTERVIEW', 'CLEAR']);
    expect(facts?.visitToday).toBe(3);
    expect(facts?.repeated).toBe(true);
    expect(facts?.officerNames).toEqual({ LEAD01: 'Rina Lestari' });
  });

  it('shows a flagged screening of an earlier day but not a clear one, and only the newest revision', async () => {
    const { db, session, store } = await setup();
    const old = screening({
      passportNumber: 'C4729183',
      createdAt: '2026-10-02T02:00:00Z',
      outcome: 'INTERVIEW',
    });
    await store.saveFinal(old);
    await store.saveFinal({ ...old, outcome: 'DELAY_DEPARTURE' });
    await store.saveFinal(screening({ passportNumber: 'C4729183', createdAt: '2026-11-01T02:00:00Z' }));
    const facts = await lookupSeenBefore(db, session.keys, 'C4729183', TODAY);
    expect(facts?.today).toEqual([]);
    expect(facts?.flaggedBefore.map((v) => [v.day, v.outcome])).toEqual([['2026-10-02', 'DELAY_DEPARTURE']]);
    expect(facts?.repeated).toBe(false);
  });

  it('names a linked handler who accompanied other passengers, counting each other passport once', async () => {
    const { db, session, store } = await setup();
    await store.saveFinal(screening({ passportNumber: 'C4729183', linkedPersonIds: [agent.id] }), [agent]);
    await store.saveFinal(screening({ passportNumber: 'B2000001', linkedPersonIds: [agent.id] }));
    await store.saveFinal(
      screening({
        passportNumber: 'B2000002',
        createdAt: '2026-11-22T01:00:00Z',
        linkedPersonIds: [agent.id],
      }),
    );
    await store.saveFinal(screening({ passportNumber: 'B2000002', linkedPersonIds: [agent.id] }));
    const facts = await lookupSeenBefore(db, session.keys, 'C4729183', TODAY);
    expect(facts?.handlers).toEqual([
      expect.objectContaining({ name: 'Pak Joko', role: 'agent', otherPassengers: 2 }),
    ]);
  });

  it('finds nothing for a passport never screened here, and has nothing to audit', async () => {
    const { db, session, store } = await setup();
    await store.saveFinal(screening({ passportNumber: 'X1111111' }));
    const facts = await lookupSeenBefore(db, session.keys, 'C4729183', TODAY);
    expect(facts).toMatchObject({
      today: [],
      flaggedBefore: [],
      handlers: [],
      visitToday: 1,
      repeated: false,
    });
    expect(seenBeforeAudit(facts!)).toBeNull();
  });

  it('names in its audit entry which earlier screenings and linked persons the officer was shown', async () => {
    const { db, session, store } = await setup();
    const s = screening({ passportNumber: 'C4729183', outcome: 'REFER_BP3MI', linkedPersonIds: [agent.id] });
    await store.saveFinal(s, [agent]);
    await store.saveFinal(screening({ passportNumber: 'B2000001', linkedPersonIds: [agent.id] }));
    const facts = await lookupSeenBefore(db, session.keys, 'C4729183', TODAY);
    expect(seenBeforeAudit(facts!)).toEqual({
      action: 'seen-before',
      target: s.id,
      details: { screenings: [s.id], linkedPersons: [agent.id] },
    });
  });

  it('does not look up a passport number too short to be one', async () => {
    const { db, session } = await setup();
    expect(await lookupSeenBefore(db, session.keys, 'C47', TODAY)).toBeNull();
  });

  it('keeps no passport number in clear in the screenings table', async () => {
    const { db, store } = await setup();
    await store.saveFinal(screening({ passportNumber: 'C4729183' }));
    const raw = JSON.stringify(await db.screenings.toArray(), (_k, v: unknown) =>
      v instanceof Uint8Array ? '' : v,
    );
    expect(raw).not.toContain('C4729183');
  });

  it('upgrades a version 4 database to the linked-person index without losing screenings', async () => {
    const name = `upgrade-${Math.random()}`;
    const old = new Dexie(name);
    old.version(4).stores(SCHEMA_V4);
    await old.open();
    await old.table('screenings').add({
      id: 'a',
      revision: 1,
      latest: 1,
      createdAt: '2026-11-23T01:00:00Z',
      createdDay: '2026-11-23',
      outcome: 'CLEAR',
      flagged: 0,
      officerId: 'LEAD01',
      linkedPersonIds: ['lp-1'],
      passportIdx: 'x',
      data: new Uint8Array(1),
    });
    old.close();
    const upgraded = new SaringDb(name);
    expect(await upgraded.screenings.where('linkedPersonIds').equals('lp-1').count()).toBe(1);
    upgraded.close();
  });
});
