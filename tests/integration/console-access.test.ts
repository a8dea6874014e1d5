import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CONSOLE_ROUTES,
  CSRF_HEADER,
  STAFF_ROLES,
  type ConsoleRoute,
  type StaffRole,
} from '../../src/core/console/console-api.ts';
import { startReceiver } from '../../server/receiver.ts';
import { LOCK_AT, SLOW_FROM, ensureFirstAdmin } from '../../server/console/staff.ts';
import {
  PASSWORD,
  addStaff,
  consoleCall,
  enrolTablet,
  flagged,
  signInAs,
  startHarness,
  type ConsoleHarness,
  type StaffClient,
} from './console-harness.ts';
import { startPostgres, type PgTarget } from './pg-cluster.ts';

let pg: PgTarget;
beforeAll(async () => {
  pg = await startPostgres();
  if ('reason' in pg) console.warn(`PostgreSQL tests skipped: ${pg.reason}`);
}, 60_000);
afterAll(() => {
  if (pg.url) pg.stop();
});

/** A request for a route of the table with its path parameter filled and a body the schema accepts. */
function requestFor(route: ConsoleRoute, caseId: string): { path: string; body?: unknown } {
  const path = route.path.replace(':id', caseId);
  if (route.method === 'get' || route.method === 'delete') return { path };
  if (route.path === '/cases/:id/actions') return { path, body: { action: 'take', version: 1 } };
  if (route.path === '/users')
    return {
      path,
      body: {
        username: `new${Math.random().toString(36).slice(2, 8)}`,
        name: 'Baru',
        role: 'bp3mi_worker',
        password: PASSWORD,
      },
    };
  return { path, body: {} };
}

describe.each(['pglite', 'postgres'] as const)('console access on %s', (kind) => {
  let h: ConsoleHarness;
  const clients = new Map<StaffRole, StaffClient>();
  const caseId = 'scr-access-1';

  beforeAll(async () => {
    if (kind === 'postgres' && !pg.url) return;
    h = await startHarness(kind, pg.url);
    for (const role of STAFF_ROLES) {
      await addStaff(h.db, `u-${role.replace('_', '-')}`, role);
      clients.set(role, await signInAs(h.url, `u-${role.replace('_', '-')}`));
    }
    const tablet = await enrolTablet(h, 'DEV-ACCESS');
    expect((await tablet.upload([flagged('DEV-ACCESS', { id: caseId })])).status).toBe(200);
  });
  afterAll(async () => {
    await h?.close();
  });
  const skip = () => kind === 'postgres' && !pg.url;

  it('answers every route but sign-in 401 without a session, and 403 to each role the table does not list', async () => {
    if (skip()) return;
    for (const [name, route] of Object.entries(CONSOLE_ROUTES) as [string, ConsoleRoute][]) {
      if (route.roles === 'public') continue;
      const { path, body } = requestFor(route, caseId);
      const anonymous = await consoleCall(h.url, '', '')(route.method.toUpperCase(), path, body);
      expect(anonymous.status, `${name} without a session`).toBe(401);
      expect(((await anonymous.json()) as { error: string }).error).toBe('console.error.unauthenticated');
      for (const role of STAFF_ROLES) {
        const allowed = route.roles === null || route.roles.includes(role);
        if (allowed && route.method === 'delete') continue; // signing out would end the session the loop reuses
        const response = await clients.get(role)!.call(route.method.toUpperCase(), path, body);
        if (allowed) expect([401, 403], `${name} as ${role}`).not.toContain(response.status);
        else {
          expect(response.status, `${name} as ${role}`).toBe(403);
          expect(((await response.json()) as { error: string }).error).toBe('console.error.forbidden');
        }
      }
    }
  });

  it('revokes a tablet from the console: its token is refused at once with the revoked reason, and it is audited', async () => {
    if (skip()) return;
    const tablet = await enrolTablet(h, 'DEV-REVOKED');
    expect((await tablet.upload([flagged('DEV-REVOKED', { id: 'scr-revoked-1' })])).status).toBe(200);
    const admin = clients.get('admin')!;
    const revoked = await admin.call('POST', '/devices/DEV-REVOKED/revoke', {});
    expect(revoked.status).toBe(200);
    expect(await revoked.json()).toEqual({ id: 'DEV-REVOKED', revoked: true });
    const refused = await tablet.upload([flagged('DEV-REVOKED', { id: 'scr-revoked-2' })]);
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { error: string }).error).toBe('sync.error.revoked');
    const list = (await (await admin.call('GET', '/devices')).json()) as {
      items: { id: string; revoked: boolean }[];
    };
    expect(list.items.find((d) => d.id === 'DEV-REVOKED')?.revoked).toBe(true);
    const unknown = await admin.call('POST', '/devices/NO-SUCH-TABLET/revoke', {});
    expect(unknown.status).toBe(404);
    const audit = (await (await admin.call('GET', '/audit')).json()) as {
      items: { action: string; subject: string | null }[];
    };
    expect(audit.items.some((e) => e.action === 'device.revoke' && e.subject === 'DEV-REVOKED')).toBe(true);
  });

  it('refuses a mutation without the CSRF token, with a wrong one, or with another session’s', async () => {
    if (skip()) return;
    const worker = clients.get('bp3mi_worker')!;
    const other = clients.get('imigrasi_worker')!;
    const action = { action: 'release', version: 1 };
    for (const header of [undefined, 'wrong', other.csrf]) {
      const call = consoleCall(h.url, worker.cookie, '');
      const response = await call(
        'POST',
        `/cases/${caseId}/actions`,
        action,
        header ? { [CSRF_HEADER]: header } : {},
      );
      expect(response.status).toBe(403);
      expect(((await response.json()) as { error: string }).error).toBe('console.error.csrf');
    }
  });

  it('sets an HttpOnly SameSite=Strict cookie scoped to the console API', async () => {
    if (skip()) return;
    const response = await fetch(`${h.url}/api/console/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'u-admin', password: PASSWORD }),
    });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Path=\/api\/console/i);
  });

  it('ends a session left idle, and a signed-out one', async () => {
    if (skip()) return;
    const session = await signInAs(h.url, 'u-supervisor');
    expect((await session.call('GET', '/session')).status).toBe(200);
    await h.db.query(`UPDATE staff_sessions SET last_seen_at = now() - interval '31 minutes'`);
    const idle = await session.call('GET', '/session');
    expect(idle.status).toBe(401);
    expect(((await idle.json()) as { error: string }).error).toBe('console.error.sessionExpired');
    const again = await signInAs(h.url, 'u-supervisor');
    expect((await again.call('DELETE', '/session')).status).toBe(204);
    expect((await again.call('GET', '/session')).status).toBe(401);
    // Re-open the sessions the other tests use.
    for (const role of STAFF_ROLES) clients.set(role, await signInAs(h.url, `u-${role.replace('_', '-')}`));
  });

  it('slows down after repeated wrong passwords, then locks the account; the right password waits too', async () => {
    if (skip()) return;
    await addStaff(h.db, 'lockme', 'bp3mi_worker');
    const attempt = async (password: string) => {
      const r = await fetch(`${h.url}/api/console/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'lockme', password }),
      });
      return { status: r.status, body: (await r.json()) as { error?: string; retryAfterSeconds?: number } };
    };
    for (let i = 0; i < SLOW_FROM; i += 1)
      expect((await attempt('salah-salah-salah')).body.error).toBe('console.error.badCredentials');
    const slowed = await attempt(PASSWORD);
    expect(slowed.status).toBe(429);
    expect(slowed.body.error).toBe('console.error.rateLimited');
    expect(slowed.body.retryAfterSeconds).toBeGreaterThan(0);
    let last = slowed;
    for (let i = SLOW_FROM; i < LOCK_AT; i += 1) {
      await h.db.query(
        `UPDATE staff_users SET last_failed_at = now() - interval '2 minutes' WHERE username = 'lockme'`,
      );
      last = await attempt('salah-salah-salah');
    }
    expect(last.body.error).toBe('console.error.locked');
    await h.db.query(
      `UPDATE staff_users SET last_failed_at = now() - interval '2 minutes' WHERE username = 'lockme'`,
    );
    expect((await attempt(PASSWORD)).body.error).toBe('console.error.locked');
    await h.db.query(
      `UPDATE staff_users SET locked_until = now() - interval '1 second', last_failed_at = now() - interval '16 minutes'
       WHERE username = 'lockme'`,
    );
    expect((await attempt(PASSWORD)).status).toBe(200);
    // An unknown username answers like a wrong password.
    const unknown = await fetch(`${h.url}/api/console/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'nobody', password: PASSWORD }),
    });
    expect(unknown.status).toBe(401);
  });

  it('shares sessions between two receiver processes on one database', async () => {
    if (skip() || kind !== 'postgres') return;
    const second = await startReceiver({ port: 0, databaseUrl: pg.url ?? undefined });
    try {
      const worker = clients.get('bp3mi_worker')!;
      const response = await consoleCall(second.url, worker.cookie, worker.csrf)('GET', '/session');
      expect(response.status).toBe(200);
    } finally {
      await second.close();
    }
  });
});

describe('first administrator', () => {
  it('is created once on a database without staff, and signs in with the printed password', async () => {
    const h = await startHarness('pglite', null);
    try {
      const first = await ensureFirstAdmin(h.db);
      expect(first?.username).toBe('admin');
      expect(await ensureFirstAdmin(h.db)).toBeNull();
      const admin = await signInAs(h.url, 'admin', first!.password);
      expect(admin.user.role).toBe('admin');
      const made = await admin.call('POST', '/users', {
        username: 'kasubdit',
        name: 'Kasubdit',
        role: 'supervisor',
        password: PASSWORD,
      });
      expect(made.status).toBe(400); // a supervisor needs an agency
      const ok = await admin.call('POST', '/users', {
        username: 'kasubdit',
        name: 'Kasubdit',
        role: 'supervisor',
        agency: 'BP3MI',
        password: PASSWORD,
      });
      expect(ok.status).toBe(201);
      expect((await signInAs(h.url, 'kasubdit')).user).toMatchObject({ role: 'supervisor', agency: 'BP3MI' });
      const taken = await admin.call('POST', '/users', {
        username: 'kasubdit',
        name: 'X',
        role: 'admin',
        password: PASSWORD,
      });
      expect(taken.status).toBe(409);
    } finally {
      await h.close();
    }
  });
});
