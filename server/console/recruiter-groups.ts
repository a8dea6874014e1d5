import { groupPersons, type PersonGroup } from '../../src/core/recruiters/group-persons.ts';
import type { Db } from '../db.ts';

/** A linked person as grouping and the recruiter pages read it. */
export type PersonRow = {
  id: string;
  name: string;
  phone: string | null;
  id_number: string | null;
  social_handle: string | null;
  claimed_company: string | null;
  role: string | null;
};

/** One departure a linked person is named on (from the screening's newest revision). */
type DepartureRow = {
  person_id: string;
  screening_id: string;
  airport: string;
  checkpoint: string;
  screened_at: string | null;
};

/** A group with what the list shows about it, and the text a search matches. */
export type GroupFacts = PersonGroup & {
  name: string;
  otherNames: number;
  departures: number;
  checkpoints: number;
  airports: string[];
  lastSeenAt: string | null;
  search: string;
};

/** Every group over every linked person, with the person id → group index. */
export type Grouping = { groups: GroupFacts[]; groupOf: Map<string, number>; persons: PersonRow[] };

const PERSON_SQL = `SELECT id, coalesce(payload->>'name', '') AS name, payload->>'phone' AS phone,
  payload->>'idNumber' AS id_number, payload->>'socialHandle' AS social_handle,
  payload->>'claimedCompany' AS claimed_company, payload->>'role' AS role FROM linked_persons ORDER BY id`;
// A screening may only name persons its own tablet sent (older rows have no owner and are read as before).
const DEPARTURE_SQL = `SELECT pd.person_id, pd.screening_id, pd.airport, pd.checkpoint,
  pd.screened_at::text AS screened_at FROM person_departures pd
  JOIN linked_persons lp ON lp.id = pd.person_id AND (lp.device_id IS NULL OR lp.device_id = pd.device_id)`;
const FINGERPRINT_SQL = `SELECT (SELECT count(*) FROM linked_persons)::text || ':' ||
  coalesce((SELECT max(updated_at) FROM linked_persons)::text, '') || ':' ||
  (SELECT count(*) FROM person_departures)::text || ':' ||
  coalesce((SELECT max(stored_at) FROM person_departures)::text, '') AS f`;

/** The most frequent value (then the first in order), and how many other distinct values there are. */
function commonest(values: string[]): { value: string; others: number } {
  const counts = new Map<string, number>();
  for (const v of values) if (v !== '') counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = '';
  let bestCount = 0;
  for (const [v, n] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1)))
    if (n > bestCount) [best, bestCount] = [v, n];
  return { value: best, others: Math.max(0, counts.size - 1) };
}

/** Groups the persons and counts what each group's members were named on. */
export function buildGrouping(persons: PersonRow[], departures: readonly DepartureRow[]): Grouping {
  const groups = groupPersons(
    persons.map((p) => ({
      id: p.id,
      name: p.name,
      phone: p.phone ?? undefined,
      idNumber: p.id_number ?? undefined,
      socialHandle: p.social_handle ?? undefined,
      claimedCompany: p.claimed_company ?? undefined,
    })),
  );
  const groupOf = new Map<string, number>();
  groups.forEach((g, gi) => {
    for (const m of g.members) groupOf.set(persons[m]?.id ?? '', gi);
  });
  type Seen = { screenings: Set<string>; points: Set<string>; airports: Set<string>; last: string | null };
  // Only groups named on a departure get counters: most linked persons never recur.
  const seen = new Map<number, Seen>();
  for (const d of departures) {
    const gi = groupOf.get(d.person_id);
    if (gi === undefined) continue;
    let s = seen.get(gi);
    if (!s) seen.set(gi, (s = { screenings: new Set(), points: new Set(), airports: new Set(), last: null }));
    s.screenings.add(d.screening_id);
    s.points.add(`${d.airport}\u0000${d.checkpoint}`);
    s.airports.add(d.airport);
    const at = d.screened_at ? new Date(d.screened_at).toISOString() : null;
    if (at && (!s.last || at > s.last)) s.last = at;
  }
  const facts = groups.map((g, gi): GroupFacts => {
    const members = g.members.map((m) => persons[m]).filter((p): p is PersonRow => p !== undefined);
    const name = commonest(members.map((p) => p.name.trim()));
    const s = seen.get(gi);
    const search = members
      .flatMap((p) => [
        p.name,
        p.phone,
        p.phone?.replace(/\D+/g, ''),
        p.id_number,
        p.id_number?.replace(/[^A-Za-z0-9]+/g, ''),
        p.social_handle,
        p.claimed_company,
      ])
      .filter((v): v is string => !!v)
      .join('\n')
      .toLowerCase();
    return {
      ...g,
      name: name.value,
      otherNames: name.others,
      departures: s?.screenings.size ?? 0,
      checkpoints: s?.points.size ?? 0,
      airports: [...(s?.airports ?? [])].sort(),
      lastSeenAt: s?.last ?? null,
      search,
    };
  });
  return { groups: facts, groupOf, persons };
}

const cache = new WeakMap<Db, { fingerprint: string; grouping: Promise<Grouping> }>();

/**
 * The grouping of every linked person, computed again only when a linked person or a departure changed since (a
 * fingerprint read from the database, so several receiver processes never serve a stale one).
 */
export async function loadGrouping(db: Db): Promise<Grouping> {
  const fingerprint = (await db.query<{ f: string }>(FINGERPRINT_SQL))[0]?.f ?? '';
  const held = cache.get(db);
  if (held && held.fingerprint === fingerprint) return held.grouping;
  const grouping = (async () => {
    const persons = await db.query<PersonRow>(PERSON_SQL);
    const departures = await db.query<DepartureRow>(DEPARTURE_SQL);
    return buildGrouping(persons, departures);
  })();
  cache.set(db, { fingerprint, grouping });
  grouping.catch(() => cache.delete(db));
  return grouping;
}
