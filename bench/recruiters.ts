// Recruiter grouping over generated linked persons, on PGlite and on a throwaway PostgreSQL cluster in one run:
//   npm run bench:recruiters          (RECRUITER_BENCH_SIZES=10000,100000 by default)
// Prints, per size: the grouping alone (in memory), a cold list (read every person and departure, then group), a
// warm list (nothing changed: only what was written since is read), the list right after one more linked person and
// departure arrived (the grouping brought up to date, not built again), and a recruiter page, each with the ratio to
// reading the rows; then the ratio PostgreSQL / PGlite of each.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StaffUser } from '../src/core/console/console-api.ts';
import { groupPersons } from '../src/core/recruiters/group-persons.ts';
import { buildGrouping, loadGrouping, type PersonRow } from '../server/console/recruiter-groups.ts';
import { listRecruiters, recruiterDetail } from '../server/console/recruiters.ts';
import { openDb, type Db } from '../server/db.ts';
import { startPostgres } from '../tests/integration/pg-cluster.ts';

const SIZES = (process.env.RECRUITER_BENCH_SIZES ?? '10000,100000').split(',').map(Number);
const worker: StaffUser = {
  id: 'bench',
  username: 'bench',
  name: 'Bench',
  role: 'bp3mi_worker',
  agency: 'BP3MI',
};
const FIRST = ['Djoko', 'Joko', 'Yusuf', 'Jusuf', 'Muhammad', 'Moch', 'Siti', 'Dewi', 'Agus', 'Rudi', 'Wati'];
const LAST = [
  'Santoso',
  'Soesilo',
  'Hartono',
  'Wibowo',
  'Setiawan',
  'Rahayu',
  'Hasibuan',
  'Siregar',
  'Lubis',
];
const SYL = ['ma', 'ju', 'ja', 'ya', 'sen', 'to', 'sa', 'ka', 'ri', 'bu', 'mi', 'lo', 'na', 'de', 'wi'];

const syllables = (n: number) =>
  `${SYL[n % 15]}${SYL[Math.floor(n / 15) % 15]}${SYL[Math.floor(n / 225) % 15]}`;

/** Three records a party, as three tablets might write them: phone formats, old spellings, a typo. */
function person(i: number) {
  const party = Math.floor(i / 3);
  const variant = i % 3;
  const first = FIRST[party % FIRST.length] ?? '';
  const last = `${LAST[Math.floor(party / FIRST.length) % LAST.length]}${syllables(party)}`;
  const digits = String(10_000_000 + party);
  return {
    id: `lp-${i}`,
    name:
      variant === 2
        ? `${first} ${last.slice(0, -1)}`
        : variant === 1
          ? `${first.replace('J', 'Dj')} ${last}`
          : `${first} ${last}`,
    phone: variant === 0 ? `0812${digits}` : variant === 1 ? `+62 812-${digits}` : undefined,
    socialHandle: variant === 1 ? `@${last}${party}` : undefined,
    claimedCompany: `PT ${syllables(party % 3000)} Jaya`,
    role: 'agent',
    createdAt: '2026-01-01T00:00:00Z',
  };
}

async function generate(db: Db, n: number): Promise<void> {
  for (let from = 0; from < n; from += 10_000) {
    const batch = Array.from({ length: Math.min(10_000, n - from) }, (_, k) => person(from + k));
    // Persons without an owning tablet, so screenings from any of the 40 generated tablets may name them.
    await db.query(
      `INSERT INTO linked_persons (id, payload) SELECT x->>'id', x FROM jsonb_array_elements($1::jsonb) AS x`,
      [JSON.stringify(batch)],
    );
    await db.query(
      `INSERT INTO screening_revisions (id, revision, payload, payload_hash, flagged_outcome, device_id)
       SELECT 's-' || g, 1, p, md5(p::text), 'INTERVIEW', 'DEV-' || (g % 40)
       FROM generate_series(${from}, ${from + batch.length - 1}) AS g,
       LATERAL (SELECT jsonb_build_object('screening', jsonb_build_object('id', 's-' || g, 'revision', 1,
         'createdAt', to_char(timestamp '2026-01-01' + g * interval '5 minutes', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
         'airport', (ARRAY['CGK','PLM','KNO','SUB','DPS','LOP'])[1 + g % 6], 'checkpoint', 'PRE-XRAY-INTL',
         'agency', CASE WHEN g % 2 = 0 THEN 'IMIGRASI' ELSE 'BP3MI' END, 'outcome', 'INTERVIEW', 'score', 4,
         'passenger', jsonb_build_object('lastName', 'PUTRI', 'firstName', 'SITI', 'nationality', 'IDN',
           'passportNumber', 'C' || lpad(g::text, 7, '0')),
         'flight', jsonb_build_object('finalDestination', (ARRAY['JED','KUL','PNH','DXB'])[1 + g % 4]),
         'answers', '{}'::jsonb, 'linkedPersonIds', jsonb_build_array('lp-' || g)),
         'linkedPersons', '[]'::jsonb) AS p) AS x`,
    );
  }
  // Rows as a year of syncs left them: each written when its screening was stored, not all in the last second. The
  // generated screening times run ~350 days from 1 January; shifted so the newest was stored an hour ago, never
  // later than now (the receiver's own clock writes these times).
  await db.query(
    `UPDATE person_departures SET stored_at = screened_at
       + (now() - interval '1 hour' - (SELECT max(screened_at) FROM person_departures))`,
  );
  await db.query(
    `UPDATE linked_persons lp SET updated_at = pd.stored_at FROM person_departures pd WHERE pd.person_id = lp.id`,
  );
  await db.query('ANALYZE');
}

/** One more record of party 0 arriving from a tablet, on a new departure. */
async function arrive(db: Db, n: number, k: number): Promise<void> {
  const p = { ...person(0), id: `lp-new-${k}` };
  await db.query(`INSERT INTO linked_persons (id, payload) VALUES ($1, $2::jsonb)`, [
    p.id,
    JSON.stringify(p),
  ]);
  await db.query(
    `INSERT INTO person_departures (person_id, screening_id, revision, device_id, screened_at, airport, checkpoint)
     VALUES ($1, $2, 1, 'DEV-1', now(), 'PLM', 'PRE-XRAY-INTL')`,
    [p.id, `s-${n + k}`],
  );
}

const ms = (started: number) => performance.now() - started;
const fmt = (v: number) => `${v.toFixed(0)} ms`;

type Figures = Record<string, number>;

async function run(n: number, pgUrl: string | null): Promise<Figures> {
  const dir = mkdtempSync(join(tmpdir(), 'saring-recruiters-bench-'));
  const db = await openDb(pgUrl ? { databaseUrl: pgUrl } : { dataDir: dir, durable: false });
  if (pgUrl) await db.query('TRUNCATE linked_persons, person_departures, screening_revisions, cases CASCADE');
  try {
    let t = performance.now();
    await generate(db, n);
    const generated = ms(t);
    t = performance.now();
    const persons = await db.query<PersonRow>(
      `SELECT id, payload->>'name' AS name, payload->>'phone' AS phone, payload->>'idNumber' AS id_number,
       payload->>'socialHandle' AS social_handle, payload->>'claimedCompany' AS claimed_company,
       payload->>'role' AS role FROM linked_persons`,
    );
    const read = ms(t);
    t = performance.now();
    const groups = groupPersons(
      persons.map((p) => ({ id: p.id, name: p.name, phone: p.phone ?? undefined })),
    );
    const namesOff = ms(t);
    t = performance.now();
    const grouping = buildGrouping(persons, []);
    const inMemory = ms(t);
    t = performance.now();
    const cold = await listRecruiters(db, {});
    const coldList = ms(t);
    t = performance.now();
    await listRecruiters(db, {});
    const warmList = ms(t);
    const arrivals: number[] = [];
    for (let k = 0; k < 5; k += 1) {
      await arrive(db, n, k);
      t = performance.now();
      await listRecruiters(db, {});
      arrivals.push(ms(t));
    }
    arrivals.sort((a, b) => a - b);
    const arrived = arrivals[2] ?? 0;
    t = performance.now();
    const detail = await recruiterDetail(db, cold.items[0]?.id ?? 'lp-0', worker);
    const open = ms(t);
    await loadGrouping(db);
    console.log(
      `${pgUrl ? 'PostgreSQL' : 'PGlite'}, ${n} linked persons (generated in ${fmt(generated)}): ${grouping.groups.length} groups ` +
        `(${groups.length} by phone alone), ${cold.total} recurring\n` +
        `  read the persons                  ${fmt(read)} (baseline)\n` +
        `  grouping in memory                ${fmt(inMemory)} (${(inMemory / read).toFixed(2)}× the read; ` +
        `phone only ${fmt(namesOff)})\n` +
        `  list, cold (read + group + page)  ${fmt(coldList)} (${(coldList / read).toFixed(2)}× the read)\n` +
        `  list, warm (nothing changed)      ${fmt(warmList)} (${(warmList / read).toFixed(2)}× the read)\n` +
        `  list after one person arrived     ${fmt(arrived)} (${(arrived / read).toFixed(2)}× the read, ` +
        `${(arrived / coldList).toFixed(3)}× the cold list; median of 5)\n` +
        `  recruiter page (${detail?.departures.length ?? 0} departures)   ${fmt(open)}`,
    );
    return { read, inMemory, coldList, warmList, arrived, open };
  } finally {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(
  `npm run bench:recruiters  (RECRUITER_BENCH_SIZES=${SIZES.join(',')}), PGlite and PostgreSQL, ${new Date().toISOString()}`,
);
const lite: Figures[] = [];
for (const n of SIZES) lite.push(await run(n, null));
const pg = await startPostgres();
const post: Figures[] = [];
if (pg.url) {
  try {
    for (const n of SIZES) post.push(await run(n, pg.url));
  } finally {
    pg.stop();
  }
} else console.log(`PostgreSQL skipped: ${'reason' in pg ? pg.reason : ''}`);
if (post.length > 0) {
  console.log('\nPostgreSQL / PGlite');
  SIZES.forEach((n, i) => {
    const a = lite[i] ?? {};
    const b = post[i] ?? {};
    const ratio = (k: string) => ((b[k] ?? 0) / (a[k] || 1)).toFixed(2);
    console.log(
      `  ${n}: read ${ratio('read')}, list cold ${ratio('coldList')}, warm ${ratio('warmList')}, ` +
        `after one arrived ${ratio('arrived')}, recruiter page ${ratio('open')}`,
    );
  });
}
