import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDetail, ConsoleAuditPage, ConsoleError } from '../../src/core/console/console-api.ts';
import type { ConflictDetail, ConflictListResponse } from '../../src/core/console/conflict-api.ts';
import type { CaseStatesResponse, ScreeningBatchResponse } from '../../src/sync/contract.ts';
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
const REASON = 'Petugas menelepon pos: revisi tablet yang benar.';

describe.each(['pglite', 'postgres'] as const)('conflicts on %s', (kind) => {
  let h: ConsoleHarness;
  let ana: StaffClient;
  let budi: StaffClient;
  let admin: StaffClient;
  let tabletA: Tablet;
  let tabletB: Tablet;
  const skip = () => kind === 'postgres' && !pg.url;

  beforeAll(async () => {
    if (skip()) return;
    h = await startHarness(kind, pg.url);
    await addStaff(h.db, 'ana', 'bp3mi_worker', 'Ana Lestari');
    await addStaff(h.db, 'budi', 'imigrasi_worker', 'Budi Santoso');
    await addStaff(h.db, 'root', 'admin');
    [ana, budi, admin] = await Promise.all([
      signInAs(h.url, 'ana'),
      signInAs(h.url, 'budi'),
      signInAs(h.url, 'root'),
    ]);
    tabletA = await enrolTablet(h, 'DEV-A');
    tabletB = await enrolTablet(h, 'DEV-B');
  });
  afterAll(async () => {
    await h?.close();
  });

  /** Stores revision 1 of a record, then sends other content under revision 1; returns the conflict's id. */
  async function raiseConflict(id: string, note: string): Promise<string> {
    const stored = flagged('DEV-A', { id, note: 'isi awal', updatedAt: '2026-12-01T01:00:00.000Z' });
    expect((await json<ScreeningBatchResponse>(await tabletA.upload([stored]))).results[0]?.status).toBe(
      'accepted',
    );
    const other = flagged('DEV-A', {
      id,
      note,
      outcome: 'REFER_LAW_ENFORCEMENT',
      updatedAt: '2026-12-01T02:00:00.000Z',
    });
    const answer = await json<ScreeningBatchResponse>(await tabletA.upload([other]));
    expect(answer.results[0]).toMatchObject({ status: 'conflict', reason: 'sync.error.conflict' });
    // The same payload again (a requeue) is the same conflict, counted, never a second one.
    await tabletA.upload([other]);
    const list = await json<ConflictListResponse>(await ana.call('GET', '/conflicts'));
    const found = list.items.filter((c) => c.recordId === id);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ revision: 1, deviceId: 'DEV-A', state: 'open', timesReceived: 2 });
    return found[0]!.id;
  }

  it('keeps a conflicting payload, shows it beside the stored one, and keeps the stored version', async () => {
    if (skip()) return;
    const id = await raiseConflict('cf-keep', 'isi lain');
    expect((await json<{ open: number }>(await ana.call('GET', '/conflicts/count'))).open).toBeGreaterThan(0);

    const detail = await json<ConflictDetail>(await ana.call('GET', `/conflicts/${id}`));
    expect(detail.stored.screening.note).toBe('isi awal');
    expect(detail.incoming.screening.note).toBe('isi lain');
    expect(detail.changes).toEqual(
      expect.arrayContaining([
        { field: 'screening.note', before: 'isi awal', after: 'isi lain' },
        {
          field: 'screening.updatedAt',
          before: '2026-12-01T01:00:00.000Z',
          after: '2026-12-01T02:00:00.000Z',
        },
      ]),
    );
    expect(detail.latestRevision).toBe(1);

    const noReason = await ana.call('POST', `/conflicts/${id}/resolve`, {
      decision: 'keep',
      version: 1,
      reason: 'ok',
    });
    expect(noReason.status).toBe(400);
    expect(await json<ConsoleError>(noReason)).toMatchObject({
      error: 'console.error.invalid',
      detail: 'reason',
    });
    const garbage = await ana.call('POST', `/conflicts/${id}/resolve`, {
      decision: 'merge',
      version: 1,
      reason: REASON,
    });
    expect(garbage.status).toBe(400);

    const kept = await ana.call('POST', `/conflicts/${id}/resolve`, {
      decision: 'keep',
      version: 1,
      reason: REASON,
    });
    expect(kept.status).toBe(200);
    const after = await json<ConflictDetail>(kept);
    expect(after.conflict).toMatchObject({ state: 'kept', version: 2 });
    expect(after.resolution).toMatchObject({
      by: { name: 'Ana Lestari' },
      reason: REASON,
      acceptedRevision: null,
    });
    const theCase = await json<CaseDetail>(await ana.call('GET', '/cases/cf-keep'));
    expect(theCase.revisions.map((r) => r.revision)).toEqual([1]);
    expect(theCase.screening.note).toBe('isi awal');
    expect(theCase.history.at(-1)).toMatchObject({ action: 'conflict_kept', reason: REASON });

    const again = await budi.call('POST', `/conflicts/${id}/resolve`, {
      decision: 'accept',
      version: 2,
      reason: REASON,
    });
    expect(again.status).toBe(409);
    expect((await json<ConsoleError>(again)).error).toBe('console.error.alreadyDecided');
    const resolved = await json<ConflictListResponse>(await ana.call('GET', '/conflicts?state=resolved'));
    expect(resolved.items.map((c) => c.id)).toContain(id);
    const open = await json<ConflictListResponse>(await ana.call('GET', '/conflicts'));
    expect(open.items.map((c) => c.id)).not.toContain(id);
  });

  it('accepts a payload as the next revision, which updates the case; the tablet pulls the outcome', async () => {
    if (skip()) return;
    const second = flagged('DEV-A', { id: 'cf-accept', revision: 2, note: 'revisi dua' });
    const id = await raiseConflict('cf-accept', 'isi yang benar');
    await tabletA.upload([second]);

    const accepted = await budi.call('POST', `/conflicts/${id}/resolve`, {
      decision: 'accept',
      version: 1,
      reason: REASON,
    });
    expect(accepted.status).toBe(200);
    expect((await json<ConflictDetail>(accepted)).resolution?.acceptedRevision).toBe(3);
    const theCase = await json<CaseDetail>(await ana.call('GET', '/cases/cf-accept'));
    expect(theCase.case.revision).toBe(3);
    expect(theCase.case.outcome).toBe('REFER_LAW_ENFORCEMENT');
    expect(theCase.screening).toMatchObject({ note: 'isi yang benar', revision: 3 });
    expect(theCase.history.map((e) => e.action).slice(-3)).toEqual([
      'revision',
      'revision',
      'conflict_accepted',
    ]);

    const pulled = await json<CaseStatesResponse>(await tabletA.get('/case-states?cursor='));
    expect(pulled.conflicts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: 'cf-accept', revision: 1, outcome: 'accepted', acceptedRevision: 3 }),
      ]),
    );
    const later = await json<CaseStatesResponse>(await tabletA.get(`/case-states?cursor=${pulled.cursor}`));
    expect(later.conflicts).toEqual([]);
    const other = await json<CaseStatesResponse>(await tabletB.get('/case-states?cursor='));
    expect(other.conflicts).toEqual([]);

    const audit = await json<ConsoleAuditPage>(await admin.call('GET', '/audit'));
    expect(audit.items.find((e) => e.action === 'conflict.resolve' && e.subject === id)).toMatchObject({
      actor: { username: 'budi' },
      detail: { recordId: 'cf-accept', decision: 'accept', acceptedRevision: 3 },
    });
    expect(audit.items.some((e) => e.action === 'conflict.open')).toBe(true);
  });

  it('tells the second of two workers resolving at once that someone else was first (409 staleVersion)', async () => {
    if (skip()) return;
    const id = await raiseConflict('cf-race', 'isi balapan');
    const [first, second] = await Promise.all([
      ana.call('POST', `/conflicts/${id}/resolve`, { decision: 'accept', version: 1, reason: REASON }),
      budi.call('POST', `/conflicts/${id}/resolve`, { decision: 'keep', version: 1, reason: REASON }),
    ]);
    const statuses = [first.status, second.status].sort();
    expect(statuses).toEqual([200, 409]);
    const loser = first.status === 409 ? first : second;
    expect((await json<ConsoleError>(loser)).error).toBe('console.error.staleVersion');
    const theCase = await json<CaseDetail>(await ana.call('GET', '/cases/cf-race'));
    const winnerAccepted = first.status === 200;
    expect(theCase.revisions).toHaveLength(winnerAccepted ? 2 : 1);
  });

  it('never lets another tablet raise, see or pull a conflict on a record it does not own', async () => {
    if (skip()) return;
    await tabletA.upload([flagged('DEV-A', { id: 'cf-owned', note: 'milik A' })]);
    const before = (await json<ConflictListResponse>(await ana.call('GET', '/conflicts'))).openCount;
    const foreign = await json<ScreeningBatchResponse>(
      await tabletB.upload([flagged('DEV-B', { id: 'cf-owned', note: 'dari B' })]),
    );
    expect(foreign.results[0]).toMatchObject({ status: 'rejected', reason: 'sync.error.foreignRecord' });
    expect((await json<ConflictListResponse>(await ana.call('GET', '/conflicts'))).openCount).toBe(before);
    const pulled = await json<CaseStatesResponse>(await tabletB.get('/case-states?cursor='));
    expect(pulled.conflicts?.map((c) => c.id)).not.toContain('cf-owned');
  });

  it('answers 401 without a session, 403 to the administrator, 404 for an unknown conflict', async () => {
    if (skip()) return;
    const anonymous = await fetch(`${h.url}/api/console/conflicts`);
    expect(anonymous.status).toBe(401);
    expect((await admin.call('GET', '/conflicts')).status).toBe(403);
    expect((await admin.call('GET', '/conflicts/count')).status).toBe(403);
    expect(
      (await admin.call('POST', '/conflicts/x/resolve', { decision: 'keep', version: 1, reason: REASON }))
        .status,
    ).toBe(403);
    expect((await ana.call('GET', '/conflicts/nope')).status).toBe(404);
    const unknown = await ana.call('POST', '/conflicts/nope/resolve', {
      decision: 'keep',
      version: 1,
      reason: REASON,
    });
    expect(unknown.status).toBe(404);
    expect((await ana.call('GET', '/conflicts?state=everything')).status).toBe(400);
    const bad = await ana.call('POST', '/conflicts/nope/resolve', undefined, {
      'content-type': 'application/json',
    });
    expect(bad.status).toBe(400);
  });
});
