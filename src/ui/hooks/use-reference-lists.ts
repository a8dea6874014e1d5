import { useContext, useEffect, useState } from 'preact/hooks';
import { CATALOGUE_V1 } from '../../core/checklist/builtin-catalogue.ts';
import {
  acceptCatalogueUpdate,
  parseCatalogue,
  type Catalogue,
} from '../../core/checklist/catalogue-schema.ts';
import { indexWatchlist, type WatchlistIndex } from '../../core/watchlist/match-watchlist.ts';
import { catalogueVersionKey, META, readWatchlist } from '../../sync/dexie-reference.ts';
import type { SaringDb } from '../../storage/db.ts';
import type { UnlockedSession } from '../../storage/officers.ts';
import { UnlockedContext } from './use-unlocked.ts';

/** The catalogue new screenings use and the watchlist pre-answers match against. */
export type ReferenceLists = {
  catalogue: Catalogue;
  /** Every catalogue version this device has held, the built-in one included. */
  catalogues: readonly Catalogue[];
  watchlist: WatchlistIndex | null;
};

/** The catalogue a stored screening was answered against, or the current one if that version is unknown here. */
export function catalogueForVersion(lists: ReferenceLists, version: number): Catalogue {
  return lists.catalogues.find((c) => c.version === version) ?? lists.catalogue;
}

const BUILT_IN: ReferenceLists = { catalogue: CATALOGUE_V1, catalogues: [CATALOGUE_V1], watchlist: null };

// Built once per unlock and per pulled version: indexing a large watchlist takes noticeable time. A screen mounted
// after a sync stored new lists (the next scan) uses them; a screening already open keeps the lists it opened with.
const cache = new WeakMap<UnlockedSession, { version: string; lists: Promise<ReferenceLists> }>();

/** Which pulled lists the device holds: the two cursors the sync layer advances in the same transaction. */
async function listsVersion(db: SaringDb): Promise<string> {
  const [watchlist, catalogue] = await Promise.all([
    db.meta.get(META.watchlistCursor),
    db.meta.get(META.catalogueCursor),
  ]);
  return JSON.stringify([watchlist?.value ?? null, catalogue?.value ?? null]);
}

/** Reads the pulled catalogue and watchlist of an unlocked device, falling back to the built-in catalogue. */
export async function loadReferenceLists(db: SaringDb, unlocked: UnlockedSession): Promise<ReferenceLists> {
  let catalogue = CATALOGUE_V1;
  const stored = await db.meta.get(META.catalogue);
  if (stored?.value !== undefined) {
    // Sync validated it before storing; checking again keeps a damaged row from breaking screenings.
    const accepted = acceptCatalogueUpdate(CATALOGUE_V1, stored.value);
    if (accepted.ok) catalogue = accepted.catalogue;
  }
  const catalogues: Catalogue[] = [CATALOGUE_V1];
  const kept = await db.meta.where('key').startsWith(catalogueVersionKey(0).slice(0, -1)).toArray();
  for (const row of kept) {
    const parsed = parseCatalogue(row.value);
    if (parsed.ok && !catalogues.some((c) => c.version === parsed.catalogue.version)) {
      catalogues.push(parsed.catalogue);
    }
  }
  const entries = (await readWatchlist(db, unlocked.keys)).filter((entry) => !entry.deleted);
  return { catalogue, catalogues, watchlist: entries.length > 0 ? indexWatchlist(entries) : null };
}

/** The pulled catalogue (when newer than the built-in one) and the pulled watchlist, or null while loading. */
export function useReferenceLists(): ReferenceLists | null {
  const context = useContext(UnlockedContext);
  const [lists, setLists] = useState<ReferenceLists | null>(context ? null : BUILT_IN);
  useEffect(() => {
    if (!context) return;
    let live = true;
    const { db, unlocked } = context;
    void (async () => {
      const version = await listsVersion(db).catch(() => '');
      let held = cache.get(unlocked);
      if (!held || held.version !== version) {
        held = { version, lists: loadReferenceLists(db, unlocked).catch(() => BUILT_IN) };
        cache.set(unlocked, held);
      }
      const value = await held.lists;
      if (live) setLists(value);
    })();
    return () => {
      live = false;
    };
  }, [context]);
  return lists;
}
