import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionResponse, StaffListItem } from '../../src/core/console/console-api.ts';
import { LOCK_AT } from '../../server/console/staff.ts';
import {
  PASSWORD,
  addStaff,
  consoleCall,
  signInAs,
  startHarness,
  type ConsoleHarness,
  type StaffClient,
} from './console-harness.ts';

const NEW_PASSWORD = 'hanya-saya-yang-tahu-ini';

async function errorOf(response: Response): Promise<string> {
  return ((await response.json()) as { error: string }).error;
}

async function signInStatus(url: string, username: string, password: string): Promise<number> {
  const response = await fetch(`${url}/api/console/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  return response.status;
}

async function auditActions(h: ConsoleHarness, subject: string): Promise<string[]> {
  const rows = await h.db.query<{ action: string }>(
    'SELECT action FROM console_audit WHERE subject = $1 ORDER BY seq',
    [subject],
  );
  return rows.map((r) => r.action);
}

describe('staff accounts managed by the administrator', () => {
  let h: ConsoleHarness;
  let admin: StaffClient;
  beforeAll(async () => {
    h = await startHarness('pglite', null);
    await addStaff(h.db, 'admin2', 'admin');
    admin = await signInAs(h.url, 'admin2');
  });
  afterAll(async () => {
    await h?.close();
  });

  const create = async (username: string): Promise<string> => {
    const made = await admin.call('POST', '/users', {
      username,
      name: `Nama ${username}`,
      role: 'bp3mi_worker',
      password: PASSWORD,
    });
    expect(made.status).toBe(201);
    return ((await made.json()) as { id: string }).id;
  };

  it('makes the owner of an account created in the console replace its password before anything else', async () => {
    const id = await create('rina.bp3mi');
    const first = await signInAs(h.url, 'rina.bp3mi');
    const second = await signInAs(h.url, 'rina.bp3mi');
    const session = (await (await first.call('GET', '/session')).json()) as SessionResponse;
    expect(session.mustChangePassword).toBe(true);
    const cases = await first.call('GET', '/cases');
    expect(cases.status).toBe(403);
    expect(await errorOf(cases)).toBe('console.error.passwordChangeRequired');

    const wrong = await first.call('POST', '/session/password', {
      current: 'bukan-itu-sandinya',
      next: NEW_PASSWORD,
    });
    expect(wrong.status).toBe(400);
    expect(await errorOf(wrong)).toBe('console.error.currentPasswordWrong');
    const same = await first.call('POST', '/session/password', { current: PASSWORD, next: PASSWORD });
    expect(await errorOf(same)).toBe('console.error.passwordReused');
    const short = await first.call('POST', '/session/password', { current: PASSWORD, next: 'pendek' });
    expect(short.status).toBe(400);

    const changed = await first.call('POST', '/session/password', { current: PASSWORD, next: NEW_PASSWORD });
    expect(changed.status).toBe(200);
    expect(((await changed.json()) as SessionResponse).mustChangePassword).toBe(false);
    expect((await first.call('GET', '/cases')).status).toBe(200);
    // Whoever else held the old password's session is signed out; the old password no longer opens one.
    expect((await second.call('GET', '/session')).status).toBe(401);
    expect(await signInStatus(h.url, 'rina.bp3mi', PASSWORD)).toBe(401);
    expect(await signInStatus(h.url, 'rina.bp3mi', NEW_PASSWORD)).toBe(200);
    expect(await auditActions(h, id)).toEqual(
      expect.arrayContaining(['user.create', 'session.signIn', 'user.passwordChange']),
    );
  });

  it('deactivates an account: its open session ends at once and it cannot sign in until activated again', async () => {
    const id = await create('budi.bp3mi');
    const worker = await signInAs(h.url, 'budi.bp3mi');
    const off = await admin.call('POST', `/users/${id}/active`, { active: false });
    expect(off.status).toBe(200);
    expect((await worker.call('GET', '/session')).status).toBe(401);
    expect(await signInStatus(h.url, 'budi.bp3mi', PASSWORD)).toBe(401);
    const listed = (await (await admin.call('GET', '/users')).json()) as { items: StaffListItem[] };
    expect(listed.items.find((u) => u.id === id)).toMatchObject({ active: false, mustChangePassword: true });

    expect((await admin.call('POST', `/users/${id}/active`, { active: true })).status).toBe(200);
    expect(await signInStatus(h.url, 'budi.bp3mi', PASSWORD)).toBe(200);
    expect(await auditActions(h, id)).toEqual(expect.arrayContaining(['user.deactivate', 'user.activate']));
  });

  it('refuses to deactivate or reset the administrator’s own account, and names an unknown one', async () => {
    const self = await admin.call('POST', `/users/${admin.user.id}/active`, { active: false });
    expect(self.status).toBe(400);
    expect(await errorOf(self)).toBe('console.error.notOnSelf');
    const reset = await admin.call('POST', `/users/${admin.user.id}/password`, { password: NEW_PASSWORD });
    expect(await errorOf(reset)).toBe('console.error.notOnSelf');
    const unknown = await admin.call('POST', '/users/tidak-ada/active', { active: false });
    expect(unknown.status).toBe(404);
    expect((await admin.call('POST', '/users/tidak-ada/active', { active: 'no' })).status).toBe(400);
    expect((await admin.call('GET', '/session')).status).toBe(200);
  });

  it('resets a forgotten password: the lock is lifted, sessions end, and the new one must be changed', async () => {
    const id = await create('sari.bp3mi');
    const worker = await signInAs(h.url, 'sari.bp3mi');
    await h.db.query(
      `UPDATE staff_users SET failed_count = $2, locked_until = now() + interval '15 minutes' WHERE id = $1`,
      [id, LOCK_AT],
    );
    expect(await signInStatus(h.url, 'sari.bp3mi', PASSWORD)).toBe(429);
    const reset = await admin.call('POST', `/users/${id}/password`, { password: NEW_PASSWORD });
    expect(reset.status).toBe(200);
    expect((await worker.call('GET', '/session')).status).toBe(401);
    expect(await signInStatus(h.url, 'sari.bp3mi', PASSWORD)).toBe(401);
    const again = await signInAs(h.url, 'sari.bp3mi', NEW_PASSWORD);
    expect(((await (await again.call('GET', '/session')).json()) as SessionResponse).mustChangePassword).toBe(
      true,
    );
    expect((await admin.call('POST', `/users/${id}/password`, { password: 'pendek' })).status).toBe(400);
    expect(await auditActions(h, id)).toContain('user.passwordReset');
  });

  it('lets only an administrator manage accounts, and a forced change does not bypass the CSRF check', async () => {
    const id = await create('tono.bp3mi');
    await addStaff(h.db, 'sup.imi', 'supervisor');
    const supervisor = await signInAs(h.url, 'sup.imi');
    const denied = await supervisor.call('POST', `/users/${id}/active`, { active: false });
    expect(denied.status).toBe(403);
    expect(await errorOf(denied)).toBe('console.error.forbidden');
    const tono = await signInAs(h.url, 'tono.bp3mi');
    const noCsrf = await consoleCall(h.url, tono.cookie, '')('POST', '/session/password', {
      current: PASSWORD,
      next: NEW_PASSWORD,
    });
    expect(noCsrf.status).toBe(403);
    expect(await errorOf(noCsrf)).toBe('console.error.csrf');
  });
});
