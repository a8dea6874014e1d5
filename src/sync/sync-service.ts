import { pullCaseStates, type CaseStatePort } from './case-states.ts';
import type { AuthError, EnrolRequest } from './contract.ts';
import { runOutbox, type Progress, type RunReport } from './outbox-engine.ts';
import type { OutboxCounts, OutboxPort } from './outbox-port.ts';
import { pullReference, type CatalogueCheck, type ReferencePort } from './reference-pull.ts';
import type { SyncClient } from './sync-client.ts';
import type { TokenKeeper } from './token-keeper.ts';

/** One record the receiver refused, kept on the tablet until a shift lead sends it again. */
export type QuarantinedRecord = {
  /** Outbox entry id (`${screeningId}:${revision}`). */
  id: string;
  screeningId: string;
  revision: number;
  /** An i18n key or the receiver's own code. */
  reason: string;
  /** Epoch ms the revision was queued. */
  queuedAt: number;
};

/** What the Sync screen shows. */
export type SyncStatus = {
  running: boolean;
  progress: Progress | null;
  counts: OutboxCounts;
  /** Epoch ms of the last run that reached the receiver and left nothing due. */
  lastSuccessAt: number | null;
  /** Rejected entries and why (an i18n key or the receiver's code). */
  failures: QuarantinedRecord[];
  /** Why the last run stopped early, if it did. */
  lastError: string | null;
  enrolled: boolean;
  /** The receiver refused the token (unknown or expired): enrol again. */
  needsEnrolment: boolean;
  /** The receiver says this tablet has been revoked: it stops syncing for good. */
  revoked: boolean;
  lastReport: RunReport | null;
  /** Sums over every run since the app was unlocked. */
  totals: { sent: number; accepted: number; duplicates: number; retried: number; rejected: number };
};

/** Who asks to send a quarantined record again. */
export type Actor = { id: string; role: 'officer' | 'shift_lead' };

export type SyncServiceOptions = {
  port: OutboxPort;
  client: SyncClient;
  reference?: ReferencePort | undefined;
  checkCatalogue?: CatalogueCheck | undefined;
  caseStates?: CaseStatePort | undefined;
  /** The device token (with its rotation fallback), loaded. */
  tokens: TokenKeeper;
  /** Whether the receiver revoked this tablet, kept across restarts. */
  revocation?: { load: () => Promise<boolean>; save: (revoked: boolean) => Promise<void> };
  /** Reported to the receiver at the end of each sync (POST /device-status). */
  appVersion?: string;
  /** Writes a device audit entry (a quarantined record sent again). */
  audit?: (entry: {
    officerId: string;
    action: 'sync-resend';
    target: string;
    reason: string;
  }) => Promise<void>;
  /** Marks the sync as work an app update must wait for; returns the release. */
  holdBusy: (reason: string) => () => void;
  /** Web Locks, when the browser has them: one sender across tabs. */
  locks?: LockManager | undefined;
  lastSuccess?: { load: () => Promise<number | null>; save: (at: number) => Promise<void> };
  /** Further uploads after the outbox (shift counts, audit log); resolves with an error code or null. */
  afterOutbox?: (() => Promise<string | null>) | undefined;
  batchSize?: number;
  now?: () => number;
};

/** Reasons after which nothing else is worth trying in this run: the receiver cannot be reached at all. */
const UNREACHABLE = new Set(['sync.error.network', 'sync.error.timeout']);

/** The name of the cross-tab lock held while sending. */
export const SYNC_LOCK = 'saring-sync';

/** The app's sync: one sender, status for the screen, enrolment. */
export type SyncService = ReturnType<typeof createSyncService>;

/** Builds the sync service; call `syncNow()` from every trigger, it coalesces. */
export function createSyncService(options: SyncServiceOptions) {
  const now = options.now ?? Date.now;
  const tokens = options.tokens;
  const listeners = new Set<(status: SyncStatus) => void>();
  let status: SyncStatus = {
    running: false,
    progress: null,
    counts: { pending: 0, sending: 0, acknowledged: 0, rejected: 0 },
    lastSuccessAt: null,
    failures: [],
    lastError: null,
    enrolled: tokens.current() !== null,
    needsEnrolment: false,
    revoked: false,
    lastReport: null,
    totals: { sent: 0, accepted: 0, duplicates: 0, retried: 0, rejected: 0 },
  };
  let inFlight: Promise<void> | null = null;
  // On a slow link a full batch can outlast the timeout every time; halve it after a timeout, grow it back on success.
  const maxBatch = options.batchSize ?? 100;
  let batchSize = maxBatch;
  let again = false;
  // The first refusal of the token in a run; every call after it is pointless until it is dealt with.
  let authFailure: AuthError | null = null;

  const publish = (patch: Partial<SyncStatus>): void => {
    status = { ...status, ...patch };
    for (const listener of listeners) listener(status);
  };

  /** The client, watching every authenticated answer: a success proves the current token, a 401 says why not. */
  const watch = <A extends unknown[], R extends { ok: boolean; kind?: string; reason?: string }>(
    call: (...args: A) => Promise<R>,
  ) => {
    return async (...args: A): Promise<R> => {
      const result = await call(...args);
      if (result.ok) await tokens.confirmed();
      else if (result.kind === 'unauthorized') authFailure ??= result.reason as AuthError;
      return result;
    };
  };
  const client: SyncClient = {
    ...options.client,
    uploadScreenings: watch(options.client.uploadScreenings),
    uploadAudit: watch(options.client.uploadAudit),
    uploadCounts: watch(options.client.uploadCounts),
    pullWatchlist: watch(options.client.pullWatchlist),
    pullCatalogue: watch(options.client.pullCatalogue),
    pullCaseStates: watch(options.client.pullCaseStates),
    rotateToken: watch(options.client.rotateToken),
    reportStatus: watch(options.client.reportStatus),
  };

  async function refresh(): Promise<void> {
    const [counts, rejected, lastSuccessAt, revoked] = await Promise.all([
      options.port.counts(),
      options.port.listRejected(200),
      options.lastSuccess ? options.lastSuccess.load() : Promise.resolve(status.lastSuccessAt),
      options.revocation ? options.revocation.load() : Promise.resolve(status.revoked),
    ]);
    publish({
      counts,
      failures: rejected.map((e) => ({
        id: e.id,
        screeningId: e.screeningId,
        revision: e.revision,
        reason: e.lastError ?? 'sync.error.rejected',
        queuedAt: e.createdAt,
      })),
      lastSuccessAt,
      revoked,
      enrolled: tokens.current() !== null,
    });
  }

  /** Deals with a refused token; true when the run should start over with the fallback token. */
  async function onAuthFailure(reason: AuthError): Promise<boolean> {
    if (reason === 'sync.error.revoked') {
      await options.revocation?.save(true);
      publish({ revoked: true, needsEnrolment: false, lastError: reason });
      return false;
    }
    // A rotated token refused: the old one is still valid for a day (the new one was never used).
    if (await tokens.fallBack()) return true;
    publish({ needsEnrolment: true, lastError: reason });
    return false;
  }

  /** Renews a token older than a day; a lost answer changes nothing (the old token is kept until then). */
  async function rotateIfDue(): Promise<void> {
    if (!tokens.dueForRotation(now())) return;
    const rotated = await client.rotateToken();
    if (rotated.ok) await tokens.rotated(rotated.value.deviceToken, now(), rotated.value.expiresAt);
    else if (rotated.kind === 'rejected' && rotated.status === 404) await tokens.postpone(now());
  }

  /** One pass: outbox, token renewal, reference and case-state pulls, counts and audit, device status. */
  async function pass(): Promise<'again' | 'done'> {
    authFailure = null;
    const report = await runOutbox({
      port: options.port,
      client,
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
        ? Math.max(1, Math.floor(report.batchSize / 2))
        : report.stoppedFor
          ? report.batchSize
          : Math.min(maxBatch, report.batchSize * 2);
    let lastError = report.stoppedFor ? (report.lastError ?? null) : null;
    // A record the receiver will not take never holds back the rest: counts, audit and pulls still run.
    const reachable = !authFailure && !(report.lastError && UNREACHABLE.has(report.lastError));
    if (reachable) await rotateIfDue();
    if (reachable && !authFailure && options.reference) {
      const pulled = await pullReference(
        client,
        options.reference,
        options.checkCatalogue ?? (() => ({ ok: false, error: 'sync.error.badCatalogue' })),
      );
      if (!pulled.ok) lastError = pulled.reason;
    }
    if (reachable && !authFailure && options.caseStates) {
      const pulled = await pullCaseStates(client, options.caseStates);
      if (!pulled.ok) lastError = pulled.reason;
    }
    if (reachable && !authFailure && options.afterOutbox)
      lastError = (await options.afterOutbox()) ?? lastError;
    if (reachable && !authFailure) {
      const counts = await options.port.counts();
      // Best effort: an older receiver (404) or a lost answer only means the console shows an older figure.
      await client.reportStatus({
        appVersion: options.appVersion ?? 'unknown',
        pending: Math.min(counts.pending + counts.sending, 2 ** 31 - 1),
        rejected: Math.min(counts.rejected, 2 ** 31 - 1),
      });
    }
    const t = status.totals;
    publish({
      lastReport: report,
      lastError,
      totals: {
        sent: t.sent + report.sent,
        accepted: t.accepted + report.accepted,
        duplicates: t.duplicates + report.duplicates,
        retried: t.retried + report.retried,
        rejected: t.rejected + report.rejected + report.conflicts,
      },
    });
    const failure = authFailure as AuthError | null;
    if (failure) return (await onAuthFailure(failure)) ? 'again' : 'done';
    publish({ needsEnrolment: false });
    if (!report.stoppedFor) {
      const at = now();
      await options.lastSuccess?.save(at);
      publish({ lastSuccessAt: at });
    }
    return 'done';
  }

  async function runLocked(): Promise<void> {
    const revoked = options.revocation ? await options.revocation.load() : status.revoked;
    if (revoked || tokens.current() === null) {
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
        publish({ lastError: health.reason });
        return;
      }
      // At most once more, with the fallback token after a rotated one was refused.
      if ((await pass()) === 'again') await pass();
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
    /** Entries per upload the next run will use (smaller after timeouts and 413s). */
    batchSize: (): number => batchSize,
    /** Calls `listener` on every change; returns the unsubscribe. */
    subscribe(listener: (s: SyncStatus) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /**
     * A shift lead sends a quarantined record again (after its cause was fixed); audited. Officers are refused.
     * Returns an i18n key on refusal.
     */
    async resend(entryId: string, actor: Actor): Promise<{ ok: true } | { ok: false; reason: string }> {
      if (actor.role !== 'shift_lead') return { ok: false, reason: 'sync.quarantine.leadOnly' };
      const record = status.failures.find((f) => f.id === entryId);
      if (!(await options.port.requeue(entryId, now()))) return { ok: false, reason: 'sync.quarantine.gone' };
      await options.audit?.({
        officerId: actor.id,
        action: 'sync-resend',
        target: entryId,
        reason: record?.reason ?? 'sync.error.rejected',
      });
      await refresh();
      void syncNow();
      return { ok: true };
    },
    /**
     * Exchanges a shift lead's code for a device token and keeps it; returns an error code on failure. A tablet that
     * held a token proves it with `previousToken`, so the receiver re-enrols the same device id.
     */
    async enrol(request: EnrolRequest): Promise<{ ok: true } | { ok: false; reason: string }> {
      const proof = tokens.proof();
      const result = await options.client.enrol({
        ...request,
        ...(proof && request.previousToken === undefined ? { previousToken: proof } : {}),
      });
      if (!result.ok) {
        if (result.reason === 'sync.error.revoked') {
          await options.revocation?.save(true);
          publish({ revoked: true });
        }
        return { ok: false, reason: result.reason };
      }
      await tokens.replace(result.value.deviceToken, now(), result.value.expiresAt);
      publish({ enrolled: true, needsEnrolment: false, lastError: null });
      void syncNow();
      return { ok: true };
    },
  };
}
