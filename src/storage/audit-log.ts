import type { Table } from 'dexie';
import type { AuditAction, AuditHeadRow, AuditRow, SaringDb } from './db.ts';
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

/** An entry built outside a transaction, with the head it becomes when the keys were at hand (sealed). */
export type PreparedAudit = { row: AuditRow; seal: Uint8Array | null };

/**
 * The result of checking the whole chain: a link that does not hold (an entry altered, inserted or removed), entries
 * missing at the end (the head names a later entry than the last one left), or a head that is missing, was not
 * sealed with this device's key, or names an entry that has since been replaced.
 */
export type ChainCheck =
  | { ok: true; length: number }
  | { ok: false; problem: 'link'; brokenAt: number }
  | { ok: false; problem: 'truncated'; length: number; expected: number }
  | { ok: false; problem: 'head'; length: number };

const HEAD_AAD = 'audit-head';

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
): Promise<PreparedAudit> {
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
  const hash = await entryHash(row);
  // Appends made while locked (a wrong PIN at sign-in) have no key: they are sealed by the next append that has one.
  const seal = keys ? await encryptJson(keys, { seq, hash }, HEAD_AAD) : null;
  return { row: { ...row, hash }, seal };
}

/** The tables a transaction that commits an audit entry must include. */
export function auditTables(db: SaringDb): [SaringDb['audit'], SaringDb['auditHead']] {
  return [db.audit, db.auditHead];
}

/**
 * Whether the stored head leads to `row`: it names the entry `row` follows, or one before it that the entries in
 * between (appended while locked) link to. Only then may the head move, so evidence of a truncation is never
 * overwritten by the next append.
 */
async function headLeadsTo(db: SaringDb, row: AuditRow): Promise<boolean> {
  const head = await db.auditHead.get('head');
  // No head: only a new log starts one; a longer log that lost its head keeps it lost, for verification to report.
  if (!head) return row.seq === 1;
  if (head.seq >= row.seq) return false;
  const between = await db.audit.where('seq').between(head.seq, row.seq, true, false).toArray();
  if (between[0]?.seq !== head.seq || between[0].hash !== head.hash) return false;
  let previous = between[0];
  for (const entry of between.slice(1)) {
    if (entry.seq !== previous.seq + 1 || entry.prevHash !== previous.hash) return false;
    previous = entry;
  }
  return previous.seq === row.seq - 1 && previous.hash === row.prevHash;
}

/**
 * Adds a prepared entry inside a transaction that includes `auditTables(db)`, and moves the sealed head to it; fails
 * if the chain moved meanwhile.
 */
export async function commitAudit(db: SaringDb, entry: PreparedAudit): Promise<void> {
  const { row, seal } = entry;
  const last = await db.audit.orderBy('seq').last();
  if ((last?.seq ?? 0) !== row.seq - 1 || (last?.hash ?? GENESIS_HASH) !== row.prevHash) {
    throw Object.assign(new Error('audit chain moved'), { name: 'ConstraintError' });
  }
  const moveHead = seal !== null && (await headLeadsTo(db, row));
  // `add`, not `put`: another tab that took the same seq makes this fail instead of overwriting.
  await db.audit.add(row);
  if (moveHead) await db.auditHead.put({ key: 'head', seq: row.seq, hash: row.hash, seal });
}

function chainMoved(error: unknown): boolean {
  return /Constraint/.test(String((error as { name?: unknown } | null)?.name));
}

/**
 * Runs `body` and appends one audit entry in a single transaction over `tables` and the audit tables, one audited
 * write at a time in this page; if another tab moved the chain first, prepares the entry again (up to three times).
 */
export function auditedTransaction<T>(
  db: SaringDb,
  keys: StoreKeys | null,
  input: AuditInput,
  tables: Table[],
  body: () => Promise<T>,
  now: Date = new Date(),
): Promise<{ result: T; row: AuditRow }> {
  return serialWrite(db, () =>
    withReopen(db, async () => {
      for (let attempt = 0; ; attempt += 1) {
        const entry = await prepareAudit(db, keys, input, now);
        try {
          const result = await db.transaction('rw', [...tables, ...auditTables(db)], async () => {
            const value = await body();
            await commitAudit(db, entry);
            return value;
          });
          return { result, row: entry.row };
        } catch (error) {
          if (!chainMoved(error) || attempt >= 2) throw error;
        }
      }
    }),
  );
}

/** Appends one entry to the hash-chained audit log in its own transaction. */
export async function appendAudit(
  db: SaringDb,
  keys: StoreKeys | null,
  input: AuditInput,
  now: Date = new Date(),
): Promise<AuditRow> {
  const { row } = await auditedTransaction(db, keys, input, [], async () => undefined, now);
  return row;
}

async function sealHolds(keys: StoreKeys, head: AuditHeadRow & { seal: Uint8Array }): Promise<boolean> {
  try {
    const sealed = await decryptJson<{ seq: unknown; hash: unknown }>(keys, head.seal, HEAD_AAD);
    return sealed.seq === head.seq && sealed.hash === head.hash;
  } catch {
    return false;
  }
}

/**
 * Walks the whole chain and recomputes every hash, then compares its end with the sealed head (the seal is checked
 * when the keys are given). Reports the first broken link, else entries missing at the end, else a bad head.
 */
export async function verifyChain(db: SaringDb, keys: StoreKeys | null = null): Promise<ChainCheck> {
  // Read first, hash after: WebCrypto inside a cursor would end the read transaction.
  const [rows, head] = await db.transaction('r', auditTables(db), () =>
    Promise.all([db.audit.orderBy('seq').toArray(), db.auditHead.get('head')]),
  );
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  for (const row of rows) {
    const { hash, ...rest } = row;
    if (row.seq !== expectedSeq || row.prevHash !== prevHash || (await entryHash(rest)) !== hash) {
      return { ok: false, problem: 'link', brokenAt: row.seq };
    }
    prevHash = hash;
    expectedSeq = row.seq + 1;
  }
  const length = rows.length;
  if (!head) return length === 0 ? { ok: true, length } : { ok: false, problem: 'head', length };
  if (head.seal && keys && !(await sealHolds(keys, { ...head, seal: head.seal }))) {
    return { ok: false, problem: 'head', length };
  }
  if (head.seq > length) return { ok: false, problem: 'truncated', length, expected: head.seq };
  // Entries after the head are ones appended while locked, not sealed yet; the head's own entry must be unchanged.
  if (rows[head.seq - 1]?.hash !== head.hash) return { ok: false, problem: 'head', length };
  return { ok: true, length };
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
