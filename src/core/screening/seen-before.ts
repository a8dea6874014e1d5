import { isFlagged, type LinkedPerson, type Outcome } from './screening-schema.ts';

/** One earlier screening of the same passport on this tablet: non-personal facts only. */
export type PriorVisit = {
  id: string;
  createdAt: string;
  /** Local day (YYYY-MM-DD) of createdAt in the checkpoint's zone. */
  day: string;
  outcome: Outcome | null;
  officerId: string;
};

/** A handler or recruiter linked to an earlier screening of this passport, and whom else they came with. */
export type HandlerLink = {
  personId: string;
  name: string;
  role: LinkedPerson['role'];
  /** Kept only in memory, for matching against the recruiter watchlist. */
  phone?: string | undefined;
  socialHandle?: string | undefined;
  /** Distinct other passports screened on this tablet with the same linked person. */
  otherPassengers: number;
  /** The newest of those other screenings (ISO), or null when there are none. */
  lastOtherAt: string | null;
};

/** What the officer is told at scan time about earlier screenings of this passport. */
export type SeenBeforeSummary = {
  /** Earlier screenings today, newest first. */
  today: PriorVisit[];
  /** Flagged screenings on earlier days, newest first. */
  flaggedBefore: PriorVisit[];
  /** Which screening of the day this one will be (1 for the first). */
  visitToday: number;
  /** True from the third screening of the same passport in one day: a sign the officer must not miss. */
  repeated: boolean;
};

/** Third screening of one passport on one day and after: the repeat warning. */
export const REPEAT_VISIT = 3;

const newestFirst = (a: PriorVisit, b: PriorVisit): number => b.createdAt.localeCompare(a.createdAt);

/** Splits earlier screenings of one passport into today's and earlier flagged ones; clear earlier days are left out. */
export function summariseVisits(visits: readonly PriorVisit[], today: string): SeenBeforeSummary {
  const todays = visits.filter((v) => v.day === today).sort(newestFirst);
  const flaggedBefore = visits.filter((v) => v.day < today && isFlagged(v.outcome)).sort(newestFirst);
  const visitToday = todays.length + 1;
  return { today: todays, flaggedBefore, visitToday, repeated: visitToday >= REPEAT_VISIT };
}

/** Whether there is anything to tell the officer. */
export function hasSeenBefore(summary: SeenBeforeSummary, handlers: readonly HandlerLink[]): boolean {
  return summary.today.length > 0 || summary.flaggedBefore.length > 0 || handlers.length > 0;
}

/** Handlers first that accompanied the most other passengers; persons who came with nobody else are dropped. */
export function rankHandlers(links: readonly HandlerLink[]): HandlerLink[] {
  return links
    .filter((link) => link.otherPassengers > 0)
    .sort((a, b) => b.otherPassengers - a.otherPassengers || a.name.localeCompare(b.name));
}
