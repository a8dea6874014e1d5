import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import type { StaffUser } from '../../src/core/console/console-api.ts';
import {
  RECRUITER_PAGE_DEFAULT,
  seesIdentity,
  type Assessment,
  type AssessmentEntry,
  type RecruiterDeparture,
  type RecruiterDetail,
  type RecruiterListResponse,
  type RecruiterQuery,
  type RecruiterSummary,
  type Variant,
} from '../../src/core/console/recruiter-api.ts';
import type { Screening } from '../../src/core/screening/screening-schema.ts';
import type { Db } from '../db.ts';
import { loadGrouping, type GroupFacts, type Grouping, type PersonRow } from './recruiter-groups.ts';

type Latest = { assessment: Assessment; at: string };

/** The newest assessment of each group that has one. */
async function latestAssessments(db: Db, grouping: Grouping): Promise<Map<number, Latest>> {
  const rows = await db.query<{ person_id: string; assessment: Assessment; at: string }>(
    `SELECT DISTINCT ON (person_id) person_id, assessment, at::text AS at FROM recruiter_assessments
     ORDER BY person_id, at DESC, id DESC`,
  );
  const out = new Map<number, Latest>();
  for (const r of rows) {
    const gi = grouping.groupOf(r.person_id);
    if (gi === undefined) continue;
    const at = new Date(r.at).toISOString();
    const held = out.get(gi);
    if (!held || at > held.at) out.set(gi, { assessment: r.assessment, at });
  }
  return out;
}

function summary(g: GroupFacts, latest: Latest | undefined): RecruiterSummary {
  return {
    id: g.key,
    name: g.name,
    otherNames: g.otherNames,
    persons: g.members.length,
    departures: g.departures,
    checkpoints: g.checkpoints,
    airports: g.airports,
    lastSeenAt: g.lastSeenAt,
    matchedBy: g.matchedBy,
    latest: latest ?? null,
  };
}

/** Groups named on at least `min` departures (2: parties that recur), most departures first; searched, paged. */
export async function listRecruiters(db: Db, query: RecruiterQuery): Promise<RecruiterListResponse> {
  const grouping = await loadGrouping(db);
  const min = query.min ?? 2;
  const needle = query.q?.trim().toLowerCase() ?? '';
  const digits = needle.replace(/\D+/g, '').replace(/^(62|0)/, '');
  const matches = (g: GroupFacts): boolean =>
    needle === '' || g.search.includes(needle) || (digits.length >= 5 && g.search.includes(digits));
  const picked: number[] = [];
  grouping.groups.forEach((g, gi) => {
    if (g.departures >= min && matches(g)) picked.push(gi);
  });
  const groups = grouping.groups;
  picked.sort((a, b) => {
    const ga = groups[a]!;
    const gb = groups[b]!;
    if (ga.departures !== gb.departures) return gb.departures - ga.departures;
    if (ga.lastSeenAt !== gb.lastSeenAt) return (gb.lastSeenAt ?? '') < (ga.lastSeenAt ?? '') ? -1 : 1;
    return ga.key < gb.key ? -1 : 1;
  });
  const offset = query.offset ?? 0;
  const page = picked.slice(offset, offset + (query.limit ?? RECRUITER_PAGE_DEFAULT));
  const latest = await latestAssessments(db, grouping);
  return {
    items: page.map((gi) => summary(groups[gi]!, latest.get(gi))),
    total: picked.length,
    offset,
  };
}

/** The group a linked person's id belongs to, with its members. */
export async function findGroup(
  db: Db,
  personId: string,
): Promise<{ grouping: Grouping; index: number; group: GroupFacts; members: PersonRow[] } | null> {
  const grouping = await loadGrouping(db);
  const index = grouping.groupOf(personId);
  const group = index === undefined ? undefined : grouping.groups[index];
  if (index === undefined || !group) return null;
  const members = group.members.map((m) => grouping.persons[m]).filter((p): p is PersonRow => !!p);
  return { grouping, index, group, members };
}

/** The key of the pseudonyms: made once at random, kept in the database so every process agrees. */
async function pseudonymKey(db: Db): Promise<string> {
  await db.query(
    `INSERT INTO console_secrets (name, value) VALUES ('pseudonym', $1) ON CONFLICT DO NOTHING`,
    [randomBytes(32).toString('hex')],
  );
  const rows = await db.query<{ value: string }>(
    `SELECT value FROM console_secrets WHERE name = 'pseudonym'`,
  );
  return rows[0]?.value ?? '';
}

const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
/** A passenger's pseudonym in one dossier: the same passenger gets the same one there, unlinkable across dossiers. */
export function pseudonymFor(key: string, dossier: string, passenger: string): string {
  const mac = createHmac('sha256', key).update(`${dossier}\u0000${passenger}`).digest();
  let out = '';
  for (let i = 0; i < 6; i += 1) out += ALPHABET[(mac[i] ?? 0) % ALPHABET.length];
  return `P-${out}`;
}

function variants(values: (string | null | undefined)[]): Variant[] {
  const counts = new Map<string, number>();
  for (const v of values) {
    const clean = v?.trim();
    if (clean) counts.set(clean, (counts.get(clean) ?? 0) + 1);
  }
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
}

type DepartureRow = { screening_id: string; person_id: string; s: Screening; state: string | null };

/** Every departure the group's members are named on, newest first, passengers shown as the user may see them. */
async function departuresOf(
  db: Db,
  group: GroupFacts,
  members: PersonRow[],
  user: StaffUser,
): Promise<RecruiterDeparture[]> {
  const rows = await db.query<DepartureRow>(
    `SELECT DISTINCT ON (pd.screening_id) pd.screening_id, pd.person_id, r.payload->'screening' AS s, c.state
     FROM person_departures pd
     JOIN linked_persons lp ON lp.id = pd.person_id AND (lp.device_id IS NULL OR lp.device_id = pd.device_id)
     JOIN screening_revisions r ON r.id = pd.screening_id AND r.revision = pd.revision
     LEFT JOIN cases c ON c.id = pd.screening_id
     WHERE pd.person_id = ANY($1::text[]) ORDER BY pd.screening_id, pd.person_id`,
    [members.map((m) => m.id)],
  );
  const key = await pseudonymKey(db);
  const roleOf = new Map(members.map((m) => [m.id, m.role ?? '']));
  return rows
    .map((r): RecruiterDeparture => {
      const p = r.s.passenger;
      const passenger = p.passportNumber
        ? `${p.nationality}:${p.passportNumber.toUpperCase()}`
        : r.screening_id;
      const name = [p.lastName, p.firstName].filter((v) => v).join(', ');
      return {
        screeningId: r.screening_id,
        screenedAt: new Date(r.s.createdAt).toISOString(),
        airport: r.s.airport,
        checkpoint: r.s.checkpoint,
        agency: r.s.agency,
        outcome: r.s.outcome,
        destination: r.s.flight?.finalDestination || null,
        role: roleOf.get(r.person_id) ?? '',
        caseState: (r.state as RecruiterDeparture['caseState']) ?? null,
        pseudonym: pseudonymFor(key, group.key, passenger),
        identity: seesIdentity(user.role, r.s.agency) ? { name, passportNumber: p.passportNumber } : null,
      };
    })
    .sort((a, b) => (a.screenedAt === b.screenedAt ? 0 : a.screenedAt < b.screenedAt ? 1 : -1));
}

/** Every assessment recorded for any member, newest first. */
async function assessmentsOf(db: Db, members: PersonRow[]): Promise<AssessmentEntry[]> {
  const rows = await db.query<{
    id: string;
    assessment: Assessment;
    note: string;
    at: string;
    by: string;
    name: string;
  }>(
    `SELECT a.id, a.assessment, a.note, a.at::text AS at, a.actor_id AS by, u.name FROM recruiter_assessments a
     JOIN staff_users u ON u.id = a.actor_id WHERE a.person_id = ANY($1::text[]) ORDER BY a.at DESC, a.id DESC`,
    [members.map((m) => m.id)],
  );
  return rows.map((r) => ({
    id: r.id,
    assessment: r.assessment,
    note: r.note,
    at: new Date(r.at).toISOString(),
    by: { id: r.by, name: r.name },
  }));
}

/** A recruiter's page: the party's details across its variants, departures and assessments; null when unknown. */
export async function recruiterDetail(
  db: Db,
  personId: string,
  user: StaffUser,
): Promise<RecruiterDetail | null> {
  const found = await findGroup(db, personId);
  if (!found) return null;
  const { group, members } = found;
  const departures = await departuresOf(db, group, members, user);
  const assessments = await assessmentsOf(db, members);
  const newest = assessments[0];
  return {
    recruiter: summary(group, newest ? { assessment: newest.assessment, at: newest.at } : undefined),
    names: variants(members.map((m) => m.name)),
    phones: variants(members.map((m) => m.phone)),
    idNumbers: variants(members.map((m) => m.id_number)),
    socialHandles: variants(members.map((m) => m.social_handle)),
    companies: variants(members.map((m) => m.claimed_company)),
    destinations: variants(departures.map((d) => d.destination)),
    departures,
    assessments,
    identitiesShown: departures.filter((d) => d.identity !== null).length,
  };
}

/** Records an assessment of the party, kept beside the earlier ones; the note is required. */
export async function addAssessment(
  db: Db,
  personId: string,
  assessment: Assessment,
  note: string,
  user: StaffUser,
): Promise<{ ok: true; groupKey: string } | { ok: false; error: 'notFound' | 'noteRequired' }> {
  if (note.trim() === '') return { ok: false, error: 'noteRequired' };
  const found = await findGroup(db, personId);
  if (!found) return { ok: false, error: 'notFound' };
  await db.query(
    `INSERT INTO recruiter_assessments (id, person_id, assessment, note, actor_id) VALUES ($1, $2, $3, $4, $5)`,
    [randomUUID(), found.group.key, assessment, note.trim(), user.id],
  );
  return { ok: true, groupKey: found.group.key };
}
