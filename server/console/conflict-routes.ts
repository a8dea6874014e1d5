import {
  ConflictListQuerySchema,
  ConflictResolveRequestSchema,
} from '../../src/core/console/conflict-api.ts';
import type { Db } from '../db.ts';
import { conflictDetail, listConflicts, openConflictCount, resolveConflict } from './conflicts.ts';
import { fail, readJson, readQueryWith, type On } from './route-kit.ts';
import { appendAudit } from './server-audit.ts';

/** Conflicts: the badge count, the list, one beside the stored revision (audited), and its resolution. */
export function registerConflictRoutes(on: On, db: Db): void {
  // Before /conflicts/:id, so "count" is never read as an id.
  on('conflictCount', async (c) => c.json({ open: await openConflictCount(db) }));
  on('conflicts', async (c) => {
    const query = readQueryWith(c, ConflictListQuerySchema);
    if (!query.ok) return query.response;
    const which = query.data.state ?? 'open';
    const list = await listConflicts(db, which);
    await appendAudit(db, c.get('user'), 'conflict.list', null, { state: which, results: list.items.length });
    return c.json(list);
  });
  on('conflictDetail', async (c) => {
    const id = c.req.param('id') ?? '';
    const detail = await conflictDetail(db, id);
    if (!detail) return fail(c, 404, { error: 'console.error.notFound' });
    await appendAudit(db, c.get('user'), 'conflict.open', id, { recordId: detail.conflict.recordId });
    return c.json(detail);
  });
  on('conflictResolve', async (c) => {
    const id = c.req.param('id') ?? '';
    const body = await readJson(c, ConflictResolveRequestSchema);
    if (!body.ok) return body.response;
    const result = await resolveConflict(db, id, body.data, c.get('user'));
    if (!result.ok) return fail(c, result.status, result.body);
    const detail = await conflictDetail(db, id);
    return detail ? c.json(detail) : fail(c, 404, { error: 'console.error.notFound' });
  });
}
