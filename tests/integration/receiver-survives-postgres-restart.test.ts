// The receiver process rides out PostgreSQL being killed and restarted: 503 meanwhile, then stores again by itself.
import { afterAll, beforeAll, expect, it } from 'vitest';
import pg from 'pg';
import { issueEnrolCode } from '../../server/repository.ts';
import { openDb } from '../../server/db.ts';
import type { ScreeningUpload } from '../../src/sync/contract.ts';
import { makeScreening } from '../fixtures/screenings.ts';
import { startPostgres, type PgTarget } from './pg-cluster.ts';
import { enrolOverHttp, postJson, startReceiverProcess, type ReceiverProcess } from './receiver-process.ts';

let cluster: PgTarget;
let receiver: ReceiverProcess | null = null;

beforeAll(async () => {
  cluster = await startPostgres();
}, 60_000);
afterAll(async () => {
  await receiver?.stop('SIGKILL');
  if (cluster.url) cluster.stop();
});

function batch(deviceId: string, ids: string[]): { items: ScreeningUpload[] } {
  return {
    items: ids.map((id) => ({
      screening: makeScreening({ id, deviceId, outcome: 'REFER_BP3MI' }),
      linkedPersons: [],
    })),
  };
}

async function storedIds(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const rows = await client.query<{ id: string }>('SELECT id FROM screening_revisions ORDER BY id');
    return rows.rows.map((r) => r.id);
  } finally {
    await client.end();
  }
}

it('answers 503 with Retry-After while PostgreSQL is down, stays up, and stores the next batch once it is back', async (ctx) => {
  if (!cluster.url || !cluster.crash || !cluster.restart) {
    ctx.skip(
      'reason' in cluster ? cluster.reason : 'DATABASE_URL given: its server cannot be restarted here',
    );
    return;
  }
  const setup = await openDb({ databaseUrl: cluster.url });
  await setup.query('TRUNCATE devices, enrol_codes, screening_revisions, linked_persons');
  const code = await issueEnrolCode(setup);
  await setup.close();
  receiver = await startReceiverProcess({ DATABASE_URL: cluster.url });
  const token = await enrolOverHttp(receiver.url, code, 'DEV-PG-1');
  // Several requests at once, so clients are checked out of the pool when the server goes away.
  const before = await Promise.all(
    [0, 1, 2, 3].map((i) =>
      postJson(receiver!.url, '/screenings', token, batch('DEV-PG-1', [`before-${i}`])),
    ),
  );
  expect(before.map((r) => r.status)).toEqual([200, 200, 200, 200]);

  let exitedEarly: number | string | null = null;
  void receiver.exited.then((code) => (exitedEarly = code));
  // Hold a lock so the next batches wait inside their transactions: their clients are checked out of the pool
  // (no listener of the pool's) when the server dies, the case that used to end the process.
  const locker = new pg.Client({ connectionString: cluster.url });
  locker.on('error', () => undefined);
  await locker.connect();
  await locker.query('BEGIN');
  await locker.query('LOCK TABLE screening_revisions IN ACCESS EXCLUSIVE MODE');
  const during = [0, 1, 2, 3].map((i) =>
    postJson(receiver!.url, '/screenings', token, batch('DEV-PG-1', [`during-${i}`])),
  );
  for (let waiting = 0; waiting < 4;) {
    await new Promise((r) => setTimeout(r, 50));
    const rows = await locker.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock'",
    );
    waiting = rows.rows[0]?.n ?? 0;
  }
  cluster.crash();
  const down = [];
  for (let i = 0; i < 3; i += 1)
    down.push(await postJson(receiver.url, '/screenings', token, batch('DEV-PG-1', ['down'])));
  for (const response of down) {
    expect(response.status).toBe(503);
    expect(response.body).toEqual({ error: 'sync.error.unavailable' });
    expect(Number(response.headers.get('Retry-After'))).toBeGreaterThan(0);
  }
  // Those in flight when the server died got an answer (stored before, or 503), never a dead socket.
  for (const result of await Promise.all(during))
    expect([200, 503]).toContain((result as { status: number }).status);
  expect(exitedEarly).toBeNull();

  cluster.restart();
  let after = await postJson(receiver.url, '/screenings', token, batch('DEV-PG-1', ['after-restart']));
  // The pool may still hand out one connection from before the restart; it is dropped and the next try works.
  for (let i = 0; i < 5 && after.status === 503; i += 1) {
    await new Promise((r) => setTimeout(r, 200));
    after = await postJson(receiver.url, '/screenings', token, batch('DEV-PG-1', ['after-restart']));
  }
  expect(after.status).toBe(200);
  expect(after.body).toEqual({ results: [{ id: 'after-restart', revision: 1, status: 'accepted' }] });
  expect(exitedEarly).toBeNull();
  const ids = await storedIds(cluster.url);
  expect(ids).toEqual(
    expect.arrayContaining(['after-restart', 'before-0', 'before-1', 'before-2', 'before-3']),
  );
  expect(ids).not.toContain('down');
  expect(ids.filter((id) => id.startsWith('during-'))).toEqual([]);
});
