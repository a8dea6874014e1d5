import { randomUUID } from 'node:crypto';
import type {
  CekalDecisionRequest,
  CekalKind,
  CekalListResponse,
  CekalProposal,
  CekalProposeRequest,
  CekalState,
} from '../../src/core/console/cekal-api.ts';
import { checkCekalDecision } from '../../src/core/console/cekal-rules.ts';
import type { ConsoleErrorCode, StaffUser } from '../../src/core/console/console-api.ts';
import type { WatchlistEntry } from '../../src/core/watchlist/watchlist-schema.ts';
import type { Db, Queryable } from '../db.ts';
import { appendAudit } from './server-audit.ts';
import { writeWatchlistEntry } from './watchlist-admin.ts';

type Row = {
  id: string;
  case_id: string;
  kind: CekalKind;
  state: CekalState;
  passenger_name: string;
  passport_number: string;
  birth_date: string | null;
  grounds: string;
  proposed_by: string;
  proposer_name: string;
  proposed_at: string;
  decided_by: string | null;
  decider_name: string | null;
  decided_at: string | null;
  decision_reason: string | null;
  expires_on: string | null;
  watchlist_id: string | null;
};

const SELECT = `SELECT p.id, p.case_id, p.kind, p.state, p.passenger_name, p.passport_number, p.birth_date, p.grounds,
  p.proposed_by, pu.name AS proposer_name, p.proposed_at::text AS proposed_at, p.decided_by, du.name AS decider_name,
  p.decided_at::text AS decided_at, p.decision_reason, p.expires_on::text AS expires_on, p.watchlist_id
  FROM cekal_proposals p JOIN staff_users pu ON pu.id = p.proposed_by LEFT JOIN staff_users du ON du.id = p.decided_by`;

const iso = (t: string | null): string | null => (t ? new Date(t).toISOString() : null);

function toProposal(r: Row): CekalProposal {
  return {
    id: r.id,
    caseId: r.case_id,
    kind: r.kind,
    state: r.state,
    passengerName: r.passenger_name,
    passportNumber: r.passport_number,
    birthDate: r.birth_date,
    grounds: r.grounds,
    proposedBy: { id: r.proposed_by, name: r.proposer_name },
    proposedAt: iso(r.proposed_at) ?? '',
    decidedBy: r.decided_by ? { id: r.decided_by, name: r.decider_name ?? '' } : null,
    decidedAt: iso(r.decided_at),
    decisionReason: r.decision_reason,
    expiresOn: r.expires_on,
    watchlistId: r.watchlist_id,
  };
}

export type CekalFailure = { ok: false; status: 400 | 403 | 404 | 409; error: ConsoleErrorCode };

async function proposalRow(q: Queryable, id: string, lock: boolean): Promise<Row | null> {
  const rows = await q.query<Row>(`${SELECT} WHERE p.id = $1${lock ? ' FOR UPDATE OF p' : ''}`, [id]);
  return rows[0] ?? null;
}

/** Proposals, newest first; filtered by state or case. */
export async function listCekal(
  db: Db,
  filter: { state?: CekalState | undefined; caseId?: string | undefined },
): Promise<CekalListResponse> {
  const rows = await db.query<Row>(
    `${SELECT} WHERE ($1::text IS NULL OR p.state = $1) AND ($2::text IS NULL OR p.case_id = $2)
     ORDER BY p.proposed_at DESC, p.id DESC LIMIT 500`,
    [filter.state ?? null, filter.caseId ?? null],
  );
  return { items: rows.map(toProposal) };
}

/**
 * Records a proposal for the passenger of a case, identity taken from the case's newest revision (not from the
 * request); one open proposal (proposed or approved) of a kind per case.
 */
export async function proposeCekal(
  db: Db,
  request: CekalProposeRequest,
  actor: StaffUser,
): Promise<{ ok: true; proposal: CekalProposal } | CekalFailure> {
  return db.transaction(async (tx) => {
    const found = await tx.query<{ passenger: Record<string, unknown> | null }>(
      `SELECT r.payload->'screening'->'passenger' AS passenger FROM cases c
       JOIN screening_revisions r ON r.id = c.id AND r.revision = c.revision WHERE c.id = $1 FOR UPDATE OF c`,
      [request.caseId],
    );
    const passenger = found[0]?.passenger;
    if (!found[0]) return { ok: false, status: 404, error: 'console.error.notFound' } as const;
    const open = await tx.query(
      `SELECT 1 FROM cekal_proposals WHERE case_id = $1 AND kind = $2 AND state IN ('proposed', 'approved')`,
      [request.caseId, request.kind],
    );
    if (open.length > 0) return { ok: false, status: 409, error: 'console.error.proposalExists' } as const;
    const str = (v: unknown): string => (typeof v === 'string' ? v : '');
    const name = `${str(passenger?.firstName)} ${str(passenger?.lastName)}`.trim();
    const id = randomUUID();
    await tx.query(
      `INSERT INTO cekal_proposals (id, case_id, kind, passenger_name, passport_number, birth_date, grounds, proposed_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        id,
        request.caseId,
        request.kind,
        name,
        str(passenger?.passportNumber).toUpperCase(),
        str(passenger?.birthDate) || null,
        request.grounds,
        actor.id,
      ],
    );
    await appendAudit(db, actor, 'cekal.propose', id, { caseId: request.caseId, kind: request.kind }, tx);
    const row = await proposalRow(tx, id, false);
    return { ok: true, proposal: toProposal(row!) } as const;
  });
}

/**
 * Approves or refuses a proposal under the two-person rule. An approval writes the watchlist entry the tablets pull
 * (a new cursor position) with its expiry, in the same transaction as the decision and its audit entry.
 */
export async function decideCekal(
  db: Db,
  id: string,
  request: CekalDecisionRequest,
  actor: StaffUser,
  now: Date = new Date(),
): Promise<{ ok: true; proposal: CekalProposal } | CekalFailure> {
  return db.transaction(async (tx) => {
    const row = await proposalRow(tx, id, true);
    if (!row) return { ok: false, status: 404, error: 'console.error.notFound' } as const;
    const today = now.toISOString().slice(0, 10);
    const check = checkCekalDecision(
      { state: row.state, proposedById: row.proposed_by },
      request,
      actor,
      today,
    );
    if (!check.ok) return check;
    const approve = request.decision === 'approve';
    const watchlistId = approve ? `cekal-${row.id}` : null;
    if (approve) {
      const entry: WatchlistEntry = {
        id: watchlistId!,
        kind: row.kind,
        name: row.passenger_name,
        passportNumber: row.passport_number || null,
        birthDate: row.birth_date,
        updatedAt: now.toISOString(),
      };
      await writeWatchlistEntry(tx, entry, { source: 'cekal', actor, expiresOn: request.expiresOn ?? null });
    }
    await tx.query(
      `UPDATE cekal_proposals SET state = $2, decided_by = $3, decided_at = now(), decision_reason = $4,
         expires_on = $5::date, watchlist_id = $6 WHERE id = $1`,
      [
        id,
        approve ? 'approved' : 'refused',
        actor.id,
        request.reason,
        approve ? request.expiresOn : null,
        watchlistId,
      ],
    );
    await appendAudit(
      db,
      actor,
      approve ? 'cekal.approve' : 'cekal.refuse',
      id,
      {
        caseId: row.case_id,
        kind: row.kind,
        proposedBy: row.proposed_by,
        expiresOn: request.expiresOn ?? null,
      },
      tx,
    );
    return { ok: true, proposal: toProposal((await proposalRow(tx, id, false))!) } as const;
  });
}
