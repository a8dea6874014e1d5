import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { appendAudit, auditSince, verifyChain } from '../../../src/storage/audit-log.ts';
import { enrolledSession } from './store-fixtures.ts';

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
    expect(await verifyChain(db)).toEqual({ ok: false, brokenAt: victim.seq });
  });

  it('reports where an entry was removed from the middle', async () => {
    const { db } = await withEntries();
    const victim = (await db.audit.toArray()).find((e) => e.target === 'b')!;
    await db.audit.delete(victim.seq);
    expect(await verifyChain(db)).toEqual({ ok: false, brokenAt: victim.seq + 1 });
  });

  it('reports a rewritten entry even when its own hash was recomputed', async () => {
    const { db } = await withEntries();
    const rows = await db.audit.toArray();
    const victim = rows.find((e) => e.target === 'a')!;
    const { entryHash } = await import('../../../src/storage/audit-log.ts');
    const { hash: _old, ...rest } = { ...victim, action: 'view' as const };
    await db.audit.put({ ...rest, hash: await entryHash(rest) });
    expect(await verifyChain(db)).toEqual({ ok: false, brokenAt: victim.seq + 1 });
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
