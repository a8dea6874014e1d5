import { deviceCaseState, type CaseStateName } from '../../src/core/console/console-api.ts';
import type { CaseStatesResponse } from '../../src/sync/contract.ts';
import type { Queryable } from '../db.ts';

const PAGE = 500;

/** States of the cases of records this device first sent, changed after the cursor, oldest change first. */
export async function caseStatesSince(
  db: Queryable,
  deviceId: string,
  cursor: string,
): Promise<CaseStatesResponse> {
  const after = /^\d{1,18}$/.test(cursor) ? cursor : '0';
  const rows = await db.query<{ id: string; state: CaseStateName; changed_at: string; seq: string }>(
    `SELECT id, state, state_changed_at::text AS changed_at, state_seq::text AS seq FROM cases
     WHERE device_id = $1 AND state_seq > $2::bigint ORDER BY state_seq LIMIT $3`,
    [deviceId, after, PAGE + 1],
  );
  const page = rows.slice(0, PAGE);
  return {
    states: page.map((r) => ({
      id: r.id,
      state: deviceCaseState(r.state),
      changedAt: new Date(r.changed_at).toISOString(),
    })),
    cursor: page.at(-1)?.seq ?? after,
    more: rows.length > PAGE,
  };
}
