import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../server/db.ts';
import { startReceiver, type RunningReceiver } from '../../server/receiver.ts';
import { issueEnrolCode, upsertWatchlist } from '../../server/repository.ts';
import type { ScreeningUpload } from '../../src/sync/contract.ts';
import { MemoryOutbox } from '../../src/sync/memory-outbox.ts';
import { runOutbox, type RunReport } from '../../src/sync/outbox-engine.ts';
import { createSyncClient } from '../../src/sync/sync-client.ts';
import { makeScreening } from '../fixtures/screenings.ts';
import { FaultProxy, type Fault } from './fault-proxy.ts';
import { startPostgres, type PgTarget } from './pg-cluster.ts';

const TIMEOUT_MS = 400;
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

function upload(id: string, revision: number, note = ''): ScreeningUpload {
  const screening = makeScreening({ id, revision, outcome: 'REFER_BP3MI', note });
  return {
    screening,
    linkedPersons: [{ id: `lp-${id}`, name: 'AGEN', role: 'agent', createdAt: screening.createdAt }],
  };
}

/** A receiver behind a fault proxy, restartable on the same database. */
async function setup(kind: 'pglite' | 'postgres') {
  const dataDir = mkdtempSync(join(tmpdir(), 'saring-pglite-'));
  temps.push(dataDir);
  const openOptions = kind === 'postgres' ? { databaseUrl: pg.url ?? undefined } : { dataDir };
  let db: Db = await openDb(openOptions);
  if (kind === 'postgres') {
    await db.query(
      'TRUNCATE devices, enrol_codes, screening_revisions, linked_persons, audit_entries, shift_counts, watchlist, catalogue',
    );
  }
  let receiver: RunningReceiver = await startReceiver({ port: 0, db });
  let restarts = 0;
  const proxy = new FaultProxy(receiver.url, {
    path: '/api/v1/screenings',
    slowMs: TIMEOUT_MS * 3,
    restart: async () => {
      await receiver.close();
      await db.close();
      db = await openDb(openOptions);
      receiver = await startReceiver({ port: 0, db });
      proxy.target = receiver.url;
      restarts += 1;
    },
  });
  const proxyUrl = await proxy.start();
  let token: string | null = null;
  const client = createSyncClient({ baseUrl: proxyUrl, getToken: () => token, timeoutMs: TIMEOUT_MS });
  const code = await issueEnrolCode(db);
  const enrolled = await client.enrol({
    code,
    deviceId: 'DEV-1',
    airport: 'PLM',
    checkpoint: 'PRE-XRAY-INTL',
  });
  if (!enrolled.ok) throw new Error(`enrolment failed: ${enrolled.reason}`);
  token = enrolled.value.deviceToken;
  return {
    client,
    proxy,
    db: () => db,
    restarts: () => restarts,
    setToken: (t: string | null) => (token = t),
    async close() {
      await proxy.stop();
      await receiver.close();
      await db.close();
    },
  };
}

for (const kind of ['pglite', 'postgres'] as const) {
  describe(`client + receiver over HTTP on 127.0.0.1 (${kind})`, () => {
    const skip = () => kind === 'postgres' && !pg.url;

    it('delivers every flagged screening exactly once, latest revision included, through every fault', async (ctx) => {
      if (skip()) return ctx.skip();
      const env = await setup(kind);
      const outbox = new MemoryOutbox();
      const N = 60;
      let t = 1_000;
      for (let i = 0; i < N; i += 1) outbox.add(upload(`scr-${i}`, 1), t++);
      // every fifth screening was amended before it went out
      for (let i = 0; i < N; i += 5) outbox.add(upload(`scr-${i}`, 2, 'amended'), t++);
      const faults: Fault[] = [
        '500',
        'captive',
        'reset',
        'slow',
        'duplicate',
        '500-after',
        'reset-after',
        'restart',
      ];
      env.proxy.faults = ['pass', ...faults.flatMap((f) => [f, 'pass' as Fault])];
      const totals = { sent: 0, retried: 0, duplicates: 0, accepted: 0, runs: 0 };
      let now = 10_000;
      for (let run = 0; run < 100 && (await outbox.counts()).pending > 0; run += 1) {
        const report: RunReport = await runOutbox({
          port: outbox,
          client: env.client,
          batchSize: 8,
          now: () => now,
        });
        totals.sent += report.sent;
        totals.retried += report.retried;
        totals.duplicates += report.duplicates;
        totals.accepted += report.accepted;
        totals.runs += 1;
        if (process.env.DEBUG_SYNC) console.log(JSON.stringify(report), await outbox.counts(), now);
        now = Math.max(now, (await outbox.nextDueAt()) ?? now);
      }
      const expected = [...outbox.entries.keys()].sort();
      const rows = await env
        .db()
        .query<{ key: string }>("SELECT id || ':' || revision AS key FROM screening_revisions ORDER BY 1");
      const latest = await env.db().query<{ id: string; revision: number; note: string }>(
        `SELECT DISTINCT ON (id) id, revision, payload->'screening'->>'note' AS note
         FROM screening_revisions ORDER BY id, revision DESC`,
      );
      const lost = expected.filter((k) => !rows.some((r) => r.key === k)).length;
      console.log(
        `[${kind}] revisions queued ${expected.length}, on server ${rows.length}, sent ${totals.sent}, retried ${totals.retried}, ` +
          `duplicates absorbed ${totals.duplicates}, runs ${totals.runs}, receiver restarts ${env.restarts()}, lost ${lost}; faults ${env.proxy.seen.filter((f) => f !== 'pass').join(',')}`,
      );
      expect(env.proxy.faults).toEqual([]);
      expect(rows.map((r) => r.key)).toEqual(expected);
      expect(lost).toBe(0);
      expect(latest).toHaveLength(N);
      for (const row of latest) {
        const amended = Number(row.id.slice(4)) % 5 === 0;
        expect([row.revision, row.note]).toEqual(amended ? [2, 'amended'] : [1, '']);
      }
      expect((await outbox.counts()).acknowledged).toBe(expected.length);
      expect(totals.duplicates).toBeGreaterThan(0);
      expect(env.restarts()).toBe(1);
      await env.close();
    }, 60_000);

    it('answers a different payload under a stored revision with a conflict and never overwrites', async (ctx) => {
      if (skip()) return ctx.skip();
      const env = await setup(kind);
      expect((await env.client.uploadScreenings([upload('scr-c', 1, 'first')])).ok).toBe(true);
      const again = await env.client.uploadScreenings([
        upload('scr-c', 1, 'first'),
        upload('scr-c', 1, 'changed'),
      ]);
      expect(again.ok && again.value.results.map((r) => r.status)).toEqual(['duplicate', 'conflict']);
      const rows = await env
        .db()
        .query<{ note: string }>(
          "SELECT payload->'screening'->>'note' AS note FROM screening_revisions WHERE id = 'scr-c'",
        );
      expect(rows).toEqual([{ note: 'first' }]);
      await env.close();
    }, 30_000);

    it('refuses an unknown token (401), a spent enrolment code, and rejects an invalid record alone', async (ctx) => {
      if (skip()) return ctx.skip();
      const env = await setup(kind);
      const bad = { ...upload('scr-bad', 1), screening: { ...upload('scr-bad', 1).screening, revision: 0 } };
      const mixed = await env.client.uploadScreenings([upload('scr-ok', 1), bad]);
      expect(mixed.ok && mixed.value.results.map((r) => [r.id, r.status])).toEqual([
        ['scr-ok', 'accepted'],
        ['scr-bad', 'rejected'],
      ]);
      env.setToken('not-a-token-not-a-token-not-a-token');
      const refused = await env.client.uploadScreenings([upload('scr-x', 1)]);
      expect(refused).toMatchObject({ ok: false, kind: 'unauthorized' });
      const reuse = await env.client.enrol({
        code: 'AAAA-BBBB',
        deviceId: 'D2',
        airport: 'PLM',
        checkpoint: 'X',
      });
      expect(reuse).toMatchObject({ ok: false, kind: 'rejected', reason: 'sync.error.badCode' });
      await env.close();
    }, 30_000);

    it("stores audit entries once and replaces a shift's CLEAR counts on a later upload", async (ctx) => {
      if (skip()) return ctx.skip();
      const env = await setup(kind);
      const entry = (seq: number) => ({ seq, at: '2026-11-23T01:00:00Z', actor: 'OFF-1', action: 'view' });
      const first = await env.client.uploadAudit({ entries: [entry(1), entry(2)] });
      const again = await env.client.uploadAudit({ entries: [entry(2), entry(3)] });
      expect(first.ok && first.value).toEqual({ stored: 2, duplicates: 0, storedThroughSeq: 2 });
      expect(again.ok && again.value).toEqual({ stored: 1, duplicates: 1, storedThroughSeq: 3 });
      const shift = {
        day: '2026-11-23',
        shift: '07:00',
        airport: 'PLM',
        checkpoint: 'X',
        agency: 'IMIGRASI' as const,
      };
      await env.client.uploadCounts({ counts: [{ ...shift, clear: 10, clearAdvised: 1 }] });
      await env.client.uploadCounts({ counts: [{ ...shift, clear: 12, clearAdvised: 2 }] });
      const rows = await env
        .db()
        .query<{ clear: number; clear_advised: number }>('SELECT clear, clear_advised FROM shift_counts');
      expect(rows).toEqual([{ clear: 12, clear_advised: 2 }]);
      await env.close();
    }, 30_000);

    it('serves watchlist deltas since a cursor, and proves itself on /health', async (ctx) => {
      if (skip()) return ctx.skip();
      const env = await setup(kind);
      const entry = (id: string, name: string) => ({
        id,
        kind: 'cegah' as const,
        name,
        updatedAt: '2026-11-23T00:00:00Z',
      });
      await upsertWatchlist(env.db(), [entry('w1', 'A'), entry('w2', 'B')]);
      const first = await env.client.pullWatchlist('');
      expect(first.ok && first.value.entries.map((e) => e.id)).toEqual(['w1', 'w2']);
      await upsertWatchlist(env.db(), [entry('w2', 'B2')]);
      const next = first.ok ? await env.client.pullWatchlist(first.value.cursor) : null;
      expect(next?.ok && next.value.entries.map((e) => e.name)).toEqual(['B2']);
      expect((await env.client.health('n-123')).ok).toBe(true);
      await env.close();
    }, 30_000);
  });
}
