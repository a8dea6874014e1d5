import { isFlagged, OUTCOMES, type Outcome, type Screening } from '../screening/screening-schema.ts';
import type { ZoneCode } from '../time/local-time.ts';
import { localHour } from './export-range.ts';

/** A counted key, most frequent first. */
export type Count = { key: string; count: number };

/** The shift at a glance: how many screened, cleared, flagged, and where and why. */
export type ShiftSummary = {
  screened: number;
  cleared: number;
  flagged: number;
  undecided: number;
  byOutcome: Record<Outcome, number>;
  /** Screenings by local hour 0–23; flagged ones separately. */
  byHour: { all: number[]; flagged: number[] };
  /** Flagged departures by final destination. */
  byDestination: Count[];
  /** Ya answers by indicator id, among flagged departures. */
  byIndicator: Count[];
  /** Flagged passengers by home district code ("" when not stated). */
  byDistrict: Count[];
};

function tally(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** Sorted counts: largest first, then by key so equal counts keep a stable order. */
export function sortedCounts(map: Map<string, number>): Count[] {
  return [...map]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/** Counts every final screening of the range (cleared ones included, as counts only). */
export function summarise(screenings: readonly Screening[], zone: ZoneCode): ShiftSummary {
  const byOutcome = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
  const all = new Array<number>(24).fill(0);
  const flaggedByHour = new Array<number>(24).fill(0);
  const destinations = new Map<string, number>();
  const indicators = new Map<string, number>();
  const districts = new Map<string, number>();
  let cleared = 0;
  let flagged = 0;
  let undecided = 0;
  for (const s of screenings) {
    const hour = localHour(s.createdAt, zone);
    if (hour !== null) all[hour] = (all[hour] ?? 0) + 1;
    if (s.outcome === null) {
      undecided += 1;
      continue;
    }
    byOutcome[s.outcome] += 1;
    if (!isFlagged(s.outcome)) {
      cleared += 1;
      continue;
    }
    flagged += 1;
    if (hour !== null) flaggedByHour[hour] = (flaggedByHour[hour] ?? 0) + 1;
    tally(destinations, s.flight?.finalDestination ?? '');
    tally(districts, s.passenger.homeDistrictCode ?? '');
    for (const [id, answer] of Object.entries(s.answers)) if (answer === 'yes') tally(indicators, id);
  }
  return {
    screened: screenings.length,
    cleared,
    flagged,
    undecided,
    byOutcome,
    byHour: { all, flagged: flaggedByHour },
    byDestination: sortedCounts(destinations),
    byIndicator: sortedCounts(indicators),
    byDistrict: sortedCounts(districts),
  };
}
