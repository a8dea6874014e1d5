import { createHash, randomBytes, randomInt } from 'node:crypto';
import type {
  AuditUploadEntry,
  CatalogueDelta,
  ScreeningItemResult,
  ScreeningUpload,
  ShiftCount,
  WatchlistDelta,
} from '../src/sync/contract.ts';
import type { WatchlistEntry } from '../src/core/watchlist/watchlist-schema.ts';
import type { LinkedPerson } from '../src/core/screening/screening-schema.ts';
import { isDataError, type Db, type Queryable } from './db.ts';
import { TOKEN_GRACE_HOURS, TOKEN_LIFETIME_DAYS } from '../src/sync/contract.ts';

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const CODE_TTL_HOURS = 24;

/** SHA-256 in hex; tokens and enrolment codes are stored only this way. */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** JSON with object keys sorted, so the same record always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Spelling-tolerant form of a code a person typed: letters and digits, upper case. */
export function normaliseCode(code: string): string {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** Issues a one-time enrolment code valid for 24 hours; returns it formatted `ABCD-EFGH`. */
export async function issueEnrolCode(db: Db): Promise<string> {
  let raw = '';
  for (let i = 0; i < 8; i += 1) raw += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  await db.query(
    `INSERT INTO enrol_codes (code_hash, expires_at) VALUES ($1, now() + interval '${CODE_TTL_HOURS} hours')`,
    [sha256(raw)],
  );
  return `${raw.slice(0, 4)}-${raw.slice(4)}`;
}

/** Why enrolment was refused: the code, another device already holding the id, or a revoked device. */
export type EnrolRefusal = 'sync.error.badCode' | 'sync.error.deviceExists' | 'sync.error.revoked';

const newToken = (): string => randomBytes(32).toString('base64url');
const iso = (at: string | undefined): string => new Date(at ?? Date.now()).toISOString();

/** Records a freshly issued token of a device (hashed) with its 30-day lifetime; returns when it expires. */
async function insertToken(tx: Queryable, deviceId: string, token: string): Promise<string> {
  const rows = await tx.query<{ expires_at: string }>(
    `INSERT INTO device_tokens (token_hash, device_id, expires_at)
     VALUES ($1, $2, now() + interval '${TOKEN_LIFETIME_DAYS} days') RETURNING expires_at::text AS expires_at`,
    [sha256(token), deviceId],
  );
  return iso(rows[0]?.expires_at);
}

/**
 * Spends an enrolment code on a device. A new device id gets a token. An existing id is refused (deviceExists) unless
 * the request carries one of that device's own tokens (`previousToken`, expired allowed), and a revoked device is
 * never un-revoked. The code is spent only when enrolment succeeds; another device's token is never rewritten. A
 * re-enrolment ends every older token of the device.
 */
export async function enrolDevice(
  db: Db,
  request: {
    code: string;
    deviceId: string;
    airport: string;
    checkpoint: string;
    previousToken?: string | undefined;
  },
): Promise<
  { ok: true; token: string; enrolledAt: string; expiresAt: string } | { ok: false; error: EnrolRefusal }
> {
  const token = newToken();
  return db.transaction(async (tx) => {
    const code = await tx.query(
      `SELECT code_hash FROM enrol_codes WHERE code_hash = $1 AND used_at IS NULL AND expires_at > now() FOR UPDATE`,
      [sha256(normaliseCode(request.code))],
    );
    if (code.length === 0) return { ok: false, error: 'sync.error.badCode' };
    const existing = await tx.query<{ revoked: boolean }>(
      'SELECT revoked FROM devices WHERE id = $1 FOR UPDATE',
      [request.deviceId],
    );
    const held = existing[0];
    if (held?.revoked) return { ok: false, error: 'sync.error.revoked' };
    if (held) {
      const proof = request.previousToken
        ? await tx.query('SELECT 1 FROM device_tokens WHERE token_hash = $1 AND device_id = $2', [
            sha256(request.previousToken),
            request.deviceId,
          ])
        : [];
      if (proof.length === 0) return { ok: false, error: 'sync.error.deviceExists' };
      await tx.query('UPDATE device_tokens SET expires_at = LEAST(expires_at, now()) WHERE device_id = $1', [
        request.deviceId,
      ]);
    }
    await tx.query(`UPDATE enrol_codes SET used_at = now(), device_id = $2 WHERE code_hash = $1`, [
      sha256(normaliseCode(request.code)),
      request.deviceId,
    ]);
    const rows = await tx.query<{ enrolled_at: string }>(
      `INSERT INTO devices (id, token_hash, airport, checkpoint) VALUES ($1, $2, $3, $4)
       ON CONFLICT (id) DO UPDATE SET token_hash = EXCLUDED.token_hash, airport = EXCLUDED.airport,
         checkpoint = EXCLUDED.checkpoint, enrolled_at = now()
       WHERE NOT devices.revoked
       RETURNING enrolled_at::text AS enrolled_at`,
      [request.deviceId, sha256(token), request.airport, request.checkpoint],
    );
    const expiresAt = await insertToken(tx, request.deviceId, token);
    return { ok: true, token, enrolledAt: iso(rows[0]?.enrolled_at), expiresAt };
  });
}

/**
 * What a bearer token is: unknown (null), a revoked device's, expired (past its 30 days, or rotated away and its grace
 * over), or live. `unused`: the token has never been used before (its first use ends its predecessor's grace).
 */
export type TokenStatus = {
  deviceId: string;
  state: 'live' | 'revoked' | 'expired';
  unused: boolean;
};

export async function tokenStatus(db: Queryable, token: string): Promise<TokenStatus | null> {
  const rows = await db.query<{ device_id: string; revoked: boolean; expired: boolean; unused: boolean }>(
    `SELECT t.device_id, d.revoked,
       (t.expires_at <= now() OR (t.grace_until IS NOT NULL AND t.grace_until <= now())) AS expired,
       t.first_used_at IS NULL AS unused
     FROM device_tokens t JOIN devices d ON d.id = t.device_id WHERE t.token_hash = $1`,
    [sha256(token)],
  );
  const row = rows[0];
  if (!row) return null;
  const state = row.revoked ? 'revoked' : row.expired ? 'expired' : 'live';
  return { deviceId: row.device_id, state, unused: row.unused };
}

/** The device a bearer token belongs to, or null (unknown, expired or revoked). */
export async function deviceForToken(db: Db, token: string): Promise<string | null> {
  const status = await tokenStatus(db, token);
  return status?.state === 'live' ? status.deviceId : null;
}

/**
 * The first use of a token proves the tablet holds it: the token it replaced by rotation stops working now instead
 * of at the end of its grace day.
 */
export async function markTokenUsed(db: Db, token: string): Promise<void> {
  await db.query(
    `WITH used AS (
       UPDATE device_tokens SET first_used_at = now() WHERE token_hash = $1 AND first_used_at IS NULL
       RETURNING token_hash)
     UPDATE device_tokens SET grace_until = now()
     WHERE replaced_by IN (SELECT token_hash FROM used) AND (grace_until IS NULL OR grace_until > now())`,
    [sha256(token)],
  );
}

/**
 * Rotation: a new 30-day token for the device of a live token. The token used keeps working for 24 hours (never
 * extended by rotating it again) or until the new one is first used, so an answer lost on the way locks nobody out.
 * Rotating again with the same old token ends the successor it got before, if that one was never used. Null when
 * the token is not live (refused by then).
 */
export async function rotateToken(
  db: Db,
  token: string,
): Promise<{ token: string; expiresAt: string } | null> {
  const fresh = newToken();
  return db.transaction(async (tx) => {
    const rows = await tx.query<{ device_id: string; replaced_by: string | null }>(
      `SELECT t.device_id, t.replaced_by FROM device_tokens t JOIN devices d ON d.id = t.device_id
       WHERE t.token_hash = $1 AND NOT d.revoked AND t.expires_at > now()
         AND (t.grace_until IS NULL OR t.grace_until > now())
       FOR UPDATE OF t`,
      [sha256(token)],
    );
    const held = rows[0];
    if (!held) return null;
    if (held.replaced_by)
      await tx.query(
        `UPDATE device_tokens SET expires_at = LEAST(expires_at, now())
         WHERE token_hash = $1 AND first_used_at IS NULL`,
        [held.replaced_by],
      );
    const expiresAt = await insertToken(tx, held.device_id, fresh);
    await tx.query(
      `UPDATE device_tokens SET replaced_by = $2,
         grace_until = COALESCE(grace_until, now() + interval '${TOKEN_GRACE_HOURS} hours')
       WHERE token_hash = $1`,
      [sha256(token), sha256(fresh)],
    );
    await tx.query('UPDATE devices SET token_hash = $2 WHERE id = $1', [held.device_id, sha256(fresh)]);
    return { token: fresh, expiresAt };
  });
}

/**
 * Revokes a device: every token it holds or held is refused from now on (with the revoked reason), and enrolment
 * never brings it back. False if unknown.
 */
export async function revokeDevice(db: Db, deviceId: string, actor: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const rows = await tx.query(
      `UPDATE devices SET revoked = true, revoked_at = COALESCE(revoked_at, now()), revoked_by = COALESCE(revoked_by, $2)
       WHERE id = $1 RETURNING id`,
      [deviceId, actor],
    );
    await tx.query('UPDATE device_tokens SET expires_at = LEAST(expires_at, now()) WHERE device_id = $1', [
      deviceId,
    ]);
    return rows.length > 0;
  });
}

/** Enrolled devices for the admin CLI, newest first. */
export async function listDevices(db: Db) {
  return db.query<{
    id: string;
    airport: string;
    checkpoint: string;
    enrolled_at: string;
    revoked: boolean;
    app_version: string | null;
    pending: number | null;
    rejected: number | null;
    last_seen_at: string | null;
  }>(
    `SELECT id, airport, checkpoint, enrolled_at::text AS enrolled_at, revoked, app_version, pending, rejected,
       last_seen_at::text AS last_seen_at FROM devices ORDER BY enrolled_at DESC`,
  );
}

/** Stores the tablet's own status report (app version, outbox backlog) and when it was seen. */
export async function recordDeviceStatus(
  db: Db,
  deviceId: string,
  status: { appVersion: string; pending: number; rejected: number },
): Promise<string> {
  const rows = await db.query<{ at: string }>(
    `UPDATE devices SET app_version = $2, pending = $3, rejected = $4, last_seen_at = now()
     WHERE id = $1 RETURNING last_seen_at::text AS at`,
    [deviceId, status.appVersion, status.pending, status.rejected],
  );
  return new Date(rows[0]?.at ?? Date.now()).toISOString();
}

/** Number of enrolled devices. */
export async function deviceCount(db: Db): Promise<number> {
  const rows = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM devices');
  return rows[0]?.n ?? 0;
}

/**
 * Stores a batch idempotently by (id, revision): same payload → duplicate, other payload → conflict. Three statements
 * a batch whatever its size (insert, look up what was already held, upsert linked persons), in one transaction. Should
 * the database refuse a value the contract let through, the batch is stored again item by item, so only the item
 * holding that value is rejected and the others beside it are stored.
 */
export async function storeScreenings(
  db: Db,
  deviceId: string,
  items: ScreeningUpload[],
): Promise<ScreeningItemResult[]> {
  try {
    return await storeScreeningBatch(db, deviceId, items);
  } catch (error) {
    if (!isDataError(error)) throw error;
    if (items.length === 1) {
      const [item] = items as [ScreeningUpload];
      // Ids and the SQLSTATE only: the refused value may be a name or a passport number.
      console.warn(
        `receiver: screening ${safeId(item.screening.id)} r${item.screening.revision} rejected: ` +
          `the database refused a value (SQLSTATE ${String((error as { code?: unknown }).code)})`,
      );
      return [
        {
          id: item.screening.id,
          revision: item.screening.revision,
          status: 'rejected',
          reason: 'sync.error.invalid',
        },
      ];
    }
    const results: ScreeningItemResult[] = [];
    for (const item of items) results.push(...(await storeScreenings(db, deviceId, [item])));
    return results;
  }
}

/** An id as it may appear in a log line: printable ASCII, at most 64 characters. */
function safeId(id: string): string {
  const printable = id.replace(/[^\x20-\x7e]/g, '?');
  return printable.length > 64 ? `${printable.slice(0, 64)}…` : printable;
}

async function storeScreeningBatch(
  db: Db,
  deviceId: string,
  items: ScreeningUpload[],
): Promise<ScreeningItemResult[]> {
  return db.transaction(async (tx) => {
    // A record and a linked person belong to the device that first sent them; anything else is rejected alone.
    const owners = await tx.query<{ id: string; device_id: string; kind: string }>(
      `SELECT DISTINCT id, device_id, 'screening' AS kind FROM screening_revisions WHERE id = ANY($1::text[])
       UNION ALL SELECT id, device_id, 'person' AS kind FROM linked_persons WHERE id = ANY($2::text[])`,
      [items.map((i) => i.screening.id), items.flatMap((i) => i.linkedPersons.map((p) => p.id))],
    );
    const foreign = new Set(
      owners.filter((o) => o.device_id !== null && o.device_id !== deviceId).map((o) => `${o.kind}:${o.id}`),
    );
    const refusals = new Map<ScreeningUpload, string>();
    for (const item of items) {
      if (item.screening.deviceId !== deviceId) refusals.set(item, 'sync.error.foreignDevice');
      else if (
        foreign.has(`screening:${item.screening.id}`) ||
        item.linkedPersons.some((p) => foreign.has(`person:${p.id}`))
      )
        refusals.set(item, 'sync.error.foreignRecord');
    }
    for (const [item, reason] of refusals)
      console.warn(
        `receiver: screening ${safeId(item.screening.id)} r${item.screening.revision} rejected: ${reason}`,
      );
    const own = items.filter((i) => !refusals.has(i));
    const stored = own.length > 0 ? await storeOwnScreenings(tx, deviceId, own) : [];
    const byItem = new Map(own.map((item, i) => [item, stored[i]]));
    return items.map(
      (item): ScreeningItemResult =>
        byItem.get(item) ?? {
          id: item.screening.id,
          revision: item.screening.revision,
          status: 'rejected',
          reason: refusals.get(item) ?? 'sync.error.invalid',
        },
    );
  });
}

/** The screening revision a linked person's details come from. */
type Source = { id: string; revision: number; updatedAt: string };
export type PersonSource = { person: LinkedPerson; source: Source };

/**
 * Whether `a` is a newer source than `b`: a later revision of the same screening, else the screening updated later
 * (then the greater id, so that every order of arrival picks the same one).
 */
export function isNewerSource(a: Source, b: Source): boolean {
  if (a.id === b.id) return a.revision > b.revision;
  return a.updatedAt !== b.updatedAt ? a.updatedAt > b.updatedAt : a.id > b.id;
}

/**
 * Stores linked persons, each from the screening revision it was taken from: a person another device owns is left
 * alone, and an older source never overwrites a newer one, whatever order revisions arrive in.
 */
export async function upsertLinkedPersons(
  tx: Queryable,
  deviceId: string,
  persons: PersonSource[],
): Promise<void> {
  if (persons.length === 0) return;
  await tx.query(
    `INSERT INTO linked_persons (id, payload, device_id, source_id, source_revision, source_updated_at)
       SELECT x.id, x.payload, $2, x.source_id, x.source_revision, x.source_updated_at
       FROM jsonb_to_recordset($1::jsonb)
         AS x(id text, payload jsonb, source_id text, source_revision integer, source_updated_at text)
       ORDER BY x.id
       ON CONFLICT (id) DO UPDATE SET payload = EXCLUDED.payload, updated_at = now(),
         source_id = EXCLUDED.source_id, source_revision = EXCLUDED.source_revision,
         source_updated_at = EXCLUDED.source_updated_at
       WHERE (linked_persons.device_id IS NULL OR linked_persons.device_id = EXCLUDED.device_id)
         AND (linked_persons.source_id IS NULL OR CASE
           WHEN linked_persons.source_id = EXCLUDED.source_id
             THEN EXCLUDED.source_revision > linked_persons.source_revision
           ELSE (EXCLUDED.source_updated_at COLLATE "C", EXCLUDED.source_id COLLATE "C")
             > (linked_persons.source_updated_at COLLATE "C", linked_persons.source_id COLLATE "C") END)`,
    [
      JSON.stringify(
        persons.map(({ person, source }) => ({
          id: person.id,
          payload: person,
          source_id: source.id,
          source_revision: source.revision,
          source_updated_at: source.updatedAt,
        })),
      ),
      deviceId,
    ],
  );
}

async function storeOwnScreenings(
  tx: Queryable,
  deviceId: string,
  items: ScreeningUpload[],
): Promise<ScreeningItemResult[]> {
  const rows = items.map((item) => {
    const persons = [...item.linkedPersons].sort((a, b) => (a.id < b.id ? -1 : 1));
    return {
      id: item.screening.id,
      revision: item.screening.revision,
      payload: item,
      payload_hash: sha256(canonicalJson({ screening: item.screening, linkedPersons: persons })),
      flagged_outcome: item.screening.outcome,
    };
  });
  const key = (id: string, revision: number) => `${id}:${revision}`;
  {
    const inserted = await tx.query<{ id: string; revision: number }>(
      `INSERT INTO screening_revisions (id, revision, payload, payload_hash, flagged_outcome, device_id)
       SELECT x.id, x.revision, x.payload, x.payload_hash, x.flagged_outcome, $2
       FROM jsonb_to_recordset($1::jsonb)
         AS x(id text, revision integer, payload jsonb, payload_hash text, flagged_outcome text)
       ORDER BY x.id, x.revision
       ON CONFLICT (id, revision) DO NOTHING RETURNING id, revision`,
      [JSON.stringify(rows), deviceId],
    );
    const fresh = new Set(inserted.map((r) => key(r.id, r.revision)));
    const held = new Map<string, string>();
    const others = rows.filter((r) => !fresh.has(key(r.id, r.revision)));
    if (others.length > 0) {
      const found = await tx.query<{ id: string; revision: number; payload_hash: string }>(
        `SELECT s.id, s.revision, s.payload_hash FROM screening_revisions s
         JOIN jsonb_to_recordset($1::jsonb) AS x(id text, revision integer) ON s.id = x.id AND s.revision = x.revision`,
        [JSON.stringify(others.map(({ id, revision }) => ({ id, revision })))],
      );
      for (const r of found) held.set(key(r.id, r.revision), r.payload_hash);
    }
    // Linked persons of the newly stored revisions, each from the newest revision naming it (in this batch, then
    // against what is held): arrival order never decides, so an old revision arriving late changes nothing.
    const persons = new Map<string, PersonSource>();
    for (const row of rows) {
      if (!fresh.has(key(row.id, row.revision))) continue;
      const source = { id: row.id, revision: row.revision, updatedAt: row.payload.screening.updatedAt };
      for (const p of row.payload.linkedPersons) {
        const held = persons.get(p.id);
        if (!held || isNewerSource(source, held.source)) persons.set(p.id, { person: p, source });
      }
    }
    await upsertLinkedPersons(tx, deviceId, [...persons.values()]);
    const reported = new Set<string>();
    const conflicting: typeof rows = [];
    const results = rows.map((row): ScreeningItemResult => {
      const { id, revision, payload_hash } = row;
      const k = key(id, revision);
      if (fresh.has(k) && !reported.has(k)) {
        reported.add(k);
        return { id, revision, status: 'accepted' };
      }
      const stored =
        held.get(k) ?? rows.find((r) => key(r.id, r.revision) === k && fresh.has(k))?.payload_hash;
      if (stored === payload_hash) return { id, revision, status: 'duplicate' };
      conflicting.push(row);
      return { id, revision, status: 'conflict', reason: 'sync.error.conflict' };
    });
    if (conflicting.length > 0) await keepConflicts(tx, deviceId, conflicting);
    return results;
  }
}

/**
 * Keeps each conflicting payload beside the stored revision, once per distinct payload of the device; a resend of the
 * same payload only counts up. A conflict already resolved stays resolved.
 */
async function keepConflicts(
  tx: Queryable,
  deviceId: string,
  conflicting: { id: string; revision: number; payload: ScreeningUpload; payload_hash: string }[],
): Promise<void> {
  // One statement may not touch a row twice: the same payload twice in a batch is kept once.
  const rows = [...new Map(conflicting.map((r) => [`${r.id}:${r.revision}:${r.payload_hash}`, r])).values()];
  await tx.query(
    `INSERT INTO screening_conflicts (id, record_id, revision, device_id, payload, payload_hash)
     SELECT x.conflict_id, x.id, x.revision, $2, x.payload, x.payload_hash
     FROM jsonb_to_recordset($1::jsonb)
       AS x(conflict_id text, id text, revision integer, payload jsonb, payload_hash text)
     ON CONFLICT (device_id, record_id, revision, payload_hash) DO UPDATE
       SET times_received = screening_conflicts.times_received + 1, last_received_at = now()`,
    [
      JSON.stringify(
        rows.map((r) => ({
          conflict_id: randomBytes(12).toString('base64url'),
          id: r.id,
          revision: r.revision,
          payload: r.payload,
          payload_hash: r.payload_hash,
        })),
      ),
      deviceId,
    ],
  );
  for (const r of rows)
    console.warn(
      `receiver: screening ${safeId(r.id)} r${r.revision} of device ${deviceId} conflicts; kept apart`,
    );
}

/**
 * Stores audit entries; an entry already held with the same content is a duplicate. The same seq with different
 * content is a conflict (tampering or a bug): the new one is kept apart in audit_conflicts and its seq is reported.
 */
export async function storeAudit(db: Db, deviceId: string, entries: AuditUploadEntry[]) {
  return db.transaction(async (tx) => {
    let stored = 0;
    const conflicts: number[] = [];
    for (const entry of entries) {
      const rows = await tx.query(
        `INSERT INTO audit_entries (device_id, seq, payload) VALUES ($1, $2, $3)
         ON CONFLICT (device_id, seq) DO NOTHING RETURNING seq`,
        [deviceId, entry.seq, JSON.stringify(entry)],
      );
      stored += rows.length;
      if (rows.length > 0) continue;
      const held = await tx.query<{ payload: unknown }>(
        'SELECT payload FROM audit_entries WHERE device_id = $1 AND seq = $2',
        [deviceId, entry.seq],
      );
      if (canonicalJson(held[0]?.payload) === canonicalJson(entry)) continue;
      conflicts.push(entry.seq);
      await tx.query(
        `INSERT INTO audit_conflicts (device_id, seq, payload_hash, payload) VALUES ($1, $2, $3, $4)
         ON CONFLICT DO NOTHING`,
        [deviceId, entry.seq, sha256(canonicalJson(entry)), JSON.stringify(entry)],
      );
      console.warn(`receiver: audit seq ${entry.seq} of device ${deviceId} conflicts with the stored entry`);
    }
    const storedThroughSeq = Math.max(...entries.map((e) => e.seq));
    return {
      stored,
      duplicates: entries.length - stored - conflicts.length,
      storedThroughSeq,
      ...(conflicts.length > 0 ? { conflicts } : {}),
    };
  });
}

/** Replaces the totals of each shift the device reports. */
export async function storeCounts(db: Db, deviceId: string, counts: ShiftCount[]): Promise<number> {
  await db.transaction(async (tx) => {
    for (const c of counts) {
      await tx.query(
        `INSERT INTO shift_counts (device_id, day, shift, airport, checkpoint, agency, clear, clear_advised)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (device_id, day, shift, checkpoint, agency)
         DO UPDATE SET clear = EXCLUDED.clear, clear_advised = EXCLUDED.clear_advised, updated_at = now()`,
        [deviceId, c.day, c.shift, c.airport, c.checkpoint, c.agency, c.clear, c.clearAdvised],
      );
    }
  });
  return counts.length;
}

/** Adds or replaces watchlist entries (all in one transaction); each change gets a new cursor position. */
export async function upsertWatchlist(db: Db, entries: WatchlistEntry[]): Promise<void> {
  await db.transaction(async (tx) => {
    for (const entry of entries) {
      await tx.query(
        `INSERT INTO watchlist (id, payload, seq) VALUES ($1, $2, nextval('change_seq'))
         ON CONFLICT (id) DO UPDATE SET payload = EXCLUDED.payload, seq = EXCLUDED.seq`,
        [entry.id, JSON.stringify(entry)],
      );
    }
  });
}

const PAGE = 500;

/** Watchlist entries changed after the cursor, oldest change first. */
export async function watchlistSince(db: Db, cursor: string): Promise<WatchlistDelta> {
  const after = /^\d+$/.test(cursor) ? cursor : '0';
  const rows = await db.query<{ payload: WatchlistEntry; seq: string }>(
    'SELECT payload, seq::text AS seq FROM watchlist WHERE seq > $1::bigint ORDER BY seq LIMIT $2',
    [after, PAGE + 1],
  );
  const page = rows.slice(0, PAGE);
  return { entries: page.map((r) => r.payload), cursor: page.at(-1)?.seq ?? after, more: rows.length > PAGE };
}

/** Publishes a catalogue version. */
export async function putCatalogue(db: Db, version: number, body: unknown): Promise<void> {
  await db.query(
    `INSERT INTO catalogue (version, body, seq) VALUES ($1, $2, nextval('change_seq'))
     ON CONFLICT (version) DO UPDATE SET body = EXCLUDED.body, seq = EXCLUDED.seq`,
    [version, JSON.stringify(body)],
  );
}

/** The newest catalogue if it changed after the cursor. */
export async function catalogueSince(db: Db, cursor: string): Promise<CatalogueDelta> {
  const after = /^\d+$/.test(cursor) ? cursor : '0';
  const rows = await db.query<{ version: number; body: unknown; seq: string }>(
    'SELECT version, body, seq::text AS seq FROM catalogue ORDER BY version DESC LIMIT 1',
  );
  const latest = rows[0];
  if (!latest || BigInt(latest.seq) <= BigInt(after)) return { catalogue: null, cursor: after };
  return { catalogue: { version: latest.version, body: latest.body }, cursor: latest.seq };
}
