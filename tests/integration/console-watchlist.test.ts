import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleAuditPage } from '../../src/core/console/console-api.ts';
import type {
  WatchlistCsvPreview,
  WatchlistItem,
  WatchlistPage,
} from '../../src/core/console/watchlist-api.ts';
import type { WatchlistDelta } from '../../src/sync/contract.ts';
import {
  addStaff,
  enrolTablet,
  signInAs,
  startHarness,
  type ConsoleHarness,
  type StaffClient,
  type Tablet,
} from './console-harness.ts';
import { startPostgres, type PgTarget } from './pg-cluster.ts';

let pg: PgTarget;
beforeAll(async () => {
  pg = await startPostgres();
  if ('reason' in pg) console.warn(`PostgreSQL tests skipped: ${pg.reason}`);
}, 60_000);
afterAll(() => {
  if (pg.url) pg.stop();
});

const json = async <T>(r: Response): Promise<T> => (await r.json()) as T;
const daysFromNow = (days: number): string =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const ENTRY = { kind: 'cegah', name: 'Rina Marlina', passportNumber: 'c7654321', birthDate: '1998-02-03' };
const GOOD_CSV = [
  'id,kind,name,birthDate,passportNumber,phone,expiresOn',
  `csv-1,atensi,Wati Susanti,1990-01-01,B1111111,,${daysFromNow(60)}`,
  'csv-2,recruiter,Pak Joko Widodo,,,0812555000,',
].join('\n');
const BAD_CSV = [
  'id,kind,name,birthDate,expiresOn',
  'ok-1,cegah,Sri Wahyuni,1990-01-01,',
  'bad-kind,ban,Ani,1990-01-01,',
  'bad-date,cegah,Budi,1990-01-01,2026-02-30',
  'ok-1,atensi,Sri Lagi,1990-01-01,',
  'no-name,cegah,,1990-01-01,',
  'extra,cegah,Dedi,1990-01-01,,surplus',
].join('\n');

describe.each(['pglite', 'postgres'] as const)('watchlist kept by hand on %s', (kind) => {
  let h: ConsoleHarness;
  let bp3mi: StaffClient;
  let imigrasi: StaffClient;
  let imigrasiLead: StaffClient;
  let bp3miLead: StaffClient;
  let admin: StaffClient;
  let tablet: Tablet;
  const skip = () => kind === 'postgres' && !pg.url;

  beforeAll(async () => {
    if (skip()) return;
    h = await startHarness(kind, pg.url);
    await addStaff(h.db, 'ana', 'bp3mi_worker', 'Ana Lestari');
    await addStaff(h.db, 'budi', 'imigrasi_worker', 'Budi Santoso');
    await addStaff(h.db, 'sari', 'supervisor', 'Sari Wijaya', 'IMIGRASI');
    await addStaff(h.db, 'dodi', 'supervisor', 'Dodi Pratama', 'BP3MI');
    await addStaff(h.db, 'root', 'admin');
    [bp3mi, imigrasi, imigrasiLead, bp3miLead, admin] = await Promise.all([
      signInAs(h.url, 'ana'),
      signInAs(h.url, 'budi'),
      signInAs(h.url, 'sari'),
      signInAs(h.url, 'dodi'),
      signInAs(h.url, 'root'),
    ]);
    tablet = await enrolTablet(h, 'DEV-WATCH');
  });
  afterAll(async () => {
    await h?.close();
  });

  const pull = async (cursor = ''): Promise<WatchlistDelta> =>
    json<WatchlistDelta>(await tablet.get(`/watchlist?cursor=${cursor}`));
  const auditActions = async (): Promise<string[]> =>
    (await json<ConsoleAuditPage>(await admin.call('GET', '/audit'))).items.map(
      (e) => `${e.action}:${e.actor?.username ?? 'system'}`,
    );

  it('lets only Imigrasi change the list: BP3MI, a BP3MI supervisor and the administrator are refused and change nothing', async () => {
    if (skip()) return;
    const before = await pull();
    const csv = { csv: GOOD_CSV };
    const writes: Array<[string, string, unknown]> = [
      ['POST', '/watchlist', ENTRY],
      ['POST', '/watchlist/entries/x-1', ENTRY],
      ['DELETE', '/watchlist/entries/x-1', undefined],
      ['POST', '/watchlist/import/preview', csv],
      ['POST', '/watchlist/import', csv],
    ];
    for (const [method, path, body] of writes) {
      expect((await bp3mi.call(method, path, body)).status, `bp3mi ${method} ${path}`).toBe(403);
      expect((await admin.call(method, path, body)).status, `admin ${method} ${path}`).toBe(403);
      const lead = await bp3miLead.call(method, path, body);
      expect(lead.status, `BP3MI supervisor ${method} ${path}`).toBe(403);
      expect((await json<{ error: string }>(lead)).error).toBe('console.error.wrongAgency');
    }
    expect((await pull(before.cursor)).entries).toEqual([]);
    // Every case role reads it; the administrator does not.
    for (const reader of [bp3mi, imigrasi, imigrasiLead, bp3miLead])
      expect((await reader.call('GET', '/watchlist')).status).toBe(200);
    expect((await admin.call('GET', '/watchlist')).status).toBe(403);
  });

  it('adds, edits and ends an entry by hand; each change reaches the tablets as a delta and is audited', async () => {
    if (skip()) return;
    const before = await pull();
    const expiresOn = daysFromNow(90);
    const added = await imigrasi.call('POST', '/watchlist', { ...ENTRY, expiresOn });
    expect(added.status).toBe(201);
    const item = await json<WatchlistItem>(added);
    expect(item).toMatchObject({ expiresOn, source: 'console', changedBy: 'budi', ended: false });
    expect(item.entry).toMatchObject({ name: 'Rina Marlina', passportNumber: 'C7654321', kind: 'cegah' });
    const first = await pull(before.cursor);
    expect(first.entries).toEqual([
      expect.objectContaining({ id: item.entry.id, passportNumber: 'C7654321' }),
    ]);

    const edited = await imigrasiLead.call('POST', `/watchlist/entries/${item.entry.id}`, {
      ...ENTRY,
      kind: 'atensi',
      note: 'Turun ke atensi',
    });
    expect(edited.status).toBe(200);
    expect(await json<WatchlistItem>(edited)).toMatchObject({ changedBy: 'sari', expiresOn: null });
    const second = await pull(first.cursor);
    expect(second.entries).toEqual([expect.objectContaining({ id: item.entry.id, kind: 'atensi' })]);

    const ended = await imigrasi.call('DELETE', `/watchlist/entries/${item.entry.id}`);
    expect(await json<WatchlistItem>(ended)).toMatchObject({ ended: true });
    expect((await pull(second.cursor)).entries).toEqual([
      expect.objectContaining({ id: item.entry.id, deleted: true }),
    ]);
    const listed = await json<WatchlistPage>(await bp3mi.call('GET', '/watchlist?q=marlina'));
    expect(listed.items).toEqual([]);
    const withEnded = await json<WatchlistPage>(await bp3mi.call('GET', '/watchlist?q=marlina&ended=1'));
    expect(withEnded.items.map((i) => i.ended)).toEqual([true]);
    expect(await auditActions()).toEqual(
      expect.arrayContaining(['watchlist.add:budi', 'watchlist.edit:sari', 'watchlist.end:budi']),
    );
  });

  it('previews a CSV without writing anything, then stores it on import', async () => {
    if (skip()) return;
    const before = await pull();
    const previewed = await imigrasi.call('POST', '/watchlist/import/preview', { csv: GOOD_CSV });
    expect(previewed.status).toBe(200);
    const preview = await json<WatchlistCsvPreview>(previewed);
    expect(preview).toMatchObject({ fileError: null, valid: 2 });
    expect(preview.rows.map((r) => [r.line, r.id, r.errors])).toEqual([
      [2, 'csv-1', []],
      [3, 'csv-2', []],
    ]);
    expect((await pull(before.cursor)).entries).toEqual([]);
    expect((await json<WatchlistPage>(await imigrasi.call('GET', '/watchlist?q=csv-'))).items).toEqual([]);
    expect(await auditActions()).not.toContain('watchlist.import:budi');

    const imported = await imigrasi.call('POST', '/watchlist/import', { csv: GOOD_CSV });
    expect(imported.status).toBe(200);
    expect(await json<{ stored: number }>(imported)).toEqual({ stored: 2 });
    const delta = await pull(before.cursor);
    expect(delta.entries.map((e) => e.id).sort()).toEqual(['csv-1', 'csv-2']);
    const page = await json<WatchlistPage>(await imigrasi.call('GET', '/watchlist?q=csv-'));
    expect(page.items.map((i) => [i.entry.id, i.source, i.expiresOn])).toEqual([
      ['csv-1', 'csv', daysFromNow(60)],
      ['csv-2', 'csv', null],
    ]);
    expect(await auditActions()).toContain('watchlist.import:budi');
  });

  it('names every bad row with its line, field and code, and stores none of the file while one row is bad', async () => {
    if (skip()) return;
    const before = await pull();
    const preview = await json<WatchlistCsvPreview>(
      await imigrasiLead.call('POST', '/watchlist/import/preview', { csv: BAD_CSV }),
    );
    const byLine = Object.fromEntries(preview.rows.map((r) => [r.line, r.errors]));
    expect(byLine[2]).toEqual([]);
    expect(byLine[3]).toEqual([{ field: 'kind', code: 'watchAdmin.csv.invalid' }]);
    expect(byLine[4]).toEqual([{ field: 'expiresOn', code: 'watchAdmin.csv.badDate' }]);
    expect(byLine[5]).toEqual([{ field: 'id', code: 'watchAdmin.csv.duplicateId' }]);
    expect(byLine[6]).toEqual([{ field: 'name', code: 'watchAdmin.csv.missing' }]);
    expect(byLine[7]).toEqual([{ field: 'row', code: 'watchAdmin.csv.extraCells' }]);
    expect(preview.valid).toBe(1);

    const refused = await imigrasiLead.call('POST', '/watchlist/import', { csv: BAD_CSV });
    expect(refused.status).toBe(422);
    const body = await json<{ error: string; preview: WatchlistCsvPreview }>(refused);
    expect(body.error).toBe('console.error.csvInvalid');
    expect(body.preview.rows).toHaveLength(6);
    expect((await pull(before.cursor)).entries).toEqual([]);

    const header = await json<WatchlistCsvPreview>(
      await imigrasiLead.call('POST', '/watchlist/import/preview', { csv: 'id,kind,nama\nx,cegah,Ani' }),
    );
    expect(header.fileError).toEqual({ code: 'watchAdmin.csv.unknownColumns', detail: 'nama' });
  });

  it('answers hostile input with a 4xx code, never a 500, and an unknown entry with 404', async () => {
    if (skip()) return;
    const bad: Array<[string, string, unknown]> = [
      ['POST', '/watchlist', { ...ENTRY, kind: 'ban' }],
      ['POST', '/watchlist', { ...ENTRY, name: '' }],
      ['POST', '/watchlist', { ...ENTRY, name: 'a\u0000b' }],
      ['POST', '/watchlist', { ...ENTRY, name: 'x'.repeat(201) }],
      ['POST', '/watchlist', { ...ENTRY, expiresOn: '31/12/2026' }],
      ['POST', '/watchlist', [ENTRY]],
      ['POST', '/watchlist/import/preview', { csv: '' }],
      ['POST', '/watchlist/import/preview', { csv: 42 }],
      ['POST', '/watchlist/import', { csv: 'x'.repeat(1_000_001) }],
    ];
    for (const [method, path, body] of bad) {
      const response = await imigrasi.call(method, path, body);
      expect(response.status, `${path} ${JSON.stringify(body).slice(0, 60)}`).toBe(400);
    }
    const notJson = await imigrasi.call('POST', '/watchlist', undefined, {
      'content-type': 'application/json',
    });
    expect(notJson.status).toBeGreaterThanOrEqual(400);
    expect(notJson.status).toBeLessThan(500);
    expect((await imigrasi.call('POST', '/watchlist/entries/nope', ENTRY)).status).toBe(404);
    expect((await imigrasi.call('DELETE', '/watchlist/entries/nope')).status).toBe(404);
    expect((await bp3mi.call('GET', '/watchlist?kind=ban')).status).toBe(400);
    expect((await bp3mi.call('GET', `/watchlist?q=${'%25_'.repeat(20)}`)).status).toBe(200);
  });
});
