// Several stateless receiver processes over one PostgreSQL: 24 simulated tablets syncing through both at once
// (sustained rounds, then a burst) while junk requests flood from the same address; rate limits, console sessions and
// cursors live in the database, so any process answers any tablet or staff member the same way.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrolDevices, runLoad, type Device } from '../../bench/load-driver.ts';
import { openDb, type Db } from '../../server/db.ts';
import { CSRF_HEADER } from '../../src/core/console/console-api.ts';
import { addStaff, signInAs } from './console-harness.ts';
import { startPostgres, type PgTarget } from './pg-cluster.ts';
import { startReceiverProcess, type ReceiverProcess } from './receiver-process.ts';

const LIMIT = 300;
let pg: PgTarget;
let db: Db | null = null;
const receivers: ReceiverProcess[] = [];

beforeAll(async () => {
  pg = await startPostgres();
  if ('reason' in pg) console.warn(`PostgreSQL tests skipped: ${pg.reason}`);
  if (!pg.url) return;
  db = await openDb({ databaseUrl: pg.url });
  const env = { DATABASE_URL: pg.url, SARING_RATE_LIMIT_PER_MINUTE: String(LIMIT) };
  receivers.push(...(await Promise.all([startReceiverProcess(env), startReceiverProcess(env)])));
}, 90_000);
afterAll(async () => {
  await Promise.all(receivers.map((r) => r.stop('SIGTERM')));
  await db?.close();
  if (pg.url) pg.stop();
});

/** Waits, when needed, so the next `seconds` fall inside one rate-limit minute. */
async function sameMinuteFor(seconds: number): Promise<void> {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < seconds * 1000) await new Promise((r) => setTimeout(r, left + 50));
}

describe('receiver processes over one PostgreSQL', () => {
  it('lets several receivers start at once over an empty database: one creates the schema, none fails', async (ctx) => {
    if (!db || !pg.url) return ctx.skip();
    await db.query('CREATE DATABASE saring_race');
    const url = pg.url.replace(/\/[^/?]*(\?|$)/, '/saring_race$1');
    const opened = await Promise.allSettled(Array.from({ length: 6 }, () => openDb({ databaseUrl: url })));
    const failures = opened.flatMap((o) => (o.status === 'rejected' ? [String(o.reason)] : []));
    for (const o of opened) if (o.status === 'fulfilled') await o.value.close();
    expect(failures).toEqual([]);
  }, 60_000);

  it('stores every acknowledged record once from 24 tablets through two processes, sustained and in a burst, while 1,250 junk requests come from their address', async (ctx) => {
    if (!db) return ctx.skip();
    const urls = receivers.map((r) => r.url);
    const devices = await enrolDevices(db, 24, 'SCALE');
    const junkStatuses = new Map<number, number>();
    const junk = async () => {
      // Ten at a time, alternating the processes: no token, a made-up token, a malformed header.
      for (let i = 0; i < 1250; i += 10)
        await Promise.all(
          Array.from({ length: 10 }, async (_, j) => {
            const n = i + j;
            const auth: Record<string, string> =
              n % 3 === 0 ? {} : { Authorization: n % 3 === 1 ? `Bearer junk-${n}` : 'Basic x' };
            const res = await fetch(`${urls[n % urls.length]}/api/v1/watchlist`, { headers: auth });
            await res.arrayBuffer();
            junkStatuses.set(res.status, (junkStatuses.get(res.status) ?? 0) + 1);
          }),
        );
    };
    // One rate-limit minute for the whole run, so the address budget is counted once.
    await sameMinuteFor(25);
    const [result] = await Promise.all([
      runLoad({ urls, devices, rounds: 6, batchSize: 10, burstBatches: 3 }),
      junk(),
    ]);
    const rows = await db.query<{ key: string }>(
      "SELECT id || ':' || revision AS key FROM screening_revisions WHERE device_id LIKE 'SCALE-%'",
    );
    const stored = new Set(rows.map((r) => r.key));
    const lost = [...result.acknowledged].filter((k) => !stored.has(k));
    const duplicated = rows.length - stored.size + rows.filter((r) => !result.sent.has(r.key)).length;
    const tabletStatuses = [...result.statuses].flatMap(([route, byStatus]) =>
      [...byStatus].filter(([status]) => status !== 200).map(([status, n]) => `${route} ${status}×${n}`),
    );
    console.log(
      `[scale] ${devices.length} tablets, ${urls.length} processes: sent ${result.sent.size}, acknowledged ` +
        `${result.acknowledged.size}, stored ${rows.length}, lost ${lost.length}, duplicated ${duplicated}; ` +
        `junk ${[...junkStatuses].map(([s, n]) => `${s}×${n}`).join(' ')}; in ${Math.round(result.wallMs)} ms`,
    );
    expect(result.abandoned).toBe(0);
    expect(result.acknowledged.size).toBe(result.sent.size);
    expect(result.sent.size).toBe(24 * (6 + 3) * 10);
    expect(lost).toEqual([]);
    expect(duplicated).toBe(0);
    // The tablets kept their own budgets: not one of their requests was refused or failed.
    expect(tabletStatuses).toEqual([]);
    // The junk spent only its address's budget, shared by both processes.
    expect([...junkStatuses.keys()].sort()).toEqual([401, 429]);
    expect(junkStatuses.get(401)).toBeLessThanOrEqual(LIMIT);
  }, 180_000);

  it("counts a tablet's budget across both processes, not per process", async (ctx) => {
    if (!db) return ctx.skip();
    const [device] = (await enrolDevices(db, 1, 'BUDGET')) as [Device];
    await sameMinuteFor(20);
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT + 1; i += 10)
      statuses.push(
        ...(await Promise.all(
          Array.from({ length: Math.min(10, LIMIT + 1 - i) }, async (_, j) => {
            const res = await fetch(`${receivers[(i + j) % 2]?.url}/api/v1/watchlist`, {
              headers: { Authorization: `Bearer ${device.token}` },
            });
            await res.arrayBuffer();
            return res.status;
          }),
        )),
      );
    expect(statuses.filter((s) => s === 200)).toHaveLength(LIMIT);
    expect(statuses.filter((s) => s === 429)).toHaveLength(1);
  }, 90_000);

  it('keeps a console session made on one process valid on the other, and ends it on both', async (ctx) => {
    if (!db) return ctx.skip();
    await addStaff(db, 'scale-worker', 'bp3mi_worker', 'Scale Worker', 'BP3MI');
    const [a, b] = receivers as [ReceiverProcess, ReceiverProcess];
    const staff = await signInAs(a.url, 'scale-worker');
    const onB = await fetch(`${b.url}/api/console/session`, { headers: { cookie: staff.cookie } });
    expect(onB.status).toBe(200);
    const out = await fetch(`${b.url}/api/console/session`, {
      method: 'DELETE',
      headers: { cookie: staff.cookie, [CSRF_HEADER]: staff.csrf },
    });
    expect(out.status).toBeLessThan(300);
    const onA = await fetch(`${a.url}/api/console/session`, { headers: { cookie: staff.cookie } });
    expect(onA.status).toBe(401);
  }, 60_000);
});
