import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CekalListResponse, CekalProposal } from '../../src/core/console/cekal-api.ts';
import type { ConsoleAuditPage, ConsoleError } from '../../src/core/console/console-api.ts';
import type { WatchlistDelta } from '../../src/sync/contract.ts';
import { expireWatchlist } from '../../server/console/watchlist-admin.ts';
import {
  addStaff,
  enrolTablet,
  flagged,
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
const GROUNDS = 'Calon PMI nonprosedural ke Jeddah, dijemput sponsor; sedang ditangani BP3MI Sumsel.';
const daysFromNow = (days: number): string =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe.each(['pglite', 'postgres'] as const)('cekal proposals on %s', (kind) => {
  let h: ConsoleHarness;
  let bp3mi: StaffClient;
  let imigrasiWorker: StaffClient;
  let imigrasiLead: StaffClient;
  let bp3miLead: StaffClient;
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
    [bp3mi, imigrasiWorker, imigrasiLead, bp3miLead] = await Promise.all([
      signInAs(h.url, 'ana'),
      signInAs(h.url, 'budi'),
      signInAs(h.url, 'sari'),
      signInAs(h.url, 'dodi'),
    ]);
    tablet = await enrolTablet(h, 'DEV-CEKAL');
    const uploads = ['scr-cekal-1', 'scr-cekal-2', 'scr-cekal-3'].map((id) => flagged('DEV-CEKAL', { id }));
    expect((await tablet.upload(uploads)).status).toBe(200);
  });
  afterAll(async () => {
    await h?.close();
  });

  const pull = async (cursor = ''): Promise<WatchlistDelta> =>
    json<WatchlistDelta>(await tablet.get(`/watchlist?cursor=${cursor}`));

  it('puts an approved cegah proposal in the watchlist the tablets pull, with both people recorded, and expiry takes it out', async () => {
    if (skip()) return;
    const before = await pull();
    const proposed = await bp3mi.call('POST', '/cekal', {
      caseId: 'scr-cekal-1',
      kind: 'cegah',
      grounds: GROUNDS,
    });
    expect(proposed.status).toBe(201);
    const proposal = await json<CekalProposal>(proposed);
    expect(proposal).toMatchObject({
      state: 'proposed',
      passengerName: 'SITI SUHARTI',
      passportNumber: 'C1234567',
      birthDate: '1999-04-12',
      proposedBy: { name: 'Ana Lestari' },
      decidedBy: null,
    });
    // Nothing reaches the tablets before a decision.
    expect((await pull(before.cursor)).entries).toEqual([]);

    const expiresOn = daysFromNow(30);
    const approved = await imigrasiLead.call('POST', `/cekal/${proposal.id}/decision`, {
      decision: 'approve',
      reason: 'Cukup alasan; cegah 30 hari.',
      expiresOn,
    });
    expect(approved.status).toBe(200);
    const decided = await json<CekalProposal>(approved);
    expect(decided).toMatchObject({ state: 'approved', expiresOn, decidedBy: { name: 'Sari Wijaya' } });
    expect(decided.proposedBy.name).toBe('Ana Lestari');

    const delta = await pull(before.cursor);
    expect(delta.entries).toEqual([
      expect.objectContaining({
        id: decided.watchlistId,
        kind: 'cegah',
        name: 'SITI SUHARTI',
        passportNumber: 'C1234567',
        birthDate: '1999-04-12',
      }),
    ]);
    expect(delta.entries[0]?.deleted).toBeUndefined();

    // The day after the expiry date the entry ends: tablets pull it as deleted and the proposal reads expired.
    expect(await expireWatchlist(h.db, new Date(`${daysFromNow(29)}T12:00:00Z`))).toEqual([]);
    expect(await expireWatchlist(h.db, new Date(`${daysFromNow(31)}T00:00:01Z`))).toEqual([
      decided.watchlistId,
    ]);
    const after = await pull(delta.cursor);
    expect(after.entries).toEqual([expect.objectContaining({ id: decided.watchlistId, deleted: true })]);
    const list = await json<CekalListResponse>(await bp3mi.call('GET', '/cekal?caseId=scr-cekal-1'));
    expect(list.items.map((p) => p.state)).toEqual(['expired']);

    const audit = await json<ConsoleAuditPage>(await (await signInAs(h.url, 'root')).call('GET', '/audit'));
    const actions = audit.items.map((e) => `${e.action}:${e.actor?.username ?? 'system'}`);
    expect(actions).toEqual(
      expect.arrayContaining(['cekal.propose:ana', 'cekal.approve:sari', 'watchlist.expire:system']),
    );
  });

  it('lets only an Imigrasi supervisor who did not propose it decide (two-person rule), each refusal changing nothing', async () => {
    if (skip()) return;
    const own = await json<CekalProposal>(
      await imigrasiLead.call('POST', '/cekal', { caseId: 'scr-cekal-2', kind: 'atensi', grounds: GROUNDS }),
    );
    const approve = { decision: 'approve', reason: 'Setuju.', expiresOn: daysFromNow(10) };
    const self = await imigrasiLead.call('POST', `/cekal/${own.id}/decision`, approve);
    expect(self.status).toBe(403);
    expect((await json<ConsoleError>(self)).error).toBe('console.error.twoPersonRule');
    const otherAgency = await bp3miLead.call('POST', `/cekal/${own.id}/decision`, approve);
    expect(otherAgency.status).toBe(403);
    expect((await json<ConsoleError>(otherAgency)).error).toBe('console.error.wrongAgency');
    for (const worker of [bp3mi, imigrasiWorker]) {
      const response = await worker.call('POST', `/cekal/${own.id}/decision`, approve);
      expect(response.status).toBe(403);
      expect((await json<ConsoleError>(response)).error).toBe('console.error.forbidden');
    }
    const list = await json<CekalListResponse>(await bp3mi.call('GET', `/cekal?caseId=scr-cekal-2`));
    expect(list.items[0]).toMatchObject({ state: 'proposed', decidedBy: null });
  });

  it('answers bad proposals and decisions one by one with a 4xx code, never a 500, and refuses a second decision', async () => {
    if (skip()) return;
    const bad: [StaffClient, string, unknown, number, string][] = [
      [
        bp3mi,
        '/cekal',
        { caseId: 'scr-cekal-3', kind: 'cegah', grounds: 'pendek' },
        400,
        'console.error.invalid',
      ],
      [
        bp3mi,
        '/cekal',
        { caseId: 'scr-cekal-3', kind: 'tangkal', grounds: GROUNDS },
        400,
        'console.error.invalid',
      ],
      [
        bp3mi,
        '/cekal',
        { caseId: 'no-such-case', kind: 'cegah', grounds: GROUNDS },
        404,
        'console.error.notFound',
      ],
      [bp3mi, '/cekal', { caseId: 'x\u0000', kind: 'cegah', grounds: GROUNDS }, 400, 'console.error.invalid'],
      [bp3mi, '/cekal', [1, 2, 3], 400, 'console.error.invalid'],
      [
        bp3mi,
        '/cekal',
        { caseId: 'scr-cekal-3', kind: 'cegah', grounds: `<script>${'x'.repeat(3000)}` },
        400,
        'console.error.invalid',
      ],
    ];
    for (const [client, path, body, status, error] of bad) {
      const response = await client.call('POST', path, body);
      expect(response.status, JSON.stringify(body).slice(0, 60)).toBe(status);
      expect((await json<ConsoleError>(response)).error).toBe(error);
    }
    const proposal = await json<CekalProposal>(
      await bp3mi.call('POST', '/cekal', {
        caseId: 'scr-cekal-3',
        kind: 'cegah',
        grounds: `<img src=x onerror=alert(1)> ${GROUNDS}`,
      }),
    );
    expect(proposal.grounds.startsWith('<img')).toBe(true);
    const again = await bp3mi.call('POST', '/cekal', {
      caseId: 'scr-cekal-3',
      kind: 'cegah',
      grounds: GROUNDS,
    });
    expect(again.status).toBe(409);
    expect((await json<ConsoleError>(again)).error).toBe('console.error.proposalExists');
    const decisions: [unknown, number, string][] = [
      [{ decision: 'approve', reason: 'Ya.' }, 400, 'console.error.invalid'],
      [{ decision: 'approve', reason: 'Ya.', expiresOn: '2026-02-30' }, 400, 'console.error.invalid'],
      [{ decision: 'approve', reason: 'Ya.', expiresOn: daysFromNow(0) }, 400, 'console.error.expiryInPast'],
      [
        { decision: 'approve', reason: 'Ya.', expiresOn: daysFromNow(200) },
        400,
        'console.error.expiryTooLong',
      ],
      [{ decision: 'refuse', reason: '' }, 400, 'console.error.invalid'],
      [{ decision: 'maybe', reason: 'Ya.' }, 400, 'console.error.invalid'],
    ];
    for (const [body, status, error] of decisions) {
      const response = await imigrasiLead.call('POST', `/cekal/${proposal.id}/decision`, body);
      expect(response.status, JSON.stringify(body)).toBe(status);
      expect((await json<ConsoleError>(response)).error).toBe(error);
    }
    const refused = await imigrasiLead.call('POST', `/cekal/${proposal.id}/decision`, {
      decision: 'refuse',
      reason: 'Dasar belum cukup; lengkapi hasil wawancara.',
    });
    expect(refused.status).toBe(200);
    expect(await json<CekalProposal>(refused)).toMatchObject({
      state: 'refused',
      watchlistId: null,
      expiresOn: null,
    });
    const twice = await imigrasiLead.call('POST', `/cekal/${proposal.id}/decision`, {
      decision: 'approve',
      reason: 'Ya.',
      expiresOn: daysFromNow(5),
    });
    expect(twice.status).toBe(409);
    expect((await json<ConsoleError>(twice)).error).toBe('console.error.alreadyDecided');
    const unknown = await imigrasiLead.call('POST', '/cekal/nope/decision', {
      decision: 'refuse',
      reason: 'x',
    });
    expect(unknown.status).toBe(404);
  });
});
