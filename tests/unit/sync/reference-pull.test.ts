import { describe, expect, it } from 'vitest';
import type { WatchlistEntry } from '../../../src/core/watchlist/watchlist-schema.ts';
import { pullReference, type ReferencePort } from '../../../src/sync/reference-pull.ts';
import { createSyncClient } from '../../../src/sync/sync-client.ts';

class MemoryReference implements ReferencePort {
  watchlist = new Map<string, WatchlistEntry>();
  catalogue: unknown = { version: 1, good: true };
  cursors = { watchlist: '', catalogue: '' };
  async cursor(kind: 'watchlist' | 'catalogue') {
    return this.cursors[kind];
  }
  async applyWatchlist(entries: WatchlistEntry[], cursor: string) {
    for (const e of entries) {
      if (e.deleted) this.watchlist.delete(e.id);
      else this.watchlist.set(e.id, e);
    }
    this.cursors.watchlist = cursor;
  }
  async replaceCatalogue(catalogue: unknown, cursor: string) {
    this.catalogue = catalogue;
    this.cursors.catalogue = cursor;
  }
}

const entry = (id: string, extra: Partial<WatchlistEntry> = {}): WatchlistEntry => ({
  id,
  kind: 'cegah',
  name: `NAME ${id}`,
  updatedAt: '2026-11-23T00:00:00Z',
  ...extra,
});

function clientAnswering(watchlist: unknown[], catalogue: unknown) {
  const pages = [...watchlist];
  const fetchFn = (async (url: string) => {
    const body = url.includes('/watchlist') ? pages.shift() : catalogue;
    return new Response(JSON.stringify(body), {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
    });
  }) as unknown as typeof fetch;
  return createSyncClient({ baseUrl: 'http://r', getToken: () => 't', fetch: fetchFn });
}

const accept = (body: unknown) => ({ ok: true as const, value: body });
const refuse = () => ({ ok: false as const, error: 'catalogue.error.invalid' });

describe('pulling the watchlist and catalogue', () => {
  it('applies watchlist pages in order, deletions included, and a valid catalogue', async () => {
    const port = new MemoryReference();
    port.watchlist.set('old', entry('old'));
    const client = clientAnswering(
      [
        { entries: [entry('a'), entry('b')], cursor: '2', more: true },
        { entries: [entry('old', { deleted: true })], cursor: '3', more: false },
      ],
      { catalogue: { version: 2, body: { version: 2 } }, cursor: '9' },
    );
    const report = await pullReference(client, port, accept);
    expect(report).toEqual({ ok: true, watchlistChanges: 3, catalogueVersion: 2 });
    expect([...port.watchlist.keys()].sort()).toEqual(['a', 'b']);
    expect(port.cursors).toEqual({ watchlist: '3', catalogue: '9' });
    expect(port.catalogue).toEqual({ version: 2 });
  });

  it('never lets a bad watchlist page or a bad catalogue replace the good ones', async () => {
    const port = new MemoryReference();
    port.watchlist.set('keep', entry('keep'));
    const badPage = { entries: [{ id: 'x', kind: 'nonsense', name: 1 }], cursor: '5', more: false };
    const first = await pullReference(clientAnswering([badPage], null), port, accept);
    expect(first.ok).toBe(false);
    expect([...port.watchlist.keys()]).toEqual(['keep']);
    expect(port.cursors.watchlist).toBe('');

    const badCatalogue = { catalogue: { version: 3, body: { broken: true } }, cursor: '7' };
    const second = await pullReference(
      clientAnswering([{ entries: [], cursor: '', more: false }], badCatalogue),
      port,
      refuse,
    );
    expect(second).toEqual({ ok: false, reason: 'sync.error.badCatalogue' });
    expect(port.catalogue).toEqual({ version: 1, good: true });
    expect(port.cursors.catalogue).toBe('');
  });
});
