import {
  companyKey,
  idNumberKey,
  nameKey,
  oneDeletions,
  phoneKey,
  socialHandleKey,
  withinOneEdit,
} from './recruiter-keys.ts';

/** The identifying details of one linked person that grouping reads. */
export type PersonDetails = {
  id: string;
  name: string;
  phone?: string | undefined;
  idNumber?: string | undefined;
  socialHandle?: string | undefined;
  claimedCompany?: string | undefined;
};

/** What joined two persons of a group. */
export const MATCH_KINDS = ['phone', 'idNumber', 'socialHandle', 'name'] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];

/** One group: its key (the smallest member id, so any member's page finds it), members, and what joined them. */
export type PersonGroup = { key: string; members: number[]; matchedBy: MatchKind[] };

/**
 * Groups linked persons one at a time, so a receiver holding 100,000 of them joins a newly arrived one without
 * grouping them all again. Each person joins, in this order, the first earlier person with the same phone, identity
 * number or social handle, and every earlier person whose name is one edit apart (after spelling normalisation) and
 * who claims the same company: a name alone is too common to join on, and two persons with different identity numbers
 * are never joined by name. Name candidates come from a one-deletion index, so the work grows with the persons, not
 * with their pairs. Which persons end up in one group does not depend on the order they arrive in.
 */
export class PersonGrouper {
  private readonly parent: number[] = [];
  private readonly members = new Map<number, number[]>();
  private readonly kinds = new Map<number, Set<MatchKind>>();
  private readonly firstWith: Record<Exclude<MatchKind, 'name'>, Map<string, number>> = {
    phone: new Map(),
    idNumber: new Map(),
    socialHandle: new Map(),
  };
  // Persons with the same company, name key and identity number join the first of them at once; only that first one
  // enters the deletion index, so a name recorded a thousand times costs one entry, not a thousand.
  private readonly exact = new Map<string, number>();
  private readonly byCompany = new Map<string, Map<string, number[]>>();
  private readonly names: (string | null)[] = [];
  private readonly ids: (string | null)[] = [];

  /** How many persons have been added. */
  get size(): number {
    return this.parent.length;
  }

  /** The root of a person's group: the smallest index in it. */
  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root] ?? root;
    let node = i;
    while (this.parent[node] !== root) {
      const next = this.parent[node] ?? root;
      this.parent[node] = root;
      node = next;
    }
    return root;
  }

  /** The members of the group rooted at `root`, in the order they were added. */
  membersOf(root: number): readonly number[] {
    return this.members.get(root) ?? [];
  }

  /** What joined the members of the group rooted at `root`, in MATCH_KINDS order. */
  matchedBy(root: number): MatchKind[] {
    const found = this.kinds.get(root);
    return MATCH_KINDS.filter((k) => found?.has(k));
  }

  /** The roots of every group, smallest first. */
  roots(): number[] {
    return [...this.members.keys()].sort((a, b) => a - b);
  }

  /**
   * Adds a person (its index is the number added before it) and joins it to whom it matches. Returns the roots of
   * the groups, existing before, that were merged away: they are now part of the new person's group.
   */
  add(p: PersonDetails): { index: number; mergedAway: number[] } {
    const i = this.parent.length;
    this.parent.push(i);
    this.members.set(i, [i]);
    const mergedAway: number[] = [];
    const join = (j: number, kind: MatchKind) => {
      const gone = this.union(j, i, kind);
      if (gone !== null) mergedAway.push(gone);
    };
    const keyed: [Exclude<MatchKind, 'name'>, string | null][] = [
      ['phone', phoneKey(p.phone)],
      ['idNumber', idNumberKey(p.idNumber)],
      ['socialHandle', socialHandleKey(p.socialHandle)],
    ];
    for (const [kind, key] of keyed) {
      if (key === null) continue;
      const held = this.firstWith[kind].get(key);
      if (held === undefined) this.firstWith[kind].set(key, i);
      else join(held, kind);
    }
    this.joinOnName(p, i, join);
    // The new person's own one-member group is not one the caller knew; the surviving root is not merged away.
    const root = this.find(i);
    return { index: i, mergedAway: mergedAway.filter((r) => r !== root && r !== i) };
  }

  /** Every group, by root, with its key (the smallest member id, so any member's page finds it). */
  groups(idOf: (index: number) => string): PersonGroup[] {
    return this.roots().map((root) => {
      const members = [...this.membersOf(root)];
      let key = idOf(members[0] ?? 0);
      for (const m of members) {
        const id = idOf(m);
        if (id < key) key = id;
      }
      return { key, members, matchedBy: this.matchedBy(root) };
    });
  }

  /** Joins the groups of a and b; returns the root merged away, or null when they were one group already. */
  private union(a: number, b: number, kind: MatchKind): number | null {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return null;
    const [keep, gone] = ra < rb ? [ra, rb] : [rb, ra];
    this.parent[gone] = keep;
    const kept = this.members.get(keep) ?? [];
    const moved = this.members.get(gone) ?? [];
    // Members stay in the order they were added: both lists are sorted, so merge them.
    const merged: number[] = [];
    let x = 0;
    let y = 0;
    while (x < kept.length || y < moved.length) {
      const u = kept[x];
      const v = moved[y];
      if (v === undefined || (u !== undefined && u < v)) {
        merged.push(u as number);
        x += 1;
      } else {
        merged.push(v);
        y += 1;
      }
    }
    this.members.set(keep, merged);
    this.members.delete(gone);
    const set = this.kinds.get(keep) ?? new Set<MatchKind>();
    for (const k of this.kinds.get(gone) ?? []) set.add(k);
    set.add(kind);
    this.kinds.set(keep, set);
    this.kinds.delete(gone);
    return gone;
  }

  private joinOnName(p: PersonDetails, i: number, join: (j: number, kind: MatchKind) => void): void {
    const id = idNumberKey(p.idNumber);
    const company = companyKey(p.claimedCompany);
    // A name is read only when a company comes with it: without one it joins nobody.
    const name = company ? nameKey(p.name) : null;
    this.ids.push(id);
    this.names.push(name);
    if (!name || !company) return;
    const same = `${company}\u0000${name}\u0000${id ?? ''}`;
    const first = this.exact.get(same);
    if (first !== undefined) {
      join(first, 'name');
      return;
    }
    this.exact.set(same, i);
    let index = this.byCompany.get(company);
    if (!index) this.byCompany.set(company, (index = new Map()));
    const probes = [name, ...oneDeletions(name)];
    for (const probe of probes) {
      for (const j of index.get(probe) ?? []) {
        const other = this.names[j];
        const idB = this.ids[j];
        if (!other || (id && idB && id !== idB) || !withinOneEdit(name, other)) continue;
        join(j, 'name');
      }
    }
    for (const probe of probes) {
      const list = index.get(probe);
      if (list) list.push(i);
      else index.set(probe, [i]);
    }
  }
}

/** Groups linked persons that are the same party by phone, identity number, social handle or spelling-tolerant name. */
export function groupPersons(persons: readonly PersonDetails[]): PersonGroup[] {
  const grouper = new PersonGrouper();
  for (const p of persons) grouper.add(p);
  return grouper.groups((i) => persons[i]?.id ?? '');
}
