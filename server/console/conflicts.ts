import type { ConsoleError, StaffUser } from '../../src/core/console/console-api.ts';
import type {
  ConflictDetail,
  ConflictListResponse,
  ConflictResolveRequest,
  ConflictState,
  ConflictSummary,
} from '../../src/core/console/conflict-api.ts';
import { acceptedPayload, conflictChanges, decideResolution } from '../../src/core/console/conflict-rules.ts';
import type { ScreeningUpload } from '../../src/sync/contract.ts';
import type { Db, Queryable } from '../db.ts';
import { canonicalJson, sha256, upsertLinkedPersons } from '../repository.ts';
import { appendAudit } from './server-audit.ts';

type ConflictRow = {
  id: string;
  record_id: string;
  revision: number;
  device_id: string;
  payload: ScreeningUpload;
  stored_payload: ScreeningUpload;
  stored_received_at: string;
  received_at: string;
  times_received: number;
  state: ConflictState;
  version: number;
  has_case: boolean;
  resolved_by: string | null;
  resolver_name: string | null;
  resolved_at: string | null;
  reason: string | null;
  accepted_revision: number | null;
};

const SELECT = `SELECT k.id, k.record_id, k.revision, k.device_id, k.payload, s.payload AS stored_payload,
    s.received_at::text AS stored_received_at, k.received_at::text AS received_at, k.times_received, k.state,
    k.version, EXISTS (SELECT 1 FROM cases c WHERE c.id = k.record_id) AS has_case, k.resolved_by,
    u.name AS resolver_name, k.resolved_at::text AS resolved_at, k.reason, k.accepted_revision
  FROM screening_conflicts k
  JOIN screening_revisions s ON s.id = k.record_id AND s.revision = k.revision
  LEFT JOIN staff_users u ON u.id = k.resolved_by`;

const iso = (at: string): string => new Date(at).toISOString();

function toSummary(r: ConflictRow): ConflictSummary {
  const s = r.payload.screening;
  return {
    id: r.id,
    recordId: r.record_id,
    revision: r.revision,
    deviceId: r.device_id,
    airport: s.airport,
    checkpoint: s.checkpoint,
    passengerName: [s.passenger.lastName, s.passenger.firstName].filter(Boolean).join(', '),
    outcome: s.outcome,
    storedOutcome: r.stored_payload.screening.outcome,
    receivedAt: iso(r.received_at),
    timesReceived: r.times_received,
    state: r.state,
    version: r.version,
    hasCase: r.has_case,
  };
}

/** Number of conflicts waiting for a worker (the console's badge). */
export async function openConflictCount(db: Queryable): Promise<number> {
  const rows = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM screening_conflicts WHERE state = 'open'`,
  );
  return rows[0]?.n ?? 0;
}

/** Open (or resolved) conflicts, newest first, at most 200. */
export async function listConflicts(
  db: Queryable,
  which: 'open' | 'resolved',
): Promise<ConflictListResponse> {
  const rows = await db.query<ConflictRow>(
    `${SELECT} WHERE ${which === 'open' ? "k.state = 'open'" : "k.state <> 'open'"}
     ORDER BY ${which === 'open' ? 'k.received_at' : 'k.resolved_at'} DESC, k.id DESC LIMIT 200`,
  );
  return { items: rows.map(toSummary), openCount: await openConflictCount(db) };
}

async function conflictRow(db: Queryable, id: string, lock = false): Promise<ConflictRow | null> {
  const rows = await db.query<ConflictRow>(`${SELECT} WHERE k.id = $1${lock ? ' FOR UPDATE OF k' : ''}`, [
    id,
  ]);
  return rows[0] ?? null;
}

async function latestRevision(db: Queryable, recordId: string): Promise<number> {
  const rows = await db.query<{ n: number | null }>(
    'SELECT max(revision) AS n FROM screening_revisions WHERE id = $1',
    [recordId],
  );
  return rows[0]?.n ?? 0;
}

/** A conflict beside the revision stored under the same id and revision; null when unknown. */
export async function conflictDetail(db: Queryable, id: string): Promise<ConflictDetail | null> {
  const row = await conflictRow(db, id);
  if (!row) return null;
  return {
    conflict: toSummary(row),
    incoming: row.payload,
    stored: row.stored_payload,
    storedReceivedAt: iso(row.stored_received_at),
    changes: conflictChanges(row.stored_payload, row.payload),
    latestRevision: await latestRevision(db, row.record_id),
    resolution:
      row.resolved_by && row.resolved_at
        ? {
            by: { id: row.resolved_by, name: row.resolver_name ?? '' },
            at: iso(row.resolved_at),
            reason: row.reason ?? '',
            acceptedRevision: row.accepted_revision,
          }
        : null,
  };
}

/**
 * Stores the tablet's payload as the revision after the newest one held (the case follows through its trigger, the
 * linked persons through their own rule); returns that revision.
 */
async function storeAccepted(tx: Queryable, row: ConflictRow): Promise<number> {
  // Serialises two accepts on one record (different conflicts): each gets its own next revision.
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`screening:${row.record_id}`]);
  const payload = acceptedPayload(row.payload, await latestRevision(tx, row.record_id));
  const revision = payload.screening.revision;
  const persons = [...payload.linkedPersons].sort((a, b) => (a.id < b.id ? -1 : 1));
  await tx.query(
    `INSERT INTO screening_revisions (id, revision, payload, payload_hash, flagged_outcome, device_id)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [
      row.record_id,
      revision,
      JSON.stringify(payload),
      sha256(canonicalJson({ screening: payload.screening, linkedPersons: persons })),
      payload.screening.outcome,
      row.device_id,
    ],
  );
  const source = { id: row.record_id, revision, updatedAt: payload.screening.updatedAt };
  await upsertLinkedPersons(
    tx,
    row.device_id,
    persons.map((person) => ({ person, source })),
  );
  return revision;
}

export type ResolveResult = { ok: true } | { ok: false; status: 400 | 404 | 409; body: ConsoleError };

/**
 * Resolves a conflict in one transaction: the row is locked and its version checked; "accept" stores the tablet's
 * payload as the revision after the newest one held (the case follows through its trigger); the case's history and
 * the server audit log record who decided what and why. Nothing is written when it is refused.
 */
export async function resolveConflict(
  db: Db,
  id: string,
  request: ConflictResolveRequest,
  actor: StaffUser,
): Promise<ResolveResult> {
  return db.transaction(async (tx): Promise<ResolveResult> => {
    const row = await conflictRow(tx, id, true);
    if (!row) return { ok: false, status: 404, body: { error: 'console.error.notFound' } };
    const decision = decideResolution(row, request);
    if (!decision.ok) {
      const { status, error, detail } = decision;
      return { ok: false, status, body: { error, ...(detail ? { detail } : {}) } };
    }
    const accepted = decision.toState === 'accepted' ? await storeAccepted(tx, row) : null;
    await tx.query(
      `UPDATE screening_conflicts SET state = $2, version = version + 1, resolved_by = $3, resolved_at = now(),
         reason = $4, accepted_revision = $5, outcome_seq = nextval('change_seq')
       WHERE id = $1`,
      [id, decision.toState, actor.id, decision.reason, accepted],
    );
    await tx.query(
      `INSERT INTO case_history (case_id, seq, actor_id, action, from_state, to_state, reason)
       SELECT c.id, (SELECT coalesce(max(seq), 0) + 1 FROM case_history WHERE case_id = c.id), $2, $3, c.state,
         c.state, $4
       FROM cases c WHERE c.id = $1`,
      [row.record_id, actor.id, `conflict_${decision.toState}`, decision.reason],
    );
    await appendAudit(
      db,
      actor,
      'conflict.resolve',
      id,
      {
        recordId: row.record_id,
        revision: row.revision,
        decision: request.decision,
        acceptedRevision: accepted,
      },
      tx,
    );
    return { ok: true };
  });
}
