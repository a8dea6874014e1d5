import {
  CekalDecisionRequestSchema,
  CekalProposeRequestSchema,
  CekalQuerySchema,
} from '../../src/core/console/cekal-api.ts';
import {
  WatchlistCsvRequestSchema,
  WatchlistEntryInputSchema,
  WatchlistQuerySchema,
} from '../../src/core/console/watchlist-api.ts';
import type { Db } from '../db.ts';
import { previewWatchlistCsv } from '../watchlist-csv.ts';
import { decideCekal, listCekal, proposeCekal } from './cekal.ts';
import { fail, readJson, readQueryWith, type C, type On } from './route-kit.ts';
import {
  addWatchlistEntry,
  editWatchlistEntry,
  endWatchlistEntry,
  importWatchlistCsv,
  listWatchlist,
} from './watchlist-admin.ts';

/** Imigrasi keeps the watchlist: a supervisor of another agency may read it but not change it. */
const imigrasiOnly = (c: C): Response | null =>
  c.get('user').agency === 'IMIGRASI' ? null : fail(c, 403, { error: 'console.error.wrongAgency' });

/** Cekal proposals (propose, decide) and the watchlist kept by hand (list, add, edit, end, CSV import). */
export function registerWatchRoutes(on: On, db: Db): void {
  on('cekalList', async (c) => {
    const query = readQueryWith(c, CekalQuerySchema);
    if (!query.ok) return query.response;
    return c.json(await listCekal(db, query.data));
  });
  on('cekalPropose', async (c) => {
    const body = await readJson(c, CekalProposeRequestSchema);
    if (!body.ok) return body.response;
    const result = await proposeCekal(db, body.data, c.get('user'));
    return result.ok ? c.json(result.proposal, 201) : fail(c, result.status, { error: result.error });
  });
  on('cekalDecide', async (c) => {
    const body = await readJson(c, CekalDecisionRequestSchema);
    if (!body.ok) return body.response;
    const result = await decideCekal(db, c.req.param('id') ?? '', body.data, c.get('user'));
    return result.ok ? c.json(result.proposal) : fail(c, result.status, { error: result.error });
  });

  on('watchlist', async (c) => {
    const query = readQueryWith(c, WatchlistQuerySchema);
    if (!query.ok) return query.response;
    return c.json(await listWatchlist(db, query.data));
  });
  on('watchlistAdd', async (c) => {
    const body = await readJson(c, WatchlistEntryInputSchema);
    if (!body.ok) return body.response;
    return imigrasiOnly(c) ?? c.json(await addWatchlistEntry(db, body.data, c.get('user')), 201);
  });
  on('watchlistEdit', async (c) => {
    const body = await readJson(c, WatchlistEntryInputSchema);
    if (!body.ok) return body.response;
    const refused = imigrasiOnly(c);
    if (refused) return refused;
    const item = await editWatchlistEntry(db, c.req.param('id') ?? '', body.data, c.get('user'));
    return item ? c.json(item) : fail(c, 404, { error: 'console.error.notFound' });
  });
  on('watchlistEnd', async (c) => {
    const refused = imigrasiOnly(c);
    if (refused) return refused;
    const item = await endWatchlistEntry(db, c.req.param('id') ?? '', c.get('user'));
    return item ? c.json(item) : fail(c, 404, { error: 'console.error.notFound' });
  });
  on('watchlistImportPreview', async (c) => {
    const body = await readJson(c, WatchlistCsvRequestSchema);
    if (!body.ok) return body.response;
    return imigrasiOnly(c) ?? c.json(previewWatchlistCsv(body.data.csv, new Date().toISOString()));
  });
  on('watchlistImport', async (c) => {
    const body = await readJson(c, WatchlistCsvRequestSchema);
    if (!body.ok) return body.response;
    const refused = imigrasiOnly(c);
    if (refused) return refused;
    const result = await importWatchlistCsv(db, body.data.csv, c.get('user'));
    if (!result.ok) return c.json({ error: 'console.error.csvInvalid', preview: result.preview }, 422);
    return c.json({ stored: result.stored });
  });
}
