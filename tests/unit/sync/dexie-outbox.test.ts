import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { deriveStoreKeys, newMasterSecret } from '../../../src/storage/crypto.ts';
import { SaringDb } from '../../../src/storage/db.ts';
import { createScreeningStore } from '../../../src/storage/screening-repository.ts';
import type { ScreeningUpload } from '../../../src/sync/contract.ts';
import { DexieOutbox } from '../../../src/sync/dexie-outbox.ts';
import {
  DexieReference,
  readDeviceToken,
  readWatchlist,
  writeDeviceToken,
} from '../../../src/sync/dexie-reference.ts';
import { runOutbox } from '../../../src/sync/outbox-engine.ts';
import { createSyncClient } from '../../../src/sync/sync-client.ts';
import { makeScreening } from '../../fixtures/screenings.ts';

async function setup() {
  const db = new SaringDb(`outbox-${Math.random()}`);
  const keys = await deriveStoreKeys(newMasterSecret());
  const store = createScreeningStore(db, keys, { officerId: 'OFF-1', zone: 'WIB' });
  return { db, keys, store, outbox: new DexieOutbox(db, keys) };
}

describe('the Dexie outbox the secure store writes', () => {
  it('delivers flagged screenings saved by the store (not CLEAR ones), amendments as their own revision', async () => {
    const { store, outbox } = await setup();
    await store.saveLinkedPerson({
      id: 'lp-1',
      name: 'AGEN',
      role: 'agent',
      createdAt: '2026-11-23T01:00:00Z',
    });
    await store.saveFinal(makeScreening({ id: 's-1', outcome: 'INTERVIEW', linkedPersonIds: ['lp-1'] }));
    await store.saveFinal(makeScreening({ id: 's-2', outcome: 'CLEAR' }));
    await store.saveFinal(makeScreening({ id: 's-1', outcome: 'REFER_BP3MI', linkedPersonIds: ['lp-1'] }));
    const seen: ScreeningUpload[] = [];
    const fetchFn = (async (_url: string, init?: RequestInit) => {
      const items = (JSON.parse(String(init?.body)) as { items: ScreeningUpload[] }).items;
      seen.push(...items);
      const results = items.map((i) => ({
        id: i.screening.id,
        revision: i.screening.revision,
        status: 'accepted',
      }));
      return new Response(JSON.stringify({ results }), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      });
    }) as unknown as typeof fetch;
    const client = createSyncClient({ baseUrl: 'http://r', getToken: () => 't', fetch: fetchFn });
    const report = await runOutbox({ port: outbox, client });
    expect(report.accepted).toBe(2);
    expect(seen.map((i) => [i.screening.id, i.screening.revision, i.screening.outcome])).toEqual([
      ['s-1', 1, 'INTERVIEW'],
      ['s-1', 2, 'REFER_BP3MI'],
    ]);
    expect(seen[0]!.linkedPersons.map((p) => p.name)).toEqual(['AGEN']);
    expect(await outbox.counts()).toEqual({ pending: 0, sending: 0, acknowledged: 2, rejected: 0 });
  });

  it('keeps states, attempts and retry times, and recovers entries left sending', async () => {
    const { store, outbox } = await setup();
    await store.saveFinal(makeScreening({ id: 's-1', outcome: 'INTERVIEW' }));
    await store.saveFinal(makeScreening({ id: 's-2', outcome: 'DELAY_DEPARTURE' }));
    const now = Date.now() + 1000;
    expect((await outbox.listDue(now, 10)).map((e) => e.id)).toEqual(['s-1:1', 's-2:1']);
    await outbox.markSending(['s-1:1', 's-2:1']);
    expect(await outbox.listDue(now, 10)).toEqual([]);
    expect(await outbox.recoverInterrupted()).toBe(2);
    await outbox.markRetry('s-1:1', now + 60_000, 'sync.error.server');
    await outbox.markRejected('s-2:1', 'sync.error.conflict');
    expect(await outbox.listDue(now, 10)).toEqual([]);
    expect(await outbox.nextDueAt()).toBe(now + 60_000);
    expect((await outbox.listDue(now + 60_000, 10))[0]).toMatchObject({
      attempts: 1,
      lastError: 'sync.error.server',
    });
    expect((await outbox.listRejected(10)).map((e) => [e.id, e.lastError])).toEqual([
      ['s-2:1', 'sync.error.conflict'],
    ]);
  });

  it('keeps the device token and the pulled watchlist encrypted at rest', async () => {
    const { db, keys } = await setup();
    await writeDeviceToken(db, keys, 'secret-token-value');
    expect(JSON.stringify(await db.meta.toArray())).not.toContain('secret-token-value');
    expect(await readDeviceToken(db, keys)).toBe('secret-token-value');
    const reference = new DexieReference(db, keys);
    const entry = {
      id: 'w1',
      kind: 'cegah' as const,
      name: 'SITI AMINAH',
      updatedAt: '2026-11-23T00:00:00Z',
    };
    await reference.applyWatchlist([entry], '4');
    expect(JSON.stringify(await db.watchlist.toArray())).not.toContain('AMINAH');
    expect(await readWatchlist(db, keys)).toEqual([entry]);
    await reference.applyWatchlist([{ ...entry, deleted: true }], '5');
    expect(await readWatchlist(db, keys)).toEqual([]);
    expect(await reference.cursor('watchlist')).toBe('5');
  });
});
