import { randomBytes, randomUUID } from 'node:crypto';
import type {
  ConsoleErrorCode,
  CreateUserRequest,
  StaffListItem,
  StaffRole,
  StaffUser,
} from '../../src/core/console/console-api.ts';
import type { Agency } from '../../src/core/screening/screening-schema.ts';
import type { Db, Queryable } from '../db.ts';
import { sha256 } from '../repository.ts';
import { decoyHash, hashPassword, verifyPassword } from './passwords.ts';

/** Wrong-password policy: from SLOW_FROM failures in a row each try waits longer; LOCK_AT locks the account. */
export const SLOW_FROM = 3;
export const LOCK_AT = 10;
export const LOCK_MINUTES = 15;
const MAX_DELAY_SECONDS = 60;

/** Seconds an account must wait after `failures` wrong passwords in a row. */
export function delayAfter(failures: number): number {
  return failures < SLOW_FROM ? 0 : Math.min(2 ** (failures - SLOW_FROM), MAX_DELAY_SECONDS);
}

type UserRow = {
  id: string;
  username: string;
  name: string;
  role: StaffRole;
  agency: Agency | null;
  password_hash: string;
  active: boolean;
  must_change_password: boolean;
  failed_count: number;
  since_failed: number | null;
  locked_seconds: number;
};

const toUser = (r: Pick<UserRow, 'id' | 'username' | 'name' | 'role' | 'agency'>): StaffUser => ({
  id: r.id,
  username: r.username,
  name: r.name,
  role: r.role,
  agency: r.agency,
});

/** The agency a role implies, or the one given for a supervisor; null when it cannot be settled. */
export function agencyFor(role: StaffRole, agency: Agency | null | undefined): Agency | null | 'missing' {
  if (role === 'admin') return null;
  if (role === 'bp3mi_worker') return 'BP3MI';
  if (role === 'imigrasi_worker') return 'IMIGRASI';
  return agency ?? 'missing';
}

/**
 * Creates a staff account; `usernameTaken` when the name is in use, `invalid` when a supervisor has no agency.
 * `mustChangePassword` when someone other than the owner chose the password (an administrator in the console).
 */
export async function createStaffUser(
  db: Queryable,
  request: CreateUserRequest,
  options: { mustChangePassword?: boolean } = {},
): Promise<{ ok: true; user: StaffUser } | { ok: false; error: ConsoleErrorCode }> {
  const agency = agencyFor(request.role, request.agency);
  if (agency === 'missing') return { ok: false, error: 'console.error.invalid' };
  const hash = await hashPassword(request.password);
  const rows = await db.query<UserRow>(
    `INSERT INTO staff_users (id, username, name, role, agency, password_hash, must_change_password)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (username) DO NOTHING RETURNING id, username, name, role, agency`,
    [
      randomUUID(),
      request.username.toLowerCase(),
      request.name,
      request.role,
      agency,
      hash,
      options.mustChangePassword ?? false,
    ],
  );
  const row = rows[0];
  return row ? { ok: true, user: toUser(row) } : { ok: false, error: 'console.error.usernameTaken' };
}

/** A password that is easy to read aloud and type: 4 groups of 5 letters and digits (about 99 bits). */
export function generatePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  // Bytes at or above the largest multiple of the alphabet's size are drawn again, so no character is likelier.
  const limit = 256 - (256 % alphabet.length);
  let chars = '';
  while (chars.length < 20) {
    for (const b of randomBytes(24))
      if (b < limit && chars.length < 20) chars += alphabet[b % alphabet.length];
  }
  return chars.match(/.{5}/g)?.join('-') ?? chars;
}

/** On a database with no staff yet, creates the administrator `admin` and returns its one-time password. */
export async function ensureFirstAdmin(db: Db): Promise<{ username: string; password: string } | null> {
  const rows = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM staff_users');
  if ((rows[0]?.n ?? 0) > 0) return null;
  const password = generatePassword();
  const made = await createStaffUser(db, {
    username: 'admin',
    name: 'Administrator',
    role: 'admin',
    password,
  });
  return made.ok ? { username: 'admin', password } : null;
}

/** All staff, for the administrator's list. */
export async function listStaff(db: Queryable): Promise<StaffListItem[]> {
  const rows = await db.query<
    UserRow & { created_at: string; last_sign_in_at: string | null; locked: boolean }
  >(
    `SELECT id, username, name, role, agency, active, must_change_password, created_at::text,
       last_sign_in_at::text, coalesce(locked_until > now(), false) AS locked
     FROM staff_users ORDER BY name, username`,
  );
  return rows.map((r) => ({
    ...toUser(r),
    active: r.active,
    createdAt: new Date(r.created_at).toISOString(),
    lastSignInAt: r.last_sign_in_at ? new Date(r.last_sign_in_at).toISOString() : null,
    locked: r.locked,
    mustChangePassword: r.must_change_password,
  }));
}

export type SignInResult =
  | { ok: true; user: StaffUser; sessionToken: string; csrfToken: string; mustChangePassword: boolean }
  | { ok: false; error: ConsoleErrorCode; retryAfterSeconds?: number; userId?: string };

/** Checks a password with slow-down and lockout; on success opens a session stored (hashed) in the database. */
export async function signIn(db: Db, username: string, password: string): Promise<SignInResult> {
  const rows = await db.query<UserRow>(
    `SELECT id, username, name, role, agency, password_hash, active, must_change_password, failed_count,
       extract(epoch FROM (now() - last_failed_at))::float8 AS since_failed,
       ceil(greatest(0, extract(epoch FROM (locked_until - now()))))::int AS locked_seconds
     FROM staff_users WHERE username = $1`,
    [username.toLowerCase()],
  );
  const user = rows[0];
  if (!user || !user.active) {
    await verifyPassword(password, await decoyHash());
    return { ok: false, error: 'console.error.badCredentials' };
  }
  if (user.locked_seconds > 0)
    return {
      ok: false,
      error: 'console.error.locked',
      retryAfterSeconds: user.locked_seconds,
      userId: user.id,
    };
  const wait = Math.ceil(delayAfter(user.failed_count) - (user.since_failed ?? Infinity));
  if (user.failed_count >= SLOW_FROM && wait > 0)
    return { ok: false, error: 'console.error.rateLimited', retryAfterSeconds: wait, userId: user.id };
  if (!(await verifyPassword(password, user.password_hash))) {
    const after = await db.query<{ failed_count: number; locked: boolean }>(
      `UPDATE staff_users SET failed_count = failed_count + 1, last_failed_at = now(),
         locked_until = CASE WHEN failed_count + 1 >= $2 THEN now() + make_interval(mins => $3) END
       WHERE id = $1 RETURNING failed_count, locked_until IS NOT NULL AS locked`,
      [user.id, LOCK_AT, LOCK_MINUTES],
    );
    const locked = after[0]?.locked === true;
    return locked
      ? { ok: false, error: 'console.error.locked', retryAfterSeconds: LOCK_MINUTES * 60, userId: user.id }
      : { ok: false, error: 'console.error.badCredentials', userId: user.id };
  }
  const sessionToken = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  await db.transaction(async (tx) => {
    await tx.query(
      `UPDATE staff_users SET failed_count = 0, last_failed_at = NULL, locked_until = NULL, last_sign_in_at = now()
       WHERE id = $1`,
      [user.id],
    );
    await tx.query('INSERT INTO staff_sessions (id_hash, user_id, csrf_token) VALUES ($1, $2, $3)', [
      sha256(sessionToken),
      user.id,
      csrfToken,
    ]);
  });
  return {
    ok: true,
    user: toUser(user),
    sessionToken,
    csrfToken,
    mustChangePassword: user.must_change_password,
  };
}

export type SessionLookup =
  | { ok: true; user: StaffUser; csrfToken: string; tokenHash: string; mustChangePassword: boolean }
  | { ok: false; error: 'console.error.unauthenticated' | 'console.error.sessionExpired' };

/** Session policy: ends after `idleMinutes` without a request, and `maxHours` after sign-in. */
export type SessionPolicy = { idleMinutes: number; maxHours: number };
export const DEFAULT_SESSION_POLICY: SessionPolicy = { idleMinutes: 30, maxHours: 12 };

/** The session behind a cookie value, touched (its idle clock restarts); an expired one is deleted. */
export async function lookUpSession(db: Db, token: string, policy: SessionPolicy): Promise<SessionLookup> {
  if (!token) return { ok: false, error: 'console.error.unauthenticated' };
  const tokenHash = sha256(token);
  const rows = await db.query<Omit<UserRow, 'password_hash'> & { csrf_token: string }>(
    `UPDATE staff_sessions s SET last_seen_at = now() FROM staff_users u
     WHERE s.id_hash = $1 AND u.id = s.user_id AND u.active
       AND s.last_seen_at > now() - make_interval(mins => $2) AND s.created_at > now() - make_interval(hours => $3)
     RETURNING u.id, u.username, u.name, u.role, u.agency, u.must_change_password, s.csrf_token`,
    [tokenHash, policy.idleMinutes, policy.maxHours],
  );
  const row = rows[0];
  if (row)
    return {
      ok: true,
      user: toUser(row),
      csrfToken: row.csrf_token,
      tokenHash,
      mustChangePassword: row.must_change_password,
    };
  const gone = await db.query('DELETE FROM staff_sessions WHERE id_hash = $1 RETURNING user_id', [tokenHash]);
  return {
    ok: false,
    error: gone.length > 0 ? 'console.error.sessionExpired' : 'console.error.unauthenticated',
  };
}

/** Ends a session. */
export async function endSession(db: Db, tokenHash: string): Promise<void> {
  await db.query('DELETE FROM staff_sessions WHERE id_hash = $1', [tokenHash]);
}
