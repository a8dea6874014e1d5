import { liveQuery } from 'dexie';
import type { SaringDb, OutboxRow } from '../storage/db.ts';
import type { StoreKeys } from '../storage/crypto.ts';
import { readLinkedPersons, readScreeningRevision } from '../storage/screening-repository.ts';
import type { ScreeningUpload } from './contract.ts';
import type { OutboxCounts, OutboxEntry, OutboxPort } from './outbox-port.ts';

const toEntry = (row: OutboxRow): OutboxEntry => ({
  id: row.id,
  screeningId: row.screeningId,
  revision: row.revision,
  state: row.state,
  attempts: row.attempts,
  nextAttemptAt: row.nextAttemptAt,
  ...(row.lastError !== undefined ? { lastError: row.lastError } : {}),
  createdAt: Date.parse(row.createdAt),
  ...(row.acknowledgedAt ? { acknowledgedAt: Date.parse(row.acknowledgedAt) } : {}),
});

/** The outbox in the device's IndexedDB (rows written by the store in the same transaction as the screening). */
export class DexieOutbox implements OutboxPort {
  constructor(
    private readonly db: SaringDb,
    private readonly keys: StoreKeys,
  ) {}

  async listDue(now: number, limit: number): Promise<OutboxEntry[]> {
    const rows = await this.db.outbox
      .where('[state+nextAttemptAt]')
      .between(['pending', -Infinity], ['pending', now], true, true)
      .toArray();
    rows.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    return rows.slice(0, limit).map(toEntry);
  }
  async recoverInterrupted(): Promise<number> {
    return this.db.outbox.where('state').equals('sending').modify({ state: 'pending' });
  }
  async markSending(ids: string[]): Promise<void> {
    await this.db.outbox.where('id').anyOf(ids).modify({ state: 'sending' });
  }
  async markAcknowledged(ids: string[], at: number): Promise<void> {
    const acknowledgedAt = new Date(at).toISOString();
    await this.db.outbox
      .where('id')
      .anyOf(ids)
      .modify((row) => {
        row.state = 'acknowledged';
        row.acknowledgedAt = acknowledgedAt;
        delete row.lastError;
      });
  }
  async markRejected(id: string, reason: string): Promise<void> {
    await this.db.outbox.update(id, { state: 'rejected', lastError: reason });
  }
  async markRetry(id: string, nextAttemptAt: number, reason: string): Promise<void> {
    await this.db.outbox
      .where('id')
      .equals(id)
      .modify((row) => {
        row.state = 'pending';
        row.attempts += 1;
        row.nextAttemptAt = nextAttemptAt;
        row.lastError = reason;
      });
  }
  async markPending(ids: string[]): Promise<void> {
    await this.db.outbox.where('id').anyOf(ids).modify({ state: 'pending' });
  }
  async loadPayload(entry: OutboxEntry): Promise<ScreeningUpload | undefined> {
    const screening = await readScreeningRevision(this.db, this.keys, entry.screeningId, entry.revision);
    if (!screening) return undefined;
    const linkedPersons = await readLinkedPersons(this.db, this.keys, screening.linkedPersonIds);
    return { screening, linkedPersons };
  }
  async counts(): Promise<OutboxCounts> {
    const count = (state: OutboxRow['state']) => this.db.outbox.where('state').equals(state).count();
    const [pending, sending, acknowledged, rejected] = await Promise.all(
      (['pending', 'sending', 'acknowledged', 'rejected'] as const).map(count),
    );
    return { pending: pending!, sending: sending!, acknowledged: acknowledged!, rejected: rejected! };
  }
  async listRejected(limit: number): Promise<OutboxEntry[]> {
    const rows = await this.db.outbox.where('state').equals('rejected').toArray();
    rows.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    return rows.slice(0, limit).map(toEntry);
  }
  async requeue(id: string, now: number): Promise<boolean> {
    const changed = await this.db.outbox
      .where('id')
      .equals(id)
      .and((row) => row.state === 'rejected')
      .modify((row) => {
        row.state = 'pending';
        row.attempts = 0;
        row.nextAttemptAt = now;
        delete row.lastError;
      });
    return changed > 0;
  }
  async nextDueAt(): Promise<number | undefined> {
    const first = await this.db.outbox
      .where('[state+nextAttemptAt]')
      .between(['pending', -Infinity], ['pending', Infinity])
      .first();
    return first?.nextAttemptAt;
  }
}

/**
 * Calls `onQueued` when the number of pending outbox rows grows (a flagged screening was saved, in this tab or
 * another). Dexie's liveQuery re-runs the count after every committed write to the outbox.
 */
export function watchOutboxWrites(db: SaringDb, onQueued: () => void): () => void {
  let previous: number | undefined;
  const subscription = liveQuery(() => db.outbox.where('state').equals('pending').count()).subscribe({
    next: (count) => {
      if (previous !== undefined && count > previous) onQueued();
      previous = count;
    },
    error: () => undefined,
  });
  return () => subscription.unsubscribe();
}
