import type { ScreeningUpload } from './contract.ts';
import type { OutboxCounts, OutboxEntry, OutboxPort } from './outbox-port.ts';

/** An OutboxPort kept in memory: for tests, the benchmark, and a device without storage yet. */
export class MemoryOutbox implements OutboxPort {
  readonly entries = new Map<string, OutboxEntry>();
  readonly payloads = new Map<string, ScreeningUpload>();

  /** Queues a screening revision, as the store does in the same transaction as the save. */
  add(upload: ScreeningUpload, now: number): OutboxEntry {
    const { id: screeningId, revision } = upload.screening;
    const entry: OutboxEntry = {
      id: `${screeningId}:${revision}`,
      screeningId,
      revision,
      state: 'pending',
      attempts: 0,
      nextAttemptAt: now,
      createdAt: now,
    };
    this.entries.set(entry.id, entry);
    this.payloads.set(entry.id, upload);
    return entry;
  }

  async listDue(now: number, limit: number): Promise<OutboxEntry[]> {
    const due = [...this.entries.values()].filter((e) => e.state === 'pending' && e.nextAttemptAt <= now);
    due.sort((a, b) => a.createdAt - b.createdAt);
    return due.slice(0, limit).map((e) => ({ ...e }));
  }
  async recoverInterrupted(): Promise<number> {
    let n = 0;
    for (const e of this.entries.values()) {
      if (e.state !== 'sending') continue;
      e.state = 'pending';
      n += 1;
    }
    return n;
  }
  async markSending(ids: string[]): Promise<void> {
    for (const id of ids) this.update(id, { state: 'sending' });
  }
  async markAcknowledged(ids: string[], at: number): Promise<void> {
    for (const id of ids)
      this.update(id, { state: 'acknowledged', acknowledgedAt: at, lastError: undefined });
  }
  async markRejected(id: string, reason: string): Promise<void> {
    this.update(id, { state: 'rejected', lastError: reason });
  }
  async markRetry(id: string, nextAttemptAt: number, reason: string): Promise<void> {
    const entry = this.entries.get(id);
    if (entry)
      this.update(id, { state: 'pending', attempts: entry.attempts + 1, nextAttemptAt, lastError: reason });
  }
  async markPending(ids: string[]): Promise<void> {
    for (const id of ids) this.update(id, { state: 'pending' });
  }
  async loadPayload(entry: OutboxEntry): Promise<ScreeningUpload | undefined> {
    return this.payloads.get(entry.id);
  }
  async counts(): Promise<OutboxCounts> {
    const counts: OutboxCounts = { pending: 0, sending: 0, acknowledged: 0, rejected: 0 };
    for (const e of this.entries.values()) counts[e.state] += 1;
    return counts;
  }
  async listRejected(limit: number): Promise<OutboxEntry[]> {
    return [...this.entries.values()]
      .filter((e) => e.state === 'rejected')
      .sort((a, b) => b.createdAt - a.createdAt)
      .slice(0, limit);
  }
  async requeue(id: string, now: number): Promise<boolean> {
    if (this.entries.get(id)?.state !== 'rejected') return false;
    this.update(id, { state: 'pending', attempts: 0, nextAttemptAt: now, lastError: undefined });
    return true;
  }
  async nextDueAt(): Promise<number | undefined> {
    const times = [...this.entries.values()].filter((e) => e.state === 'pending').map((e) => e.nextAttemptAt);
    return times.length > 0 ? Math.min(...times) : undefined;
  }

  private update(id: string, patch: Partial<OutboxEntry>): void {
    const entry = this.entries.get(id);
    if (entry) this.entries.set(id, { ...entry, ...patch });
  }
}
