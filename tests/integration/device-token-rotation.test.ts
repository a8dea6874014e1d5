import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReceiverApp } from '../../server/app.ts';
import { openDb, type Db } from '../../server/db.ts';
import { startReceiver } from '../../server/receiver.ts';
import { issueEnrolCode, revokeDevice, sha256 } from '../../server/repository.ts';
import { createSyncClient } from '../../src/sync/sync-client.ts';
import { startPostgres, type PgTarget } from './pg-cluster.ts';

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

const DAY_MS = 86_400_000;
let serial = 0;

for (const kind of ['pglite', 'postgres'] as const) {
  describe(`device token rotation (${kind})`, () => {
    const ready = (ctx: { skip: () => void }): Db => {
      const db = dbs[kind];
      if (!db) ctx.skip();
      return db as Db;
    };

    async function enrolled(db: Db, previousToken?: string, deviceId = `ROT-${kind}-${(serial += 1)}`) {
      const app = createReceiverApp({ db, rateLimitPerMinute: 100_000 });
      const code = await issueEnrolCode(db);
      const res = await app.request('/api/v1/enrol', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          code,
          deviceId,
          airport: 'PLM',
          checkpoint: 'X',
          ...(previousToken ? { previousToken } : {}),
        }),
      });
      const body = (await res.json()) as { deviceToken: string; expiresAt: string; error?: string };
      const status = (token: string) =>
        Promise.resolve(
          app.request('/api/v1/device-status', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
            body: JSON.stringify({ appVersion: '1.0', pending: 0, rejected: 0 }),
          }),
        ).then(async (r) => ({ status: r.status, body: (await r.json()) as { error?: string } }));
      const rotate = (token: string) =>
        Promise.resolve(
          app.request('/api/v1/token', { method: 'POST', headers: { Authorization: `Bearer ${token}` } }),
        ).then(async (r) => ({
          status: r.status,
          body: (await r.json()) as { deviceToken?: string; expiresAt?: string; error?: string },
        }));
      return { app, deviceId, res, token: body.deviceToken, expiresAt: body.expiresAt, status, rotate };
    }

    it('enrolment answers when the token expires (30 days) and keeps only its hash', async (ctx) => {
      const db = ready(ctx);
      const t = await enrolled(db);
      expect(t.res.status).toBe(200);
      const days = (Date.parse(t.expiresAt) - Date.now()) / DAY_MS;
      expect(days).toBeGreaterThan(29.9);
      expect(days).toBeLessThanOrEqual(30);
      const rows = await db.query<{ token_hash: string }>(
        'SELECT token_hash FROM device_tokens WHERE device_id = $1',
        [t.deviceId],
      );
      expect(rows).toEqual([{ token_hash: sha256(t.token) }]);
    });

    it('rotation gives a new token; the old one works until the new one is first used, then says tokenExpired', async (ctx) => {
      const db = ready(ctx);
      const t = await enrolled(db);
      const rotated = await t.rotate(t.token);
      expect(rotated.status).toBe(200);
      const fresh = rotated.body.deviceToken ?? '';
      expect(fresh).not.toBe(t.token);
      expect(Date.parse(rotated.body.expiresAt ?? '') - Date.now()).toBeGreaterThan(29.9 * DAY_MS);
      // The answer might have been lost: the old token still opens the receiver.
      expect((await t.status(t.token)).status).toBe(200);
      expect((await t.status(fresh)).status).toBe(200);
      // The new one has been used: the old one is over.
      expect(await t.status(t.token)).toEqual({ status: 401, body: { error: 'sync.error.tokenExpired' } });
      expect((await t.rotate(t.token)).body).toEqual({ error: 'sync.error.tokenExpired' });
      expect((await t.status(fresh)).status).toBe(200);
    });

    it('a rotated-away token whose successor is never used works for 24 hours, then is refused', async (ctx) => {
      const db = ready(ctx);
      const t = await enrolled(db);
      const fresh = (await t.rotate(t.token)).body.deviceToken ?? '';
      const grace = await db.query<{ hours: number }>(
        `SELECT round(extract(epoch FROM grace_until - now()) / 3600)::int AS hours
         FROM device_tokens WHERE token_hash = $1`,
        [sha256(t.token)],
      );
      expect(grace).toEqual([{ hours: 24 }]);
      await db.query(
        `UPDATE device_tokens SET grace_until = now() - interval '1 second' WHERE token_hash = $1`,
        [sha256(t.token)],
      );
      expect(await t.status(t.token)).toEqual({ status: 401, body: { error: 'sync.error.tokenExpired' } });
      expect((await t.status(fresh)).status).toBe(200);
    });

    it('rotating the same old token again ends the first, never-used successor and never extends the grace', async (ctx) => {
      const db = ready(ctx);
      const t = await enrolled(db);
      const lost = (await t.rotate(t.token)).body.deviceToken ?? '';
      await db.query(
        `UPDATE device_tokens SET grace_until = now() + interval '2 hours' WHERE token_hash = $1`,
        [sha256(t.token)],
      );
      const second = (await t.rotate(t.token)).body.deviceToken ?? '';
      expect(await t.status(lost)).toEqual({ status: 401, body: { error: 'sync.error.tokenExpired' } });
      const grace = await db.query<{ hours: number }>(
        `SELECT round(extract(epoch FROM grace_until - now()) / 3600)::int AS hours
         FROM device_tokens WHERE token_hash = $1`,
        [sha256(t.token)],
      );
      expect(grace).toEqual([{ hours: 2 }]);
      expect((await t.status(second)).status).toBe(200);
    });

    it('a token past its 30 days is refused with tokenExpired, cannot rotate, and still proves a re-enrolment', async (ctx) => {
      const db = ready(ctx);
      const t = await enrolled(db);
      await db.query(
        `UPDATE device_tokens SET expires_at = now() - interval '1 second' WHERE token_hash = $1`,
        [sha256(t.token)],
      );
      expect(await t.status(t.token)).toEqual({ status: 401, body: { error: 'sync.error.tokenExpired' } });
      expect(await t.rotate(t.token)).toEqual({ status: 401, body: { error: 'sync.error.tokenExpired' } });
      const again = await enrolled(db, t.token, t.deviceId);
      expect(again.res.status).toBe(200);
      expect((await t.status(again.token)).status).toBe(200);
    });

    it('re-enrolment ends every older token of the device, the grace-day one included', async (ctx) => {
      const db = ready(ctx);
      const t = await enrolled(db);
      const fresh = (await t.rotate(t.token)).body.deviceToken ?? '';
      const again = await enrolled(db, fresh, t.deviceId);
      expect(again.res.status).toBe(200);
      for (const old of [t.token, fresh])
        expect(await t.status(old)).toEqual({ status: 401, body: { error: 'sync.error.tokenExpired' } });
      expect((await t.status(again.token)).status).toBe(200);
    });

    it('revocation refuses every token of the device, current and grace-day alike, with the revoked reason', async (ctx) => {
      const db = ready(ctx);
      const t = await enrolled(db);
      const fresh = (await t.rotate(t.token)).body.deviceToken ?? '';
      expect(await revokeDevice(db, t.deviceId, 'test')).toBe(true);
      for (const token of [t.token, fresh]) {
        expect(await t.status(token)).toEqual({ status: 401, body: { error: 'sync.error.revoked' } });
        expect(await t.rotate(token)).toEqual({ status: 401, body: { error: 'sync.error.revoked' } });
      }
      const open = await db.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM device_tokens WHERE device_id = $1 AND expires_at > now()',
        [t.deviceId],
      );
      expect(open).toEqual([{ n: 0 }]);
    });

    it("the tablet's sync client rotates over HTTP and its answer passes the contract", async (ctx) => {
      const db = ready(ctx);
      const t = await enrolled(db);
      const receiver = await startReceiver({ port: 0, db, rateLimitPerMinute: 100_000 });
      try {
        let token = t.token;
        const client = createSyncClient({ baseUrl: receiver.url, getToken: () => token });
        const rotated = await client.rotateToken();
        expect(rotated.ok).toBe(true);
        if (!rotated.ok) return;
        token = rotated.value.deviceToken;
        expect((await client.reportStatus({ appVersion: '1.0', pending: 0, rejected: 0 })).ok).toBe(true);
        token = t.token;
        expect(await client.reportStatus({ appVersion: '1.0', pending: 0, rejected: 0 })).toMatchObject({
          ok: false,
          kind: 'unauthorized',
          reason: 'sync.error.tokenExpired',
        });
      } finally {
        await receiver.close();
      }
    });
  });
}
