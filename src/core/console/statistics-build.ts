import { countryOfDestination } from '../reference-data/places.ts';
import { OUTCOMES, type Outcome } from '../screening/screening-schema.ts';
import type {
  StatCheckpointRow,
  StatKeyRow,
  StatOutcomeRow,
  StatsQuery,
  StatsResponse,
} from './statistics-api.ts';
import { periodStartOf, statPeriods } from './statistics-periods.ts';

/** Totals of one shift as a tablet uploaded them; `day` is the shift's own day. */
export type ClearDayRow = {
  day: string;
  airport: string;
  checkpoint: string;
  clear: number;
  clearAdvised: number;
};
/** Flagged records of one WIB day, checkpoint and outcome (each record once, as its newest revision stands). */
export type FlaggedDayRow = {
  day: string;
  airport: string;
  checkpoint: string;
  outcome: Outcome;
  count: number;
};
/** Flagged records of one WIB day by a key; null when the record did not give one. */
export type KeyDayRow = { day: string; key: string | null; count: number };

export type StatsRows = {
  clear: ClearDayRow[];
  flagged: FlaggedDayRow[];
  destinations: KeyDayRow[];
  districts: KeyDayRow[];
  indicators: KeyDayRow[];
};

/** CLEAR outcomes are counted from the shift totals only: a record revised to CLEAR is already in them. */
const CLEAR_OUTCOMES: ReadonlySet<Outcome> = new Set(['CLEAR', 'CLEAR_ADVISED']);

const sum = (counts: readonly number[]): number => counts.reduce((a, b) => a + b, 0);

/** Builds the statistics of a period from per-day rows: each row goes into its week or month, once. */
export function buildStatistics(query: StatsQuery, rows: StatsRows): StatsResponse {
  const periods = statPeriods(query.from, query.to, query.granularity);
  const slot = new Map(periods.map((p, i) => [periodStartOf(p.start, query.granularity), i]));
  const indexOf = (day: string): number | undefined =>
    day >= query.from && day <= query.to ? slot.get(periodStartOf(day, query.granularity)) : undefined;
  const zeros = (): number[] => periods.map(() => 0);

  const outcomes = new Map<Outcome, number[]>(OUTCOMES.map((o) => [o, zeros()]));
  const checkpoints = new Map<
    string,
    { airport: string; checkpoint: string; byOutcome: Map<Outcome, number[]> }
  >();
  const add = (day: string, airport: string, checkpoint: string, outcome: Outcome, count: number): void => {
    const i = indexOf(day);
    if (i === undefined || !Number.isFinite(count) || count <= 0) return;
    outcomes.get(outcome)![i]! += count;
    const key = `${airport}\u0000${checkpoint}`;
    const place = checkpoints.get(key) ?? { airport, checkpoint, byOutcome: new Map<Outcome, number[]>() };
    checkpoints.set(key, place);
    const series = place.byOutcome.get(outcome) ?? zeros();
    place.byOutcome.set(outcome, series);
    series[i]! += count;
  };
  for (const r of rows.clear) {
    add(r.day, r.airport, r.checkpoint, 'CLEAR', r.clear);
    add(r.day, r.airport, r.checkpoint, 'CLEAR_ADVISED', r.clearAdvised);
  }
  for (const r of rows.flagged)
    if (!CLEAR_OUTCOMES.has(r.outcome)) add(r.day, r.airport, r.checkpoint, r.outcome, r.count);

  const keyed = (list: KeyDayRow[], normalise: (key: string) => string): StatKeyRow[] => {
    const byKey = new Map<string, number[]>();
    for (const r of list) {
      const i = indexOf(r.day);
      if (i === undefined || !Number.isFinite(r.count) || r.count <= 0) continue;
      const key = r.key === null || r.key.trim() === '' ? '' : normalise(r.key);
      const series = byKey.get(key) ?? zeros();
      byKey.set(key, series);
      series[i]! += r.count;
    }
    return [...byKey.entries()]
      .map(([key, counts]) => ({ key, counts, total: sum(counts) }))
      .sort((a, b) => b.total - a.total || a.key.localeCompare(b.key));
  };

  const outcomeRows: StatOutcomeRow[] = OUTCOMES.map((outcome) => {
    const counts = outcomes.get(outcome)!;
    return { outcome, counts, total: sum(counts) };
  });
  const checkpointRows: StatCheckpointRow[] = [...checkpoints.values()]
    .map((place) => {
      const rowsOf = OUTCOMES.filter((o) => place.byOutcome.has(o)).map((outcome) => {
        const counts = place.byOutcome.get(outcome)!;
        return { outcome, counts, total: sum(counts) };
      });
      const counts = periods.map((_, i) => sum(rowsOf.map((r) => r.counts[i] ?? 0)));
      return {
        airport: place.airport,
        checkpoint: place.checkpoint,
        outcomes: rowsOf,
        counts,
        total: sum(counts),
      };
    })
    .sort((a, b) => a.airport.localeCompare(b.airport) || a.checkpoint.localeCompare(b.checkpoint));
  const totalOf = (o: Outcome): number => outcomeRows.find((r) => r.outcome === o)?.total ?? 0;
  const screened = sum(outcomeRows.map((r) => r.total));
  const clear = totalOf('CLEAR');
  const clearAdvised = totalOf('CLEAR_ADVISED');
  return {
    from: query.from,
    to: query.to,
    granularity: query.granularity,
    airport: query.airport ? query.airport.toUpperCase() : null,
    periods,
    outcomes: outcomeRows,
    checkpoints: checkpointRows,
    destinations: keyed(rows.destinations, (d) => countryOfDestination(d) ?? d.trim().toUpperCase()),
    districts: keyed(rows.districts, (d) => d.trim()),
    indicators: keyed(rows.indicators, (d) => d.trim()),
    totals: { screened, clear, clearAdvised, flagged: screened - clear - clearAdvised },
  };
}
