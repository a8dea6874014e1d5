// The tablet's real outbox (the encrypted Dexie store, its outbox and the sync engine) against a real receiver process
// through more than 1,000 injected faults: server errors, timeouts, cut connections, captive portals, middlebox HTML
// error pages, answers lost after storing, duplicated deliveries, the tablet page dying mid-upload, and the receiver
// killed with SIGKILL. At the end it prints lost / duplicated / quarantined; only the records another tablet owns may
// be quarantined, and nothing acknowledged may be missing.
import 'fake-indexeddb/auto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReceiverApp } from '../../server/app.ts';
import { openDb, type Db } from '../../server/db.ts';
import { issueEnrolCode } from '../../server/repository.ts';
import { deriveStoreKeys, newMasterSecret, type StoreKeys } from '../../src/storage/crypto.ts';
import { SaringDb } from '../../src/storage/db.ts';
import { createScreeningStore } from '../../src/storage/screening-repository.ts';
import { DexieOutbox } from '../../src/sync/dexie-outbox.ts';
import { runOutbox } from '../../src/sync/outbox-engine.ts';
import { createSyncClient } from '../../src/sync/sync-client.ts';
import { makeScreening, seededRandom } from '../fixtures/screenings.ts';
import { FaultProxy, type Fault } from './fault-proxy.ts';
import { startPostgres, type PgTarget } from './pg-cluster.ts';
import { startReceiverProcess, type ReceiverProcess } from './receiver-process.ts';

const FAULT_TARGET = 1_000;
const KILLS_AT = [250, 500, 750];
const TIMEOUT_MS = 300;
const FOREIGN = 6;

let pg: PgTarget;
const temps: string[] = [];
beforeAll(async () => {
  pg = await startPostgres();
  if ('reason' in pg) console.warn(`PostgreSQL tests skipped: ${pg.reason}`);
}, 60_000);
afterAll(() => {
  if (pg.url) pg.stop();
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

// How often each fault is drawn; 'slow' costs a client timeout each, so it is rarer.
const WEIGHTS: [Fault, number][] = [
  ['500', 14],
  ['captive', 12],
  ['reset', 14],
  ['500-after', 12],
  ['reset-after', 12],
  ['duplicate', 12],
  ['html403', 8],
  ['html404', 8],
  ['html413', 8],
  ['slow', 4],
];
function drawFault(random: () => number): Fault {
  const total = WEIGHTS.reduce((sum, [, w]) => sum + w, 0);
  let at = random() * total;
  for (const [fault, weight] of WEIGHTS) {
    at -= weight;
    if (at < 0) return fault;
  }
  return '500';
}

/**
 * Before the receiver process starts: two devices enrolled, and the other tablet already holds FOREIGN records whose
 * ids the tablet under test will also use (the only records the receiver may rightly reject).
 */
async function seed(db: Db): Promise<{ token: string; foreignIds: string[] }> {
  const app = createReceiverApp({ db, rateLimitPerMinute: 1_000_000 });
  const enrol = async (deviceId: string) => {
    const res = await app.request('/api/v1/enrol', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code: await issueEnrolCode(db), deviceId, airport: 'PLM', checkpoint: 'X' }),
    });
    return ((await res.json()) as { deviceToken: string }).deviceToken;
  };
  const token = await enrol('DEV-1');
  const other = await enrol('DEV-OTHER');
  const foreignIds = Array.from({ length: FOREIGN }, (_, i) => `soak-foreign-${i}`);
  const res = await app.request('/api/v1/screenings', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${other}` },
    body: JSON.stringify({
      items: foreignIds.map((id) => ({
        screening: makeScreening({ id, deviceId: 'DEV-OTHER', outcome: 'INTERVIEW' }),
        linkedPersons: [],
      })),
    }),
  });
  expect(res.status).toBe(200);
  return { token, foreignIds };
}

for (const kind of ['pglite', 'postgres'] as const) {
  describe(`the tablet outbox through ${FAULT_TARGET}+ faults (${kind})`, () => {
    it('delivers every record once, quarantines only what another tablet owns, and loses nothing', async (ctx) => {
      if (kind === 'postgres' && !pg.url) return ctx.skip();
      const random = seededRandom(kind === 'pglite' ? 11 : 12);
      const dataDir = mkdtempSync(join(tmpdir(), 'saring-soak-'));
      temps.push(dataDir);
      const env: Record<string, string> =
        kind === 'postgres'
          ? { DATABASE_URL: pg.url as string, SARING_RATE_LIMIT_PER_MINUTE: '100000' }
          : { SARING_DATA_DIR: dataDir, SARING_RATE_LIMIT_PER_MINUTE: '100000' };
      const openOptions = kind === 'postgres' ? { databaseUrl: pg.url as string } : { dataDir };
      const seeding = await openDb(openOptions);
      const { token, foreignIds } = await seed(seeding);
      await seeding.close();

      let receiver: ReceiverProcess = await startReceiverProcess(env);
      let kills = 0;
      // The tablet's clock here is simulated, so while a receiver restarts the engine would spend its runs in no
      // time against a dead address; a real tablet's back-off outlasts a restart, so the next run waits for it.
      let restarting: Promise<void> | null = null;
      const proxy = new FaultProxy(receiver.url, {
        path: '/api/v1/screenings',
        slowMs: TIMEOUT_MS * 2,
        restart: async () => {
          // kill -9 while the batch is in flight, then a new process on the same data.
          restarting = (async () => {
            await receiver.stop('SIGKILL');
            receiver = await startReceiverProcess(env);
            proxy.target = receiver.url;
            kills += 1;
          })();
          await restarting;
          restarting = null;
        },
      });
      const proxyUrl = await proxy.start();

      // The tablet: its encrypted store and outbox in IndexedDB, which outlive the page.
      const dbName = `soak-${kind}-${Date.now()}`;
      const keys: StoreKeys = await deriveStoreKeys(newMasterSecret());
      let tabletDb = new SaringDb(dbName);
      let store = createScreeningStore(tabletDb, keys, { officerId: 'OFF-1', zone: 'WIB' });
      let outbox = new DexieOutbox(tabletDb, keys);
      const ids: string[] = [];
      const save = async (id: string) => {
        await store.saveFinal(
          makeScreening({ id, outcome: 'REFER_BP3MI', note: `rev at ${ids.length}`, deviceId: 'DEV-1' }),
        );
      };
      for (let i = 0; i < 120; i += 1) {
        const id = `soak-${kind}-${i}`;
        ids.push(id);
        await save(id);
      }
      for (const id of foreignIds) await save(id);

      // The page can die: its upload reaches the network, but nothing after it runs.
      let dieOnUpload = false;
      let onDeath: (() => void) | null = null;
      const pageFetch = ((input: string | URL | Request, init?: RequestInit) => {
        if (dieOnUpload && String(input).includes('/screenings')) {
          dieOnUpload = false;
          void fetch(input, init).catch(() => undefined);
          onDeath?.();
          return new Promise<Response>(() => undefined);
        }
        return fetch(input, init);
      }) as typeof fetch;
      const client = createSyncClient({
        baseUrl: proxyUrl,
        getToken: () => token,
        timeoutMs: TIMEOUT_MS,
        fetch: pageFetch,
      });

      const injected = () => proxy.seen.filter((f) => f !== 'pass').length;
      let now = Date.now();
      let runs = 0;
      let deaths = 0;
      let amended = 0;
      const kinds = new Map<string, number>();
      // Kills queued so far: each is queued once the fault count reaches its point, whatever else is queued then
      // (matching the count exactly skipped a kill whenever the previous one was still waiting in the queue).
      let killsQueued = 0;
      for (; runs < 5_000; runs += 1) {
        // Keep a queue of faults ahead of the requests; a receiver kill at set points.
        while (proxy.faults.length < 20) {
          const next = injected() + proxy.faults.filter((f) => f !== 'pass').length;
          const killAt = KILLS_AT[killsQueued];
          // The next kill waits until the previous receiver is up again: two restarts at once fight over its data.
          if (killAt !== undefined && kills === killsQueued && next >= killAt) {
            proxy.faults.push('restart');
            killsQueued += 1;
          } else proxy.faults.push(random() < 0.8 ? drawFault(random) : 'pass');
        }
        // Enough faults: stop drawing more, but a kill still queued stays (a slow restart on a loaded machine lets
        // the tablet burn through the rest of the faults against a dead receiver before the next kill's turn).
        const allKilled = kills === KILLS_AT.length;
        if (injected() >= FAULT_TARGET) proxy.faults = proxy.faults.filter((f) => f === 'restart');
        const counts = await outbox.counts();
        if (counts.pending === 0 && counts.sending === 0) {
          if (injected() >= FAULT_TARGET && allKilled) break;
          // Officers amend records while the network misbehaves: new revisions to deliver.
          for (let i = 0; i < 10; i += 1) {
            await save(ids[Math.floor(random() * ids.length)] as string);
            amended += 1;
          }
        }
        if (restarting) await restarting;
        const dies = runs % 9 === 4;
        dieOnUpload = dies;
        const death = new Promise<'died'>((resolve) => (onDeath = () => resolve('died')));
        const run = runOutbox({ port: outbox, client, batchSize: 2, now: () => now, random });
        const ended = await Promise.race([run, death]);
        onDeath = null;
        if (ended === 'died') {
          // The page is gone mid-upload: a new page opens the same IndexedDB and carries on.
          deaths += 1;
          tabletDb.close();
          tabletDb = new SaringDb(dbName);
          store = createScreeningStore(tabletDb, keys, { officerId: 'OFF-1', zone: 'WIB' });
          outbox = new DexieOutbox(tabletDb, keys);
        } else {
          dieOnUpload = false;
          if (ended.lastError) kinds.set(ended.lastError, (kinds.get(ended.lastError) ?? 0) + 1);
        }
        now = Math.max(now + 1, (await outbox.nextDueAt()) ?? now);
      }

      // What the tablet holds against what the receiver stored.
      const all = await tabletDb.outbox.toArray();
      const queued = all.map((e) => e.id).sort();
      const quarantined = all.filter((e) => e.state === 'rejected');
      const acknowledged = all.filter((e) => e.state === 'acknowledged').map((e) => e.id);
      await proxy.stop();
      await receiver.stop('SIGTERM');
      const check = await openDb(openOptions);
      const rows = await check.query<{ key: string }>(
        "SELECT id || ':' || revision AS key FROM screening_revisions WHERE device_id = 'DEV-1' ORDER BY 1",
      );
      await check.close();
      tabletDb.close();
      const stored = new Set(rows.map((r) => r.key));
      const lost = queued.filter((k) => !stored.has(k) && !quarantined.some((q) => q.id === k));
      const unknown = rows.filter((r) => !queued.includes(r.key)).length;
      const duplicated = rows.length - stored.size + unknown;
      const seen = new Map<Fault, number>();
      for (const f of proxy.seen) if (f !== 'pass') seen.set(f, (seen.get(f) ?? 0) + 1);
      console.log(
        `[${kind}] faults injected ${injected()} (${[...seen].map(([f, n]) => `${f} ${n}`).join(', ')}), ` +
          `page deaths ${deaths}, receiver kills ${kills}, engine runs ${runs}; revisions queued ${queued.length} ` +
          `(${amended} amendments), acknowledged ${acknowledged.length}, stored ${rows.length}; ` +
          `lost ${lost.length}, duplicated ${duplicated}, quarantined ${quarantined.length}`,
      );
      expect(injected()).toBeGreaterThanOrEqual(FAULT_TARGET);
      expect(kills).toBe(KILLS_AT.length);
      expect(deaths).toBeGreaterThan(10);
      expect(lost).toEqual([]);
      expect(duplicated).toBe(0);
      // Only the other tablet's records are quarantined, each for that reason; no middlebox page rejected anything.
      expect(quarantined.map((q) => [q.screeningId, q.lastError]).sort()).toEqual(
        foreignIds.map((id) => [id, 'sync.error.foreignRecord']).sort(),
      );
      expect(acknowledged.sort()).toEqual([...stored].sort());
    }, 400_000);
  });
}
