import { describe, expect, it } from 'vitest';
import { SaringDb } from '../../../../src/storage/db.ts';
import { loadSyncStates } from '../../../../src/ui/components/export/sync-states.ts';

describe('the sync state column', () => {
  it("shows the outbox state of each screening's latest revision", async () => {
    const db = new SaringDb(`export-sync-${Math.random()}`);
    const row = (
      screeningId: string,
      revision: number,
      state: 'pending' | 'sending' | 'acknowledged' | 'rejected',
    ) => ({
      id: `${screeningId}:${revision}`,
      screeningId,
      revision,
      state,
      attempts: 0,
      nextAttemptAt: 0,
      createdAt: '2026-11-23T01:00:00.000Z',
    });
    await db.outbox.bulkPut([
      row('a', 1, 'acknowledged'),
      row('a', 2, 'pending'),
      row('b', 1, 'acknowledged'),
      row('c', 1, 'rejected'),
    ]);
    expect(await loadSyncStates(['a', 'b', 'c', 'd'], db)).toEqual({
      a: 'pending',
      b: 'acknowledged',
      c: 'rejected',
    });
    db.close();
  });
});
