import type { CaseActionRequest, ConsoleError, StaffUser } from '../../src/core/console/console-api.ts';
import { decideAction } from '../../src/core/console/case-workflow.ts';
import type { Db } from '../db.ts';
import { caseRow } from './cases.ts';
import { appendAudit } from './server-audit.ts';

export type ActionResult = { ok: true } | { ok: false; status: 400 | 404 | 409; body: ConsoleError };

/**
 * Applies a workflow action in one transaction: the case row is locked, the version checked, the change written with
 * a new version, the step added to the history and to the server audit log. Nothing is written when it is refused.
 */
export async function applyCaseAction(
  db: Db,
  id: string,
  request: CaseActionRequest,
  actor: StaffUser,
): Promise<ActionResult> {
  return db.transaction(async (tx): Promise<ActionResult> => {
    const row = await caseRow(tx, id, true);
    if (!row) return { ok: false, status: 404, body: { error: 'console.error.notFound' } };
    const owner = row.owner_id ? { id: row.owner_id, name: row.owner_name ?? '' } : null;
    const decision = decideAction({ state: row.state, version: row.version, owner }, request, actor.id);
    if (!decision.ok) {
      const { status, error, detail, owner: holder } = decision;
      return {
        ok: false,
        status,
        body: { error, ...(detail ? { detail } : {}), ...(holder ? { owner: holder } : {}) },
      };
    }
    const c = decision.change;
    const stateChanged = c.toState !== row.state;
    await tx.query(
      `UPDATE cases SET state = $2, owner_id = $3, version = version + 1, updated_at = now(),
         referred_to = CASE WHEN $4::boolean THEN $5 ELSE referred_to END,
         due_date = CASE WHEN $4::boolean THEN $6::date ELSE due_date END,
         finding = CASE WHEN $7::boolean THEN $8 ELSE finding END,
         reason = CASE WHEN $9::boolean THEN $10 ELSE reason END,
         closed_at = CASE WHEN $11::boolean THEN now() WHEN $12::boolean THEN NULL ELSE closed_at END,
         state_seq = CASE WHEN $13::boolean THEN nextval('change_seq') ELSE state_seq END,
         state_changed_at = CASE WHEN $13::boolean THEN now() ELSE state_changed_at END
       WHERE id = $1`,
      [
        id,
        c.toState,
        c.ownerId,
        c.referredTo !== undefined,
        c.referredTo ?? null,
        c.dueDate ?? null,
        c.finding !== undefined,
        c.finding ?? null,
        c.reason !== undefined,
        c.reason ?? null,
        c.closed === true,
        c.closed === false,
        stateChanged,
      ],
    );
    await tx.query(
      `INSERT INTO case_history (case_id, seq, actor_id, action, from_state, to_state, forced, previous_owner_id,
         referred_to, due_date, finding, reason)
       SELECT $1, coalesce(max(seq), 0) + 1, $2, $3, $4, $5, $6, $7, $8, $9::date, $10, $11
       FROM case_history WHERE case_id = $1`,
      [
        id,
        actor.id,
        request.action,
        row.state,
        c.toState,
        c.forced,
        c.forced ? row.owner_id : null,
        c.referredTo ?? null,
        c.dueDate ?? null,
        c.finding ?? null,
        c.reason ?? null,
      ],
    );
    await appendAudit(db, actor, 'case.action', id, { action: request.action, forced: c.forced }, tx);
    return { ok: true };
  });
}
