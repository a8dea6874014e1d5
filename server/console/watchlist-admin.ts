import { randomUUID } from 'node:crypto';
import type { StaffUser } from '../../src/core/console/console-api.ts';
import type {
  WatchlistCsvPreview,
  WatchlistEntryInput,
  WatchlistItem,
  WatchlistPage,
  WatchlistQuery,
} from '../../src/core/console/watchlist-api.ts';
import type { WatchlistEntry } from '../../src/core/watchlist/watchlist-schema.ts';
import type { Db, Queryable } from '../db.ts';
import { previewWatchlistCsv } from '../watchlist-csv.ts';
import { appendAudit } from './server-audit.ts';

type Meta = {
  source: 'cekal' | 'console' | 'csv';
  actor: Pick<StaffUser, 'username'>;
  expiresOn: string | null;
};

/**
 * Stores an entry under a new cursor position, so every tablet pulls it with the next watchlist delta. An expiry
 * date is the last day the entry holds: it ends at the following midnight UTC.
 */
export async function writeWatchlistEntry(q: Queryable, entry: WatchlistEntry, meta: Meta): Promise<void> {
  await q.query(
    `INSERT INTO watchlist (id, payload, seq, expires_at, source, changed_by, changed_at)
     VALUES ($1, $2, nextval('change_seq'), (($3::date + 1)::timestamp AT TIME ZONE 'UTC'), $4, $5, now())
     ON CONFLICT (id) DO UPDATE SET payload = EXCLUDED.payload, seq = EXCLUDED.seq, expires_at = EXCLUDED.expires_at,
       source = EXCLUDED.source, changed_by = EXCLUDED.changed_by, changed_at = EXCLUDED.changed_at`,
    [entry.id, JSON.stringify(entry), meta.expiresOn, meta.source, meta.actor.username],
  );
}

type ItemRow = {
  id: string;
  payload: WatchlistEntry;
  expires_on: string | null;
  source: string | null;
  changed_by: string | null;
};
const ITEM_SELECT = `SELECT id, payload, to_char((expires_at AT TIME ZONE 'UTC')::date - 1, 'YYYY-MM-DD') AS expires_on,
  source, changed_by FROM watchlist`;

const toItem = (r: ItemRow): WatchlistItem => ({
  entry: r.payload,
  expiresOn: r.expires_on,
  source: r.source,
  changedBy: r.changed_by,
  ended: r.payload.deleted === true,
});

const PAGE = 100;

/** Entries ordered by id, searched by name, passport number, phone or handle; ended ones only when asked. */
export async function listWatchlist(db: Db, query: WatchlistQuery): Promise<WatchlistPage> {
  const like = query.q ? `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const rows = await db.query<ItemRow>(
    `${ITEM_SELECT} WHERE ($1::text IS NULL OR id > $1)
       AND ($2::text IS NULL OR payload->>'kind' = $2)
       AND ($3::boolean OR coalesce(payload->>'deleted', 'false') <> 'true')
       AND ($4::text IS NULL OR payload->>'name' ILIKE $4 OR payload->>'passportNumber' ILIKE $4
         OR payload->>'phone' ILIKE $4 OR payload->>'socialHandle' ILIKE $4 OR id ILIKE $4)
     ORDER BY id LIMIT $5`,
    [query.cursor ?? null, query.kind ?? null, query.ended === '1', like, PAGE + 1],
  );
  const items = rows.slice(0, PAGE).map(toItem);
  return { items, nextCursor: rows.length > PAGE ? (items.at(-1)?.entry.id ?? null) : null };
}

export async function watchlistItem(q: Queryable, id: string): Promise<WatchlistItem | null> {
  const rows = await q.query<ItemRow>(`${ITEM_SELECT} WHERE id = $1`, [id]);
  return rows[0] ? toItem(rows[0]) : null;
}

function entryFrom(id: string, input: WatchlistEntryInput, at: string): WatchlistEntry {
  const entry: WatchlistEntry = { id, kind: input.kind, name: input.name.trim(), updatedAt: at };
  if (input.birthDate) entry.birthDate = input.birthDate;
  if (input.passportNumber?.trim()) entry.passportNumber = input.passportNumber.trim().toUpperCase();
  if (input.phone?.trim()) entry.phone = input.phone.trim();
  if (input.socialHandle?.trim()) entry.socialHandle = input.socialHandle.trim();
  if (input.note?.trim()) entry.note = input.note.trim();
  return entry;
}

/** Adds an entry by hand (a new id), audited. */
export async function addWatchlistEntry(
  db: Db,
  input: WatchlistEntryInput,
  actor: StaffUser,
): Promise<WatchlistItem> {
  return db.transaction(async (tx) => {
    const id = `wl-${randomUUID()}`;
    await writeWatchlistEntry(tx, entryFrom(id, input, new Date().toISOString()), {
      source: 'console',
      actor,
      expiresOn: input.expiresOn ?? null,
    });
    await appendAudit(db, actor, 'watchlist.add', id, { kind: input.kind }, tx);
    return (await watchlistItem(tx, id))!;
  });
}

/** Replaces an entry's fields (an ended entry comes back), audited; null when there is no such entry. */
export async function editWatchlistEntry(
  db: Db,
  id: string,
  input: WatchlistEntryInput,
  actor: StaffUser,
): Promise<WatchlistItem | null> {
  return db.transaction(async (tx) => {
    const found = await tx.query<{ source: string | null }>(
      'SELECT source FROM watchlist WHERE id = $1 FOR UPDATE',
      [id],
    );
    if (!found[0]) return null;
    await writeWatchlistEntry(tx, entryFrom(id, input, new Date().toISOString()), {
      source: 'console',
      actor,
      expiresOn: input.expiresOn ?? null,
    });
    await appendAudit(db, actor, 'watchlist.edit', id, { kind: input.kind }, tx);
    return watchlistItem(tx, id);
  });
}

/** Ends an entry: tablets receive it as deleted with the next delta; the row stays for the record. */
export async function endWatchlistEntry(db: Db, id: string, actor: StaffUser): Promise<WatchlistItem | null> {
  return db.transaction(async (tx) => {
    const rows = await tx.query<{ id: string }>(
      `UPDATE watchlist SET payload = payload || jsonb_build_object('deleted', true, 'updatedAt', $2::text),
         seq = nextval('change_seq'), changed_by = $3, changed_at = now() WHERE id = $1 RETURNING id`,
      [id, new Date().toISOString(), actor.username],
    );
    if (!rows[0]) return null;
    await tx.query(
      `UPDATE cekal_proposals SET state = 'expired' WHERE watchlist_id = $1 AND state = 'approved'`,
      [id],
    );
    await appendAudit(db, actor, 'watchlist.end', id, {}, tx);
    return watchlistItem(tx, id);
  });
}

/** Stores a CSV only when its preview has no error (all rows in one transaction), audited with the ids stored. */
export async function importWatchlistCsv(
  db: Db,
  csv: string,
  actor: StaffUser,
): Promise<{ ok: true; stored: number } | { ok: false; preview: WatchlistCsvPreview }> {
  const preview = previewWatchlistCsv(csv, new Date().toISOString());
  if (preview.fileError || preview.rows.some((r) => r.errors.length > 0)) return { ok: false, preview };
  await db.transaction(async (tx) => {
    for (const row of preview.rows) {
      if (row.entry)
        await writeWatchlistEntry(tx, row.entry, { source: 'csv', actor, expiresOn: row.expiresOn });
    }
    await appendAudit(db, actor, 'watchlist.import', null, { count: preview.valid }, tx);
  });
  return { ok: true, stored: preview.valid };
}

/**
 * Ends every entry whose expiry has passed at `now`: tablets receive it as deleted with the next delta, the cekal
 * proposal that made it reads expired, and the ids are written to the server audit log.
 */
export async function expireWatchlist(db: Db, now: Date = new Date()): Promise<string[]> {
  return db.transaction(async (tx) => {
    const rows = await tx.query<{ id: string }>(
      `UPDATE watchlist SET payload = payload || jsonb_build_object('deleted', true, 'updatedAt', $1::text),
         seq = nextval('change_seq'), changed_by = NULL, changed_at = now()
       WHERE expires_at <= $1::timestamptz AND coalesce(payload->>'deleted', 'false') <> 'true' RETURNING id`,
      [now.toISOString()],
    );
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id).sort();
    await tx.query(
      `UPDATE cekal_proposals SET state = 'expired' WHERE watchlist_id = ANY($1::text[]) AND state = 'approved'`,
      [ids],
    );
    await appendAudit(db, null, 'watchlist.expire', null, { ended: ids, count: ids.length }, tx);
    return ids;
  });
}

/** Runs the expiry now and then every `intervalMs` (an hour by default); returns a function that stops it. */
export function startWatchlistExpiryJob(db: Db, intervalMs = 3_600_000): () => void {
  const run = (): void => {
    expireWatchlist(db)
      .then((ids) => {
        if (ids.length > 0)
          console.log(`Watchlist: ${ids.length} expired entr(y/ies) ended: ${ids.join(', ')}`);
      })
      .catch((error: unknown) => console.error('watchlist expiry job failed:', error));
  };
  run();
  const timer = setInterval(run, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
