import { describeError } from '../log.ts';
import { OUTCOMES, type Outcome } from '../../src/core/screening/screening-schema.ts';
import type { Db } from '../db.ts';
import { appendAudit } from './server-audit.ts';

/** Days a closed case is kept after closing, per the outcome the tablet recorded. */
export type RetentionPolicy = Record<Outcome, number>;

export const DEFAULT_RETENTION: RetentionPolicy = {
  CLEAR: 30,
  CLEAR_ADVISED: 30,
  INTERVIEW: 365,
  REFER_BP3MI: 1825,
  REFER_LAW_ENFORCEMENT: 3650,
  PROPOSE_WATCH: 1825,
  DELAY_DEPARTURE: 1825,
};

/** The policy with overrides from JSON such as `{"INTERVIEW": 180}` (SARING_RETENTION_DAYS); bad values are ignored. */
export function retentionPolicy(json: string | undefined): RetentionPolicy {
  const policy = { ...DEFAULT_RETENTION };
  if (!json) return policy;
  try {
    const parsed = JSON.parse(json) as Record<string, unknown>;
    for (const outcome of OUTCOMES) {
      const days = parsed[outcome];
      if (typeof days === 'number' && Number.isInteger(days) && days > 0) policy[outcome] = days;
    }
  } catch {
    console.error('SARING_RETENTION_DAYS is not JSON; the default retention applies');
  }
  return policy;
}

/**
 * Removes closed cases older than their outcome's retention, with their revisions, history and the tablet audit
 * events about them, in one transaction, and writes the ids removed to the server audit log. Open cases are kept.
 */
export async function purgeExpired(db: Db, policy: RetentionPolicy): Promise<string[]> {
  return db.transaction(async (tx) => {
    const rows = await tx.query<{ id: string; device_id: string }>(
      `DELETE FROM cases c USING jsonb_each_text($1::jsonb) r
       WHERE c.state = 'closed' AND r.key = c.outcome AND c.closed_at < now() - make_interval(days => r.value::int)
       RETURNING c.id, c.device_id`,
      [JSON.stringify(policy)],
    );
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    await tx.query('DELETE FROM screening_revisions WHERE id = ANY($1::text[])', [ids]);
    await tx.query(
      `DELETE FROM audit_entries a USING jsonb_to_recordset($1::jsonb) AS x(id text, device_id text)
       WHERE a.device_id = x.device_id AND a.payload->>'subject' = x.id`,
      [JSON.stringify(rows)],
    );
    await appendAudit(db, null, 'retention.purge', null, { removed: ids, count: ids.length }, tx);
    return ids;
  });
}

/** Runs the purge now and then every `intervalMs` (a day by default); returns a function that stops it. */
export function startRetentionJob(db: Db, policy: RetentionPolicy, intervalMs = 86_400_000): () => void {
  const run = (): void => {
    purgeExpired(db, policy)
      .then((ids) => {
        if (ids.length > 0) console.log(`Retention: removed ${ids.length} closed case(s): ${ids.join(', ')}`);
      })
      .catch((error: unknown) => console.error(`retention job failed: ${describeError(error)}`));
  };
  run();
  const timer = setInterval(run, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
