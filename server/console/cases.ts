import { csvCell } from '../../src/core/export/csv-cell.ts';
import {
  CASE_PAGE_DEFAULT,
  type CaseListResponse,
  type CaseQuery,
  type CaseStateName,
  type CaseSummary,
  type Finding,
  type PersonRef,
  type Referral,
  type StaffUser,
} from '../../src/core/console/console-api.ts';
import type { Outcome } from '../../src/core/screening/screening-schema.ts';
import type { Db, Queryable } from '../db.ts';

/** A case row as selected for the inbox and the detail page. */
export type CaseRow = {
  id: string;
  device_id: string;
  revision: number;
  state: CaseStateName;
  version: number;
  owner_id: string | null;
  owner_name: string | null;
  referred_to: Referral | null;
  due_date: string | null;
  finding: Finding | null;
  reason: string | null;
  opened_at: string;
  updated_at: string;
  screened_at: string;
  screened_key: string;
  airport: string;
  checkpoint: string;
  agency: 'IMIGRASI' | 'BP3MI';
  outcome: Outcome | null;
  score: number;
  passenger_name: string;
  passport_number: string;
  nationality: string;
  destination: string | null;
  home_district: string | null;
};

export const CASE_COLUMNS = `c.id, c.device_id, c.revision, c.state, c.version, c.owner_id, u.name AS owner_name,
  c.referred_to, c.due_date::text AS due_date, c.finding, c.reason, c.opened_at::text AS opened_at,
  c.updated_at::text AS updated_at, c.screened_at::text AS screened_at, c.screened_at::text AS screened_key,
  c.airport, c.checkpoint, c.agency, c.outcome, c.score, c.passenger_name, c.passport_number, c.nationality,
  c.destination, c.home_district`;
export const CASE_FROM = 'cases c LEFT JOIN staff_users u ON u.id = c.owner_id';

const iso = (pgTime: string): string => new Date(pgTime).toISOString();

export function toSummary(r: CaseRow): CaseSummary {
  const owner: PersonRef | null = r.owner_id ? { id: r.owner_id, name: r.owner_name ?? '' } : null;
  return {
    id: r.id,
    revision: r.revision,
    state: r.state,
    version: r.version,
    owner,
    screenedAt: iso(r.screened_at),
    openedAt: iso(r.opened_at),
    updatedAt: iso(r.updated_at),
    airport: r.airport,
    checkpoint: r.checkpoint,
    agency: r.agency,
    deviceId: r.device_id,
    outcome: r.outcome,
    score: r.score,
    passengerName: r.passenger_name,
    passportNumber: r.passport_number,
    nationality: r.nationality,
    destination: r.destination,
    homeDistrictCode: r.home_district,
    referredTo: r.referred_to,
    dueDate: r.due_date,
  };
}

/** Start of a WIB calendar day (the checkpoints' day), as an instant. */
function wibDayStart(day: string, plusDays = 0): string {
  const start = new Date(`${day}T00:00:00+07:00`);
  return new Date(start.getTime() + plusDays * 86_400_000).toISOString();
}

/** Upper-case letters-and-digits words, as the trigger stores passenger names. */
export function searchTokens(q: string): string[] {
  return q
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter((t) => t !== '');
}

type Cursor = { at: string; id: string };
function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.at, c.id])).toString('base64url');
}
function decodeCursor(text: string | undefined): Cursor | null {
  if (!text) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && typeof parsed[0] === 'string' && typeof parsed[1] === 'string')
      return { at: parsed[0], id: parsed[1] };
  } catch {
    // An unreadable cursor starts from the first page.
  }
  return null;
}

/** WHERE clause and parameters for the inbox filters (not the cursor). */
export function caseFilter(query: CaseQuery, user: StaffUser): { where: string[]; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: (n: string) => string, value: unknown): void => {
    params.push(value);
    where.push(sql(`$${params.length}`));
  };
  if (query.from) add((n) => `c.screened_at >= ${n}::timestamptz`, wibDayStart(query.from));
  if (query.to) add((n) => `c.screened_at < ${n}::timestamptz`, wibDayStart(query.to, 1));
  if (query.airport) add((n) => `c.airport = ${n}`, query.airport.toUpperCase());
  if (query.checkpoint) add((n) => `c.checkpoint = ${n}`, query.checkpoint);
  if (query.outcome) add((n) => `c.outcome = ${n}`, query.outcome);
  if (query.state) add((n) => `c.state = ${n}`, query.state);
  if (query.owner === 'none') where.push('c.owner_id IS NULL');
  else if (query.owner) add((n) => `c.owner_id = ${n}`, query.owner === 'me' ? user.id : query.owner);
  if (query.destination) add((n) => `c.destination = ${n}`, query.destination.toUpperCase());
  if (query.district) add((n) => `c.home_district = ${n}`, query.district);
  if (query.indicator) add((n) => `c.indicators @> ARRAY[${n}::text]`, query.indicator);
  const tokens = query.q ? searchTokens(query.q) : [];
  // A word with a digit is a passport number (names have none): one index each, not an OR that the planner
  // answers by walking the whole inbox index.
  const [only] = tokens;
  if (tokens.length === 1 && only && /\d/.test(only)) add((n) => `c.passport_number LIKE ${n}`, `${only}%`);
  else if (tokens.length > 0) add((n) => `c.name_tokens @> ${n}::text[]`, tokens);
  return { where, params };
}

/** One inbox page, newest screening first, by keyset on (screened_at, id). */
export async function listCases(db: Queryable, query: CaseQuery, user: StaffUser): Promise<CaseListResponse> {
  const { where, params } = caseFilter(query, user);
  const cursor = decodeCursor(query.cursor);
  if (cursor) {
    params.push(cursor.at, cursor.id);
    where.push(`(c.screened_at, c.id) < ($${params.length - 1}::timestamptz, $${params.length})`);
  }
  const limit = query.limit ?? CASE_PAGE_DEFAULT;
  params.push(limit + 1);
  const rows = await db.query<CaseRow>(
    `SELECT ${CASE_COLUMNS} FROM ${CASE_FROM} ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY c.screened_at DESC, c.id DESC LIMIT $${params.length}`,
    params,
  );
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(toSummary),
    nextCursor: rows.length > limit && last ? encodeCursor({ at: last.screened_key, id: last.id }) : null,
  };
}

/** The case row of a screening id, or null. */
export async function caseRow(db: Queryable, id: string, lock = false): Promise<CaseRow | null> {
  const rows = await db.query<CaseRow>(
    `SELECT ${CASE_COLUMNS} FROM ${CASE_FROM} WHERE c.id = $1${lock ? ' FOR UPDATE OF c' : ''}`,
    [id],
  );
  return rows[0] ?? null;
}

/** Most cases one CSV export carries. */
export const EXPORT_MAX = 10_000;

/** CSV of the cases matching the filters (newest first), quoted per RFC 4180, formula-leading cells defused. */
export async function exportCases(
  db: Db,
  query: CaseQuery,
  user: StaffUser,
): Promise<{ csv: string; rows: number }> {
  const { where, params } = caseFilter(query, user);
  params.push(EXPORT_MAX);
  const rows = await db.query<CaseRow>(
    `SELECT ${CASE_COLUMNS} FROM ${CASE_FROM} ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY c.screened_at DESC, c.id DESC LIMIT $${params.length}`,
    params,
  );
  const header = [
    'id',
    'screenedAt',
    'airport',
    'checkpoint',
    'agency',
    'outcome',
    'score',
    'state',
    'owner',
    'passengerName',
    'passportNumber',
    'nationality',
    'destination',
    'homeDistrictCode',
    'referredTo',
    'dueDate',
  ];
  const lines = rows.map((r) => {
    const s = toSummary(r);
    return [
      s.id,
      s.screenedAt,
      s.airport,
      s.checkpoint,
      s.agency,
      s.outcome,
      s.score,
      s.state,
      s.owner?.name,
      s.passengerName,
      s.passportNumber,
      s.nationality,
      s.destination,
      s.homeDistrictCode,
      s.referredTo,
      s.dueDate,
    ]
      .map(csvCell)
      .join(',');
  });
  return { csv: `${[header.join(','), ...lines].join('\r\n')}\r\n`, rows: rows.length };
}
