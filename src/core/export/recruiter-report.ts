import type { LinkedPerson, Outcome, Screening } from '../screening/screening-schema.ts';
import { sortedCounts, type Count } from './shift-summary.ts';

/** One handler or recruiter and what they touch. */
export type RecruiterEntry = {
  person: LinkedPerson;
  screeningIds: string[];
  /** Passenger names, or stable pseudonyms (P-7F3A) unless names were asked for. */
  passengers: string[];
  /** Routes as "CGK → CMB → JED", most frequent first. */
  routes: Count[];
  destinations: Count[];
  outcomes: Count[];
  firstSeen: string;
  lastSeen: string;
};

/** Options: passengers are pseudonymised with a per-export salt unless `revealPassengers` is set. */
export type RecruiterOptions = {
  /** Random per export (passed in: core has no randomness); the same salt gives the same pseudonyms. */
  salt: string;
  revealPassengers: boolean;
  /** Companions are often relatives; leave them out unless asked. */
  includeCompanions: boolean;
};

// FNV-1a 32-bit: a fast, stable digest; the secret part is the random salt that never leaves the export.
function fnv1a(input: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < input.length; i += 1) {
    hash ^= input.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** Hands out pseudonyms P-XXXX that stay the same for one passenger within one export and never collide. */
export function createPseudonymiser(salt: string): (passengerKey: string) => string {
  const given = new Map<string, string>();
  const taken = new Set<string>();
  return (key) => {
    const known = given.get(key);
    if (known) return known;
    const hex = fnv1a(`${salt}\u0000${key}`).toString(16).toUpperCase().padStart(8, '0');
    let name = '';
    for (let len = 4; len <= 8 && (name === '' || taken.has(name)); len += 1) name = `P-${hex.slice(0, len)}`;
    for (let n = 2; taken.has(name); n += 1) name = `P-${hex}-${n}`;
    given.set(key, name);
    taken.add(name);
    return name;
  };
}

/** The passenger key a pseudonym stands for: the same passport is the same person. */
export function passengerKey(s: Screening): string {
  return `${s.passenger.issuingState}:${s.passenger.passportNumber}`;
}

/** Builds the recruiter-centred report, most-connected people first. */
export function recruiterReport(
  screenings: readonly Screening[],
  persons: readonly LinkedPerson[],
  options: RecruiterOptions,
): RecruiterEntry[] {
  const pseudonym = createPseudonymiser(options.salt);
  const touching = new Map<string, Screening[]>();
  for (const s of screenings) {
    for (const id of s.linkedPersonIds) {
      const list = touching.get(id) ?? [];
      list.push(s);
      touching.set(id, list);
    }
  }
  const entries: RecruiterEntry[] = [];
  for (const person of persons) {
    if (person.role === 'companion' && !options.includeCompanions) continue;
    const list = touching.get(person.id);
    if (!list || list.length === 0) continue;
    const routes = new Map<string, number>();
    const destinations = new Map<string, number>();
    const outcomes = new Map<Outcome | '', number>();
    const passengers = new Set<string>();
    for (const s of list) {
      const f = s.flight;
      const route = f ? [f.from, ...f.transits, f.finalDestination].join(' → ') : '';
      routes.set(route, (routes.get(route) ?? 0) + 1);
      const dest = f?.finalDestination ?? '';
      destinations.set(dest, (destinations.get(dest) ?? 0) + 1);
      outcomes.set(s.outcome ?? '', (outcomes.get(s.outcome ?? '') ?? 0) + 1);
      const p = s.passenger;
      passengers.add(options.revealPassengers ? `${p.lastName}, ${p.firstName}` : pseudonym(passengerKey(s)));
    }
    const times = list.map((s) => s.createdAt).sort();
    entries.push({
      person,
      screeningIds: list.map((s) => s.id),
      passengers: [...passengers].sort(),
      routes: sortedCounts(routes),
      destinations: sortedCounts(destinations),
      outcomes: sortedCounts(outcomes),
      firstSeen: times[0] ?? '',
      lastSeen: times[times.length - 1] ?? '',
    });
  }
  return entries.sort(
    (a, b) => b.screeningIds.length - a.screeningIds.length || a.person.name.localeCompare(b.person.name),
  );
}
