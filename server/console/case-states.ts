import { deviceCaseState, type CaseStateName } from '../../src/core/console/console-api.ts';
import type { CaseStatesResponse, ConflictOutcome } from '../../src/sync/contract.ts';
import type { Queryable } from '../db.ts';

const PAGE = 500;

type ChangeRow = {
  kind: 'state' | 'conflict';
  id: string;
  state: string;
  changed_at: string;
  seq: string;
  revision: number | null;
  accepted_revision: number | null;
};

/**
 * States of the cases of records this device first sent, and resolutions of the conflicts it sent, changed after the
 * cursor, oldest change first. Both take their position from one sequence, so one cursor pages through both.
 */
export async function caseStatesSince(
  db: Queryable,
  deviceId: string,
  cursor: string,
): Promise<CaseStatesResponse> {
  const after = /^\d{1,18}$/.test(cursor) ? cursor : '0';
  const rows = await db.query<ChangeRow>(
    `(SELECT 'state' AS kind, id, state, state_changed_at::text AS changed_at, state_seq AS seq_n,
        state_seq::text AS seq, NULL::integer AS revision, NULL::integer AS accepted_revision
      FROM cases WHERE device_id = $1 AND state_seq > $2::bigint ORDER BY state_seq LIMIT $3)
     UNION ALL
     (SELECT 'conflict', record_id, state, resolved_at::text, outcome_seq AS seq_n, outcome_seq::text AS seq,
        revision, accepted_revision
      FROM screening_conflicts WHERE device_id = $1 AND outcome_seq > $2::bigint ORDER BY seq_n LIMIT $3)
     ORDER BY seq_n LIMIT $3`,
    [deviceId, after, PAGE + 1],
  );
  const page = rows.slice(0, PAGE);
  const at = (r: ChangeRow) => new Date(r.changed_at).toISOString();
  const conflicts = page
    .filter((r) => r.kind === 'conflict')
    .map((r): ConflictOutcome => ({
      id: r.id,
      revision: r.revision ?? 0,
      outcome: r.state === 'accepted' ? 'accepted' : 'kept',
      acceptedRevision: r.accepted_revision,
      resolvedAt: at(r),
    }));
  return {
    states: page
      .filter((r) => r.kind === 'state')
      .map((r) => ({ id: r.id, state: deviceCaseState(r.state as CaseStateName), changedAt: at(r) })),
    conflicts,
    cursor: page.at(-1)?.seq ?? after,
    more: rows.length > PAGE,
  };
}
