import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_RETENTION, purgeExpired, retentionPolicy } from '../../server/console/retention.ts';
import { verifyAudit } from '../../server/console/server-audit.ts';
import { enrolTablet, flagged, startHarness, type ConsoleHarness } from './console-harness.ts';
import { startPostgres, type PgTarget } from './pg-cluster.ts';

let pg: PgTarget;
beforeAll(async () => {
  pg = await startPostgres();
  if ('reason' in pg) console.warn(`PostgreSQL tests skipped: ${pg.reason}`);
}, 60_000);
afterAll(() => {
  if (pg.url) pg.stop();
});

describe.each(['pglite', 'postgres'] as const)('server retention on %s', (kind) => {
  let h: ConsoleHarness;
  beforeAll(async () => {
    if (kind === 'postgres' && !pg.url) return;
    h = await startHarness(kind, pg.url);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('removes only closed cases past their outcome’s retention, and logs the ids in the audit chain', async () => {
    if (kind === 'postgres' && !pg.url) return;
    const tablet = await enrolTablet(h, 'DEV-R');
    await tablet.upload([
      flagged('DEV-R', { id: 'old-interview', outcome: 'INTERVIEW' }),
      flagged('DEV-R', { id: 'old-law', outcome: 'REFER_LAW_ENFORCEMENT' }),
      flagged('DEV-R', { id: 'old-open', outcome: 'INTERVIEW' }),
    ]);
    await h.db.query(
      `UPDATE cases SET state = 'closed', closed_at = now() - interval '400 days' WHERE id IN ('old-interview', 'old-law')`,
    );
    const policy = retentionPolicy('{"INTERVIEW": 365, "REFER_BP3MI": "x"}');
    expect(policy.REFER_BP3MI).toBe(DEFAULT_RETENTION.REFER_BP3MI);
    expect(await purgeExpired(h.db, policy)).toEqual(['old-interview']);
    const left = await h.db.query<{ id: string }>('SELECT DISTINCT id FROM screening_revisions ORDER BY id');
    expect(left.map((r) => r.id)).toEqual(['old-law', 'old-open']);
    const log = await h.db.query<{ detail: { removed: string[] } }>(
      `SELECT detail FROM console_audit WHERE action = 'retention.purge'`,
    );
    expect(log.map((r) => r.detail.removed)).toEqual([['old-interview']]);
    expect((await verifyAudit(h.db)).ok).toBe(true);
    expect(await purgeExpired(h.db, policy)).toEqual([]);
  });
});
