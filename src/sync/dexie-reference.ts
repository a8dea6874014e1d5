import type { WatchlistEntry } from '../core/watchlist/watchlist-schema.ts';
import { decryptJson, encryptJson, type StoreKeys } from '../storage/crypto.ts';
import type { SaringDb } from '../storage/db.ts';
import type { ReferencePort } from './reference-pull.ts';
import type { TokenState, TokenStorage } from './token-keeper.ts';

/** meta keys the sync layer owns. */
export const META = {
  token: 'sync.deviceToken',
  watchlistCursor: 'sync.watchlistCursor',
  catalogueCursor: 'sync.catalogueCursor',
  catalogue: 'catalogue',
  lastSuccess: 'sync.lastSuccess',
  revoked: 'sync.revoked',
} as const;

const watchlistAad = (id: string) => `watchlist:${id}`;

/** meta key of one kept catalogue version. */
export const catalogueVersionKey = (version: number): string => `catalogue:v${version}`;

/** Pulled watchlist (encrypted per entry) and catalogue in the device database. */
export class DexieReference implements ReferencePort {
  constructor(
    private readonly db: SaringDb,
    private readonly keys: StoreKeys,
  ) {}

  async cursor(kind: 'watchlist' | 'catalogue'): Promise<string> {
    const row = await this.db.meta.get(kind === 'watchlist' ? META.watchlistCursor : META.catalogueCursor);
    return typeof row?.value === 'string' ? row.value : '';
  }

  async applyWatchlist(entries: WatchlistEntry[], cursor: string): Promise<void> {
    // Encrypt first: WebCrypto is async and must not run inside the IndexedDB transaction.
    const rows = await Promise.all(
      entries
        .filter((e) => !e.deleted)
        .map(async (e) => ({
          id: e.id,
          kind: e.kind,
          updatedAt: e.updatedAt,
          data: await encryptJson(this.keys, e, watchlistAad(e.id)),
        })),
    );
    const deleted = entries.filter((e) => e.deleted).map((e) => e.id);
    await this.db.transaction('rw', this.db.watchlist, this.db.meta, async () => {
      await this.db.watchlist.bulkDelete(deleted);
      await this.db.watchlist.bulkPut(rows);
      await this.db.meta.put({ key: META.watchlistCursor, value: cursor });
    });
  }

  async replaceCatalogue(catalogue: unknown, cursor: string): Promise<void> {
    const version = (catalogue as { version?: unknown }).version;
    await this.db.transaction('rw', this.db.meta, async () => {
      await this.db.meta.put({ key: META.catalogue, value: catalogue });
      // Every version stays, so screenings answered against an older one remain readable.
      if (typeof version === 'number')
        await this.db.meta.put({ key: catalogueVersionKey(version), value: catalogue });
      await this.db.meta.put({ key: META.catalogueCursor, value: cursor });
    });
  }
}

/** The pulled watchlist, decrypted (for watchlist matching). */
export async function readWatchlist(db: SaringDb, keys: StoreKeys): Promise<WatchlistEntry[]> {
  const rows = await db.watchlist.toArray();
  return Promise.all(rows.map((row) => decryptJson<WatchlistEntry>(keys, row.data, watchlistAad(row.id))));
}

/** The device token, encrypted under the data key (so it is usable only while an officer has unlocked the app). */
export async function readDeviceToken(db: SaringDb, keys: StoreKeys): Promise<string | null> {
  const row = await db.meta.get(META.token);
  if (!(row?.value instanceof Uint8Array)) return null;
  return decryptJson<string>(keys, row.value, META.token);
}

/** Stores (or, with null, forgets) the device token. */
export async function writeDeviceToken(db: SaringDb, keys: StoreKeys, token: string | null): Promise<void> {
  if (token === null) await db.meta.delete(META.token);
  else await db.meta.put({ key: META.token, value: await encryptJson(keys, token, META.token) });
}

/**
 * The device token with its rotation state, in the same encrypted row as before: one put replaces it whole, so a
 * rotation is either fully stored or not at all. A bare string (kept by an older app version) reads as a token of
 * unknown age, which is rotated at the next sync.
 */
export function dexieTokenStorage(db: SaringDb, keys: StoreKeys): TokenStorage {
  return {
    async load(): Promise<TokenState | null> {
      const row = await db.meta.get(META.token);
      if (!(row?.value instanceof Uint8Array)) return null;
      const value = await decryptJson<string | TokenState>(keys, row.value, META.token);
      return typeof value === 'string' ? { token: value, issuedAt: 0 } : value;
    },
    async save(state: TokenState | null): Promise<void> {
      if (state === null) await db.meta.delete(META.token);
      else await db.meta.put({ key: META.token, value: await encryptJson(keys, state, META.token) });
    },
  };
}

/** Whether the receiver revoked this tablet (kept so a restart does not start syncing again). */
export function dexieRevocation(db: SaringDb): {
  load: () => Promise<boolean>;
  save: (r: boolean) => Promise<void>;
} {
  return {
    load: async () => (await db.meta.get(META.revoked))?.value === true,
    save: async (revoked) => void (await db.meta.put({ key: META.revoked, value: revoked })),
  };
}
