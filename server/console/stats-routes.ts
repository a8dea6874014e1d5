import { StatsQuerySchema, type StatsQuery } from '../../src/core/console/statistics-api.ts';
import { statisticsCsv } from '../../src/core/console/statistics-csv.ts';
import { statsQueryProblem } from '../../src/core/console/statistics-periods.ts';
import type { Db } from '../db.ts';
import { fail, readQueryWith, type C, type On } from './route-kit.ts';
import { appendAudit } from './server-audit.ts';
import { statistics } from './statistics.ts';

/** The period asked for, or the 400 that says what is wrong with it. */
function readStatsQuery(c: C): { ok: true; data: StatsQuery } | { ok: false; response: Response } {
  const query = readQueryWith(c, StatsQuerySchema);
  if (!query.ok) return query;
  const problem = statsQueryProblem(query.data);
  if (problem) return { ok: false, response: fail(c, 400, { error: problem.error, detail: problem.field }) };
  return query;
}

/** Statistics across checkpoints (counts only, no identities) and their CSV, both written to the audit log. */
export function registerStatsRoutes(on: On, db: Db): void {
  on('statistics', async (c) => {
    const query = readStatsQuery(c);
    if (!query.ok) return query.response;
    const stats = await statistics(db, query.data);
    await appendAudit(db, c.get('user'), 'stats.view', null, { ...query.data });
    return c.json(stats);
  });
  on('statisticsExport', async (c) => {
    const query = readStatsQuery(c);
    if (!query.ok) return query.response;
    const stats = await statistics(db, query.data);
    const csv = statisticsCsv(stats);
    const rows = csv.split('\r\n').length - 2;
    await appendAudit(db, c.get('user'), 'stats.export', null, { ...query.data, rows });
    const name = `saring-statistik-${query.data.from}-${query.data.to}-${query.data.granularity}.csv`;
    c.header('Content-Disposition', `attachment; filename="${name}"`);
    return c.body(csv, 200, { 'Content-Type': 'text/csv; charset=utf-8' });
  });
}
