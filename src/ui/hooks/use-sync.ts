import { useEffect, useState } from 'preact/hooks';
import { parseCatalogue } from '../../core/checklist/catalogue-schema.ts';
import { shiftStartsOf } from '../../core/time/shifts.ts';
import { holdBusy } from '../../pwa/busy.ts';
import type { SaringDb } from '../../storage/db.ts';
import type { UnlockedSession } from '../../storage/officers.ts';
import { DexieOutbox, watchOutboxWrites } from '../../sync/dexie-outbox.ts';
import { uploadCountsAndAudit } from '../../sync/dexie-extras.ts';
import { appendAudit } from '../../storage/audit-log.ts';
import { DexieCaseStates } from '../../sync/case-states.ts';
import { DexieReference, META, dexieRevocation, dexieTokenStorage } from '../../sync/dexie-reference.ts';
import { TokenKeeper } from '../../sync/token-keeper.ts';
import { createSyncClient } from '../../sync/sync-client.ts';
import { createSyncService, type SyncService, type SyncStatus } from '../../sync/sync-service.ts';
import { registerBackgroundSync, startSyncTriggers } from '../../sync/sync-triggers.ts';
import { useUnlocked } from './use-unlocked.ts';

type Running = { service: SyncService; stop: () => void };

/** The receiver's origin; empty means the app's own origin (the receiver serves the app). */
const RECEIVER = (import.meta.env.VITE_RECEIVER_URL as string | undefined) ?? '';

async function buildService(db: SaringDb, unlocked: UnlockedSession): Promise<Running> {
  const tokens = await new TokenKeeper(dexieTokenStorage(db, unlocked.keys)).load();
  const client = createSyncClient({ baseUrl: RECEIVER, getToken: () => tokens.current() });
  const service = createSyncService({
    port: new DexieOutbox(db, unlocked.keys),
    reference: new DexieReference(db, unlocked.keys),
    checkCatalogue: (body) => {
      const parsed = parseCatalogue(body);
      return parsed.ok ? { ok: true, value: parsed.catalogue } : { ok: false, error: String(parsed.error) };
    },
    client,
    tokens,
    revocation: dexieRevocation(db),
    caseStates: new DexieCaseStates(db),
    appVersion: import.meta.env.VITE_APP_VERSION ?? '0.1.0',
    audit: async ({ officerId, action, target, reason }) =>
      void (await appendAudit(db, unlocked.keys, { officerId, action, target, details: { reason } })),
    afterOutbox: () =>
      uploadCountsAndAudit(db, client, {
        airport: unlocked.device.airport,
        checkpoint: unlocked.device.checkpoint,
        agency: unlocked.device.agency ?? unlocked.officer.agency,
        zone: unlocked.device.zone,
        shiftStarts: shiftStartsOf(unlocked.device),
      }),
    holdBusy,
    locks: typeof navigator !== 'undefined' ? navigator.locks : undefined,
    lastSuccess: {
      load: async () => {
        const row = await db.meta.get(META.lastSuccess);
        return typeof row?.value === 'number' ? row.value : null;
      },
      save: async (at) => void (await db.meta.put({ key: META.lastSuccess, value: at })),
    },
  });
  const sync = (): void => {
    void service.syncNow().then(() => {
      // Entries still waiting: let the browser wake us when the network is back (where it can).
      if (service.status().counts.pending > 0) void registerBackgroundSync();
    });
  };
  // End-to-end tests read the status directly (the same switch SessionGate uses to expose the store).
  if (globalThis.localStorage?.getItem('saring.e2eHooks') === '1') {
    (globalThis as { __saringSync?: SyncService }).__saringSync = service;
  }
  const stopTriggers = startSyncTriggers(sync);
  const stopWatch = watchOutboxWrites(db, sync);
  return {
    service,
    stop: () => {
      stopTriggers();
      stopWatch();
    },
  };
}

let current: { unlocked: UnlockedSession; ready: Promise<Running> } | null = null;

/** The one sync service of an unlocked session (built on first use, shared by every component). */
function ensureService(db: SaringDb, unlocked: UnlockedSession): Promise<Running> {
  if (current?.unlocked !== unlocked) {
    const previous = current;
    current = { unlocked, ready: buildService(db, unlocked) };
    void previous?.ready.then((old) => old.stop());
  }
  return current.ready;
}

/** The sync service of the unlocked session, started with its triggers; null while it starts. */
export function useSyncService(): SyncService | null {
  const { db, unlocked } = useUnlocked();
  const [service, setService] = useState<SyncService | null>(null);
  useEffect(() => {
    let live = true;
    void ensureService(db, unlocked).then((built) => {
      if (live) setService(built.service);
    });
    return () => {
      live = false;
    };
  }, [db, unlocked]);
  return service;
}

/** The service's status, re-rendering on every change. */
export function useSyncStatus(service: SyncService | null): SyncStatus | null {
  const [status, setStatus] = useState<SyncStatus | null>(service?.status() ?? null);
  useEffect(() => {
    if (!service) return;
    setStatus(service.status());
    void service.refresh();
    return service.subscribe(setStatus);
  }, [service]);
  return status;
}

/** Stops the sync triggers of a session that ended (the app was locked). */
export function stopSync(unlocked: UnlockedSession): void {
  if (current?.unlocked !== unlocked) return;
  void current.ready.then((built) => built.stop());
  current = null;
}
