import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Screening } from '../../../src/core/screening/screening-schema.ts';
import type { ShiftCount } from '../../../src/sync/contract.ts';
import { openDb, type Db } from '../../../server/db.ts';
import { storeCounts, storeScreenings } from '../../../server/repository.ts';
import { statistics } from '../../../server/console/statistics.ts';
import { makeScreening } from '../../fixtures/screenings.ts';

let db: Db;
beforeAll(async () => {
  db = await openDb({ dataDir: 'memory://' });
}, 30_000);
afterAll(async () => {
  await db.close();
});

const store = (deviceId: string, over: Partial<Screening>) =>
  storeScreenings(db, deviceId, [{ screening: makeScreening({ deviceId, ...over }), linkedPersons: [] }]);
const shift = (over: Partial<ShiftCount>): ShiftCount => ({
  day: '2026-12-01',
  shift: '07:00',
  airport: 'PLM',
  checkpoint: 'PRE-XRAY-INTL',
  agency: 'IMIGRASI',
  clear: 0,
  clearAdvised: 0,
  ...over,
});

describe('statistics over stored revisions and shift totals', () => {
  beforeAll(async () => {
    // One record in three revisions: counted once, under its newest outcome.
    await store('DEV-A', { id: 'r-1', revision: 1, outcome: 'INTERVIEW', createdAt: '2026-12-01T02:00:00Z' });
    await store('DEV-A', {
      id: 'r-1',
      revision: 2,
      outcome: 'REFER_BP3MI',
      createdAt: '2026-12-01T02:00:00Z',
    });
    await store('DEV-A', {
      id: 'r-1',
      revision: 3,
      outcome: 'REFER_BP3MI',
      createdAt: '2026-12-01T02:00:00Z',
      answers: { TRV_ONE_WAY: 'yes', DOC_NO_CONTRACT: 'no' },
    });
    // Flagged, then revised to CLEAR: the tablet's shift totals hold it from then on.
    await store('DEV-A', { id: 'r-2', revision: 1, outcome: 'INTERVIEW', createdAt: '2026-12-01T03:00:00Z' });
    await store('DEV-A', { id: 'r-2', revision: 2, outcome: 'CLEAR', createdAt: '2026-12-01T03:00:00Z' });
    // 23:30 WIB on Sunday 6 December and 00:30 WIB on Monday 7 December.
    await store('DEV-B', { id: 'r-3', outcome: 'DELAY_DEPARTURE', createdAt: '2026-12-06T16:30:00Z' });
    await store('DEV-B', { id: 'r-4', outcome: 'DELAY_DEPARTURE', createdAt: '2026-12-06T17:30:00Z' });
    // A shift uploaded twice: the second upload replaces the first.
    await storeCounts(db, 'DEV-A', [shift({ clear: 10, clearAdvised: 1 })]);
    await storeCounts(db, 'DEV-A', [shift({ clear: 12, clearAdvised: 2 })]);
    // The same shift at another agency and on another tablet are other screenings.
    await storeCounts(db, 'DEV-A', [shift({ agency: 'BP3MI', clear: 3 })]);
    await storeCounts(db, 'DEV-B', [shift({ clear: 5 }), shift({ day: '2026-12-07', clear: 4 })]);
    await storeCounts(db, 'DEV-C', [shift({ airport: 'CGK', checkpoint: 'T3', clear: 6 })]);
  });

  it('counts each record once as its newest revision stands, and each shift once', async () => {
    const stats = await statistics(db, { from: '2026-11-30', to: '2026-12-13', granularity: 'week' });
    const series = Object.fromEntries(stats.outcomes.map((o) => [o.outcome, o.counts]));
    expect(series).toMatchObject({
      CLEAR: [12 + 3 + 5 + 6, 4],
      CLEAR_ADVISED: [2, 0],
      INTERVIEW: [0, 0],
      REFER_BP3MI: [1, 0],
      DELAY_DEPARTURE: [1, 1],
    });
    expect(stats.totals).toEqual({ screened: 35, clear: 30, clearAdvised: 2, flagged: 3 });
    expect(stats.indicators.find((i) => i.key === 'TRV_ONE_WAY')?.total).toBe(3);
    expect(stats.indicators.find((i) => i.key === 'DOC_NO_CONTRACT')?.total).toBe(2);
    expect(stats.destinations).toEqual([{ key: 'SA', counts: [2, 1], total: 3 }]);
    expect(stats.districts).toEqual([{ key: '16.01', counts: [2, 1], total: 3 }]);
  });

  it('puts a screening in the WIB day it was made, and filters by airport', async () => {
    const sunday = await statistics(db, { from: '2026-12-06', to: '2026-12-06', granularity: 'month' });
    expect(sunday.outcomes.find((o) => o.outcome === 'DELAY_DEPARTURE')?.counts).toEqual([1]);
    const cgk = await statistics(db, {
      from: '2026-11-30',
      to: '2026-12-13',
      granularity: 'month',
      airport: 'cgk',
    });
    expect(cgk.airport).toBe('CGK');
    expect(cgk.totals).toEqual({ screened: 6, clear: 6, clearAdvised: 0, flagged: 0 });
    expect(cgk.checkpoints.map((c) => c.checkpoint)).toEqual(['T3']);
  });
});
