// Multi-process load: simulated tablets syncing through receiver processes, on PostgreSQL (two processes, and one as a
// baseline) and on the embedded PGlite (one process: its data folder is locked to one). Prints p50/p95/p99 per route
// and the ratios PostgreSQL / PGlite measured in this same run.
//   npm run bench:load [-- --devices 40 --rounds 10 --batch 10 --burst 3]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb } from '../server/db.ts';
import { startPostgres } from '../tests/integration/pg-cluster.ts';
import { startReceiverProcess, type ReceiverProcess } from '../tests/integration/receiver-process.ts';
import { enrolDevices, percentile, runLoad, type LoadResult } from './load-driver.ts';

function arg(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}
const DEVICES = arg('devices', 40);
const ROUNDS = arg('rounds', 10);
const BATCH = arg('batch', 10);
const BURST = arg('burst', 3);

type Run = { label: string; result: LoadResult; stored: number };

async function measure(
  label: string,
  openOptions: { databaseUrl?: string; dataDir?: string },
  env: Record<string, string>,
  processes: number,
): Promise<Run> {
  // Tablets are enrolled before the processes start (PGlite admits one process at a time).
  const seeding = await openDb(openOptions);
  const prefix = `LOAD-${label.replace(/\W+/g, '')}`;
  const devices = await enrolDevices(seeding, DEVICES, prefix);
  await seeding.close();
  const receivers: ReceiverProcess[] = [];
  for (let i = 0; i < processes; i += 1)
    receivers.push(await startReceiverProcess({ ...env, SARING_RATE_LIMIT_PER_MINUTE: '1000000' }));
  let result: LoadResult;
  try {
    result = await runLoad({
      urls: receivers.map((r) => r.url),
      devices,
      rounds: ROUNDS,
      batchSize: BATCH,
      burstBatches: BURST,
    });
  } finally {
    await Promise.all(receivers.map((r) => r.stop('SIGTERM')));
  }
  const check = await openDb(openOptions);
  const rows = await check.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM screening_revisions WHERE device_id LIKE $1',
    [`${prefix}-%`],
  );
  await check.close();
  return { label, result, stored: rows[0]?.n ?? 0 };
}

function print(run: Run): void {
  const { result } = run;
  const errors = [...result.statuses].flatMap(([route, s]) =>
    [...s].filter(([status]) => status !== 200).map(([status, n]) => `${route} ${status}×${n}`),
  );
  console.log(
    `\n${run.label}: ${DEVICES} tablets, wall ${(result.wallMs / 1000).toFixed(1)} s, sent ${result.sent.size}, ` +
      `acknowledged ${result.acknowledged.size}, stored ${run.stored}, lost ${result.sent.size - result.acknowledged.size}, ` +
      `errors ${errors.length === 0 ? 'none' : errors.join(', ')}`,
  );
  console.log('  route                 requests   p50 ms   p95 ms   p99 ms');
  for (const [route, ms] of [...result.latencies].sort()) {
    const cells = [0.5, 0.95, 0.99].map((q) => percentile(ms, q).toFixed(1).padStart(8));
    console.log(`  ${route.padEnd(20)} ${String(ms.length).padStart(9)} ${cells.join(' ')}`);
  }
  const records = result.acknowledged.size / (result.wallMs / 1000);
  console.log(`  throughput: ${records.toFixed(0)} records/s acknowledged`);
}

const pg = await startPostgres();
const dir = mkdtempSync(join(tmpdir(), 'saring-load-'));
const runs: Run[] = [];
try {
  runs.push(await measure('PGlite, 1 process', { dataDir: dir }, { SARING_DATA_DIR: dir }, 1));
  if (pg.url) {
    runs.push(await measure('PostgreSQL, 1 process', { databaseUrl: pg.url }, { DATABASE_URL: pg.url }, 1));
    runs.push(await measure('PostgreSQL, 2 processes', { databaseUrl: pg.url }, { DATABASE_URL: pg.url }, 2));
  } else if ('reason' in pg) console.log(`PostgreSQL runs skipped: ${pg.reason}`);
} finally {
  if (pg.url) pg.stop();
  rmSync(dir, { recursive: true, force: true });
}
for (const run of runs) print(run);

const [baseline, ...others] = runs;
if (baseline) {
  console.log(`\nRatios against ${baseline.label} (same run; below 1 = faster than the baseline):`);
  for (const run of others) {
    const parts = [...run.result.latencies.keys()].sort().map((route) => {
      const p = (r: Run, q: number) => percentile(r.result.latencies.get(route) ?? [], q);
      return `${route} p50 ×${(p(run, 0.5) / p(baseline, 0.5)).toFixed(2)} p95 ×${(p(run, 0.95) / p(baseline, 0.95)).toFixed(2)}`;
    });
    const wall = run.result.wallMs / baseline.result.wallMs;
    console.log(`  ${run.label}: wall ×${wall.toFixed(2)}; ${parts.join('; ')}`);
  }
}
const bad = runs.filter(
  (r) => r.result.acknowledged.size !== r.result.sent.size || r.stored !== r.result.sent.size,
);
if (bad.length > 0) {
  console.error(`acknowledged ≠ stored in: ${bad.map((r) => r.label).join(', ')}`);
  process.exitCode = 1;
}
