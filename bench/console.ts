// Console queries over a million stored revisions, on PGlite and PostgreSQL in one run:
//   npm run bench:console            (CONSOLE_BENCH_ROWS=100000 for a quicker run)
// Prints inbox first page, filtered searches, case open and the statistics page p50/p95, and the ratio
// PostgreSQL / PGlite.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StaffUser } from '../src/core/console/console-api.ts';
import { caseDetail } from '../server/console/case-detail.ts';
import { listCases } from '../server/console/cases.ts';
import { statistics } from '../server/console/statistics.ts';
import { openDb, type Db } from '../server/db.ts';
import { startPostgres } from '../tests/integration/pg-cluster.ts';

const ROWS = Number(process.env.CONSOLE_BENCH_ROWS ?? 1_000_000);
const BATCH = 50_000;
const RUNS = 40;
const worker: StaffUser = {
  id: 'bench',
  username: 'bench',
  name: 'Bench',
  role: 'bp3mi_worker',
  agency: 'BP3MI',
};

/** Generates `ROWS` flagged revisions in the database itself; the receiver's trigger opens a case for each. */
async function generate(db: Db): Promise<number> {
  const started = performance.now();
  for (let from = 1; from <= ROWS; from += BATCH) {
    const to = Math.min(ROWS, from + BATCH - 1);
    await db.query(
      `INSERT INTO screening_revisions (id, revision, payload, payload_hash, flagged_outcome, device_id)
       SELECT 'b-' || g, 1, p, md5(p::text), p->'screening'->>'outcome', p->'screening'->>'deviceId'
       FROM generate_series(${from}, ${to}) AS g,
       LATERAL (SELECT jsonb_build_object(
         'screening', jsonb_build_object(
           'id', 'b-' || g, 'revision', 1, 'status', 'final',
           'createdAt', to_char(timestamp '2025-01-01' + g * interval '30 seconds', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
           'updatedAt', to_char(timestamp '2025-01-01' + g * interval '30 seconds', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
           'airport', (ARRAY['CGK','PLM','KNO','SUB','DPS','LOP'])[1 + g % 6], 'checkpoint', 'PRE-XRAY-INTL',
           'agency', CASE WHEN g % 2 = 0 THEN 'IMIGRASI' ELSE 'BP3MI' END, 'officerId', 'OFF-' || (g % 50),
           'deviceId', 'DEV-' || (g % 40), 'catalogueVersion', 1,
           'passenger', jsonb_build_object(
             'lastName', (ARRAY['SUHARTI','NURHALIZA','SIREGAR','WULANDARI','HASIBUAN','RAHAYU','SETIAWAN','PUTRI'])[1 + g % 8],
             'firstName', (ARRAY['SITI','DEWI AYU','MUHAMMAD','RINI','AGUS','NUR AINI','KOMANG'])[1 + (g / 8) % 7],
             'sex', 'female', 'birthDate', '1999-04-12', 'nationality', 'IDN', 'issuingState', 'IDN',
             'passportNumber', 'C' || lpad(g::text, 7, '0'), 'passportExpiry', '2031-01-01',
             'homeDistrictCode', (ARRAY['16.01','16.71','32.01','52.01','73.71'])[1 + g % 5]),
           'flight', jsonb_build_object('carrier', 'GA', 'flightNumber', '1' || (g % 90), 'date', '2025-01-01',
             'from', 'CGK', 'finalDestination', (ARRAY['JED','KUL','PNH','DXB','RUH','ICN','NRT','SIN'])[1 + g % 8],
             'transits', '[]'::jsonb, 'oneWay', true),
           'answers', jsonb_build_object('TRV_ONE_WAY', 'yes',
             CASE WHEN g % 7 = 0 THEN 'BEH_FEARFUL_CONTROLLED' ELSE 'INT_PURPOSE_UNCLEAR' END, 'yes'),
           'prefilled', '{}'::jsonb, 'score', g % 12, 'recommended', 'INTERVIEW',
           'outcome', (ARRAY['INTERVIEW','REFER_BP3MI','REFER_LAW_ENFORCEMENT','PROPOSE_WATCH','DELAY_DEPARTURE'])[1 + g % 5],
           'passportWithdrawn', false, 'decidedBy', 'OFF-1', 'decidedAt', '2025-01-01T00:00:00Z', 'note', '',
           'linkedPersonIds', '[]'::jsonb),
         'linkedPersons', '[]'::jsonb) AS p) AS x`,
    );
  }
  // Shift totals of 40 tablets, three shifts a day and two agencies over the same year: 87,600 rows.
  await db.query(
    `INSERT INTO shift_counts (device_id, day, shift, airport, checkpoint, agency, clear, clear_advised)
     SELECT 'DEV-' || d, date '2025-01-01' + n, s, (ARRAY['CGK','PLM','KNO','SUB','DPS','LOP'])[1 + d % 6],
       'PRE-XRAY-INTL', a, 50 + (d * 7 + n) % 90, (d + n) % 9
     FROM generate_series(0, 39) AS d, generate_series(0, 364) AS n,
       unnest(ARRAY['06:00', '14:00', '22:00']) AS s, unnest(ARRAY['IMIGRASI', 'BP3MI']) AS a
     ON CONFLICT DO NOTHING`,
  );
  await db.query('ANALYZE');
  return performance.now() - started;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function time(work: (i: number) => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  await work(0); // warm
  const samples: number[] = [];
  for (let i = 1; i <= RUNS; i += 1) {
    const t = performance.now();
    await work(i);
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

type Figures = Record<string, { p50: number; p95: number }>;

async function measure(db: Db): Promise<Figures> {
  const year = await statistics(db, { from: '2025-01-01', to: '2025-12-31', granularity: 'month' });
  const { screened, clear, clearAdvised, flagged } = year.totals;
  console.log(
    `  statistics of 2025: ${screened} screened = ${clear} + ${clearAdvised} cleared + ${flagged} flagged`,
  );
  const id = (i: number) => `b-${1 + ((i * 7919) % ROWS)}`;
  return {
    'inbox first page': await time(() => listCases(db, {}, worker)),
    'filtered (airport+state+indicator)': await time(() =>
      listCases(db, { airport: 'KNO', state: 'new', indicator: 'BEH_FEARFUL_CONTROLLED' }, worker),
    ),
    'filtered (date range+outcome)': await time(() =>
      listCases(db, { from: '2025-03-01', to: '2025-03-31', outcome: 'REFER_BP3MI' }, worker),
    ),
    'search by name': await time(() => listCases(db, { q: 'siti rahayu' }, worker)),
    'search by passport': await time((i) =>
      listCases(db, { q: `C${String(1 + ((i * 104729) % ROWS)).padStart(7, '0')}` }, worker),
    ),
    'case open': await time((i) => caseDetail(db, id(i))),
    'statistics page (12 weeks, weekly)': await time(() =>
      statistics(db, { from: '2025-03-03', to: '2025-05-25', granularity: 'week' }),
    ),
    'statistics page (year, monthly)': await time(() =>
      statistics(db, { from: '2025-01-01', to: '2025-12-31', granularity: 'month' }),
    ),
    'statistics page (year, one airport)': await time(() =>
      statistics(db, { from: '2025-01-01', to: '2025-12-31', granularity: 'month', airport: 'KNO' }),
    ),
  };
}

const results: Record<string, Figures> = {};
const pliteDir = mkdtempSync(join(tmpdir(), 'saring-bench-console-'));
try {
  const lite = await openDb({ dataDir: pliteDir });
  console.log(`PGlite: generating ${ROWS} revisions…`);
  console.log(`  generated in ${((await generate(lite)) / 1000).toFixed(1)} s`);
  results.pglite = await measure(lite);
  await lite.close();
} finally {
  rmSync(pliteDir, { recursive: true, force: true });
}
const pg = await startPostgres();
if (pg.url) {
  try {
    const db = await openDb({ databaseUrl: pg.url });
    await db.query('TRUNCATE cases, case_history, screening_revisions, shift_counts CASCADE');
    console.log(`PostgreSQL: generating ${ROWS} revisions…`);
    console.log(`  generated in ${((await generate(db)) / 1000).toFixed(1)} s`);
    results.postgres = await measure(db);
    await db.close();
  } finally {
    pg.stop();
  }
} else console.log(`PostgreSQL skipped: ${'reason' in pg ? pg.reason : ''}`);

const ms = (n: number | undefined) => (n === undefined ? '—' : `${n.toFixed(1)} ms`);
console.log(`\n${ROWS} revisions; ${RUNS} runs each (p50 / p95)`);
for (const name of Object.keys(results.pglite ?? {})) {
  const a = results.pglite?.[name];
  const b = results.postgres?.[name];
  const ratio = a && b ? (b.p95 / a.p95).toFixed(2) : '—';
  console.log(
    `${name.padEnd(36)} PGlite ${ms(a?.p50)} / ${ms(a?.p95)}   PostgreSQL ${ms(b?.p50)} / ${ms(b?.p95)}   p95 PG/PGlite ${ratio}`,
  );
}
