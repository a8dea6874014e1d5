import { describe, expect, it } from 'vitest';
import type { ScreeningUpload } from '../../../src/sync/contract.ts';
import { MemoryOutbox } from '../../../src/sync/memory-outbox.ts';
import { runOutbox } from '../../../src/sync/outbox-engine.ts';
import { createSyncClient } from '../../../src/sync/sync-client.ts';
import { makeScreening } from '../../fixtures/screenings.ts';

const T0 = 1_800_000_000_000;
const backoff = { baseMs: 1000, capMs: 60_000 };

function upload(id: string, revision = 1): ScreeningUpload {
  return { screening: makeScreening({ id, revision, outcome: 'INTERVIEW' }), linkedPersons: [] };
}

function outboxWith(n: number): MemoryOutbox {
  const outbox = new MemoryOutbox();
  for (let i = 0; i < n; i += 1) outbox.add(upload(`s-${i}`), T0 + i);
  return outbox;
}

type Handler = (items: ScreeningUpload[]) => Response | Promise<Response>;

/** A fetch that answers POST /screenings with `handler` and records each batch it saw. */
function fakeFetch(handler: Handler) {
  const batches: ScreeningUpload[][] = [];
  const fn = (async (_url: string, init?: RequestInit) => {
    const items = (JSON.parse(String(init?.body)) as { items: ScreeningUpload[] }).items;
    batches.push(items);
    return handler(items);
  }) as unknown as typeof fetch;
  return { fn, batches };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const acceptAll: Handler = (items) =>
  json({
    results: items.map((i) => ({ id: i.screening.id, revision: i.screening.revision, status: 'accepted' })),
  });

function run(
  outbox: MemoryOutbox,
  fetchFn: typeof fetch,
  extra: { timeoutMs?: number; batchSize?: number } = {},
) {
  const client = createSyncClient({
    baseUrl: 'http://r',
    getToken: () => 'tok',
    fetch: fetchFn,
    timeoutMs: extra.timeoutMs ?? 1000,
  });
  return runOutbox({
    port: outbox,
    client,
    now: () => T0 + 10_000,
    random: () => 0.5,
    backoff,
    batchSize: extra.batchSize ?? 100,
  });
}

describe('outbox engine', () => {
  it('sends in batches, acknowledges on a valid 2xx and reports progress to the end', async () => {
    const outbox = outboxWith(250);
    const { fn, batches } = fakeFetch(acceptAll);
    const client = createSyncClient({ baseUrl: 'http://r', getToken: () => 'tok', fetch: fn });
    const seen: number[] = [];
    const report = await runOutbox({
      port: outbox,
      client,
      batchSize: 100,
      now: () => T0 + 10_000,
      onProgress: (p) => seen.push(p.done),
    });
    expect(batches.map((b) => b.length)).toEqual([100, 100, 50]);
    expect(report.accepted).toBe(250);
    expect((await outbox.counts()).acknowledged).toBe(250);
    expect(seen.at(-1)).toBe(250);
  });

  it('treats a duplicate as delivered and a conflict as a failure the officer sees', async () => {
    const outbox = outboxWith(2);
    const { fn } = fakeFetch((items) =>
      json({
        results: [
          { id: items[0]!.screening.id, revision: 1, status: 'duplicate' },
          { id: items[1]!.screening.id, revision: 1, status: 'conflict', reason: 'sync.error.conflict' },
        ],
      }),
    );
    const report = await run(outbox, fn);
    expect(report.duplicates).toBe(1);
    expect(report.conflicts).toBe(1);
    expect(outbox.entries.get('s-0:1')?.state).toBe('acknowledged');
    expect(outbox.entries.get('s-1:1')).toMatchObject({
      state: 'rejected',
      lastError: 'sync.error.conflict',
    });
  });

  it('does not count a captive portal 200 HTML page as success: it retries later', async () => {
    const outbox = outboxWith(3);
    const { fn } = fakeFetch(
      () =>
        new Response('<html>Login to Airport WiFi</html>', {
          status: 200,
          headers: { 'Content-Type': 'text/html' },
        }),
    );
    const report = await run(outbox, fn);
    expect(report.stoppedFor).toBe('retry');
    for (const entry of outbox.entries.values()) {
      expect(entry).toMatchObject({ state: 'pending', attempts: 1, lastError: 'sync.error.notReceiver' });
      // random 0.5 → three quarters of the first 1 s step
      expect(entry.nextAttemptAt).toBe(T0 + 10_000 + 750);
    }
  });

  it('does not accept a 2xx JSON body that is not the contract', async () => {
    const outbox = outboxWith(1);
    const { fn } = fakeFetch(() => json({ ok: true }));
    expect((await run(outbox, fn)).stoppedFor).toBe('retry');
    expect(outbox.entries.get('s-0:1')?.state).toBe('pending');
  });

  it.each([
    [500, 'sync.error.server'],
    [503, 'sync.error.server'],
    [429, 'sync.error.server'],
  ])('retries on HTTP %i with backoff', async (status, reason) => {
    const outbox = outboxWith(2);
    const { fn } = fakeFetch(() => json({ error: 'x' }, status));
    await run(outbox, fn);
    const entry = outbox.entries.get('s-0:1')!;
    expect(entry).toMatchObject({ state: 'pending', attempts: 1, lastError: reason });
    // a second failure waits longer
    await runOutbox({
      port: outbox,
      client: createSyncClient({ baseUrl: 'http://r', getToken: () => 't', fetch: fn }),
      now: () => entry.nextAttemptAt,
      random: () => 0.5,
      backoff,
    });
    const again = outbox.entries.get('s-0:1')!;
    expect(again.attempts).toBe(2);
    expect(again.nextAttemptAt - entry.nextAttemptAt).toBe(1500);
  });

  it('retries when the connection is reset', async () => {
    const outbox = outboxWith(1);
    const fn = (async () => {
      throw new TypeError('fetch failed: ECONNRESET');
    }) as unknown as typeof fetch;
    expect((await run(outbox, fn)).lastError).toBe('sync.error.network');
    expect(outbox.entries.get('s-0:1')?.state).toBe('pending');
  });

  it('gives up on a receiver slower than the timeout and retries later', async () => {
    const outbox = outboxWith(1);
    const fn = ((_url: string, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      })) as unknown as typeof fetch;
    const report = await run(outbox, fn, { timeoutMs: 30 });
    expect(report.lastError).toBe('sync.error.timeout');
    expect(outbox.entries.get('s-0:1')).toMatchObject({ state: 'pending', attempts: 1 });
  });

  it('stops on 401 and asks for enrolment without spending attempts', async () => {
    const outbox = outboxWith(3);
    const { fn, batches } = fakeFetch(() => json({ error: 'sync.error.unauthorized' }, 401));
    const report = await run(outbox, fn);
    expect(report.stoppedFor).toBe('unauthorized');
    expect(batches).toHaveLength(1);
    for (const entry of outbox.entries.values())
      expect(entry).toMatchObject({ state: 'pending', attempts: 0 });
  });

  it('on a 4xx for the batch, sends one by one so only the bad record is rejected, with its reason', async () => {
    const outbox = outboxWith(3);
    const { fn } = fakeFetch((items) =>
      items.length > 1 || items[0]!.screening.id === 's-1'
        ? json({ error: 'sync.error.invalid' }, 400)
        : acceptAll(items),
    );
    const report = await run(outbox, fn);
    expect(report.accepted).toBe(2);
    expect(outbox.entries.get('s-1:1')).toMatchObject({ state: 'rejected', lastError: 'sync.error.invalid' });
  });

  it('keeps an item the answer forgot pending for a retry', async () => {
    const outbox = outboxWith(2);
    const { fn } = fakeFetch((items) =>
      json({ results: [{ id: items[0]!.screening.id, revision: 1, status: 'accepted' }] }),
    );
    await run(outbox, fn);
    expect(outbox.entries.get('s-0:1')?.state).toBe('acknowledged');
    expect(outbox.entries.get('s-1:1')).toMatchObject({ state: 'pending', attempts: 1 });
  });

  it('resends entries left "sending" by a page closed mid-send', async () => {
    const outbox = outboxWith(2);
    await outbox.markSending(['s-0:1', 's-1:1']);
    const { fn } = fakeFetch(acceptAll);
    expect((await run(outbox, fn)).accepted).toBe(2);
  });

  it('sends an amendment as its own revision', async () => {
    const outbox = outboxWith(1);
    outbox.add(upload('s-0', 2), T0 + 5);
    const { fn, batches } = fakeFetch(acceptAll);
    await run(outbox, fn);
    expect(batches[0]!.map((i) => `${i.screening.id}:${i.screening.revision}`)).toEqual(['s-0:1', 's-0:2']);
  });

  it('waits for nextAttemptAt before retrying', async () => {
    const outbox = outboxWith(1);
    await outbox.markRetry('s-0:1', T0 + 60_000, 'x');
    const { fn, batches } = fakeFetch(acceptAll);
    await run(outbox, fn);
    expect(batches).toHaveLength(0);
  });
});
