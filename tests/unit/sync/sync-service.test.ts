import { describe, expect, it } from 'vitest';
import { MemoryOutbox } from '../../../src/sync/memory-outbox.ts';
import { createSyncClient } from '../../../src/sync/sync-client.ts';
import { createSyncService } from '../../../src/sync/sync-service.ts';
import { TokenKeeper, type TokenState } from '../../../src/sync/token-keeper.ts';
import { makeScreening } from '../../fixtures/screenings.ts';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

async function setup(
  answer: (body: { items: { screening: { id: string; revision: number } }[] }) => Response,
) {
  const outbox = new MemoryOutbox();
  for (let i = 0; i < 3; i += 1) {
    outbox.add({ screening: makeScreening({ id: `s-${i}`, outcome: 'INTERVIEW' }), linkedPersons: [] }, i);
  }
  let calls = 0;
  let portal = false;
  const fetchFn = (async (url: string, init?: RequestInit) => {
    calls += 1;
    if (url.includes('/health?nonce=')) {
      const nonce = decodeURIComponent(url.split('nonce=')[1]!);
      return json({
        service: 'saring-receiver',
        apiVersion: 1,
        nonceEcho: portal ? 'x' : nonce,
        time: 'now',
      });
    }
    if (url.endsWith('/enrol'))
      return json({ deviceId: 'D', deviceToken: 'x'.repeat(40), enrolledAt: '2026-11-23T00:00:00Z' });
    return answer(JSON.parse(String(init?.body)));
  }) as unknown as typeof fetch;
  let state: TokenState | null = { token: 'tok', issuedAt: Date.now() };
  const tokens = new TokenKeeper({ load: async () => state, save: async (next) => void (state = next) });
  await tokens.load();
  const busy: string[] = [];
  let runs = 0;
  const service = createSyncService({
    port: outbox,
    client: createSyncClient({ baseUrl: 'http://r', getToken: () => tokens.current(), fetch: fetchFn }),
    tokens,
    holdBusy: (reason) => {
      runs += 1;
      busy.push(reason);
      return () => busy.splice(busy.indexOf(reason), 1);
    },
  });
  return {
    service,
    outbox,
    busy,
    runs: () => runs,
    calls: () => calls,
    portal: () => (portal = true),
    setToken: async (t: string | null) => {
      state = t === null ? null : { token: t, issuedAt: Date.now() };
      await tokens.load();
    },
  };
}

/** A token that never needs rotating. */
const fixedTokens = () => {
  let state: TokenState | null = { token: 't', issuedAt: Date.now() };
  return new TokenKeeper({ load: async () => state, save: async (next) => void (state = next) }).load();
};

const accept = (body: { items: { screening: { id: string; revision: number } }[] }) =>
  json({
    results: body.items.map((i) => ({
      id: i.screening.id,
      revision: i.screening.revision,
      status: 'accepted',
    })),
  });

describe('sync service', () => {
  it('holds the app busy while sending, then shows counts and the last success', async () => {
    const env = await setup(accept);
    let busyDuring = false;
    env.service.subscribe((s) => {
      if (s.running) busyDuring = env.busy.includes('sync');
    });
    await env.service.syncNow();
    expect(busyDuring).toBe(true);
    expect(env.busy).toEqual([]);
    const status = env.service.status();
    expect(status.counts.acknowledged).toBe(3);
    expect(status.lastSuccessAt).not.toBeNull();
    expect(status.totals.accepted).toBe(3);
  });

  it('does not spend attempts when the health check is not answered by the receiver (captive portal)', async () => {
    const env = await setup(accept);
    env.portal();
    await env.service.syncNow();
    expect(env.service.status().lastError).toBe('sync.error.notReceiver');
    expect([...env.outbox.entries.values()].map((e) => [e.state, e.attempts])).toEqual([
      ['pending', 0],
      ['pending', 0],
      ['pending', 0],
    ]);
  });

  it('sends smaller batches after a timeout and grows them back after a success', async () => {
    const outbox = new MemoryOutbox();
    for (let i = 0; i < 8; i += 1) {
      outbox.add({ screening: makeScreening({ id: `s-${i}`, outcome: 'INTERVIEW' }), linkedPersons: [] }, i);
    }
    let slow = true;
    const sizes: number[] = [];
    const fetchFn = ((url: string, init?: RequestInit) => {
      if (url.includes('/health?nonce=')) {
        const nonce = decodeURIComponent(url.split('nonce=')[1]!);
        return Promise.resolve(
          json({ service: 'saring-receiver', apiVersion: 1, nonceEcho: nonce, time: 'now' }),
        );
      }
      const body = JSON.parse(String(init?.body)) as Parameters<typeof accept>[0];
      sizes.push(body.items.length);
      if (!slow) return Promise.resolve(accept(body));
      return new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    }) as unknown as typeof fetch;
    let clock = 0;
    const service = createSyncService({
      port: outbox,
      client: createSyncClient({ baseUrl: 'http://r', getToken: () => 't', fetch: fetchFn, timeoutMs: 10 }),
      tokens: await fixedTokens(),
      holdBusy: () => () => undefined,
      batchSize: 4,
      // every run happens after the backoff has passed
      now: () => (clock += 3_600_000),
    });
    await service.syncNow();
    await service.syncNow();
    expect(service.batchSize()).toBe(1);
    slow = false;
    await service.syncNow();
    expect(service.batchSize()).toBe(2);
    expect(sizes).toEqual([4, 2, 1, 1, 1, 1, 1, 1, 1, 1]);
    expect((await outbox.counts()).acknowledged).toBe(8);
  });

  it('coalesces triggers that arrive while a sync runs into one more run', async () => {
    const env = await setup(accept);
    await Promise.all([env.service.syncNow(), env.service.syncNow(), env.service.syncNow()]);
    expect(env.runs()).toBe(2);
    // two health checks, one upload, a device status report after each run
    expect(env.calls()).toBe(5);
  });

  it('asks for enrolment on 401 and sends nothing before a token exists', async () => {
    const env = await setup(() => json({ error: 'sync.error.unauthorized' }, 401));
    await env.service.syncNow();
    expect(env.service.status()).toMatchObject({ needsEnrolment: true, lastSuccessAt: null });
    await env.setToken(null);
    const before = env.calls();
    await env.service.syncNow();
    expect(env.calls()).toBe(before);
  });

  it('shows each rejected record with its reason', async () => {
    const env = await setup((body) =>
      json({
        results: body.items.map((i, n) => ({
          id: i.screening.id,
          revision: i.screening.revision,
          status: n === 1 ? 'rejected' : 'accepted',
          reason: n === 1 ? 'sync.error.invalid' : undefined,
        })),
      }),
    );
    await env.service.syncNow();
    expect(env.service.status().failures).toEqual([
      { id: 's-1:1', screeningId: 's-1', revision: 1, reason: 'sync.error.invalid', queuedAt: 1 },
    ]);
  });

  it('runs one sender across tabs: skips when another tab holds the lock', async () => {
    const env = await setup(accept);
    const locks = {
      request: async (_name: string, _opts: unknown, cb: (lock: unknown) => Promise<void>) => cb(null),
    } as unknown as LockManager;
    const service = createSyncService({
      port: env.outbox,
      client: createSyncClient({
        baseUrl: 'http://r',
        getToken: () => 't',
        fetch: (() => {
          throw new Error('must not be called');
        }) as unknown as typeof fetch,
      }),
      tokens: await fixedTokens(),
      holdBusy: () => () => undefined,
      locks,
    });
    await service.syncNow();
    expect((await env.outbox.counts()).pending).toBe(3);
  });
});
