import { describe, expect, it } from 'vitest';
import type { StatsQuery } from '../../../../src/core/console/statistics-api.ts';
import { buildStatistics, type StatsRows } from '../../../../src/core/console/statistics-build.ts';
import { CSV_BOM, statisticsCsv } from '../../../../src/core/console/statistics-csv.ts';
import { csvCell } from '../../../../src/core/export/csv-cell.ts';
import {
  periodStartOf,
  statPeriods,
  statsQueryProblem,
  wibDay,
} from '../../../../src/core/console/statistics-periods.ts';

const EMPTY: StatsRows = { clear: [], flagged: [], destinations: [], districts: [], indicators: [] };
const week = (from: string, to: string): StatsQuery => ({ from, to, granularity: 'week' });

describe('statistics periods (WIB)', () => {
  it('reads the WIB day of an instant: 17:00 UTC is already the next day', () => {
    expect(wibDay(new Date('2026-11-30T16:59:59.999Z'))).toBe('2026-11-30');
    expect(wibDay(new Date('2026-11-30T17:00:00.000Z'))).toBe('2026-12-01');
    expect(wibDay(new Date('2026-12-31T17:00:00.000Z'))).toBe('2027-01-01');
  });

  it('starts weeks on Monday and months on the first, across a year end', () => {
    expect(periodStartOf('2026-12-06', 'week')).toBe('2026-11-30'); // a Sunday
    expect(periodStartOf('2026-11-30', 'week')).toBe('2026-11-30'); // a Monday
    expect(periodStartOf('2027-01-02', 'week')).toBe('2026-12-28');
    expect(periodStartOf('2028-02-29', 'month')).toBe('2028-02-01');
  });

  it('cuts the first and last period to the days asked for', () => {
    expect(statPeriods('2026-12-02', '2026-12-15', 'week')).toEqual([
      { start: '2026-12-02', end: '2026-12-06' },
      { start: '2026-12-07', end: '2026-12-13' },
      { start: '2026-12-14', end: '2026-12-15' },
    ]);
    expect(statPeriods('2026-11-15', '2027-02-10', 'month')).toEqual([
      { start: '2026-11-15', end: '2026-11-30' },
      { start: '2026-12-01', end: '2026-12-31' },
      { start: '2027-01-01', end: '2027-01-31' },
      { start: '2027-02-01', end: '2027-02-10' },
    ]);
  });

  it('names what is wrong with a period: impossible day, reversed order, longer than two years', () => {
    expect(statsQueryProblem({ from: '2026-02-30', to: '2026-03-01' })).toEqual({
      error: 'console.error.invalid',
      field: 'from',
    });
    expect(statsQueryProblem({ from: '2026-12-10', to: '2026-12-01' })).toEqual({
      error: 'console.error.periodOrder',
      field: 'to',
    });
    expect(statsQueryProblem({ from: '2025-01-01', to: '2027-01-02' })?.error).toBe(
      'console.error.periodTooLong',
    );
    expect(statsQueryProblem({ from: '2025-01-01', to: '2027-01-01' })).toBeNull();
  });
});

describe('statistics aggregation', () => {
  it('adds CLEAR from shift totals and flagged outcomes from records, each into its week', () => {
    const stats = buildStatistics(week('2026-11-30', '2026-12-13'), {
      ...EMPTY,
      clear: [
        { day: '2026-11-30', airport: 'PLM', checkpoint: 'A', clear: 40, clearAdvised: 5 },
        { day: '2026-12-06', airport: 'PLM', checkpoint: 'A', clear: 10, clearAdvised: 0 },
        { day: '2026-12-07', airport: 'CGK', checkpoint: 'T3', clear: 7, clearAdvised: 1 },
      ],
      flagged: [
        { day: '2026-12-01', airport: 'PLM', checkpoint: 'A', outcome: 'REFER_BP3MI', count: 3 },
        { day: '2026-12-08', airport: 'PLM', checkpoint: 'A', outcome: 'INTERVIEW', count: 2 },
      ],
    });
    expect(stats.periods.map((p) => p.start)).toEqual(['2026-11-30', '2026-12-07']);
    const series = Object.fromEntries(stats.outcomes.map((o) => [o.outcome, o.counts]));
    expect(series).toMatchObject({
      CLEAR: [50, 7],
      CLEAR_ADVISED: [5, 1],
      REFER_BP3MI: [3, 0],
      INTERVIEW: [0, 2],
      DELAY_DEPARTURE: [0, 0],
    });
    expect(stats.totals).toEqual({ screened: 68, clear: 57, clearAdvised: 6, flagged: 5 });
    expect(stats.checkpoints.map((c) => [c.airport, c.checkpoint, c.counts, c.total])).toEqual([
      ['CGK', 'T3', [0, 8], 8],
      ['PLM', 'A', [58, 2], 60],
    ]);
  });

  it('never counts a record revised to CLEAR among the flagged: the shift totals already hold it', () => {
    const stats = buildStatistics(week('2026-11-30', '2026-12-06'), {
      ...EMPTY,
      clear: [{ day: '2026-12-01', airport: 'PLM', checkpoint: 'A', clear: 1, clearAdvised: 0 }],
      flagged: [{ day: '2026-12-01', airport: 'PLM', checkpoint: 'A', outcome: 'CLEAR', count: 1 }],
    });
    expect(stats.totals).toEqual({ screened: 1, clear: 1, clearAdvised: 0, flagged: 0 });
  });

  it('leaves out rows outside the days asked for', () => {
    const stats = buildStatistics(week('2026-12-02', '2026-12-06'), {
      ...EMPTY,
      clear: [{ day: '2026-11-30', airport: 'PLM', checkpoint: 'A', clear: 9, clearAdvised: 9 }],
      districts: [{ day: '2026-12-07', key: '16.71', count: 4 }],
    });
    expect(stats.totals.screened).toBe(0);
    expect(stats.districts).toEqual([]);
  });

  it('groups destinations by country, keeps an unknown one as typed, and sorts the largest first', () => {
    const stats = buildStatistics(week('2026-11-30', '2026-12-06'), {
      ...EMPTY,
      destinations: [
        { day: '2026-11-30', key: 'JED', count: 2 },
        { day: '2026-12-01', key: 'RUH', count: 3 },
        { day: '2026-12-01', key: 'PNH', count: 1 },
        { day: '2026-12-02', key: 'zzz', count: 1 },
        { day: '2026-12-02', key: null, count: 2 },
      ],
    });
    expect(stats.destinations.map((d) => [d.key, d.total])).toEqual([
      ['SA', 5],
      ['', 2],
      ['KH', 1],
      ['ZZZ', 1],
    ]);
  });
});

describe('statistics CSV', () => {
  it('starts with a byte-order mark, has one row per period and count, and defuses formula cells', () => {
    const stats = buildStatistics(
      { from: '2026-11-01', to: '2026-12-31', granularity: 'month' },
      {
        ...EMPTY,
        clear: [
          { day: '2026-12-01', airport: 'PLM', checkpoint: '=HYPERLINK("x")', clear: 4, clearAdvised: 0 },
        ],
        districts: [{ day: '2026-11-03', key: '16.71', count: 2 }],
      },
    );
    const csv = statisticsCsv(stats);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('periodStart,periodEnd,dimension,airport,checkpoint,outcome,key,label,count');
    expect(lines.filter((l) => l.split(',')[2] === 'outcome')).toHaveLength(14); // 7 outcomes × 2 months
    expect(lines).toContain('2026-12-01,2026-12-31,outcome,,,CLEAR,,,4');
    expect(lines).toContain(`2026-12-01,2026-12-31,checkpoint,PLM,"'=HYPERLINK(""x"")",CLEAR,,,4`);
    expect(lines).toContain('2026-11-01,2026-11-30,district,,,,16.71,Kota Palembang,2');
    expect(csvCell('-1+2')).toBe("'-1+2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
  });
});
