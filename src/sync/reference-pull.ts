import type { WatchlistEntry } from '../core/watchlist/watchlist-schema.ts';
import type { SyncClient } from './sync-client.ts';

/** Where pulled reference data goes; each apply is one transaction, so a failed pull leaves the old data whole. */
export interface ReferencePort {
  cursor(kind: 'watchlist' | 'catalogue'): Promise<string>;
  /** Upserts (or deletes, when `deleted`) the entries and moves the cursor, atomically. */
  applyWatchlist(entries: WatchlistEntry[], cursor: string): Promise<void>;
  /** Replaces the catalogue in use and moves the cursor, atomically. */
  replaceCatalogue(catalogue: unknown, cursor: string): Promise<void>;
}

/** Checks a pulled catalogue body; only a valid one may replace the catalogue in use. */
export type CatalogueCheck = (body: unknown) => { ok: true; value: unknown } | { ok: false; error: string };

/** What a pull did. */
export type PullReport =
  { ok: true; watchlistChanges: number; catalogueVersion: number | null } | { ok: false; reason: string };

/**
 * Pulls watchlist deltas (page by page) and the newest catalogue. Every page is validated against the contract
 * before it is applied and the catalogue by `checkCatalogue`: a bad answer changes nothing.
 */
export async function pullReference(
  client: Pick<SyncClient, 'pullWatchlist' | 'pullCatalogue'>,
  port: ReferencePort,
  checkCatalogue: CatalogueCheck,
): Promise<PullReport> {
  let watchlistChanges = 0;
  for (let page = 0; page < 1000; page += 1) {
    const delta = await client.pullWatchlist(await port.cursor('watchlist'));
    if (!delta.ok) return { ok: false, reason: delta.reason };
    if (delta.value.entries.length > 0 || delta.value.cursor !== (await port.cursor('watchlist'))) {
      await port.applyWatchlist(delta.value.entries, delta.value.cursor);
    }
    watchlistChanges += delta.value.entries.length;
    if (!delta.value.more) break;
  }
  const catalogue = await client.pullCatalogue(await port.cursor('catalogue'));
  if (!catalogue.ok) return { ok: false, reason: catalogue.reason };
  if (!catalogue.value.catalogue) return { ok: true, watchlistChanges, catalogueVersion: null };
  const checked = checkCatalogue(catalogue.value.catalogue.body);
  if (!checked.ok) return { ok: false, reason: 'sync.error.badCatalogue' };
  await port.replaceCatalogue(checked.value, catalogue.value.cursor);
  return { ok: true, watchlistChanges, catalogueVersion: catalogue.value.catalogue.version };
}
