import type { EnrolRequest } from './contract.ts';
import { runOutbox, type Progress, type RunReport } from './outbox-engine.ts';
import type { OutboxCounts, OutboxPort } from './outbox-port.ts';
import { pullReference, type CatalogueCheck, type ReferencePort } from './reference-pull.ts';
import type { SyncClient } from './sync-client.ts';

/** What the Sync screen shows. */
export type SyncStatus = {
  running: boolean;
  progress: Progress | null;
  counts: OutboxCounts;
  /** Epoch ms of the last run that reached the receiver and left nothing due. */
  lastSuccessAt: number | null;
  /** Rejected entries and why (an i18n key or the receiver's code). */
  failures: { id: string; reason: string }[];
  /** Why the last run stopped early, if it did. */
  lastError: string | null;
  enrolled: boolean;
  /** The receiver refused the token: enrol again. */
  needsEnrolment: boolean;
  lastReport: RunReport | null;
  /** Sums over every run since the app was unlocked. */
  totals: { sent: number; accepted: number; duplicates: number; retried: number; rejected: number };
};

export type SyncServiceOptions = {
  port: OutboxPort;
  client: SyncClient;
  reference?: ReferencePort | undefined;
  checkCatalogue?: CatalogueCheck | undefined;
  hasToken: () => boolean;
  saveToken: (token: string | null) => Promise<void>;
  /** Marks the sync as work an app update must wait for; returns the release. */
  holdBusy: (reason: string) => () => void;
  /** Web Locks, when the browser has them: one sender across tabs. */
  locks?: LockManager | undefined;
  lastSuccess?: { load: () => Promise<number | null>; save: (at: number) => Promise<void> };
  /** Further uploads after the outbox is empty (shift counts, audit log); resolves with an error code or null. */
  afterOutbox?: () => Promise<string | null>;
  batchSize?: number;
  now?: () => number;
};

/** The name of the cross-tab lock held while sending. */
export const SYNC_LOCK = 'saring-sync';

/** The app's sync: one sender, status for the screen, enrolment. */
export type SyncService = ReturnType<typeof createSyncService>;

/** Builds the sync service; call `syncNow()` from every trigger, it coalesces. */
export function createSyncService(options: SyncServiceOptions) {
  const now = options.now ?? Date.now;
  const listeners = new Set<(status: SyncStatus) => void>();
  let status: SyncStatus = {
    running: false,
    progress: null,
    counts: { pending: 0, sending: 0, acknowledged: 0, rejected: 0 },
    lastSuccessAt: null,
    failures: [],
    lastError: null,
    enrolled: options.hasToken(),
    needsEnrolment: false,
    lastReport: null,
    totals: { sent: 0, accepted: 0, duplicates: 0, retried: 0, rejected: 0 },
  };
  let inFlight: Promise<void> | null = null;
  // On a slow link a full batch can outlast the timeout every time; halve it after a timeout, grow it back on success.
  const maxBatch = options.batchSize ?? 100;
  let batchSize = maxBatch;
  let again = false;

  const publish = (patch: Partial<SyncStatus>): void => {
    status = { ...status, ...patch };
    for (const listener of listeners) listener(status);
  };

  async function refresh(): Promise<void> {
    const [counts, rejected, lastSuccessAt] = await Promise.all([
      options.port.counts(),
      options.port.listRejected(50),
      options.lastSuccess ? options.lastSuccess.load() : Promise.resolve(status.lastSuccessAt),
    ]);
    publish({
      counts,
      failures: rejected.map((e) => ({ id: e.id, reason: e.lastError ?? 'sync.error.rejected' })),
      lastSuccessAt,
      enrolled: options.hasToken(),
    });
  }

  async function runLocked(): Promise<void> {
    if (!options.hasToken()) {
      await refresh();
      return;
    }
    const release = options.holdBusy('sync');
    publish({ running: true, progress: null });
    try {
      // A captive portal or a proxy answers anything; the receiver echoes a fresh nonce. Checking first costs no
      // attempts and lets the screen say "sign in to the Wi-Fi" instead of counting failures.
      const health = await options.client.health(globalThis.crypto.randomUUID());
      if (!health.ok) {
        publish({ lastError: health.reason, needsEnrolment: false });
        return;
      }
      const report = await runOutbox({
        port: options.port,
        client: options.client,
        batchSize,
        now,
        onProgress: (progress) => {
          publish({ progress });
          // Counts by state come from the outbox itself, so the screen sees entries move to 'sending' and on.
          void refresh();
        },
      });
      batchSize =
        report.lastError === 'sync.error.timeout'
          ? Math.max(1, Math.floor(batchSize / 2))
          : report.stoppedFor
            ? batchSize
            : Math.min(maxBatch, batchSize * 2);
      let lastError = report.stoppedFor ? (report.lastError ?? null) : null;
      if (!report.stoppedFor && options.reference) {
        const pulled = await pullReference(
          options.client,
          options.reference,
          options.checkCatalogue ?? (() => ({ ok: false, error: 'sync.error.badCatalogue' })),
        );
        if (!pulled.ok) lastError = pulled.reason;
      }
      if (!report.stoppedFor && options.afterOutbox) lastError = (await options.afterOutbox()) ?? lastError;
      if (!report.stoppedFor) {
        const at = now();
        await options.lastSuccess?.save(at);
        publish({ lastSuccessAt: at });
      }
      const t = status.totals;
      publish({
        lastReport: report,
        lastError,
        needsEnrolment: report.stoppedFor === 'unauthorized',
        totals: {
          sent: t.sent + report.sent,
          accepted: t.accepted + report.accepted,
          duplicates: t.duplicates + report.duplicates,
          retried: t.retried + report.retried,
          rejected: t.rejected + report.rejected + report.conflicts,
        },
      });
    } finally {
      release();
      publish({ running: false });
      await refresh();
    }
  }

  async function withLock(): Promise<void> {
    if (!options.locks) return runLocked();
    // ifAvailable: when another tab is already sending, this one has nothing to add.
    await options.locks.request(SYNC_LOCK, { ifAvailable: true }, async (lock) => {
      if (lock) await runLocked();
    });
  }

  /** Runs a sync now, or once more right after the one in progress. */
  function syncNow(): Promise<void> {
    if (inFlight) {
      again = true;
      return inFlight;
    }
    inFlight = (async () => {
      do {
        again = false;
        await withLock().catch((error: unknown) => publish({ lastError: String(error) }));
      } while (again);
    })().finally(() => {
      inFlight = null;
    });
    return inFlight;
  }

  return {
    syncNow,
    refresh,
    status: (): SyncStatus => status,
    /** Entries per upload the next run will use (smaller after timeouts). */
    batchSize: (): number => batchSize,
    /** Calls `listener` on every change; returns the unsubscribe. */
    subscribe(listener: (s: SyncStatus) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Exchanges a shift lead's code for a device token and keeps it; returns an error code on failure. */
    async enrol(request: EnrolRequest): Promise<{ ok: true } | { ok: false; reason: string }> {
      const result = await options.client.enrol(request);
      if (!result.ok) return { ok: false, reason: result.reason };
      await options.saveToken(result.value.deviceToken);
      publish({ enrolled: true, needsEnrolment: false });
      void syncNow();
      return { ok: true };
    },
  };
}
