import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReceiverApp } from '../../server/app.ts';
import { openDb, type Db } from '../../server/db.ts';
import { issueEnrolCode, revokeDevice } from '../../server/repository.ts';
import { ScreeningSchema } from '../../src/core/screening/screening-schema.ts';
import { CountsRequestSchema } from '../../src/sync/contract.ts';
import { makeScreening } from '../fixtures/screenings.ts';

import { startPostgres, type PgTarget } from './pg-cluster.ts';

// Device identity and record ownership on the embedded PGlite and on PostgreSQL.
let pg: PgTarget;
beforeAll(async () => {
  pg = await startPostgres();
  if ('reason' in pg) console.warn(`PostgreSQL tests skipped: ${pg.reason}`);
}, 60_000);
afterAll(() => {
  if (pg.url) pg.stop();
});

for (const kind of ['pglite', 'postgres'] as const) {
  describe(kind, () => {
    let db: Db;
    beforeAll(async () => {
      if (kind === 'postgres' && !pg.url) throw new Error('PostgreSQL is needed for these tests');
      db = await openDb(kind === 'postgres' ? { databaseUrl: pg.url as string } : { dataDir: 'memory://' });
    }, 30_000);
    afterAll(async () => {
      await db?.close();
    });

    const json = (body: unknown, headers: Record<string, string> = {}) => ({
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

    async function enrol(
      app: ReturnType<typeof createReceiverApp>,
      deviceId: string,
      previousToken?: string,
    ) {
      const code = await issueEnrolCode(db);
      const res = await app.request(
        '/api/v1/enrol',
        json({
          code,
          deviceId,
          airport: 'PLM',
          checkpoint: 'X',
          ...(previousToken ? { previousToken } : {}),
        }),
      );
      return {
        status: res.status,
        body: (await res.json()) as { deviceToken?: string; error?: string },
        code,
      };
    }

    describe('device identity', () => {
      it('refuses a fresh code sent with an existing device id, and the victim keeps its token and the code', async () => {
        const app = createReceiverApp({ db });
        const victim = await enrol(app, 'VICTIM');
        const token = victim.body.deviceToken ?? '';
        const code = await issueEnrolCode(db);
        const takeover = await app.request(
          '/api/v1/enrol',
          json({ code, deviceId: 'VICTIM', airport: 'PLM', checkpoint: 'X' }),
        );
        expect(takeover.status).toBe(409);
        expect(await takeover.json()).toEqual({ error: 'sync.error.deviceExists' });
        const status = await app.request(
          '/api/v1/device-status',
          json({ appVersion: '1.0', pending: 0, rejected: 0 }, bearer(token)),
        );
        expect(status.status).toBe(200);
        // The code was not spent: a new device can still use it.
        const other = await app.request(
          '/api/v1/enrol',
          json({ code, deviceId: 'NEW-ONE', airport: 'PLM', checkpoint: 'X' }),
        );
        expect(other.status).toBe(200);
      });

      it('lets a device re-enrol with its own token as proof', async () => {
        const app = createReceiverApp({ db });
        const first = await enrol(app, 'OWNER');
        const again = await enrol(app, 'OWNER', first.body.deviceToken);
        expect(again.status).toBe(200);
        expect(again.body.deviceToken).not.toBe(first.body.deviceToken);
      });

      it('keeps a revoked device revoked: 401 revoked on sync, 403 revoked on enrolment', async () => {
        const app = createReceiverApp({ db });
        const first = await enrol(app, 'LOST');
        const token = first.body.deviceToken ?? '';
        expect(await revokeDevice(db, 'LOST', 'test')).toBe(true);
        const refused = await app.request('/api/v1/watchlist', { headers: bearer(token) });
        expect(refused.status).toBe(401);
        expect(await refused.json()).toEqual({ error: 'sync.error.revoked' });
        const back = await enrol(app, 'LOST', token);
        expect(back).toMatchObject({ status: 403, body: { error: 'sync.error.revoked' } });
        const unknown = await app.request('/api/v1/watchlist', { headers: bearer('nope') });
        expect(await unknown.json()).toEqual({ error: 'sync.error.unauthorized' });
      });

      it('stores the tablet status report on the device row', async () => {
        const app = createReceiverApp({ db });
        const { body } = await enrol(app, 'REPORTER');
        const res = await app.request(
          '/api/v1/device-status',
          json({ appVersion: '2.3.1', pending: 4, rejected: 1 }, bearer(body.deviceToken ?? '')),
        );
        expect(res.status).toBe(200);
        const rows = await db.query(
          "SELECT app_version, pending, rejected, last_seen_at IS NOT NULL AS seen FROM devices WHERE id = 'REPORTER'",
        );
        expect(rows).toEqual([{ app_version: '2.3.1', pending: 4, rejected: 1, seen: true }]);
      });

      it('requires a JSON body: 415 in the receiver error format otherwise', async () => {
        const app = createReceiverApp({ db });
        const res = await app.request('/api/v1/enrol', {
          method: 'POST',
          headers: { 'Content-Type': 'text/plain' },
          body: JSON.stringify({ code: 'ABCDEFGH', deviceId: 'T', airport: 'PLM', checkpoint: 'X' }),
        });
        expect(res.status).toBe(415);
        expect(await res.json()).toEqual({ error: 'sync.error.unsupportedMediaType' });
      });
    });

    describe('record schemas refuse what the database cannot hold', () => {
      it.each([
        ['a NUL in a note', { note: 'a\u0000b' }],
        ['a lone surrogate in a note', { note: 'a\uD800b' }],
        ['a revision of 2^31', { revision: 2 ** 31 }],
        ['a very long id', { id: 'x'.repeat(5000) }],
      ])('refuses %s', (_name, patch) => {
        expect(
          ScreeningSchema.safeParse({ ...makeScreening({ id: 'S', outcome: 'INTERVIEW' }), ...patch })
            .success,
        ).toBe(false);
      });

      it('accepts a paired surrogate (an emoji) and refuses impossible days and 2^31 counts', () => {
        expect(
          ScreeningSchema.safeParse({ ...makeScreening({ id: 'S', outcome: 'INTERVIEW' }), note: 'ok 😀' })
            .success,
        ).toBe(true);
        const count = {
          day: '2026-02-30',
          shift: 'pagi',
          airport: 'PLM',
          checkpoint: 'X',
          agency: 'IMIGRASI',
          clear: 1,
          clearAdvised: 0,
        };
        expect(CountsRequestSchema.safeParse({ counts: [count] }).success).toBe(false);
        expect(CountsRequestSchema.safeParse({ counts: [{ ...count, day: '2026-02-28' }] }).success).toBe(
          true,
        );
        expect(
          CountsRequestSchema.safeParse({ counts: [{ ...count, day: '2026-02-28', clear: 2 ** 31 }] })
            .success,
        ).toBe(false);
      });
    });

    describe('record ownership', () => {
      it("rejects another device's revision, a reused linked-person id and a foreign deviceId in the payload, and stores the good item beside them", async () => {
        const app = createReceiverApp({ db });
        const a = (await enrol(app, 'DEV-1')).body.deviceToken ?? '';
        const b = (await enrol(app, 'DEV-B')).body.deviceToken ?? '';
        const upload = (id: string, revision: number, deviceId: string, person: string, name = 'AGEN') => {
          const screening = { ...makeScreening({ id, revision, outcome: 'REFER_BP3MI' }), deviceId };
          return {
            screening,
            linkedPersons: [{ id: person, name, role: 'agent', createdAt: screening.createdAt }],
          };
        };
        const first = await app.request(
          '/api/v1/screenings',
          json({ items: [upload('OWNED-B', 1, 'DEV-B', 'LP-B')] }, bearer(b)),
        );
        expect(((await first.json()) as { results: { status: string }[] }).results[0]?.status).toBe(
          'accepted',
        );
        const attack = await app.request(
          '/api/v1/screenings',
          json(
            {
              items: [
                upload('OWNED-B', 2, 'DEV-1', 'LP-A'),
                upload('OWNED-B', 1, 'DEV-1', 'LP-B'),
                upload('MINE', 1, 'DEV-1', 'LP-B', 'OVERWRITE'),
                upload('SPOOF', 1, 'DEV-B', 'LP-S'),
                upload('GOOD', 1, 'DEV-1', 'LP-G'),
              ],
            },
            bearer(a),
          ),
        );
        const { results } = (await attack.json()) as {
          results: { id: string; status: string; reason?: string }[];
        };
        expect(results.map((r) => [r.id, r.status, r.reason])).toEqual([
          ['OWNED-B', 'rejected', 'sync.error.foreignRecord'],
          ['OWNED-B', 'rejected', 'sync.error.foreignRecord'],
          ['MINE', 'rejected', 'sync.error.foreignRecord'],
          ['SPOOF', 'rejected', 'sync.error.foreignDevice'],
          ['GOOD', 'accepted', undefined],
        ]);
        const person = await db.query<{ name: string }>(
          "SELECT payload->>'name' AS name FROM linked_persons WHERE id = 'LP-B'",
        );
        expect(person).toEqual([{ name: 'AGEN' }]);
      });
    });

    describe('cursors', () => {
      it('answers a 20-digit or non-digit cursor with a 400, not a database error', async () => {
        const app = createReceiverApp({ db });
        const token = (await enrol(app, 'CURSOR-DEV')).body.deviceToken ?? '';
        for (const path of ['/api/v1/watchlist', '/api/v1/catalogue']) {
          const long = await app.request(`${path}?cursor=${'9'.repeat(20)}`, { headers: bearer(token) });
          expect(long.status).toBe(400);
          const word = await app.request(`${path}?cursor=abc`, { headers: bearer(token) });
          expect(word.status).toBe(400);
          const ok = await app.request(`${path}?cursor=${'9'.repeat(18)}`, { headers: bearer(token) });
          expect(ok.status).toBe(200);
        }
      });
    });

    describe('audit', () => {
      it('reports the same seq with different content as a conflict and keeps both', async () => {
        const app = createReceiverApp({ db });
        const token = (await enrol(app, 'AUDIT-DEV')).body.deviceToken ?? '';
        const entry = { seq: 7, at: '2026-01-01T00:00:00Z', actor: 'O1', action: 'screening.save' };
        const send = async (entries: unknown[]) =>
          (await app.request('/api/v1/audit', json({ entries }, bearer(token)))).json();
        expect(await send([entry])).toEqual({ stored: 1, duplicates: 0, storedThroughSeq: 7 });
        expect(await send([entry])).toEqual({ stored: 0, duplicates: 1, storedThroughSeq: 7 });
        expect(await send([{ ...entry, action: 'screening.delete' }])).toMatchObject({
          stored: 0,
          duplicates: 0,
          conflicts: [7],
        });
        const kept = await db.query<{ n: number }>(
          "SELECT (SELECT count(*) FROM audit_entries WHERE device_id = 'AUDIT-DEV')::int + (SELECT count(*) FROM audit_conflicts WHERE device_id = 'AUDIT-DEV')::int AS n",
        );
        expect(kept).toEqual([{ n: 2 }]);
      });
    });
  });
}
