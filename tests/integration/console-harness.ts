import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CSRF_HEADER,
  type SessionResponse,
  type StaffRole,
  type StaffUser,
} from '../../src/core/console/console-api.ts';
import type { Screening } from '../../src/core/screening/screening-schema.ts';
import type { ScreeningUpload } from '../../src/sync/contract.ts';
import { openDb, type Db } from '../../server/db.ts';
import { startReceiver, type RunningReceiver } from '../../server/receiver.ts';
import { issueEnrolCode } from '../../server/repository.ts';
import { createStaffUser } from '../../server/console/staff.ts';
import { makeScreening } from '../fixtures/screenings.ts';

export const PASSWORD = 'kata-sandi-yang-panjang';

/** A console user signed in over HTTP: its cookie and CSRF token. */
export type StaffClient = {
  user: StaffUser;
  cookie: string;
  csrf: string;
  call: (method: string, path: string, body?: unknown, headers?: Record<string, string>) => Promise<Response>;
};

/** A receiver on 127.0.0.1 over a fresh database (PGlite in a temp folder, or the test PostgreSQL emptied). */
export type ConsoleHarness = {
  db: Db;
  receiver: RunningReceiver;
  url: string;
  close: () => Promise<void>;
};

const TABLES =
  'staff_sessions, case_history, cases, console_audit, staff_users, devices, enrol_codes, screening_revisions, ' +
  'linked_persons, audit_entries, shift_counts, watchlist, catalogue, cekal_proposals, person_departures, ' +
  'recruiter_assessments';

export async function startHarness(
  kind: 'pglite' | 'postgres',
  pgUrl: string | null,
): Promise<ConsoleHarness> {
  const dir = mkdtempSync(join(tmpdir(), 'saring-console-'));
  const db = await openDb(kind === 'postgres' ? { databaseUrl: pgUrl ?? undefined } : { dataDir: dir });
  if (kind === 'postgres') {
    await db.query(`TRUNCATE ${TABLES} CASCADE`);
    await db.query(`UPDATE console_audit_head SET seq = 0, hash = ''`);
  }
  const receiver = await startReceiver({ port: 0, db, rateLimitPerMinute: 100_000 });
  return {
    db,
    receiver,
    url: receiver.url,
    close: async () => {
      await receiver.close();
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Calls a console route with a cookie (and the CSRF header on mutations when given). */
export function consoleCall(url: string, cookie: string, csrf: string) {
  return (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    fetch(`${url}/api/console${path}`, {
      method,
      headers: {
        ...(cookie ? { cookie } : {}),
        ...(csrf && method !== 'GET' ? { [CSRF_HEADER]: csrf } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
}

/** Signs in over HTTP; throws when refused. */
export async function signInAs(url: string, username: string, password = PASSWORD): Promise<StaffClient> {
  const response = await fetch(`${url}/api/console/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (response.status !== 200)
    throw new Error(`sign-in ${username}: ${response.status} ${await response.text()}`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const body = (await response.json()) as SessionResponse;
  return { user: body.user, cookie, csrf: body.csrfToken, call: consoleCall(url, cookie, body.csrfToken) };
}

/** Creates a staff account directly in the database. */
export async function addStaff(
  db: Db,
  username: string,
  role: StaffRole,
  name = username,
  agency: 'BP3MI' | 'IMIGRASI' | null = role === 'supervisor' ? 'IMIGRASI' : null,
): Promise<StaffUser> {
  const made = await createStaffUser(db, { username, name, role, agency, password: PASSWORD });
  if (!made.ok) throw new Error(made.error);
  return made.user;
}

/** An enrolled tablet that uploads over the device API. */
export type Tablet = {
  deviceId: string;
  token: string;
  upload: (items: ScreeningUpload[]) => Promise<Response>;
  get: (path: string) => Promise<Response>;
};

export async function enrolTablet(h: ConsoleHarness, deviceId: string): Promise<Tablet> {
  const code = await issueEnrolCode(h.db);
  const response = await fetch(`${h.url}/api/v1/enrol`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code, deviceId, airport: 'PLM', checkpoint: 'PRE-XRAY-INTL' }),
  });
  if (response.status !== 200) throw new Error(`enrol: ${response.status} ${await response.text()}`);
  const { deviceToken } = (await response.json()) as { deviceToken: string };
  const auth = { authorization: `Bearer ${deviceToken}` };
  return {
    deviceId,
    token: deviceToken,
    upload: (items) =>
      fetch(`${h.url}/api/v1/screenings`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ items }),
      }),
    get: (path) => fetch(`${h.url}/api/v1${path}`, { headers: auth }),
  };
}

/** A flagged screening upload from a device. */
export function flagged(deviceId: string, overrides: Partial<Screening> = {}): ScreeningUpload {
  const screening = makeScreening({ deviceId, ...overrides });
  return { screening, linkedPersons: [] };
}
