import type { AuditAction, AuditRow, SaringDb } from './db.ts';
import { decryptJson, encryptJson, sha256Hex, toHex, type StoreKeys } from './crypto.ts';
import { serialWrite, withReopen } from './store-errors.ts';

/** The hash before the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** What a caller records: who did what to which record, with optional details (encrypted at rest). */
export type AuditInput = {
  officerId: string;
  action: AuditAction;
  target: string;
  details?: Record<string, unknown>;
};

/** An audit entry as handed to sync or shown: details decrypted when the keys were given. */
export type AuditEntry = Omit<AuditRow, 'details'> & { details: Record<string, unknown> | null };

/** The result of checking the whole chain. */
export type ChainCheck = { ok: true; length: number } | { ok: false; brokenAt: number };

function canonical(row: Omit<AuditRow, 'hash'>): string {
  // A fixed field order, so the same entry always hashes the same way.
  return JSON.stringify([
    row.seq,
    row.at,
    row.officerId,
    row.action,
    row.target,
    row.details ? toHex(row.details) : null,
    row.prevHash,
  ]);
}

/** The hash of one entry: SHA-256 over the previous hash and the canonical entry. */
export function entryHash(row: Omit<AuditRow, 'hash'>): Promise<string> {
  return sha256Hex(`${row.prevHash}\n${canonical(row)}`);
}

/**
 * Builds the next entry (seq, prevHash, hash) from the current end of the chain, outside any transaction because
 * WebCrypto cannot run inside one. Commit it with `commitAudit` inside the caller's transaction.
 */
export async function prepareAudit(
  db: SaringDb,
  keys: StoreKeys | null,
  input: AuditInput,
  now: Date = new Date(),
): Promise<AuditRow> {
  const last = await db.audit.orderBy('seq').last();
  const seq = (last?.seq ?? 0) + 1;
  const details = input.details && keys ? await encryptJson(keys, input.details, `audit:${seq}`) : null;
  const row: Omit<AuditRow, 'hash'> = {
    seq,
    at: now.toISOString(),
    officerId: input.officerId,
    action: input.action,
    target: input.target,
    prevHash: last?.hash ?? GENESIS_HASH,
    details,
  };
  return { ...row, hash: await entryHash(row) };
}

/** Adds a prepared entry inside a transaction that includes the audit table; fails if the chain moved meanwhile. */
export async function commitAudit(db: SaringDb, row: AuditRow): Promise<void> {
  const last = await db.audit.orderBy('seq').last();
  if ((last?.seq ?? 0) !== row.seq - 1 || (last?.hash ?? GENESIS_HASH) !== row.prevHash) {
    throw Object.assign(new Error('audit chain moved'), { name: 'ConstraintError' });
  }
  // `add`, not `put`: another tab that took the same seq makes this fail instead of overwriting.
  await db.audit.add(row);
}

/** Appends one entry to the hash-chained audit log in its own transaction. */
export function appendAudit(
  db: SaringDb,
  keys: StoreKeys | null,
  input: AuditInput,
  now: Date = new Date(),
): Promise<AuditRow> {
  return serialWrite(db, () =>
    withReopen(db, async () => {
      const row = await prepareAudit(db, keys, input, now);
      await db.transaction('rw', db.audit, () => commitAudit(db, row));
      return row;
    }),
  );
}

/** Walks the whole chain and recomputes every hash; reports the first sequence number whose link is broken. */
export async function verifyChain(db: SaringDb): Promise<ChainCheck> {
  // Read first, hash after: WebCrypto inside a cursor would end the read transaction.
  const rows = await db.audit.orderBy('seq').toArray();
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  for (const row of rows) {
    const { hash, ...rest } = row;
    if (row.seq !== expectedSeq || row.prevHash !== prevHash || (await entryHash(rest)) !== hash) {
      return { ok: false, brokenAt: row.seq };
    }
    prevHash = hash;
    expectedSeq = row.seq + 1;
  }
  return { ok: true, length: rows.length };
}

/** Entries after `seq` (for upload by sync), oldest first, with details decrypted when keys are given. */
export async function auditSince(db: SaringDb, keys: StoreKeys | null, seq: number): Promise<AuditEntry[]> {
  const rows = await db.audit.where('seq').above(seq).toArray();
  const out: AuditEntry[] = [];
  for (const row of rows) {
    const details =
      row.details && keys
        ? await decryptJson<Record<string, unknown>>(keys, row.details, `audit:${row.seq}`).catch(() => null)
        : null;
    out.push({ ...row, details });
  }
  return out;
}
