import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAFF_ROLES, type StaffRole } from '../../src/core/console/console-api.ts';
import type { StatsResponse } from '../../src/core/console/statistics-api.ts';
import {
  addStaff,
  consoleCall,
  enrolTablet,
  flagged,
  signInAs,
  startHarness,
  type ConsoleHarness,
  type StaffClient,
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

const PERIOD = '?from=2026-11-30&to=2026-12-13&granularity=week';

describe.each(['pglite', 'postgres'] as const)('console statistics on %s', (kind) => {
  let h: ConsoleHarness;
  const clients = new Map<StaffRole, StaffClient>();
  const skip = () => kind === 'postgres' && !pg.url;

  beforeAll(async () => {
    if (skip()) return;
    h = await startHarness(kind, pg.url);
    for (const role of STAFF_ROLES) {
      await addStaff(h.db, `s-${role.replace('_', '-')}`, role);
      clients.set(role, await signInAs(h.url, `s-${role.replace('_', '-')}`));
    }
    const tablet = await enrolTablet(h, 'DEV-STATS');
    const at = '2026-12-01T02:00:00.000Z';
    const uploads = [
      flagged('DEV-STATS', { id: 'st-1', revision: 1, outcome: 'INTERVIEW', createdAt: at }),
      flagged('DEV-STATS', { id: 'st-1', revision: 2, outcome: 'REFER_BP3MI', createdAt: at }),
      flagged('DEV-STATS', { id: 'st-2', outcome: 'DELAY_DEPARTURE', createdAt: '2026-12-08T01:00:00.000Z' }),
    ];
    for (const item of uploads) expect((await tablet.upload([item])).status).toBe(200);
    const counts = (clear: number) =>
      fetch(`${h.url}/api/v1/counts`, {
        method: 'POST',
        headers: { authorization: `Bearer ${tablet.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          counts: [
            {
              day: '2026-12-01',
              shift: '07:00',
              airport: 'PLM',
              checkpoint: 'PRE-XRAY-INTL',
              agency: 'IMIGRASI',
              clear,
              clearAdvised: 1,
            },
          ],
        }),
      });
    expect((await counts(8)).status).toBe(200);
    expect((await counts(9)).status).toBe(200); // the same shift again: replaces, never adds
  }, 60_000);
  afterAll(async () => {
    await h?.close();
  });

  it('answers every staff role with the same figures, each record and shift once', async () => {
    if (skip()) return;
    for (const role of STAFF_ROLES) {
      const response = await clients.get(role)!.call('GET', `/statistics${PERIOD}`);
      expect(response.status, role).toBe(200);
      const stats = (await response.json()) as StatsResponse;
      expect(stats.totals).toEqual({ screened: 12, clear: 9, clearAdvised: 1, flagged: 2 });
      const series = Object.fromEntries(stats.outcomes.map((o) => [o.outcome, o.counts]));
      expect(series).toMatchObject({
        CLEAR: [9, 0],
        REFER_BP3MI: [1, 0],
        INTERVIEW: [0, 0],
        DELAY_DEPARTURE: [0, 1],
      });
    }
    const anonymous = await consoleCall(h.url, '', '')('GET', `/statistics${PERIOD}`);
    expect(anonymous.status).toBe(401);
  });

  it('refuses a bad period with a 400 and a code naming what to change', async () => {
    if (skip()) return;
    const worker = clients.get('bp3mi_worker')!;
    const cases: [string, string, string][] = [
      ['', 'console.error.invalid', 'from'],
      ['?from=2026-12-10&to=2026-12-01&granularity=week', 'console.error.periodOrder', 'to'],
      ['?from=2020-01-01&to=2026-12-01&granularity=month', 'console.error.periodTooLong', 'from'],
      ['?from=2026-02-30&to=2026-03-10&granularity=week', 'console.error.invalid', 'from'],
      ['?from=2026-12-01&to=2026-12-10&granularity=day', 'console.error.invalid', 'granularity'],
      [
        '?from=2026-12-01&to=2026-12-10&granularity=week&airport=%27%3B--',
        'console.error.invalid',
        'airport',
      ],
    ];
    for (const [query, error, detail] of cases) {
      for (const path of ['/statistics', '/statistics/export.csv']) {
        const response = await worker.call('GET', `${path}${query}`);
        expect(response.status, `${path}${query}`).toBe(400);
        expect(await response.json(), `${path}${query}`).toEqual({ error, detail });
      }
    }
  });

  it('downloads the figures as CSV with a byte-order mark, and audits the view and the export', async () => {
    if (skip()) return;
    const supervisor = clients.get('supervisor')!;
    const response = await supervisor.call('GET', `/statistics/export.csv${PERIOD}&airport=PLM`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(response.headers.get('content-disposition')).toContain(
      'saring-statistik-2026-11-30-2026-12-13-week.csv',
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).trimEnd().split('\r\n');
    expect(lines).toContain('2026-11-30,2026-12-06,outcome,,,CLEAR,,,9');
    expect(lines).toContain('2026-11-30,2026-12-06,checkpoint,PLM,PRE-XRAY-INTL,REFER_BP3MI,,,1');
    expect(lines).toContain('2026-12-07,2026-12-13,destination,,,,SA,Arab Saudi,1');
    expect(lines).toContain('2026-11-30,2026-12-06,district,,,,16.01,Kabupaten Ogan Komering Ulu,1');
    const audit = (await (await clients.get('admin')!.call('GET', '/audit')).json()) as {
      items: { action: string; actor: { username: string } | null; detail: Record<string, unknown> }[];
    };
    const exported = audit.items.find((e) => e.action === 'stats.export');
    expect(exported?.actor?.username).toBe('s-supervisor');
    expect(exported?.detail).toMatchObject({ from: '2026-11-30', to: '2026-12-13', airport: 'PLM' });
    expect(audit.items.some((e) => e.action === 'stats.view')).toBe(true);
  });
});
