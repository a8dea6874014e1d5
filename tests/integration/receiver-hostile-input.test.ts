import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createReceiverApp } from '../../server/app.ts';
import { openDb, type Db } from '../../server/db.ts';
import { issueEnrolCode, storeScreenings } from '../../server/repository.ts';
import type { ScreeningUpload } from '../../src/sync/contract.ts';
import { makeScreening } from '../fixtures/screenings.ts';
import { startPostgres, type PgTarget } from './pg-cluster.ts';

// Hostile input against the receiver, on the embedded PGlite and on PostgreSQL: every answer is per item or a clear
// 4xx in the receiver's error format, never a 500 that input can provoke, and logs never carry personal fields.

let pg: PgTarget;
const dbs: Partial<Record<'pglite' | 'postgres', Db>> = {};

beforeAll(async () => {
  pg = await startPostgres();
  if ('reason' in pg) console.warn(`PostgreSQL tests skipped: ${pg.reason}`);
  dbs.pglite = await openDb({ dataDir: 'memory://' });
  if (pg.url) dbs.postgres = await openDb({ databaseUrl: pg.url });
}, 60_000);
afterAll(async () => {
  for (const db of Object.values(dbs)) await db.close();
  if (pg.url) pg.stop();
});

const NAME = 'SITI RAHAYU';
const PASSPORT = 'X1234567';
const PHONE = '+6281234567890';

let serial = 0;
const unique = (prefix: string) => `${prefix}-${(serial += 1)}`;

function upload(
  deviceId: string,
  id: string,
  revision = 1,
  persons: { id: string; name?: string }[] = [],
  updatedAt = '2026-11-23T01:40:00.000Z',
): ScreeningUpload {
  const screening = makeScreening({ id, revision, deviceId, outcome: 'REFER_BP3MI', updatedAt });
  return {
    screening: {
      ...screening,
      passenger: { ...screening.passenger, passportNumber: PASSPORT },
    },
    linkedPersons: persons.map((p) => ({
      id: p.id,
      name: p.name ?? 'AGEN',
      phone: PHONE,
      role: 'agent' as const,
      createdAt: screening.createdAt,
    })),
  };
}

async function device(db: Db) {
  const app = createReceiverApp({ db, rateLimitPerMinute: 1_000_000 });
  const deviceId = unique('HOSTILE');
  const code = await issueEnrolCode(db);
  const res = await app.request('/api/v1/enrol', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ code, deviceId, airport: 'PLM', checkpoint: 'X' }),
  });
  const { deviceToken } = (await res.json()) as { deviceToken: string };
  const send = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await app.request(`/api/v1${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${deviceToken}`,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const text = await res.text();
    let json: unknown = null;
    try {
      json = JSON.parse(text);
    } catch {
      // Left null: the caller's expectation on json says what was wanted.
    }
    return { status: res.status, json, text };
  };
  return { app, deviceId, deviceToken, send };
}

type Results = { results: { id: string; status: string; reason?: string }[] };

/** Every leaf of a JSON value with its path. */
function leaves(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...path, i]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => [[...path, k], ...leaves(v, [...path, k])]);
  return path.length > 0 ? [path] : [];
}

function withValue(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let at: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path.at(-1) as string | number] = replacement;
  return copy;
}

// Values PostgreSQL refuses, JavaScript numbers beyond its columns, and shapes of the wrong type.
const HOSTILE: unknown[] = [
  'a\u0000b',
  'x\uD800y',
  '\uDC00',
  'x'.repeat(100_000),
  '',
  '9'.repeat(20),
  '2026-02-31',
  "'; DROP TABLE devices; --",
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 63,
  1e308,
  -1,
  1.5,
  null,
  true,
  [],
  {},
];

for (const kind of ['pglite', 'postgres'] as const) {
  describe(`receiver under hostile input (${kind})`, () => {
    const ready = (ctx: { skip: () => void }): Db => {
      const db = dbs[kind];
      if (!db) ctx.skip();
      return db as Db;
    };

    it('rejects alone an item holding a NUL, a lone surrogate, a revision of 2^31 or a very long id, and stores the good item beside it', async (ctx) => {
      const db = ready(ctx);
      const d = await device(db);
      const good = upload(d.deviceId, unique('GOOD'));
      const bad = (patch: (u: ScreeningUpload) => void) => {
        const u = upload(d.deviceId, unique('BAD'));
        patch(u);
        return u;
      };
      const items = [
        bad((u) => (u.screening.note = 'a\u0000b')),
        bad((u) => (u.screening.passenger.lastName = 'x\uD800')),
        bad((u) => (u.screening.revision = 2 ** 31)),
        bad((u) => (u.screening.id = 'x'.repeat(5000))),
        good,
      ];
      const res = await d.send('POST', '/screenings', { items });
      expect(res.status).toBe(200);
      const { results } = res.json as Results;
      expect(results.map((r) => r.status)).toEqual([
        'rejected',
        'rejected',
        'rejected',
        'rejected',
        'accepted',
      ]);
      const held = await db.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM screening_revisions WHERE device_id = $1',
        [d.deviceId],
      );
      expect(held[0]?.n).toBe(1);
    });

    it('stores a batch item by item when the database refuses a value the contract let through, rejecting only that item', async (ctx) => {
      const db = ready(ctx);
      const deviceId = unique('DIRECT');
      const bad = upload(deviceId, unique('REFUSED'));
      // Straight to the store, past the contract: PostgreSQL itself refuses the NUL.
      bad.screening.note = 'held\u0000back';
      const good = [upload(deviceId, unique('OK')), upload(deviceId, unique('OK'))];
      const results = await storeScreenings(db, deviceId, [
        good[0] as ScreeningUpload,
        bad,
        good[1] as ScreeningUpload,
      ]);
      expect(results.map((r) => r.status)).toEqual(['accepted', 'rejected', 'accepted']);
      expect(results[1]?.reason).toBe('sync.error.invalid');
    });

    it('answers an impossible day or a 2^31 count on /counts, a NUL in an audit entry and a 20-digit cursor with 400, never 500', async (ctx) => {
      const db = ready(ctx);
      const d = await device(db);
      const count = {
        day: '2026-11-23',
        shift: 'pagi',
        airport: 'PLM',
        checkpoint: 'X',
        agency: 'IMIGRASI',
        clear: 1,
        clearAdvised: 0,
      };
      expect((await d.send('POST', '/counts', { counts: [{ ...count, day: '2026-02-30' }] })).status).toBe(
        400,
      );
      expect((await d.send('POST', '/counts', { counts: [{ ...count, clear: 2 ** 31 }] })).status).toBe(400);
      expect((await d.send('POST', '/counts', { counts: [count] })).status).toBe(200);
      const entry = {
        seq: 1,
        at: '2026-11-23T01:00:00.000Z',
        actor: 'OFF-1',
        action: 'x',
        detail: { a: 'b\u0000' },
      };
      const audit = await d.send('POST', '/audit', { entries: [entry] });
      expect(audit.status).toBe(400);
      expect(audit.json).toMatchObject({ error: 'sync.error.invalid' });
      for (const path of ['/watchlist', '/catalogue', '/case-states']) {
        const res = await d.send('GET', `${path}?cursor=${'9'.repeat(20)}`);
        expect(res.status, path).toBe(400);
      }
    });

    it('never answers 500 when any field of any route holds a hostile value', async (ctx) => {
      const db = ready(ctx);
      const d = await device(db);
      const valid: { method: string; path: string; body: unknown }[] = [
        {
          method: 'POST',
          path: '/enrol',
          body: {
            code: 'ABCD-EFGH',
            deviceId: unique('F'),
            airport: 'PLM',
            checkpoint: 'X',
            previousToken: 'y',
          },
        },
        {
          method: 'POST',
          path: '/screenings',
          body: { items: [upload(d.deviceId, 'FUZZ', 1, [{ id: 'LP-F' }])] },
        },
        {
          method: 'POST',
          path: '/audit',
          body: {
            entries: [
              {
                seq: 7,
                at: '2026-11-23T01:00:00.000Z',
                actor: 'OFF-1',
                action: 'x',
                subject: 's',
                detail: { k: 'v' },
              },
            ],
          },
        },
        {
          method: 'POST',
          path: '/counts',
          body: {
            counts: [
              {
                day: '2026-11-23',
                shift: 'pagi',
                airport: 'PLM',
                checkpoint: 'X',
                agency: 'BP3MI',
                clear: 1,
                clearAdvised: 0,
              },
            ],
          },
        },
        { method: 'POST', path: '/device-status', body: { appVersion: '1.0', pending: 0, rejected: 0 } },
      ];
      const failures: string[] = [];
      let requests = 0;
      const check = async (
        method: string,
        path: string,
        body?: unknown,
        headers?: Record<string, string>,
      ) => {
        requests += 1;
        const res = await d.send(method, path, body, headers);
        const errorShaped =
          res.status < 400 || (typeof res.json === 'object' && res.json !== null && 'error' in res.json);
        if (res.status >= 500 || !errorShaped)
          failures.push(
            `${method} ${path} ${JSON.stringify(body)?.slice(0, 160)} → ${res.status} ${res.text.slice(0, 80)}`,
          );
      };
      for (const route of valid) {
        for (const path of leaves(route.body))
          for (const value of HOSTILE)
            await check(route.method, route.path, withValue(route.body, path, value));
        // Whole-body shapes and transport-level oddities.
        for (const body of ['', 'null', '[]', '{"items":', '"text"', '{"__proto__":{"x":1}}'])
          await check(route.method, route.path, body);
        await check(route.method, route.path, JSON.stringify(route.body), { 'Content-Type': 'text/plain' });
        await check(route.method, route.path, JSON.stringify(route.body), {
          'Content-Type': 'multipart/form-data',
        });
      }
      for (const path of ['/watchlist', '/catalogue', '/case-states'])
        for (const cursor of ['abc', '-1', '9'.repeat(19), '1e5', '%00', '0x10', ' 1'])
          await check('GET', `${path}?cursor=${encodeURIComponent(cursor)}`);
      for (const auth of [
        'Bearer ',
        'Bearer \u00e9\u00ff',
        `Bearer ${'x'.repeat(10_000)}`,
        'Basic abc',
        'Bearer a b',
      ])
        await check('GET', '/watchlist', undefined, { Authorization: auth });
      await check('POST', '/token', undefined, { Authorization: 'Bearer ' + '9'.repeat(64) });
      expect(failures).toEqual([]);
      expect(requests).toBeGreaterThan(1000);
    }, 120_000);

    it('keeps each linked person at the newest revision naming it, whatever order the revisions arrive in', async (ctx) => {
      const db = ready(ctx);
      const d = await device(db);
      const nameOf = async (id: string) =>
        (
          await db.query<{ name: string }>(
            "SELECT payload->>'name' AS name FROM linked_persons WHERE id = $1",
            [id],
          )
        )[0]?.name;
      // Same screening, revisions 3, 1, 2 in separate batches: revision 3's details stay.
      const id = unique('ORDER');
      const person = unique('LP');
      for (const revision of [3, 1, 2])
        await d.send('POST', '/screenings', {
          items: [upload(d.deviceId, id, revision, [{ id: person, name: `REV${revision}` }])],
        });
      expect(await nameOf(person)).toBe('REV3');
      // Inside one batch, newest first.
      const id2 = unique('ORDER');
      const person2 = unique('LP');
      await d.send('POST', '/screenings', {
        items: [2, 1].map((r) => upload(d.deviceId, id2, r, [{ id: person2, name: `REV${r}` }])),
      });
      expect(await nameOf(person2)).toBe('REV2');
      // Two screenings naming one handler: the one updated later wins, in either arrival order.
      for (const order of [
        ['later', 'earlier'],
        ['earlier', 'later'],
      ]) {
        const shared = unique('LP');
        const at = { earlier: '2026-11-23T01:00:00.000Z', later: '2026-11-23T05:00:00.000Z' } as Record<
          string,
          string
        >;
        for (const which of order)
          await d.send('POST', '/screenings', {
            items: [
              upload(d.deviceId, unique('SHARED'), 1, [{ id: shared, name: which.toUpperCase() }], at[which]),
            ],
          });
        expect(await nameOf(shared)).toBe('LATER');
      }
    });

    it('stores 60 parallel batches sharing linked persons in opposite orders without one failing', async (ctx) => {
      const db = ready(ctx);
      const d = await device(db);
      const persons = Array.from({ length: 12 }, () => ({ id: unique('LP-PAR') }));
      const batches = Array.from({ length: 60 }, (_, b) => {
        const order = b % 2 === 0 ? persons : [...persons].reverse();
        return {
          items: order.map((p, i) =>
            upload(d.deviceId, `PAR-${kind}-${serial}-${b}-${i}`, 1, [
              p,
              order[(i + 1) % order.length] as { id: string },
            ]),
          ),
        };
      });
      const answers = await Promise.all(batches.map((body) => d.send('POST', '/screenings', body)));
      expect(answers.map((a) => a.status).filter((s) => s !== 200)).toEqual([]);
      const statuses = answers.flatMap((a) => (a.json as Results).results.map((r) => r.status));
      expect(statuses.filter((s) => s !== 'accepted')).toEqual([]);
      expect(statuses).toHaveLength(60 * persons.length);
    }, 120_000);

    it('logs ids and reasons, never a name, passport number or phone number', async (ctx) => {
      const db = ready(ctx);
      const d = await device(db);
      const lines: string[] = [];
      const spies = (['log', 'warn', 'error', 'info', 'debug'] as const).map((level) =>
        vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
          lines.push(
            args.map((a) => (a instanceof Error ? `${a.message}\n${a.stack}` : String(a))).join(' '),
          );
        }),
      );
      try {
        const other = await device(db);
        const item = upload(d.deviceId, unique('LOGGED'), 1, [{ id: unique('LP'), name: NAME }]);
        item.screening.passenger.lastName = NAME;
        await d.send('POST', '/screenings', { items: [item] });
        // Another device sending the same record, a spoofed device id, and a value only the database refuses.
        await other.send('POST', '/screenings', {
          items: [{ ...item, screening: { ...item.screening, deviceId: other.deviceId } }],
        });
        await other.send('POST', '/screenings', { items: [item] });
        const refused = upload(d.deviceId, unique('REFUSED'), 1, [{ id: unique('LP'), name: NAME }]);
        refused.screening.note = `${NAME}\u0000${PASSPORT}`;
        await storeScreenings(db, d.deviceId, [refused, upload(d.deviceId, unique('OK'))]);
        // An unexpected failure whose message quotes personal data.
        const broken: Db = {
          ...db,
          kind: db.kind,
          query: () => Promise.reject(new Error(`invalid input: "${NAME}" ${PASSPORT} ${PHONE}`)),
          transaction: () => Promise.reject(new Error(`invalid input: "${NAME}" ${PASSPORT} ${PHONE}`)),
          close: () => Promise.resolve(),
        };
        const app = createReceiverApp({ db: broken, rateLimitPerMinute: 1_000_000 });
        const res = await app.request('/api/v1/screenings', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${d.deviceToken}` },
          body: JSON.stringify({ items: [item] }),
        });
        expect(res.status).toBe(500);
      } finally {
        for (const spy of spies) spy.mockRestore();
      }
      expect(lines.length).toBeGreaterThan(0);
      const text = lines.join('\n');
      for (const personal of [NAME, PASSPORT, PHONE]) expect(text).not.toContain(personal);
    });
  });
}

describe('receiver start', () => {
  it('exits with one clear line, and no password, when PostgreSQL cannot be reached', () => {
    const root = join(import.meta.dirname, '..', '..');
    const run = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'server', 'main.ts')], {
      env: { ...process.env, DATABASE_URL: 'postgres://saring:s3cret-pw@127.0.0.1:1/saring', PORT: '0' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^Saring receiver NOT started\. PostgreSQL at 127\.0\.0\.1:1\/saring cannot be reached/,
    );
    expect(run.stderr).not.toContain('s3cret-pw');
  }, 60_000);
});
