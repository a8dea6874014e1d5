import { countryOfDestination } from '../reference-data/places.ts';
import { OUTCOMES, type Outcome } from '../screening/screening-schema.ts';
import type {
  StatCheckpointRow,
  StatKeyRow,
  StatOutcomeRow,
  StatPeriod,
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

/** Which period a day falls in (undefined outside the days asked for), and an empty series. */
type Slots = { indexOf: (day: string) => number | undefined; zeros: () => number[] };

function slotsOf(query: StatsQuery, periods: StatPeriod[]): Slots {
  const slot = new Map(periods.map((p, i) => [periodStartOf(p.start, query.granularity), i]));
  return {
    indexOf: (day) =>
      day >= query.from && day <= query.to ? slot.get(periodStartOf(day, query.granularity)) : undefined,
    zeros: () => periods.map(() => 0),
  };
}

const usable = (count: number): boolean => Number.isFinite(count) && count > 0;

type Place = { airport: string; checkpoint: string; byOutcome: Map<Outcome, number[]> };

/** Outcome series overall and per checkpoint: CLEAR ones from shift totals, the others from flagged records. */
function outcomeSeries(rows: StatsRows, slots: Slots) {
  const overall = new Map<Outcome, number[]>(OUTCOMES.map((o) => [o, slots.zeros()]));
  const places = new Map<string, Place>();
  const add = (day: string, airport: string, checkpoint: string, outcome: Outcome, count: number): void => {
    const i = slots.indexOf(day);
    if (i === undefined || !usable(count)) return;
    overall.get(outcome)![i]! += count;
    const key = `${airport}\u0000${checkpoint}`;
    const place = places.get(key) ?? { airport, checkpoint, byOutcome: new Map<Outcome, number[]>() };
    places.set(key, place);
    const series = place.byOutcome.get(outcome) ?? slots.zeros();
    place.byOutcome.set(outcome, series);
    series[i]! += count;
  };
  for (const r of rows.clear) {
    add(r.day, r.airport, r.checkpoint, 'CLEAR', r.clear);
    add(r.day, r.airport, r.checkpoint, 'CLEAR_ADVISED', r.clearAdvised);
  }
  for (const r of rows.flagged)
    if (!CLEAR_OUTCOMES.has(r.outcome)) add(r.day, r.airport, r.checkpoint, r.outcome, r.count);
  return { overall, places: [...places.values()] };
}

function checkpointRow(place: Place, periods: StatPeriod[]): StatCheckpointRow {
  const outcomes = OUTCOMES.filter((o) => place.byOutcome.has(o)).map((outcome) => {
    const counts = place.byOutcome.get(outcome)!;
    return { outcome, counts, total: sum(counts) };
  });
  const counts = periods.map((_, i) => sum(outcomes.map((r) => r.counts[i] ?? 0)));
  return { airport: place.airport, checkpoint: place.checkpoint, outcomes, counts, total: sum(counts) };
}

/** Rows by key, largest total first; a missing key becomes ''. */
function keyedRows(list: KeyDayRow[], slots: Slots, normalise: (key: string) => string): StatKeyRow[] {
  const byKey = new Map<string, number[]>();
  for (const r of list) {
    const i = slots.indexOf(r.day);
    if (i === undefined || !usable(r.count)) continue;
    const key = r.key === null || r.key.trim() === '' ? '' : normalise(r.key);
    const series = byKey.get(key) ?? slots.zeros();
    byKey.set(key, series);
    series[i]! += r.count;
  }
  return [...byKey.entries()]
    .map(([key, counts]) => ({ key, counts, total: sum(counts) }))
    .sort((a, b) => b.total - a.total || a.key.localeCompare(b.key));
}

/** Builds the statistics of a period from per-day rows: each row goes into its week or month, once. */
export function buildStatistics(query: StatsQuery, rows: StatsRows): StatsResponse {
  const periods = statPeriods(query.from, query.to, query.granularity);
  const slots = slotsOf(query, periods);
  const { overall, places } = outcomeSeries(rows, slots);
  const outcomes: StatOutcomeRow[] = OUTCOMES.map((outcome) => {
    const counts = overall.get(outcome)!;
    return { outcome, counts, total: sum(counts) };
  });
  const totalOf = (o: Outcome): number => outcomes.find((r) => r.outcome === o)?.total ?? 0;
  const screened = sum(outcomes.map((r) => r.total));
  const clear = totalOf('CLEAR');
  const clearAdvised = totalOf('CLEAR_ADVISED');
  return {
    from: query.from,
    to: query.to,
    granularity: query.granularity,
    airport: query.airport ? query.airport.toUpperCase() : null,
    periods,
    outcomes,
    checkpoints: places
      .map((place) => checkpointRow(place, periods))
      .sort((a, b) => a.airport.localeCompare(b.airport) || a.checkpoint.localeCompare(b.checkpoint)),
    destinations: keyedRows(
      rows.destinations,
      slots,
      (d) => countryOfDestination(d) ?? d.trim().toUpperCase(),
    ),
    districts: keyedRows(rows.districts, slots, (d) => d.trim()),
    indicators: keyedRows(rows.indicators, slots, (d) => d.trim()),
    totals: { screened, clear, clearAdvised, flagged: screened - clear - clearAdvised },
  };
}
