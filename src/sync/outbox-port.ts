import type { ScreeningUpload } from './contract.ts';

/** States of an outbox entry: waiting, in flight, stored by the receiver, or refused for a reason. */
export type OutboxState = 'pending' | 'sending' | 'acknowledged' | 'rejected';

/** One outbox entry: one revision of one flagged screening to deliver (id = `${screeningId}:${revision}`). */
export type OutboxEntry = {
  id: string;
  screeningId: string;
  revision: number;
  state: OutboxState;
  attempts: number;
  /** Epoch milliseconds before which the entry is not retried. */
  nextAttemptAt: number;
  lastError?: string;
  createdAt: number;
  acknowledgedAt?: number;
};

/** Counts by state for the Sync screen. */
export type OutboxCounts = { pending: number; sending: number; acknowledged: number; rejected: number };

/** The storage the outbox engine needs; the Dexie store and the in-memory test store both implement it. */
export interface OutboxPort {
  /** Entries in state pending whose nextAttemptAt ≤ now, oldest first. */
  listDue(now: number, limit: number): Promise<OutboxEntry[]>;
  /** Puts entries left in 'sending' (page closed mid-send) back to pending; called while holding the sync lock. */
  recoverInterrupted(): Promise<number>;
  markSending(ids: string[]): Promise<void>;
  markAcknowledged(ids: string[], at: number): Promise<void>;
  markRejected(id: string, reason: string): Promise<void>;
  /** Back to pending after a failed try: attempts + 1, retry not before nextAttemptAt. */
  markRetry(id: string, nextAttemptAt: number, reason: string): Promise<void>;
  /** Back to pending without counting an attempt (e.g. the device must enrol again first). */
  markPending(ids: string[]): Promise<void>;
  /** The payload of one entry (its screening revision and linked persons), or undefined when it is gone. */
  loadPayload(entry: OutboxEntry): Promise<ScreeningUpload | undefined>;
  counts(): Promise<OutboxCounts>;
  /** Rejected entries with their reasons, newest first. */
  listRejected(limit: number): Promise<OutboxEntry[]>;
  /**
   * A rejected entry back to pending, due at `now`, with its attempts reset (a shift lead sends it again once the
   * cause is fixed); false when the entry is not rejected (already requeued, or gone).
   */
  requeue(id: string, now: number): Promise<boolean>;
  /** Soonest nextAttemptAt of a pending entry, if any. */
  nextDueAt(): Promise<number | undefined>;
}
