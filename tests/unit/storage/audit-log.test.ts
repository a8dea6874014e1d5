import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { appendAudit, auditSince, verifyChain } from '../../../src/storage/audit-log.ts';
import { encryptJson } from '../../../src/storage/crypto.ts';
import type { SaringDb } from '../../../src/storage/db.ts';
import { signIn } from '../../../src/storage/officers.ts';
import { runRetention } from '../../../src/storage/retention.ts';
import { createScreeningStore } from '../../../src/storage/screening-repository.ts';
import { enrolledSession, LEAD, screening } from './store-fixtures.ts';

async function withEntries() {
  const { db, session } = await enrolledSession();
  for (const target of ['a', 'b', 'c']) {
    await appendAudit(db, session.keys, {
      officerId: 'LEAD01',
      action: 'export',
      target,
      details: { rows: 3 },
    });
  }
  return { db, session };
}

describe('the audit trail', () => {
  it('verifies an untouched chain and hands entries after a sequence number to sync, details decrypted', async () => {
    const { db, session } = await withEntries();
    const check = await verifyChain(db);
    expect(check).toEqual({ ok: true, length: await db.audit.count() });
    const last = await db.audit.orderBy('seq').last();
    const since = await auditSince(db, session.keys, last!.seq - 2);
    expect(since.map((e) => [e.action, e.target, e.details])).toEqual([
      ['export', 'b', { rows: 3 }],
      ['export', 'c', { rows: 3 }],
    ]);
  });

  it('reports where an entry was altered', async () => {
    const { db } = await withEntries();
    const victim = (await db.audit.toArray()).find((e) => e.target === 'b')!;
    await db.audit.update(victim.seq, { officerId: 'SOMEONE-ELSE' });
    expect(await verifyChain(db)).toEqual({ ok: false, problem: 'link', brokenAt: victim.seq });
  });

  it('reports where an entry was removed from the middle', async () => {
    const { db } = await withEntries();
    const victim = (await db.audit.toArray()).find((e) => e.target === 'b')!;
    await db.audit.delete(victim.seq);
    expect(await verifyChain(db)).toEqual({ ok: false, problem: 'link', brokenAt: victim.seq + 1 });
  });

  it('reports a rewritten entry even when its own hash was recomputed', async () => {
    const { db } = await withEntries();
    const rows = await db.audit.toArray();
    const victim = rows.find((e) => e.target === 'a')!;
    const { entryHash } = await import('../../../src/storage/audit-log.ts');
    const { hash: _old, ...rest } = { ...victim, action: 'view' as const };
    await db.audit.put({ ...rest, hash: await entryHash(rest) });
    expect(await verifyChain(db)).toEqual({ ok: false, problem: 'link', brokenAt: victim.seq + 1 });
  });

  it('keeps appends from racing each other', async () => {
    const { db, session } = await enrolledSession();
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        appendAudit(db, session.keys, { officerId: 'LEAD01', action: 'view', target: `r${i}` }),
      ),
    );
    expect(await verifyChain(db)).toMatchObject({ ok: true });
  });
});

/** An enrolled device whose log holds `n` exports after enrolment and sign-in. */
async function withLog(n: number) {
  const { db, session } = await enrolledSession();
  for (let i = 0; i < n; i += 1) {
    await appendAudit(db, session.keys, { officerId: 'LEAD01', action: 'export', target: `file-${i}` });
  }
  return { db, session, total: await db.audit.count() };
}

/** Deletes the newest `k` entries the way someone with the raw database could. */
async function deleteNewest(db: SaringDb, k: number): Promise<void> {
  const newest = await db.audit.orderBy('seq').reverse().limit(k).primaryKeys();
  await db.audit.bulkDelete(newest);
}

describe('the audit trail head', () => {
  it('is moved and sealed with every append made while unlocked', async () => {
    const { db, session, total } = await withLog(4);
    const head = await db.auditHead.get('head');
    const last = await db.audit.orderBy('seq').last();
    expect(head).toMatchObject({ seq: total, hash: last!.hash });
    expect(head!.seal).toBeInstanceOf(Uint8Array);
    expect(await verifyChain(db, session.keys)).toEqual({ ok: true, length: total });
  });

  it('reports entries deleted from the end as missing, not as a broken link', async () => {
    const { db, session, total } = await withLog(8);
    await deleteNewest(db, 3);
    expect(await verifyChain(db, session.keys)).toEqual({
      ok: false,
      problem: 'truncated',
      length: total - 3,
      expected: total,
    });
    // Without the keys the comparison with the head still holds (only the seal is not checked).
    expect(await verifyChain(db)).toMatchObject({ ok: false, problem: 'truncated' });
  });

  it('reports a log emptied entirely', async () => {
    const { db, session, total } = await withLog(2);
    await db.audit.clear();
    expect(await verifyChain(db, session.keys)).toEqual({
      ok: false,
      problem: 'truncated',
      length: 0,
      expected: total,
    });
  });

  it('still reports a broken link first when the middle was altered', async () => {
    const { db, session } = await withLog(8);
    const victim = (await db.audit.toArray()).find((e) => e.target === 'file-3')!;
    await db.audit.update(victim.seq, { target: 'file-X' });
    expect(await verifyChain(db, session.keys)).toEqual({ ok: false, problem: 'link', brokenAt: victim.seq });
  });

  it('keeps the evidence when the app goes on appending after a truncation', async () => {
    const { db, session, total } = await withLog(6);
    await deleteNewest(db, 3);
    await appendAudit(db, session.keys, { officerId: 'LEAD01', action: 'view', target: 'after-1' });
    expect(await verifyChain(db, session.keys)).toEqual({
      ok: false,
      problem: 'truncated',
      length: total - 2,
      expected: total,
    });
    for (const target of ['after-2', 'after-3', 'after-4']) {
      await appendAudit(db, session.keys, { officerId: 'LEAD01', action: 'view', target });
    }
    // Longer than before, but the entry the head names was replaced.
    expect(await verifyChain(db, session.keys)).toEqual({ ok: false, problem: 'head', length: total + 1 });
  });

  it('reports a head rewritten without the key, or deleted, to hide a truncation', async () => {
    const { db, session } = await withLog(5);
    await deleteNewest(db, 2);
    const last = (await db.audit.orderBy('seq').last())!;
    const head = (await db.auditHead.get('head'))!;
    await db.auditHead.put({ ...head, seq: last.seq, hash: last.hash });
    expect(await verifyChain(db, session.keys)).toMatchObject({ ok: false, problem: 'head' });
    await db.auditHead.clear();
    expect(await verifyChain(db, session.keys)).toMatchObject({ ok: false, problem: 'head' });
    // The next append does not quietly start a new head over the shortened log.
    await appendAudit(db, session.keys, { officerId: 'LEAD01', action: 'view', target: 'later' });
    expect(await db.auditHead.get('head')).toBeUndefined();
    expect(await verifyChain(db, session.keys)).toMatchObject({ ok: false, problem: 'head' });
  });

  it("refuses a head sealed with another device's key", async () => {
    const { db, session } = await withLog(2);
    const other = await enrolledSession();
    const head = (await db.auditHead.get('head'))!;
    const foreign = await encryptJson(other.session.keys, { seq: head.seq, hash: head.hash }, 'audit-head');
    await db.auditHead.put({ ...head, seal: foreign });
    expect(await verifyChain(db, session.keys)).toMatchObject({ ok: false, problem: 'head' });
  });

  it('seals entries appended while locked (a wrong PIN) at the next sign-in', async () => {
    const { db } = await withLog(1);
    expect(await signIn(db, LEAD.id, '000111', new Date(0))).toMatchObject({ ok: false });
    const locked = (await db.audit.orderBy('seq').last())!;
    expect(locked.action).toBe('sign-in-failed');
    expect((await db.auditHead.get('head'))!.seq).toBe(locked.seq - 1);
    const again = await signIn(db, LEAD.id, LEAD.pin);
    if (!again.ok) throw new Error(again.error);
    const total = await db.audit.count();
    expect((await db.auditHead.get('head'))!.seq).toBe(total);
    expect(await verifyChain(db, again.session.keys)).toEqual({ ok: true, length: total });
    await deleteNewest(db, 2);
    expect(await verifyChain(db, again.session.keys)).toMatchObject({ ok: false, problem: 'truncated' });
  });

  it('keeps verifying after retention purges records (audit entries are never purged)', async () => {
    const { db, session } = await enrolledSession();
    const store = createScreeningStore(db, session.keys, { officerId: 'LEAD01', zone: 'WIB' });
    await store.saveFinal(screening({ outcome: 'CLEAR', createdAt: '2026-11-23T04:10:00.000Z' }));
    const before = await db.audit.count();
    const result = await runRetention(db, session.keys, {
      officerId: 'LEAD01',
      zone: 'WIB',
      now: new Date('2026-11-23T08:01:00Z'),
    });
    expect(result.clearPurged).toBe(1);
    expect(await verifyChain(db, session.keys)).toEqual({ ok: true, length: before + 1 });
  });
});
