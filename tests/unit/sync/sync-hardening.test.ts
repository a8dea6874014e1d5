import { describe, expect, it } from 'vitest';
import { pullCaseStates } from '../../../src/sync/case-states.ts';
import { MemoryOutbox } from '../../../src/sync/memory-outbox.ts';
import { runOutbox } from '../../../src/sync/outbox-engine.ts';
import { createSyncClient } from '../../../src/sync/sync-client.ts';
import { createSyncService } from '../../../src/sync/sync-service.ts';
import { TokenKeeper, type TokenState } from '../../../src/sync/token-keeper.ts';
import { makeScreening } from '../../fixtures/screenings.ts';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const html = (status: number) =>
  new Response('<html><body>Access denied</body></html>', {
    status,
    headers: { 'Content-Type': 'text/html' },
  });

type Batch = { items: { screening: { id: string; revision: number } }[] };
const accept = (body: Batch) =>
  json({
    results: body.items.map((i) => ({
      id: i.screening.id,
      revision: i.screening.revision,
      status: 'accepted',
    })),
  });

function outboxOf(n: number): MemoryOutbox {
  const outbox = new MemoryOutbox();
  for (let i = 0; i < n; i += 1)
    outbox.add({ screening: makeScreening({ id: `s-${i}`, outcome: 'INTERVIEW' }), linkedPersons: [] }, i);
  return outbox;
}

function clientFor(
  answer: (url: string, body: unknown, auth: string) => Response,
  token: () => string | null = () => 'tok',
) {
  const seen: string[] = [];
  const fetchFn = (async (url: string, init?: RequestInit) => {
    const path = url.replace('http://r/api/v1', '');
    seen.push(path);
    const auth = (init?.headers as Record<string, string>).Authorization ?? '';
    if (path.startsWith('/health?nonce=')) {
      const nonce = decodeURIComponent(path.split('nonce=')[1]!);
      return json({ service: 'saring-receiver', apiVersion: 1, nonceEcho: nonce, time: 'now' });
    }
    return answer(path, init?.body ? JSON.parse(String(init.body)) : undefined, auth);
  }) as unknown as typeof fetch;
  return { client: createSyncClient({ baseUrl: 'http://r', getToken: token, fetch: fetchFn }), seen };
}

describe('answers that are not the receiver’s', () => {
  it.each([403, 404, 413, 401])('a proxy’s HTML %i never marks a record rejected', async (status) => {
    const outbox = outboxOf(1);
    const { client } = clientFor(() => html(status));
    const report = await runOutbox({ port: outbox, client, batchSize: 1 });
    expect(report.rejected).toBe(0);
    expect([...outbox.entries.values()][0]).toMatchObject({ state: 'pending', attempts: 1 });
  });

  it('a 403 in the receiver’s JSON error format rejects the record', async () => {
    const outbox = outboxOf(1);
    const { client } = clientFor(() => json({ error: 'sync.error.invalid' }, 403));
    await runOutbox({ port: outbox, client, batchSize: 1 });
    expect([...outbox.entries.values()][0]).toMatchObject({
      state: 'rejected',
      lastError: 'sync.error.invalid',
    });
  });

  it('a 413 halves the batch instead of rejecting, until the receiver takes it', async () => {
    const outbox = outboxOf(8);
    const sizes: number[] = [];
    const { client } = clientFor((_path, body) => {
      const batch = body as Batch;
      sizes.push(batch.items.length);
      return batch.items.length > 2 ? json({ error: 'sync.error.tooLarge' }, 413) : accept(batch);
    });
    const report = await runOutbox({ port: outbox, client, batchSize: 8 });
    expect(sizes).toEqual([8, 4, 2, 2, 2, 2]);
    expect(report).toMatchObject({ accepted: 8, rejected: 0, batchSize: 2 });
  });
});

function keeper(initial: TokenState | null) {
  let state = initial;
  const tokens = new TokenKeeper({ load: async () => state, save: async (next) => void (state = next) });
  return { tokens, state: () => state };
}

describe('token rotation and revocation', () => {
  it('renews a token older than a day and keeps the old one until the new one works', async () => {
    const day = 24 * 3_600_000;
    const held = keeper({ token: 'old', issuedAt: 0 });
    await held.tokens.load();
    const used: string[] = [];
    const { client } = clientFor(
      (path, body, auth) => {
        used.push(`${path.split('?')[0]} ${auth}`);
        if (path === '/token')
          return json({ deviceToken: 'n'.repeat(40), expiresAt: '2027-01-01T00:00:00Z' });
        // The new token is refused once (as if the receiver never stored it): the old one must still be used.
        if (auth === `Bearer ${'n'.repeat(40)}`) return json({ error: 'sync.error.unauthorized' }, 401);
        if (path === '/screenings') return accept(body as Batch);
        return json({ error: 'not_found' }, 404);
      },
      () => held.tokens.current(),
    );
    const service = createSyncService({
      port: outboxOf(1),
      client,
      tokens: held.tokens,
      holdBusy: () => () => undefined,
      now: () => 2 * day,
    });
    await service.syncNow();
    expect(used).toContain(`/token Bearer old`);
    expect(held.state()?.token).toBe('old');
    expect(service.status().needsEnrolment).toBe(false);
  });

  it('a revoked tablet says so and stops syncing, with no retries', async () => {
    const held = keeper({ token: 'tok', issuedAt: Date.now() });
    await held.tokens.load();
    let revoked = false;
    const { client, seen } = clientFor(() => json({ error: 'sync.error.revoked' }, 401));
    const service = createSyncService({
      port: outboxOf(2),
      client,
      tokens: held.tokens,
      revocation: { load: async () => revoked, save: async (r) => void (revoked = r) },
      holdBusy: () => () => undefined,
    });
    await service.syncNow();
    expect(service.status()).toMatchObject({ revoked: true, needsEnrolment: false });
    const calls = seen.length;
    await service.syncNow();
    expect(seen.length).toBe(calls);
  });

  it('an expired token asks for re-enrolment, which proves the old token', async () => {
    const held = keeper({ token: 'expired-token', issuedAt: Date.now() });
    await held.tokens.load();
    let enrolBody: unknown;
    const { client } = clientFor((path, body) => {
      if (path === '/enrol') {
        enrolBody = body;
        return json({ deviceId: 'D', deviceToken: 'f'.repeat(40), enrolledAt: 'now' });
      }
      return json({ error: 'sync.error.tokenExpired' }, 401);
    });
    const service = createSyncService({
      port: outboxOf(1),
      client,
      tokens: held.tokens,
      holdBusy: () => () => undefined,
    });
    await service.syncNow();
    expect(service.status().needsEnrolment).toBe(true);
    await service.enrol({ code: 'ABCDEF', deviceId: 'D', airport: 'CGK', checkpoint: 'T3' });
    expect(enrolBody).toMatchObject({ previousToken: 'expired-token' });
    expect(held.state()?.token).toBe('f'.repeat(40));
  });
});

describe('quarantine and case states', () => {
  it('only a shift lead sends a rejected record again, and it is audited', async () => {
    const outbox = outboxOf(1);
    const id = [...outbox.entries.keys()][0]!;
    await outbox.markRejected(id, 'sync.error.invalid');
    const audited: unknown[] = [];
    const held = keeper({ token: 'tok', issuedAt: Date.now() });
    await held.tokens.load();
    const { client } = clientFor((path, body) =>
      path === '/screenings' ? accept(body as Batch) : json({ error: 'not_found' }, 404),
    );
    const service = createSyncService({
      port: outbox,
      client,
      tokens: held.tokens,
      holdBusy: () => () => undefined,
      audit: async (entry) => void audited.push(entry),
    });
    await service.refresh();
    expect(await service.resend(id, { id: 'o1', role: 'officer' })).toEqual({
      ok: false,
      reason: 'sync.quarantine.leadOnly',
    });
    expect(outbox.entries.get(id)?.state).toBe('rejected');
    expect(await service.resend(id, { id: 'lead', role: 'shift_lead' })).toEqual({ ok: true });
    await service.syncNow();
    expect(outbox.entries.get(id)?.state).toBe('acknowledged');
    expect(audited).toEqual([
      { officerId: 'lead', action: 'sync-resend', target: id, reason: 'sync.error.invalid' },
    ]);
  });

  it('pulls case states page by page and treats a 404 from an older receiver as none', async () => {
    const applied: { states: unknown[]; cursor: string }[] = [];
    let cursor = '';
    const port = {
      cursor: async () => cursor,
      apply: async (states: unknown[], next: string) => {
        applied.push({ states, cursor: next });
        cursor = next;
      },
    };
    const { client } = clientFor((path) =>
      path === '/case-states?cursor='
        ? json({ states: [{ id: 's-1', state: 'in_review', changedAt: 'x' }], cursor: '5', more: true })
        : json({ states: [], cursor: '5', more: false }),
    );
    expect(await pullCaseStates(client, port)).toEqual({ ok: true, changes: 1, unsupported: false });
    expect(applied).toEqual([{ states: [{ id: 's-1', state: 'in_review', changedAt: 'x' }], cursor: '5' }]);
    const older = clientFor(() => json({ error: 'not_found' }, 404)).client;
    expect(await pullCaseStates(older, port)).toEqual({ ok: true, changes: 0, unsupported: true });
    const proxy = clientFor(() => html(404)).client;
    expect(await pullCaseStates(proxy, port)).toMatchObject({ ok: false });
  });
});
