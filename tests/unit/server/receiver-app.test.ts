import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReceiverApp } from '../../../server/app.ts';
import { openDb, type Db } from '../../../server/db.ts';
import { createRateLimiter } from '../../../server/rate-limit.ts';
import { issueEnrolCode, sha256, storeScreenings } from '../../../server/repository.ts';
import { makeScreening } from '../../fixtures/screenings.ts';

let db: Db;
const dist = mkdtempSync(join(tmpdir(), 'saring-dist-test-'));

beforeAll(async () => {
  db = await openDb({ dataDir: 'memory://' });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Saring</title>');
  writeFileSync(join(dist, 'app.js'), 'console.log(1)');
}, 30_000);
afterAll(async () => {
  await db.close();
  rmSync(dist, { recursive: true, force: true });
});

const post = (path: string, body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...headers },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

describe('reference receiver', () => {
  it('stores only the SHA-256 of a device token, and a code works once', async () => {
    const app = createReceiverApp({ db });
    const code = await issueEnrolCode(db);
    const request = { code: code.toLowerCase(), deviceId: 'DEV-9', airport: 'PLM', checkpoint: 'X' };
    const first = await app.request('/api/v1/enrol', post('/enrol', request));
    const { deviceToken } = (await first.json()) as { deviceToken: string };
    const rows = await db.query<{ token_hash: string }>("SELECT token_hash FROM devices WHERE id = 'DEV-9'");
    expect(rows).toEqual([{ token_hash: sha256(deviceToken) }]);
    expect((await app.request('/api/v1/enrol', post('/enrol', request))).status).toBe(403);
  });

  it('answers repeats inside one batch as duplicate or conflict, never storing a revision twice', async () => {
    const item = (note: string) => ({
      screening: makeScreening({ id: 'in-batch', outcome: 'INTERVIEW', note }),
      linkedPersons: [],
    });
    const results = await storeScreenings(db, 'DEV-1', [item('a'), item('a'), item('b')]);
    expect(results.map((r) => r.status)).toEqual(['accepted', 'duplicate', 'conflict']);
    const rows = await db.query<{ note: string }>(
      "SELECT payload->'screening'->>'note' AS note FROM screening_revisions WHERE id = 'in-batch'",
    );
    expect(rows).toEqual([{ note: 'a' }]);
  });

  it('refuses bodies over the limit (413) and invalid bodies (400 with the first issue)', async () => {
    const app = createReceiverApp({ db, maxBodyBytes: 1000 });
    const big = await app.request('/api/v1/enrol', post('/enrol', { code: 'x'.repeat(5000) }));
    expect(big.status).toBe(413);
    const bad = await app.request('/api/v1/enrol', post('/enrol', { code: 'ABC' }));
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string; detail: string }).detail).toMatch(/^code/);
    expect((await app.request('/api/v1/enrol', post('/enrol', '{not json'))).status).toBe(400);
  });

  it('limits the request rate of unauthenticated requests per client address', async () => {
    const app = createReceiverApp({ db, rateLimitPerMinute: 3, clientAddress: () => 'limit-test' });
    const codes = [];
    for (let i = 0; i < 4; i += 1) codes.push((await app.request('/api/v1/health?nonce=a')).status);
    expect(codes).toEqual([200, 200, 200, 429]);
    const refused = await app.request('/api/v1/health');
    expect(await refused.json()).toEqual({ error: 'rate_limited' });
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0);
  });

  it('keeps each budget in the database per minute: a device token apart from its address', async () => {
    let t = 60_000;
    const limiter = createRateLimiter({
      db,
      perToken: 2,
      perAddress: 1,
      perEnrol: 1,
      isDeviceToken: async (token) => token === 'good',
      now: () => t,
    });
    const good = 'Bearer good';
    const verdicts = [
      await limiter.check(undefined, 'clock-test'),
      await limiter.check('Bearer junk', 'clock-test'),
      await limiter.check(good, 'clock-test'),
      await limiter.check(good, 'clock-test'),
      await limiter.check(good, 'clock-test'),
    ].map((v) => v.allowed);
    expect(verdicts).toEqual([true, false, true, true, false]);
    t = 120_000;
    expect((await limiter.check(good, 'clock-test')).allowed).toBe(true);
    expect((await limiter.check(undefined, 'clock-test')).allowed).toBe(true);
    // A second limiter (another receiver process) over the same database shares the counts.
    const other = createRateLimiter({
      db,
      perToken: 2,
      perAddress: 1,
      perEnrol: 1,
      isDeviceToken: async () => false,
      now: () => t,
    });
    expect((await other.check(undefined, 'clock-test')).allowed).toBe(false);
  });

  it('serves the app with a single-page fallback, but never for the API', async () => {
    const app = createReceiverApp({ db, distDir: dist });
    const deep = await app.request('/history/scr-1');
    expect(await deep.text()).toContain('<title>Saring</title>');
    expect(deep.headers.get('cache-control')).toBe('no-cache');
    expect((await app.request('/app.js')).headers.get('content-type')).toContain('javascript');
    expect((await app.request('/missing.js')).status).toBe(404);
    for (const path of ['/../../etc/passwd', '/..%2f..%2f..%2fetc%2fpasswd']) {
      expect(await (await app.request(path)).text()).not.toContain('root:');
    }
    expect((await app.request('/api/v2/health')).status).toBe(404);
    expect((await app.request('/api/v1/screenings', post('/screenings', { items: [] }))).status).toBe(401);
  });
});
