/**
 * Time to sync 10,000 flagged screenings from the outbox engine to the reference receiver over HTTP on loopback,
 * and the receiver's ingest rate, with PGlite and with PostgreSQL in the same run (ratio PostgreSQL / PGlite).
 * Run: npm run bench:sync   (npx tsx bench/sync.ts; SYNC_BENCH_COUNT=2000 for a quicker run)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDb, type Db } from '../server/db.ts';
import { startReceiver } from '../server/receiver.ts';
import { issueEnrolCode, storeScreenings } from '../server/repository.ts';
import type { ScreeningUpload } from '../src/sync/contract.ts';
import { MemoryOutbox } from '../src/sync/memory-outbox.ts';
import { runOutbox } from '../src/sync/outbox-engine.ts';
import { createSyncClient } from '../src/sync/sync-client.ts';
import { generateScreenings } from '../tests/fixtures/screenings.ts';
import { startPostgres } from '../tests/integration/pg-cluster.ts';

const COUNT = Number(process.env.SYNC_BENCH_COUNT ?? 10_000);
const BATCH = 100;

const { screenings, persons } = generateScreenings({ count: COUNT, seed: 11, flaggedShare: 1, hours: 8 });
const byId = new Map(persons.map((p) => [p.id, p]));
const uploads: ScreeningUpload[] = screenings.map((s) => ({
  // The receiver takes a record only from the device it names: these are the benchmark tablet's own.
  screening: { ...s, deviceId: 'BENCH' },
  linkedPersons: s.linkedPersonIds.map((id) => byId.get(id)).filter((p) => p !== undefined),
}));

/** End to end: outbox engine → HTTP on 127.0.0.1 → receiver → database. */
async function endToEnd(db: Db): Promise<{ ms: number; accepted: number; requests: number }> {
  const receiver = await startReceiver({ port: 0, db, rateLimitPerMinute: 100_000 });
  try {
    let token: string | null = null;
    const client = createSyncClient({ baseUrl: receiver.url, getToken: () => token, timeoutMs: 60_000 });
    const enrolled = await client.enrol({
      code: await issueEnrolCode(db),
      deviceId: 'BENCH',
      airport: 'PLM',
      checkpoint: 'X',
    });
    if (!enrolled.ok) throw new Error(enrolled.reason);
    token = enrolled.value.deviceToken;
    const outbox = new MemoryOutbox();
    uploads.forEach((u, i) => outbox.add(u, i));
    const start = performance.now();
    const report = await runOutbox({ port: outbox, client, batchSize: BATCH, now: () => COUNT + 1 });
    const ms = performance.now() - start;
    if (report.accepted !== COUNT)
      throw new Error(`accepted ${report.accepted} of ${COUNT}: ${report.lastError}`);
    return { ms, accepted: report.accepted, requests: Math.ceil(COUNT / BATCH) };
  } finally {
    await receiver.close();
  }
}

/** The receiver's store alone (no HTTP): the same batches straight into the database. */
async function ingestOnly(db: Db): Promise<number> {
  const resent = uploads.map((u) => ({ ...u, screening: { ...u.screening, id: `${u.screening.id}-db` } }));
  const start = performance.now();
  for (let i = 0; i < resent.length; i += BATCH)
    await storeScreenings(db, 'BENCH', resent.slice(i, i + BATCH));
  return performance.now() - start;
}

const rate = (ms: number) => Math.round(COUNT / (ms / 1000));
const results: Record<string, { e2e: number; ingest: number }> = {};

const pgliteDir = mkdtempSync(join(tmpdir(), 'saring-bench-pglite-'));
try {
  const db = await openDb({ dataDir: pgliteDir });
  const e2e = await endToEnd(db);
  results.pglite = { e2e: e2e.ms, ingest: await ingestOnly(db) };
  await db.close();
} finally {
  rmSync(pgliteDir, { recursive: true, force: true });
}

const pg = await startPostgres();
if (pg.url) {
  try {
    const db = await openDb({ databaseUrl: pg.url });
    await db.query('TRUNCATE devices, enrol_codes, screening_revisions, linked_persons');
    const e2e = await endToEnd(db);
    results.postgres = { e2e: e2e.ms, ingest: await ingestOnly(db) };
    await db.close();
  } finally {
    pg.stop();
  }
} else {
  console.log(`PostgreSQL skipped: ${'reason' in pg ? pg.reason : ''}`);
}

console.log(
  `\nbench:sync — ${COUNT} flagged screenings, batches of ${BATCH}, loopback HTTP (npx tsx bench/sync.ts)`,
);
for (const [name, r] of Object.entries(results)) {
  console.log(
    `${name.padEnd(9)} sync end to end ${(r.e2e / 1000).toFixed(2)} s (${rate(r.e2e)} screenings/s) | ` +
      `receiver ingest without HTTP ${(r.ingest / 1000).toFixed(2)} s (${rate(r.ingest)} screenings/s)`,
  );
}
if (results.pglite && results.postgres) {
  console.log(
    `ratio PostgreSQL / PGlite: sync time ${(results.postgres.e2e / results.pglite.e2e).toFixed(2)}×, ` +
      `ingest rate ${(rate(results.postgres.ingest) / rate(results.pglite.ingest)).toFixed(2)}×`,
  );
}
