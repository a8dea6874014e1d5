import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createScreeningStore } from '../../../src/storage/screening-repository.ts';
import { verifyChain } from '../../../src/storage/audit-log.ts';
import { StoreError } from '../../../src/storage/store-errors.ts';
import { enrolledSession, screening } from './store-fixtures.ts';

async function setup() {
  const { db, session } = await enrolledSession();
  const store = createScreeningStore(db, session.keys, {
    officerId: session.officer.id,
    zone: 'WIB',
    now: () => new Date('2026-11-23T04:00:00Z'),
  });
  return { db, session, store };
}

describe('the screening store', () => {
  it('saves a flagged screening with its outbox entry, linked person and audit entry, and removes the draft', async () => {
    const { db, store } = await setup();
    const s = screening({ outcome: 'REFER_BP3MI', linkedPersonIds: ['lp-1'] });
    await store.saveDraft({ ...s, status: 'draft' });
    expect((await store.loadDraft())?.id).toBe(s.id);
    const saved = await store.saveFinal(s, [
      { id: 'lp-1', name: 'Pak Joko', role: 'agent', phone: '+628111', createdAt: s.createdAt },
    ]);
    expect(saved).toMatchObject({ id: s.id, revision: 1, status: 'final' });
    expect(await store.loadDraft()).toBeUndefined();
    const outbox = await db.outbox.toArray();
    expect(outbox).toEqual([
      expect.objectContaining({
        id: `${s.id}:1`,
        screeningId: s.id,
        revision: 1,
        state: 'pending',
        attempts: 0,
      }),
    ]);
    expect((await store.listLinkedPersons()).map((p) => p.name)).toEqual(['Pak Joko']);
    expect((await db.audit.toArray()).map((a) => a.action)).toContain('create');
    expect(await store.get(s.id)).toEqual(saved);
  });

  it('does not queue a CLEAR screening for the case system', async () => {
    const { db, store } = await setup();
    await store.saveFinal(screening({ outcome: 'CLEAR' }));
    expect(await db.outbox.count()).toBe(0);
  });

  it('keeps every revision of an amended screening and lists only the latest', async () => {
    const { db, store } = await setup();
    const s = screening({ outcome: 'INTERVIEW' });
    await store.saveFinal(s);
    const amended = await store.saveFinal({ ...s, outcome: 'REFER_BP3MI', note: 'Dokumen kontrak palsu' });
    expect(amended.revision).toBe(2);
    expect((await store.revisions(s.id)).map((r) => [r.revision, r.outcome])).toEqual([
      [1, 'INTERVIEW'],
      [2, 'REFER_BP3MI'],
    ]);
    expect((await store.listDay('2026-11-23')).map((r) => r.revision)).toEqual([2]);
    expect((await db.outbox.toArray()).map((o) => o.id).sort()).toEqual([`${s.id}:1`, `${s.id}:2`]);
    const amend = (await db.audit.toArray()).find((a) => a.action === 'amend');
    expect(amend?.target).toBe(s.id);
    expect(await verifyChain(db)).toMatchObject({ ok: true });
  });

  it('gives amendments saved at the same moment consecutive revisions, losing none', async () => {
    const { store } = await setup();
    const s = screening({ outcome: 'INTERVIEW' });
    await Promise.all([
      store.saveFinal(s),
      store.saveFinal({ ...s, note: 'b' }),
      store.saveFinal({ ...s, note: 'c' }),
    ]);
    expect((await store.revisions(s.id)).map((r) => [r.revision, r.note])).toEqual([
      [1, s.note],
      [2, 'b'],
      [3, 'c'],
    ]);
  });

  it('throws a draft away only when it is the one named, and audits it', async () => {
    const { db, store } = await setup();
    const s = screening();
    await store.saveDraft({ ...s, status: 'draft' });
    await store.discardDraft('another-id');
    expect((await store.loadDraft())?.id).toBe(s.id);
    await store.discardDraft(s.id);
    expect(await store.loadDraft()).toBeUndefined();
    expect((await db.audit.toArray()).filter((a) => a.action === 'discard')).toHaveLength(2);
  });

  it('finds a screening by exact passport number however typed, and by part of the name', async () => {
    const { store } = await setup();
    const wanted = screening({ passportNumber: 'X1234567', lastName: 'WIDODO' });
    await store.saveFinal(wanted);
    await store.saveFinal(screening({ passportNumber: 'B7654321', lastName: 'HARTONO' }));
    expect((await store.search('x 1234567')).map((r) => r.id)).toEqual([wanted.id]);
    expect((await store.search('widod')).map((r) => r.id)).toEqual([wanted.id]);
    expect(await store.search('X1234568')).toEqual([]);
  });

  it('finds by name what a night shift screened before midnight, and not last week by name', async () => {
    const { db, session } = await enrolledSession();
    const at = (iso: string) =>
      createScreeningStore(db, session.keys, { officerId: 'LEAD01', zone: 'WIB', now: () => new Date(iso) });
    // 23:30 WIB on the 22nd, searched at 01:00 WIB on the 23rd.
    await at('2026-11-22T16:30:00Z').saveFinal(
      screening({ lastName: 'MALAM', createdAt: '2026-11-22T16:30:00.000Z' }),
    );
    await at('2026-11-15T04:00:00Z').saveFinal(
      screening({ lastName: 'MALAMAN', createdAt: '2026-11-15T04:00:00.000Z', passportNumber: 'Q9988776' }),
    );
    const found = await at('2026-11-22T18:00:00Z').search('malam');
    expect(found.map((s) => s.passenger.lastName)).toEqual(['MALAM']);
    // The passport number still finds last week's record through the blind index.
    expect((await at('2026-11-22T18:00:00Z').search('Q9988776')).map((s) => s.passenger.lastName)).toEqual([
      'MALAMAN',
    ]);
  });

  it('lists a range for export, flagged only on request', async () => {
    const { store } = await setup();
    const clear = await store.saveFinal(
      screening({ outcome: 'CLEAR', createdAt: '2026-11-23T01:00:00.000Z' }),
    );
    const flagged = await store.saveFinal(
      screening({ outcome: 'DELAY_DEPARTURE', createdAt: '2026-11-23T02:00:00.000Z' }),
    );
    await store.saveFinal(screening({ outcome: 'INTERVIEW', createdAt: '2026-11-24T02:00:00.000Z' }));
    const range = ['2026-11-23T00:00:00.000Z', '2026-11-23T23:59:59.999Z'] as const;
    expect((await store.listRange(...range)).map((r) => r.id)).toEqual([clear.id, flagged.id]);
    expect((await store.listRange(...range, { flaggedOnly: true })).map((r) => r.id)).toEqual([flagged.id]);
  });

  it('refuses an invalid screening without writing anything', async () => {
    const { db, store } = await setup();
    const bad = { ...screening(), score: 'high' } as unknown as ReturnType<typeof screening>;
    await expect(store.saveFinal(bad)).rejects.toBeInstanceOf(StoreError);
    expect(await db.screenings.count()).toBe(0);
  });

  it('reports a full disk with a clear code and leaves nothing half-written', async () => {
    const { db, store } = await setup();
    const auditBefore = await db.audit.count();
    db.outbox.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const s = screening({ outcome: 'REFER_BP3MI' });
    await store.saveDraft(s);
    await expect(store.saveFinal(s)).rejects.toMatchObject({ code: 'store.error.quota' });
    expect(await db.screenings.count()).toBe(0);
    expect(await db.audit.count()).toBe(auditBefore);
    // The screening in hand is still there as a draft.
    expect((await store.loadDraft())?.id).toBe(s.id);
  });

  it('reopens a connection the browser closed and saves the screening in hand', async () => {
    const { db, store } = await setup();
    db.close({ disableAutoOpen: true });
    const saved = await store.saveFinal(screening());
    expect(await store.get(saved.id)).toEqual(saved);
  });
});
