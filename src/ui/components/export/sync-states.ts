import { liveQuery } from 'dexie';
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

/**
 * Follows the outbox: calls `onChange` with the states now and again after every write to it (a record the receiver
 * acknowledges while the list is open changes from "waiting" to "received"). Returns the unsubscribe function.
 */
export function watchSyncStates(
  ids: readonly string[],
  onChange: (states: Record<string, SyncState>) => void,
  db: SaringDb = appDb(),
): () => void {
  const subscription = liveQuery(() => loadSyncStates(ids, db)).subscribe({
    next: onChange,
    // Without the outbox (another database in tests) rows fall back to "waiting" / "tablet only".
    error: () => onChange({}),
  });
  return () => subscription.unsubscribe();
}
