import type { ConsoleErrorCode, StaffUser } from '../../src/core/console/console-api.ts';
import type { Db } from '../db.ts';
import { hashPassword, verifyPassword } from './passwords.ts';

type Outcome = { ok: true } | { ok: false; status: 400 | 404; error: ConsoleErrorCode };

const notFound: Outcome = { ok: false, status: 404, error: 'console.error.notFound' };
const notOnSelf: Outcome = { ok: false, status: 400, error: 'console.error.notOnSelf' };

/**
 * Activates or deactivates an account. Deactivating ends its sessions at once (the session lookup also refuses an
 * inactive account); an administrator cannot deactivate themselves, so an active administrator always remains.
 */
export async function setStaffActive(
  db: Db,
  actor: StaffUser,
  userId: string,
  active: boolean,
): Promise<Outcome> {
  if (userId === actor.id) return notOnSelf;
  return db.transaction(async (tx) => {
    const rows = await tx.query('UPDATE staff_users SET active = $2 WHERE id = $1 RETURNING id', [
      userId,
      active,
    ]);
    if (rows.length === 0) return notFound;
    if (!active) await tx.query('DELETE FROM staff_sessions WHERE user_id = $1', [userId]);
    return { ok: true } as const;
  });
}

/**
 * Sets a new initial password chosen by an administrator: the owner must change it at the next sign-in, the lockout
 * is lifted and every open session of the account ends. Not on one's own account (that is a password change).
 */
export async function resetStaffPassword(
  db: Db,
  actor: StaffUser,
  userId: string,
  password: string,
): Promise<Outcome> {
  if (userId === actor.id) return notOnSelf;
  const hash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const rows = await tx.query(
      `UPDATE staff_users SET password_hash = $2, must_change_password = true, failed_count = 0,
         last_failed_at = NULL, locked_until = NULL
       WHERE id = $1 RETURNING id`,
      [userId, hash],
    );
    if (rows.length === 0) return notFound;
    await tx.query('DELETE FROM staff_sessions WHERE user_id = $1', [userId]);
    return { ok: true } as const;
  });
}

/**
 * The signed-in user replaces their password after giving the current one. Their other sessions end (whoever else
 * knew the old password is signed out); the session making the change stays.
 */
export async function changeOwnPassword(
  db: Db,
  user: StaffUser,
  sessionHash: string,
  current: string,
  next: string,
): Promise<Outcome> {
  const rows = await db.query<{ password_hash: string }>(
    'SELECT password_hash FROM staff_users WHERE id = $1',
    [user.id],
  );
  const stored = rows[0];
  if (!stored) return notFound;
  if (!(await verifyPassword(current, stored.password_hash)))
    return { ok: false, status: 400, error: 'console.error.currentPasswordWrong' };
  if (next.normalize('NFKC') === current.normalize('NFKC'))
    return { ok: false, status: 400, error: 'console.error.passwordReused' };
  const hash = await hashPassword(next);
  await db.transaction(async (tx) => {
    await tx.query('UPDATE staff_users SET password_hash = $2, must_change_password = false WHERE id = $1', [
      user.id,
      hash,
    ]);
    await tx.query('DELETE FROM staff_sessions WHERE user_id = $1 AND id_hash <> $2', [user.id, sessionHash]);
  });
  return { ok: true };
}
