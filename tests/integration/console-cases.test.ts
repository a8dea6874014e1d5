import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  CaseDetail,
  CaseListResponse,
  ConsoleError,
  AuditVerifyResponse,
  ConsoleAuditPage,
} from '../../src/core/console/console-api.ts';
import type { CaseStatesResponse } from '../../src/sync/contract.ts';
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

describe.each(['pglite', 'postgres'] as const)('console cases on %s', (kind) => {
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

  it('opens a case for a flagged screening only, and walks it through the workflow with version checks', async () => {
    if (skip()) return;
    await tabletA.upload([
      flagged('DEV-A', {
        id: 'wf-1',
        passenger: { ...flagged('DEV-A').screening.passenger, passportNumber: 'X7654321' },
      }),
      flagged('DEV-A', { id: 'wf-clear', outcome: 'CLEAR' }),
    ]);
    const clear = await ana.call('GET', '/cases/wf-clear');
    expect(clear.status).toBe(404);
    const opened = await json<CaseDetail>(await ana.call('GET', '/cases/wf-1'));
    expect(opened.case.state).toBe('new');
    expect(opened.answers.find((a) => a.indicatorId === 'TRV_ONE_WAY')?.question?.id).toMatch(/\S/);

    const taken = await ana.call('POST', '/cases/wf-1/actions', { action: 'take', version: 1 });
    expect(taken.status).toBe(200);
    const afterTake = await json<CaseDetail>(taken);
    expect(afterTake.case).toMatchObject({ state: 'in_review', version: 2, owner: { name: 'Ana Lestari' } });

    // Budi acted on what he saw before Ana took it: refused, nothing changed.
    const stale = await budi.call('POST', '/cases/wf-1/actions', { action: 'take', version: 1 });
    expect(stale.status).toBe(409);
    expect((await json<ConsoleError>(stale)).error).toBe('console.error.staleVersion');
    const owned = await budi.call('POST', '/cases/wf-1/actions', { action: 'take', version: 2 });
    expect(owned.status).toBe(409);
    expect(await json<ConsoleError>(owned)).toMatchObject({
      error: 'console.error.ownedByOther',
      owner: { name: 'Ana Lestari' },
    });
    const notOwner = await budi.call('POST', '/cases/wf-1/actions', {
      action: 'close',
      version: 2,
      finding: 'no_concern',
      reason: 'x',
    });
    expect((await json<ConsoleError>(notOwner)).error).toBe('console.error.notOwner');
    const forced = await json<CaseDetail>(
      await budi.call('POST', '/cases/wf-1/actions', { action: 'take', version: 2, force: true }),
    );
    expect(forced.case.owner?.name).toBe('Budi Santoso');
    expect(forced.history.at(-1)).toMatchObject({ forced: true, previousOwner: { name: 'Ana Lestari' } });

    const noDue = await budi.call('POST', '/cases/wf-1/actions', {
      action: 'follow_up',
      version: 3,
      referredTo: 'shelter',
    });
    expect(noDue.status).toBe(400);
    const followed = await json<CaseDetail>(
      await budi.call('POST', '/cases/wf-1/actions', {
        action: 'follow_up',
        version: 3,
        referredTo: 'shelter',
        dueDate: '2026-12-10',
      }),
    );
    expect(followed.case).toMatchObject({ state: 'follow_up', referredTo: 'shelter', dueDate: '2026-12-10' });
    const noReason = await budi.call('POST', '/cases/wf-1/actions', {
      action: 'close',
      version: 4,
      finding: 'no_concern',
      reason: '  ',
    });
    expect((await json<ConsoleError>(noReason)).detail).toBe('reason');
    const closed = await json<CaseDetail>(
      await budi.call('POST', '/cases/wf-1/actions', {
        action: 'close',
        version: 4,
        finding: 'pmi_np_prevented',
        reason: 'Dikembalikan ke keluarga',
      }),
    );
    expect(closed.case).toMatchObject({ state: 'closed', finding: 'pmi_np_prevented' });
    const noReopenReason = await ana.call('POST', '/cases/wf-1/actions', { action: 'reopen', version: 5 });
    expect(noReopenReason.status).toBe(400);
    expect(closed.history.map((e) => [e.action, e.actor?.name ?? null])).toEqual([
      ['opened', null],
      ['take', 'Ana Lestari'],
      ['take', 'Budi Santoso'],
      ['follow_up', 'Budi Santoso'],
      ['close', 'Budi Santoso'],
    ]);

    // The tablet that sent it sees the state; the other tablet does not see the record at all.
    const states = await json<CaseStatesResponse>(await tabletA.get('/case-states?cursor='));
    expect(states.states.find((s) => s.id === 'wf-1')?.state).toBe('closed');
    const later = await json<CaseStatesResponse>(await tabletA.get(`/case-states?cursor=${states.cursor}`));
    expect(later.states).toEqual([]);
    const other = await json<CaseStatesResponse>(await tabletB.get('/case-states?cursor='));
    expect(other.states.map((s) => s.id)).not.toContain('wf-1');
  });

  it('shows a later revision with what changed, and the tablet’s audit events for the record', async () => {
    if (skip()) return;
    const first = flagged('DEV-A', { id: 'rev-1', note: 'awal' });
    const second = flagged('DEV-A', {
      id: 'rev-1',
      revision: 2,
      note: 'diubah',
      outcome: 'REFER_LAW_ENFORCEMENT',
    });
    await tabletA.upload([first]);
    await tabletA.upload([second]);
    await fetch(`${h.url}/api/v1/audit`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tabletA.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        entries: [
          { seq: 1, at: '2026-11-23T01:41:00Z', actor: 'OFF-1', action: 'screening.amend', subject: 'rev-1' },
        ],
      }),
    });
    const detail = await json<CaseDetail>(await ana.call('GET', '/cases/rev-1'));
    expect(detail.case).toMatchObject({ revision: 2, outcome: 'REFER_LAW_ENFORCEMENT' });
    expect(detail.revisions[1]?.changes).toEqual(
      expect.arrayContaining([
        { field: 'screening.note', before: 'awal', after: 'diubah' },
        { field: 'screening.outcome', before: 'REFER_BP3MI', after: 'REFER_LAW_ENFORCEMENT' },
      ]),
    );
    expect(detail.deviceAudit.map((a) => a.action)).toEqual(['screening.amend']);
    expect(detail.history.map((e) => e.action)).toEqual(['opened', 'revision']);
  });

  it('pages the inbox newest first by keyset, and filters by passport, name, indicator and state', async () => {
    if (skip()) return;
    const base = Date.parse('2026-10-01T00:00:00Z');
    const items = Array.from({ length: 120 }, (_, i) =>
      flagged('DEV-B', {
        id: `page-${String(i).padStart(3, '0')}`,
        createdAt: new Date(base + Math.floor(i / 2) * 60_000).toISOString(), // pairs share a time: the id breaks ties
        airport: 'KNO',
        answers: i % 3 === 0 ? { BEH_FEARFUL_CONTROLLED: 'yes' } : { TRV_ONE_WAY: 'yes' },
      }),
    );
    for (let i = 0; i < items.length; i += 60) await tabletB.upload(items.slice(i, i + 60));
    const seen: string[] = [];
    let cursor: string | null = '';
    let pages = 0;
    while (cursor !== null) {
      const page: CaseListResponse = await json<CaseListResponse>(
        await ana.call('GET', `/cases?airport=KNO&limit=50${cursor ? `&cursor=${cursor}` : ''}`),
      );
      seen.push(...page.items.map((c) => c.id));
      cursor = page.nextCursor;
      pages += 1;
    }
    expect(pages).toBe(3);
    const expected = items
      .map((u) => u.screening)
      .sort((a, b) =>
        a.createdAt === b.createdAt ? (a.id < b.id ? 1 : -1) : a.createdAt < b.createdAt ? 1 : -1,
      )
      .map((s) => s.id);
    expect(seen).toEqual(expected);

    const byIndicator = await json<CaseListResponse>(
      await ana.call('GET', '/cases?airport=KNO&indicator=BEH_FEARFUL_CONTROLLED&limit=200'),
    );
    expect(byIndicator.items).toHaveLength(40);
    const byPassport = await json<CaseListResponse>(await ana.call('GET', '/cases?q=x765'));
    expect(byPassport.items.map((c) => c.id)).toEqual(['wf-1']);
    const byName = await json<CaseListResponse>(
      await ana.call('GET', '/cases?q=siti%20suharti&state=closed'),
    );
    expect(byName.items.map((c) => c.id)).toEqual(['wf-1']);
    const bad = await ana.call('GET', '/cases?state=lost');
    expect((await json<ConsoleError>(bad)).detail).toBe('state');
  });

  it('writes searches, opened cases and exports to a hash chain the administrator verifies and sees broken', async () => {
    if (skip()) return;
    const exported = await ana.call('GET', '/cases/export.csv?airport=KNO');
    expect(exported.headers.get('content-type')).toMatch(/text\/csv/);
    expect((await exported.text()).split('\r\n').filter(Boolean)).toHaveLength(121);
    const page = await json<ConsoleAuditPage>(await admin.call('GET', '/audit'));
    const actions = page.items.map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(['case.export', 'case.search', 'case.open', 'case.action']),
    );
    expect(page.items[0]?.action).toBe('case.export');
    expect(await json<AuditVerifyResponse>(await admin.call('GET', '/audit/verify'))).toMatchObject({
      ok: true,
    });
    // Reading the log and checking it are in the log too: who, which entries were shown, what the check found.
    const reread = await json<ConsoleAuditPage>(await admin.call('GET', '/audit'));
    const [verified, viewed] = reread.items;
    expect(verified).toMatchObject({
      action: 'audit.verify',
      actor: { username: 'root' },
      detail: { ok: true },
    });
    expect(viewed).toMatchObject({
      action: 'audit.view',
      actor: { username: 'root' },
      detail: { newest: page.items[0]!.seq, oldest: page.items.at(-1)!.seq },
    });
    const victim = page.items.find((e) => e.action === 'case.open')!;
    await h.db.query(`UPDATE console_audit SET subject = 'other' WHERE seq = $1`, [victim.seq]);
    expect(await json<AuditVerifyResponse>(await admin.call('GET', '/audit/verify'))).toEqual({
      ok: false,
      checked: victim.seq - 1,
      firstBrokenSeq: victim.seq,
    });
  });
});
