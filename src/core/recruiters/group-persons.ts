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

class UnionFind {
  private readonly parent: Int32Array;
  constructor(size: number) {
    this.parent = new Int32Array(size);
    for (let i = 0; i < size; i += 1) this.parent[i] = i;
  }
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
  union(a: number, b: number): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return false;
    this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
    return true;
  }
}

type Edge = { a: number; kind: MatchKind };

/** Joins every person to the first one holding the same exact key. */
function joinOnKey(
  persons: readonly PersonDetails[],
  uf: UnionFind,
  edges: Edge[],
  kind: Exclude<MatchKind, 'name'>,
  keyOf: (p: PersonDetails) => string | null,
): void {
  const first = new Map<string, number>();
  persons.forEach((p, i) => {
    const key = keyOf(p);
    if (key === null) return;
    const held = first.get(key);
    if (held === undefined) first.set(key, i);
    else if (uf.union(held, i)) edges.push({ a: i, kind });
  });
}

/**
 * Joins persons whose names are one edit apart (after spelling normalisation) and who claim the same company: a
 * name alone is too common to join on. Two persons with different identity numbers are never joined by name.
 * Candidates come from a one-deletion index, so the work grows with the persons, not with their pairs.
 */
function joinOnName(persons: readonly PersonDetails[], uf: UnionFind, edges: Edge[]): void {
  const byCompany = new Map<string, Map<string, number[]>>();
  // Persons with the same company, name key and identity number join the first of them at once; only that first one
  // enters the deletion index, so a name recorded a thousand times costs one entry, not a thousand.
  const exact = new Map<string, number>();
  const ids = persons.map((p) => idNumberKey(p.idNumber));
  const companies = persons.map((p) => companyKey(p.claimedCompany));
  // A name is read only when a company comes with it: without one it joins nobody.
  const names = persons.map((p, i) => (companies[i] ? nameKey(p.name) : null));
  persons.forEach((_, i) => {
    const name = names[i];
    const company = companies[i];
    if (!name || !company) return;
    const same = `${company}\u0000${name}\u0000${ids[i] ?? ''}`;
    const first = exact.get(same);
    if (first !== undefined) {
      if (uf.union(first, i)) edges.push({ a: i, kind: 'name' });
      return;
    }
    exact.set(same, i);
    let index = byCompany.get(company);
    if (!index) byCompany.set(company, (index = new Map()));
    const probes = [name, ...oneDeletions(name)];
    for (const probe of probes) {
      for (const j of index.get(probe) ?? []) {
        const other = names[j];
        const idA = ids[i];
        const idB = ids[j];
        if (!other || (idA && idB && idA !== idB) || !withinOneEdit(name, other)) continue;
        if (uf.union(j, i)) edges.push({ a: i, kind: 'name' });
      }
    }
    for (const probe of probes) {
      const list = index.get(probe);
      if (list) list.push(i);
      else index.set(probe, [i]);
    }
  });
}

/** Groups linked persons that are the same party by phone, identity number, social handle or spelling-tolerant name. */
export function groupPersons(persons: readonly PersonDetails[]): PersonGroup[] {
  const uf = new UnionFind(persons.length);
  const edges: Edge[] = [];
  joinOnKey(persons, uf, edges, 'phone', (p) => phoneKey(p.phone));
  joinOnKey(persons, uf, edges, 'idNumber', (p) => idNumberKey(p.idNumber));
  joinOnKey(persons, uf, edges, 'socialHandle', (p) => socialHandleKey(p.socialHandle));
  joinOnName(persons, uf, edges);
  const byRoot = new Map<number, number[]>();
  persons.forEach((_, i) => {
    const root = uf.find(i);
    const list = byRoot.get(root);
    if (list) list.push(i);
    else byRoot.set(root, [i]);
  });
  const kinds = new Map<number, Set<MatchKind>>();
  for (const edge of edges) {
    const root = uf.find(edge.a);
    const set = kinds.get(root) ?? new Set<MatchKind>();
    set.add(edge.kind);
    kinds.set(root, set);
  }
  return [...byRoot].map(([root, members]) => {
    let key = persons[members[0] ?? 0]?.id ?? '';
    for (const m of members) {
      const id = persons[m]?.id ?? '';
      if (id < key) key = id;
    }
    const found = kinds.get(root);
    return { key, members, matchedBy: MATCH_KINDS.filter((k) => found?.has(k)) };
  });
}
