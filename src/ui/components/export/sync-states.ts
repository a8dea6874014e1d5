import type { SyncState } from '../../../core/export/export-table.ts';
import { appDb, type SaringDb } from '../../../storage/db.ts';

const STATE: Record<'pending' | 'sending' | 'acknowledged' | 'rejected', SyncState> = {
  pending: 'pending',
  sending: 'sent',
  acknowledged: 'acknowledged',
  rejected: 'rejected',
};

/** Upload state of each screening's latest queued revision, read from the outbox (states are not personal data). */
export async function loadSyncStates(
  ids: readonly string[],
  db: SaringDb = appDb(),
): Promise<Record<string, SyncState>> {
  if (ids.length === 0) return {};
  const rows = await db.outbox
    .where('screeningId')
    .anyOf([...ids])
    .toArray();
  const latest = new Map<string, { revision: number; state: SyncState }>();
  for (const row of rows) {
    const known = latest.get(row.screeningId);
    if (!known || row.revision > known.revision)
      latest.set(row.screeningId, { revision: row.revision, state: STATE[row.state] });
  }
  return Object.fromEntries([...latest].map(([id, v]) => [id, v.state]));
}
