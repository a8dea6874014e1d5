import type {
  AuditVerifyResponse,
  ConsoleAuditAction,
  ConsoleAuditEntry,
  ConsoleAuditPage,
  StaffUser,
} from '../../src/core/console/console-api.ts';
import type { Db, Queryable } from '../db.ts';
import { canonicalJson, sha256 } from '../repository.ts';

type AuditRow = {
  seq: string;
  at: string;
  actor_id: string | null;
  actor_username: string | null;
  action: ConsoleAuditAction;
  subject: string | null;
  detail: Record<string, unknown>;
  hash: string;
};

/** The hash of an entry: SHA-256 of the previous hash and the entry's canonical content. */
export function entryHash(previousHash: string, entry: Omit<ConsoleAuditEntry, 'hash'>): string {
  return sha256(`${previousHash}\n${canonicalJson(entry)}`);
}

const toEntry = (r: AuditRow): ConsoleAuditEntry => ({
  seq: Number(r.seq),
  at: r.at,
  actor: r.actor_id ? { id: r.actor_id, username: r.actor_username ?? '' } : null,
  action: r.action,
  subject: r.subject,
  detail: r.detail,
  hash: r.hash,
});

/**
 * Appends an entry to the server audit log. The one-row head is updated first, which locks it: appends from several
 * processes on one PostgreSQL are serialised, so the chain never forks.
 */
export async function appendAudit(
  db: Db,
  actor: Pick<StaffUser, 'id' | 'username'> | null,
  action: ConsoleAuditAction,
  subject: string | null,
  detail: Record<string, unknown> = {},
  tx?: Queryable,
): Promise<void> {
  const write = async (q: Queryable): Promise<void> => {
    const head = await q.query<{ seq: string; hash: string }>(
      'UPDATE console_audit_head SET seq = seq + 1 RETURNING seq::text, hash',
    );
    const { seq, hash: previous } = head[0] ?? { seq: '1', hash: '' };
    const entry = {
      seq: Number(seq),
      at: new Date().toISOString(),
      actor: actor ? { id: actor.id, username: actor.username } : null,
      action,
      subject,
      detail,
    };
    const hash = entryHash(previous, entry);
    await q.query(
      `INSERT INTO console_audit (seq, at, actor_id, actor_username, action, subject, detail, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        seq,
        entry.at,
        actor?.id ?? null,
        actor?.username ?? null,
        action,
        subject,
        JSON.stringify(detail),
        hash,
      ],
    );
    await q.query('UPDATE console_audit_head SET hash = $1', [hash]);
  };
  if (tx) await write(tx);
  else await db.transaction(write);
}

const PAGE = 100;

/** A page of the audit log, newest first. */
export async function auditPage(db: Db, cursor: string | undefined): Promise<ConsoleAuditPage> {
  const before = cursor && /^\d+$/.test(cursor) ? cursor : null;
  const rows = await db.query<AuditRow>(
    `SELECT seq::text, at, actor_id, actor_username, action, subject, detail, hash FROM console_audit
     WHERE $1::bigint IS NULL OR seq < $1::bigint ORDER BY console_audit.seq DESC LIMIT $2`,
    [before, PAGE + 1],
  );
  const items = rows.slice(0, PAGE).map(toEntry);
  return { items, nextCursor: rows.length > PAGE ? String(items.at(-1)?.seq ?? '') : null };
}

/** Recomputes the chain from the first entry; also checks that no newest entry was cut off (the head). */
export async function verifyAudit(db: Db): Promise<AuditVerifyResponse> {
  let previous = '';
  let expectedSeq = 1;
  let checked = 0;
  for (;;) {
    const rows = await db.query<AuditRow>(
      `SELECT seq::text, at, actor_id, actor_username, action, subject, detail, hash FROM console_audit
       WHERE seq >= $1 ORDER BY console_audit.seq LIMIT 1000`,
      [expectedSeq],
    );
    for (const row of rows) {
      const { hash, ...entry } = toEntry(row);
      if (entry.seq !== expectedSeq || entryHash(previous, entry) !== hash)
        return { ok: false, checked, firstBrokenSeq: expectedSeq };
      previous = hash;
      expectedSeq += 1;
      checked += 1;
    }
    if (rows.length < 1000) break;
  }
  const head = await db.query<{ seq: string; hash: string }>(
    'SELECT seq::text, hash FROM console_audit_head',
  );
  if (Number(head[0]?.seq ?? 0) !== checked || (head[0]?.hash ?? '') !== previous)
    return { ok: false, checked, firstBrokenSeq: expectedSeq };
  return { ok: true, checked, firstBrokenSeq: null };
}
