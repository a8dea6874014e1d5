import { backoffDelay, DEFAULT_BACKOFF, type BackoffOptions } from './backoff.ts';
import type { ScreeningUpload } from './contract.ts';
import type { OutboxEntry, OutboxPort } from './outbox-port.ts';
import type { SyncClient } from './sync-client.ts';

/** What one run of the engine did. */
export type RunReport = {
  /** Items put on the wire (an item sent twice counts twice). */
  sent: number;
  accepted: number;
  /** Items the receiver already held: a repeat delivery absorbed. */
  duplicates: number;
  conflicts: number;
  rejected: number;
  /** Entries scheduled for a later try after a failure. */
  retried: number;
  /** Why the run stopped early: the receiver refused the token (lastError says why), or could not be reached. */
  stoppedFor?: 'unauthorized' | 'retry';
  lastError?: string;
  /** Entries per upload at the end of the run (halved after each 413 of a batch). */
  batchSize: number;
};

/** Progress of a long upload: entries settled so far out of those due when the run began. */
export type Progress = { done: number; total: number };

export type EngineOptions = {
  port: OutboxPort;
  client: Pick<SyncClient, 'uploadScreenings'>;
  batchSize?: number;
  backoff?: BackoffOptions;
  now?: () => number;
  random?: () => number;
  onProgress?: (progress: Progress) => void;
};

/** Delivers due outbox entries in batches until none are due or the receiver cannot be reached. */
export async function runOutbox(options: EngineOptions): Promise<RunReport> {
  const { port, client } = options;
  let batchSize = Math.max(1, options.batchSize ?? 100);
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const report: RunReport = {
    sent: 0,
    accepted: 0,
    duplicates: 0,
    conflicts: 0,
    rejected: 0,
    retried: 0,
    batchSize,
  };

  await port.recoverInterrupted();
  const total = (await port.counts()).pending;
  let done = 0;
  const progress = (settled: number): void => {
    done += settled;
    options.onProgress?.({ done, total: Math.max(total, done) });
  };
  options.onProgress?.({ done: 0, total });

  const retryAll = async (entries: OutboxEntry[], reason: string): Promise<void> => {
    for (const entry of entries) {
      const delay = backoffDelay(entry.attempts + 1, random(), backoff);
      await port.markRetry(entry.id, now() + delay, reason);
    }
    report.retried += entries.length;
    report.stoppedFor = 'retry';
    report.lastError = reason;
  };

  for (;;) {
    const due = await port.listDue(now(), batchSize);
    if (due.length === 0) return report;
    await port.markSending(due.map((e) => e.id));
    // Report again so a screen re-reads the outbox and shows these entries as 'sending'.
    options.onProgress?.({ done, total: Math.max(total, done) });

    const items: ScreeningUpload[] = [];
    const sending: OutboxEntry[] = [];
    for (const entry of due) {
      const payload = await port.loadPayload(entry);
      if (payload) {
        items.push(payload);
        sending.push(entry);
      } else {
        await port.markRejected(entry.id, 'sync.error.missing');
        report.rejected += 1;
        progress(1);
      }
    }
    if (items.length === 0) continue;

    report.sent += items.length;
    const result = await client.uploadScreenings(items);
    if (!result.ok && result.kind === 'unauthorized') {
      await port.markPending(sending.map((e) => e.id));
      report.stoppedFor = 'unauthorized';
      report.lastError = result.reason;
      return report;
    }
    if (!result.ok && result.kind === 'tooLarge' && sending.length > 1) {
      // Too much at once for the receiver (or a proxy): the same entries go again in smaller batches.
      await port.markPending(sending.map((e) => e.id));
      batchSize = Math.max(1, Math.floor(sending.length / 2));
      report.batchSize = batchSize;
      continue;
    }
    if (!result.ok && result.kind === 'tooLarge') {
      if (result.fromReceiver) {
        await port.markRejected(sending[0]!.id, result.reason);
        report.rejected += 1;
        progress(1);
        continue;
      }
      await retryAll(sending, 'sync.error.notReceiver');
      return report;
    }
    if (!result.ok && result.kind === 'retry') {
      await retryAll(sending, result.reason);
      return report;
    }
    if (!result.ok) {
      // The batch as a whole was refused: send one at a time so a single bad item cannot sink the others.
      if (sending.length > 1) {
        await port.markPending(sending.map((e) => e.id));
        const single = await runSingles(sending, options, report, progress, retryAll);
        if (single) return report;
        continue;
      }
      await port.markRejected(sending[0]!.id, result.reason);
      report.rejected += 1;
      progress(1);
      continue;
    }
    const settled = await settle(sending, result.value.results, port, now(), report);
    progress(settled.done);
    if (settled.missing.length > 0) {
      await retryAll(settled.missing, 'sync.error.incompleteAnswer');
      return report;
    }
  }
}

/** Applies per-item results; entries the answer did not mention are returned for a retry. */
async function settle(
  entries: OutboxEntry[],
  results: { id: string; revision: number; status: string; reason?: string | undefined }[],
  port: OutboxPort,
  at: number,
  report: RunReport,
): Promise<{ done: number; missing: OutboxEntry[] }> {
  const byKey = new Map(results.map((r) => [`${r.id}:${r.revision}`, r]));
  const acknowledged: string[] = [];
  const missing: OutboxEntry[] = [];
  let done = 0;
  for (const entry of entries) {
    const result = byKey.get(`${entry.screeningId}:${entry.revision}`);
    if (!result) {
      missing.push(entry);
      continue;
    }
    done += 1;
    if (result.status === 'accepted' || result.status === 'duplicate') {
      acknowledged.push(entry.id);
      if (result.status === 'accepted') report.accepted += 1;
      else report.duplicates += 1;
    } else if (result.status === 'conflict') {
      await port.markRejected(entry.id, 'sync.error.conflict');
      report.conflicts += 1;
    } else {
      await port.markRejected(entry.id, result.reason ?? 'sync.error.rejected');
      report.rejected += 1;
    }
  }
  if (acknowledged.length > 0) await port.markAcknowledged(acknowledged, at);
  return { done, missing };
}

/** Sends entries one by one after a batch-level refusal; returns true when the run must stop. */
async function runSingles(
  entries: OutboxEntry[],
  options: EngineOptions,
  report: RunReport,
  progress: (n: number) => void,
  retryAll: (entries: OutboxEntry[], reason: string) => Promise<void>,
): Promise<boolean> {
  const { port, client } = options;
  const now = options.now ?? Date.now;
  for (const entry of entries) {
    const payload = await port.loadPayload(entry);
    if (!payload) continue;
    await port.markSending([entry.id]);
    report.sent += 1;
    const result = await client.uploadScreenings([payload]);
    if (result.ok) {
      const settled = await settle([entry], result.value.results, port, now(), report);
      progress(settled.done);
      if (settled.missing.length > 0) {
        await retryAll(settled.missing, 'sync.error.incompleteAnswer');
        return true;
      }
    } else if (result.kind === 'rejected' || (result.kind === 'tooLarge' && result.fromReceiver)) {
      await port.markRejected(entry.id, result.reason);
      report.rejected += 1;
      progress(1);
    } else if (result.kind === 'unauthorized') {
      await port.markPending([entry.id]);
      report.stoppedFor = 'unauthorized';
      report.lastError = result.reason;
      return true;
    } else {
      await retryAll([entry], result.reason);
      return true;
    }
  }
  return false;
}
