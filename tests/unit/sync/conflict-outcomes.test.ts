import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { SaringDb, type OutboxRow } from '../../../src/storage/db.ts';
import { DexieCaseStates, pullCaseStates, readRecordConflicts } from '../../../src/sync/case-states.ts';
import type { ConflictOutcome } from '../../../src/sync/contract.ts';

const row = (over: Partial<OutboxRow>): OutboxRow => ({
  id: 's-1:1',
  screeningId: 's-1',
  revision: 1,
  state: 'rejected',
  attempts: 1,
  nextAttemptAt: 0,
  lastError: 'sync.error.conflict',
  createdAt: '2026-12-01T01:00:00.000Z',
  ...over,
});
const kept: ConflictOutcome = {
  id: 's-1',
  revision: 1,
  outcome: 'kept',
  acceptedRevision: null,
  resolvedAt: '2026-12-01T05:00:00.000Z',
};

describe('conflict outcomes pulled with the case states', () => {
  it('clears the refused outbox entry, remembers the outcome, and moves the cursor in one step', async () => {
    const db = new SaringDb(`conflicts-${Math.random()}`);
    await db.outbox.bulkPut([
      row({}),
      row({ id: 's-2:3', screeningId: 's-2', revision: 3 }),
      row({ id: 's-3:1', screeningId: 's-3', state: 'sending', lastError: undefined }),
    ]);
    expect(await readRecordConflicts(db, 's-1')).toEqual([
      { revision: 1, status: 'open', acceptedRevision: null, resolvedAt: null },
    ]);
    const port = new DexieCaseStates(db);
    await port.apply([], '42', [
      kept,
      {
        id: 's-2',
        revision: 3,
        outcome: 'accepted',
        acceptedRevision: 4,
        resolvedAt: '2026-12-01T06:00:00.000Z',
      },
      { ...kept, id: 's-3' },
      { ...kept, id: 'unknown' },
    ]);
    const s1 = await db.outbox.get('s-1:1');
    expect(s1).toMatchObject({ state: 'acknowledged', acknowledgedAt: kept.resolvedAt });
    expect(s1?.lastError).toBeUndefined();
    expect(await readRecordConflicts(db, 's-1')).toEqual([
      { revision: 1, status: 'kept', acceptedRevision: null, resolvedAt: kept.resolvedAt },
    ]);
    expect((await readRecordConflicts(db, 's-2'))[0]).toMatchObject({
      status: 'accepted',
      acceptedRevision: 4,
    });
    // An entry in flight is left to the outbox engine.
    expect((await db.outbox.get('s-3:1'))?.state).toBe('sending');
    expect(await port.cursor()).toBe('42');
    expect(await db.outbox.where('state').equals('rejected').count()).toBe(0);
  });

  it('passes the conflicts of every page to the port and counts them as changes', async () => {
    const seen: ConflictOutcome[][] = [];
    let cursor = '';
    const port = {
      cursor: async () => cursor,
      apply: async (_states: unknown[], next: string, conflicts: ConflictOutcome[]) => {
        seen.push(conflicts);
        cursor = next;
      },
    };
    const client = {
      pullCaseStates: async (at: string) => ({
        ok: true as const,
        value:
          at === ''
            ? { states: [], conflicts: [kept], cursor: '7', more: true }
            : { states: [], cursor: '7', more: false },
      }),
    };
    expect(await pullCaseStates(client, port)).toEqual({ ok: true, changes: 1, unsupported: false });
    expect(seen).toEqual([[kept]]);
  });
});
