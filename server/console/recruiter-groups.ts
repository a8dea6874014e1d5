import { PersonGrouper, type PersonGroup } from '../../src/core/recruiters/group-persons.ts';
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

/** One departure a linked person is named on (from the screening's newest revision), by the tablet that sent it. */
export type DepartureRow = {
  person_id: string;
  screening_id: string;
  airport: string;
  checkpoint: string;
  screened_at: string | null;
  device_id: string | null;
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

/** Every group over every linked person, the group a person id belongs to, and the persons by grouping index. */
export type Grouping = {
  groups: GroupFacts[];
  groupOf: (personId: string) => number | undefined;
  persons: PersonRow[];
};

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

/** A linked person as read for grouping: its row, the tablet that owns it, and when it was last written. */
type StoredPerson = PersonRow & { device_id: string | null; updated_ms: number };
type StoredDeparture = DepartureRow & { stored_ms: number };

const PERSON_COLUMNS = `id, coalesce(payload->>'name', '') AS name, payload->>'phone' AS phone,
  payload->>'idNumber' AS id_number, payload->>'socialHandle' AS social_handle,
  payload->>'claimedCompany' AS claimed_company, payload->>'role' AS role, device_id,
  (extract(epoch FROM updated_at) * 1000)::float8 AS updated_ms`;
const DEPARTURE_COLUMNS = `person_id, screening_id, airport, checkpoint, screened_at::text AS screened_at,
  device_id, (extract(epoch FROM stored_at) * 1000)::float8 AS stored_ms`;
// Rows written within this long before the newest one seen are read again: a transaction that began earlier may
// commit later. Reading a row again changes nothing.
const OVERLAP = `interval '2 minutes'`;
// However well the deltas add up, everything is grouped again this often while changes arrive.
const FULL_EVERY_MS = 30 * 60_000;

/**
 * Every linked person grouped, with what each group's members were named on, kept up to date one change at a
 * time: a person who arrives joins the groups it matches and only the groups it touched are counted again; a
 * departure that arrives is counted in its group. A change that could split a group (a person's details edited) or
 * take something away (an amendment that no longer names a person) makes the next read group everything again.
 */
export class GroupingState {
  private grouper = new PersonGrouper();
  private persons: StoredPerson[] = [];
  private readonly indexOf = new Map<string, number>();
  /** Departures by person id, then screening id; kept also for persons not (yet) stored. */
  private readonly departures = new Map<string, Map<string, DepartureRow>>();
  private departureCount = 0;
  private readonly facts = new Map<number, GroupFacts>();
  private readonly dirty = new Set<number>();
  private view: Grouping | null = null;

  /** Adds or replaces persons; false when a stored person's grouping details changed (group everything again). */
  addPersons(rows: readonly StoredPerson[]): boolean {
    for (const row of rows) {
      const held = this.indexOf.get(row.id);
      if (held !== undefined) {
        const old = this.persons[held];
        if (!old) return false;
        const same =
          old.name === row.name &&
          old.phone === row.phone &&
          old.id_number === row.id_number &&
          old.social_handle === row.social_handle &&
          old.claimed_company === row.claimed_company &&
          old.device_id === row.device_id;
        if (!same) return false;
        if (old.role !== row.role || old.updated_ms !== row.updated_ms) {
          this.persons[held] = row;
          this.touch(held);
        }
        continue;
      }
      const { index, mergedAway } = this.grouper.add({
        id: row.id,
        name: row.name,
        phone: row.phone ?? undefined,
        idNumber: row.id_number ?? undefined,
        socialHandle: row.social_handle ?? undefined,
        claimedCompany: row.claimed_company ?? undefined,
      });
      this.persons.push(row);
      this.indexOf.set(row.id, index);
      for (const gone of mergedAway) {
        this.facts.delete(gone);
        this.dirty.delete(gone);
      }
      this.touch(index);
    }
    return true;
  }

  /** Adds or replaces departures (one per person and screening). */
  addDepartures(rows: readonly DepartureRow[]): void {
    for (const row of rows) {
      let held = this.departures.get(row.person_id);
      if (!held) this.departures.set(row.person_id, (held = new Map()));
      if (!held.has(row.screening_id)) this.departureCount += 1;
      held.set(row.screening_id, row);
      const index = this.indexOf.get(row.person_id);
      if (index !== undefined) this.touch(index);
    }
  }

  /** How many persons and departures are held: compared with the database's counts. */
  get counts(): { persons: number; departures: number } {
    return { persons: this.indexOf.size, departures: this.departureCount };
  }

  /** The grouping as it stands, counting again only the groups changed since the last call. */
  grouping(): Grouping {
    if (this.view && this.dirty.size === 0) return this.view;
    for (const root of this.dirty) this.facts.set(root, this.countGroup(root));
    this.dirty.clear();
    const roots = this.grouper.roots();
    const position = new Map<number, number>();
    const groups = roots.map((root, at) => {
      position.set(root, at);
      return this.facts.get(root) ?? this.countGroup(root);
    });
    const grouper = this.grouper;
    const indexOf = this.indexOf;
    this.view = {
      groups,
      groupOf: (personId) => {
        const index = indexOf.get(personId);
        return index === undefined ? undefined : position.get(grouper.find(index));
      },
      persons: this.persons,
    };
    return this.view;
  }

  private touch(index: number): void {
    this.dirty.add(this.grouper.find(index));
  }

  /** What the list shows about one group: its commonest name, departures, checkpoints, airports, last seen. */
  private countGroup(root: number): GroupFacts {
    const memberIndexes = this.grouper.membersOf(root);
    const members = memberIndexes
      .map((m) => this.persons[m])
      .filter((p): p is StoredPerson => p !== undefined);
    let key = members[0]?.id ?? '';
    for (const m of members) if (m.id < key) key = m.id;
    const screenings = new Set<string>();
    const points = new Set<string>();
    const airports = new Set<string>();
    let last: string | null = null;
    for (const member of members) {
      for (const d of this.departures.get(member.id)?.values() ?? []) {
        // A screening may only name persons its own tablet sent (older rows have no owner and are read as before).
        if (member.device_id !== null && member.device_id !== d.device_id) continue;
        screenings.add(d.screening_id);
        points.add(`${d.airport}\u0000${d.checkpoint}`);
        airports.add(d.airport);
        const at = d.screened_at ? new Date(d.screened_at).toISOString() : null;
        if (at && (!last || at > last)) last = at;
      }
    }
    const name = commonest(members.map((p) => p.name.trim()));
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
      key,
      members: [...memberIndexes],
      matchedBy: this.grouper.matchedBy(root),
      name: name.value,
      otherNames: name.others,
      departures: screenings.size,
      checkpoints: points.size,
      airports: [...airports].sort(),
      lastSeenAt: last,
      search,
    };
  }
}

/** Groups the persons and counts what each group's members were named on, all at once. */
export function buildGrouping(persons: PersonRow[], departures: readonly DepartureRow[]): Grouping {
  const state = new GroupingState();
  state.addPersons(persons.map((p) => ({ device_id: null, updated_ms: 0, ...p })));
  state.addDepartures(departures);
  return state.grouping();
}

type Held = {
  state: GroupingState;
  /** The newest write seen in each table (epoch ms): the next read starts a little before it. */
  personsSeen: number | null;
  departuresSeen: number | null;
  builtAt: number;
};

const newest = (values: readonly number[], held: number | null): number | null =>
  values.reduce<number | null>((out, v) => (out === null || v > out ? v : out), held);

/**
 * Reads what was written since the held state was last brought up to date: 'current' when it then holds exactly
 * what is stored, 'rebuild' when something was taken away or edited so that groups may split, 'behind' when rows
 * kept arriving (or an old one was missed) so that the counts never agreed.
 */
async function catchUp(db: Db, held: Held): Promise<'current' | 'rebuild' | 'behind'> {
  // Three tries: rows written between reading the changes and counting them are read on the next try.
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const persons = await db.query<StoredPerson>(
      `SELECT ${PERSON_COLUMNS} FROM linked_persons
       WHERE $1::float8 IS NULL OR updated_at > to_timestamp($1::float8 / 1000) - ${OVERLAP} ORDER BY id`,
      [held.personsSeen],
    );
    const departures = await db.query<StoredDeparture>(
      `SELECT ${DEPARTURE_COLUMNS} FROM person_departures
       WHERE $1::float8 IS NULL OR stored_at > to_timestamp($1::float8 / 1000) - ${OVERLAP}`,
      [held.departuresSeen],
    );
    if (!held.state.addPersons(persons)) return 'rebuild';
    held.state.addDepartures(departures);
    const counted = (
      await db.query<{ persons: string; departures: string; now_ms: number }>(
        `SELECT (SELECT count(*) FROM linked_persons)::text AS persons,
         (SELECT count(*) FROM person_departures)::text AS departures,
         (extract(epoch FROM now()) * 1000)::float8 AS now_ms`,
      )
    )[0];
    // Never later than the database's clock: a row stamped ahead of it (a clock set back since) would otherwise hide
    // every row written after it until that time came. Such a row is read again each time, which changes nothing.
    const clock = counted?.now_ms ?? null;
    const capped = (v: number | null) => (v !== null && clock !== null && v > clock ? clock : v);
    held.personsSeen = capped(
      newest(
        persons.map((p) => p.updated_ms),
        held.personsSeen,
      ),
    );
    held.departuresSeen = capped(
      newest(
        departures.map((d) => d.stored_ms),
        held.departuresSeen,
      ),
    );
    const stored = { persons: Number(counted?.persons ?? 0), departures: Number(counted?.departures ?? 0) };
    const have = held.state.counts;
    // More held than stored: something was taken away (an amendment no longer names a person).
    if (have.persons > stored.persons || have.departures > stored.departures) return 'rebuild';
    if (have.persons === stored.persons && have.departures === stored.departures) return 'current';
  }
  return 'behind';
}

type Slot = { held: Held | null; next: Promise<unknown> };
const cache = new WeakMap<Db, Slot>();

async function refreshed(db: Db, slot: Slot): Promise<Grouping> {
  const held = slot.held;
  if (held && Date.now() - held.builtAt < FULL_EVERY_MS && (await catchUp(db, held)) === 'current')
    return held.state.grouping();
  slot.held = null;
  let fresh: Held = {
    state: new GroupingState(),
    personsSeen: null,
    departuresSeen: null,
    builtAt: Date.now(),
  };
  let outcome = await catchUp(db, fresh);
  if (outcome === 'rebuild') {
    // A person edited or a departure taken away while everything was read: read everything once more.
    fresh = { state: new GroupingState(), personsSeen: null, departuresSeen: null, builtAt: Date.now() };
    outcome = await catchUp(db, fresh);
  }
  // Served either way; one that may have missed something is built again on the next read.
  if (outcome === 'current') slot.held = fresh;
  return fresh.state.grouping();
}

/**
 * The grouping of every linked person, brought up to date with what was written since it was last read (from the
 * database, so several receiver processes never serve a stale one). Reads take turns, so each sees the changes
 * committed before it began.
 */
export async function loadGrouping(db: Db): Promise<Grouping> {
  let slot = cache.get(db);
  if (!slot) cache.set(db, (slot = { held: null, next: Promise.resolve() }));
  const held = slot;
  const run = held.next.then(() => refreshed(db, held));
  held.next = run.catch(() => {
    held.held = null;
  });
  return run;
}
