import { describeError } from '../log.ts';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import {
  CONSOLE_ROUTES,
  CSRF_HEADER,
  CaseActionRequestSchema,
  CaseQuerySchema,
  ChangePasswordRequestSchema,
  CreateUserRequestSchema,
  ROUTES_BEFORE_PASSWORD_CHANGE,
  ResetPasswordRequestSchema,
  SetActiveRequestSchema,
  SESSION_COOKIE,
  SignInRequestSchema,
  type ConsoleRoute,
  type ConsoleRouteName,
  type DeviceRow,
  type SessionResponse,
  type StaffUser,
} from '../../src/core/console/console-api.ts';
import type { Db } from '../db.ts';
import { issueEnrolCode, revokeDevice } from '../repository.ts';
import { applyCaseAction } from './case-actions.ts';
import { caseDetail } from './case-detail.ts';
import { exportCases, listCases } from './cases.ts';
import { fail, readJson, readQueryWith, type C, type Vars } from './route-kit.ts';
import { registerConflictRoutes } from './conflict-routes.ts';
import { registerRecruiterRoutes } from './recruiter-routes.ts';
import { registerStatsRoutes } from './stats-routes.ts';
import { registerWatchRoutes } from './watch-routes.ts';
import { changeOwnPassword, resetStaffPassword, setStaffActive } from './staff-admin.ts';
import { appendAudit, auditPage, verifyAudit } from './server-audit.ts';
import {
  DEFAULT_SESSION_POLICY,
  createStaffUser,
  endSession,
  listStaff,
  lookUpSession,
  signIn,
  type SessionPolicy,
} from './staff.ts';

export type ConsoleOptions = {
  db: Db;
  session?: SessionPolicy;
  /** Mark the cookie Secure (set when the receiver is served over HTTPS). */
  secureCookie?: boolean;
};

/** Reads the inbox filters from the query string; a 400 naming the bad one otherwise. */
const readQuery = (c: C) => readQueryWith(c, CaseQuerySchema);

/** The console's API: staff sign-in, cases and their workflow, tablets, staff accounts and the server audit log. */
export function createConsoleRouter(options: ConsoleOptions): Hono<Vars> {
  const { db } = options;
  const policy = options.session ?? DEFAULT_SESSION_POLICY;
  const router = new Hono<Vars>();

  router.use('*', async (c, next) => {
    c.header('Cache-Control', 'no-store');
    await next();
  });
  router.use(
    '*',
    bodyLimit({ maxSize: 1024 * 1024, onError: (c) => c.json({ error: 'console.error.invalid' }, 413) }),
  );

  /** Session, CSRF and role checks of one route of the table. */
  const guard = (name: ConsoleRouteName) => async (c: C, next: () => Promise<void>) => {
    const route: ConsoleRoute = CONSOLE_ROUTES[name];
    if (route.roles === 'public') return next();
    const session = await lookUpSession(db, getCookie(c, SESSION_COOKIE) ?? '', policy);
    if (!session.ok) return fail(c, 401, { error: session.error });
    if (route.method !== 'get' && c.req.header(CSRF_HEADER) !== session.csrfToken)
      return fail(c, 403, { error: 'console.error.csrf' });
    if (route.roles !== null && !route.roles.includes(session.user.role))
      return fail(c, 403, { error: 'console.error.forbidden' });
    if (session.mustChangePassword && !ROUTES_BEFORE_PASSWORD_CHANGE.includes(name))
      return fail(c, 403, { error: 'console.error.passwordChangeRequired' });
    c.set('user', session.user);
    c.set('mustChangePassword', session.mustChangePassword);
    c.set('sessionHash', session.tokenHash);
    c.set('csrf', session.csrfToken);
    return next();
  };
  const on = (name: ConsoleRouteName, handler: (c: C) => Promise<Response>): void => {
    const route: ConsoleRoute = CONSOLE_ROUTES[name];
    router.on(route.method.toUpperCase(), route.path, guard(name), handler);
  };
  const sessionBody = (user: StaffUser, csrfToken: string, mustChangePassword: boolean): SessionResponse => ({
    user,
    csrfToken,
    idleMinutes: policy.idleMinutes,
    mustChangePassword,
  });

  on('signIn', async (c) => {
    const body = await readJson(c, SignInRequestSchema);
    if (!body.ok) return body.response;
    const result = await signIn(db, body.data.username, body.data.password);
    if (!result.ok) {
      if (result.userId)
        await appendAudit(db, null, 'session.signInFailed', result.userId, { error: result.error });
      if (result.retryAfterSeconds) c.header('Retry-After', String(result.retryAfterSeconds));
      const status = result.error === 'console.error.badCredentials' ? 401 : 429;
      return fail(c, status, {
        error: result.error,
        ...(result.retryAfterSeconds ? { retryAfterSeconds: result.retryAfterSeconds } : {}),
      });
    }
    setCookie(c, SESSION_COOKIE, result.sessionToken, {
      httpOnly: true,
      sameSite: 'Strict',
      path: '/api/console',
      secure: options.secureCookie ?? new URL(c.req.url).protocol === 'https:',
      maxAge: policy.maxHours * 3600,
    });
    await appendAudit(db, result.user, 'session.signIn', result.user.id);
    return c.json(sessionBody(result.user, result.csrfToken, result.mustChangePassword));
  });
  on('session', async (c) => c.json(sessionBody(c.get('user'), c.get('csrf'), c.get('mustChangePassword'))));
  on('changePassword', async (c) => {
    const body = await readJson(c, ChangePasswordRequestSchema);
    if (!body.ok) return body.response;
    const user = c.get('user');
    const changed = await changeOwnPassword(
      db,
      user,
      c.get('sessionHash'),
      body.data.current,
      body.data.next,
    );
    if (!changed.ok) return fail(c, changed.status, { error: changed.error });
    await appendAudit(db, user, 'user.passwordChange', user.id);
    return c.json(sessionBody(user, c.get('csrf'), false));
  });
  on('signOut', async (c) => {
    await endSession(db, c.get('sessionHash'));
    deleteCookie(c, SESSION_COOKIE, { path: '/api/console' });
    await appendAudit(db, c.get('user'), 'session.signOut', c.get('user').id);
    return c.body(null, 204);
  });

  on('cases', async (c) => {
    const query = readQuery(c);
    if (!query.ok) return query.response;
    const page = await listCases(db, query.data, c.get('user'));
    await appendAudit(db, c.get('user'), 'case.search', null, { ...query.data, results: page.items.length });
    return c.json(page);
  });
  on('caseExport', async (c) => {
    const query = readQuery(c);
    if (!query.ok) return query.response;
    const { csv, rows } = await exportCases(db, query.data, c.get('user'));
    await appendAudit(db, c.get('user'), 'case.export', null, { ...query.data, rows });
    c.header('Content-Disposition', 'attachment; filename="saring-cases.csv"');
    return c.body(csv, 200, { 'Content-Type': 'text/csv; charset=utf-8' });
  });
  on('caseDetail', async (c) => {
    const id = c.req.param('id') ?? '';
    const detail = await caseDetail(db, id);
    if (!detail) return fail(c, 404, { error: 'console.error.notFound' });
    await appendAudit(db, c.get('user'), 'case.open', id);
    return c.json(detail);
  });
  on('caseAction', async (c) => {
    const id = c.req.param('id') ?? '';
    const body = await readJson(c, CaseActionRequestSchema);
    if (!body.ok) return body.response;
    const result = await applyCaseAction(db, id, body.data, c.get('user'));
    if (!result.ok) return fail(c, result.status, result.body);
    const detail = await caseDetail(db, id);
    return detail ? c.json(detail) : fail(c, 404, { error: 'console.error.notFound' });
  });

  on('devices', async (c) => {
    const rows = await db.query<{ d: Record<string, unknown> }>(
      `SELECT to_jsonb(d) - 'token_hash' AS d FROM devices d ORDER BY enrolled_at DESC`,
    );
    return c.json({ items: rows.map((r) => deviceRow(r.d)) });
  });
  on('deviceCode', async (c) => {
    const code = await issueEnrolCode(db);
    await appendAudit(db, c.get('user'), 'device.code', null);
    return c.json({ code, expiresAt: new Date(Date.now() + 24 * 3600_000).toISOString() });
  });

  on('deviceRevoke', async (c) => {
    const id = c.req.param('id') ?? '';
    const user = c.get('user');
    if (!(await revokeDevice(db, id, `console:${user.username}`)))
      return fail(c, 404, { error: 'console.error.notFound' });
    await appendAudit(db, user, 'device.revoke', id);
    return c.json({ id, revoked: true as const });
  });

  on('users', async (c) => c.json({ items: await listStaff(db) }));
  on('createUser', async (c) => {
    const body = await readJson(c, CreateUserRequestSchema);
    if (!body.ok) return body.response;
    const made = await createStaffUser(db, body.data, { mustChangePassword: true });
    if (!made.ok)
      return fail(c, made.error === 'console.error.usernameTaken' ? 409 : 400, { error: made.error });
    await appendAudit(db, c.get('user'), 'user.create', made.user.id, {
      username: made.user.username,
      role: made.user.role,
    });
    return c.json(made.user, 201);
  });
  on('userActive', async (c) => {
    const id = c.req.param('id') ?? '';
    const body = await readJson(c, SetActiveRequestSchema);
    if (!body.ok) return body.response;
    const done = await setStaffActive(db, c.get('user'), id, body.data.active);
    if (!done.ok) return fail(c, done.status, { error: done.error });
    await appendAudit(db, c.get('user'), body.data.active ? 'user.activate' : 'user.deactivate', id);
    return c.json({ id, active: body.data.active });
  });
  on('userPassword', async (c) => {
    const id = c.req.param('id') ?? '';
    const body = await readJson(c, ResetPasswordRequestSchema);
    if (!body.ok) return body.response;
    const done = await resetStaffPassword(db, c.get('user'), id, body.data.password);
    if (!done.ok) return fail(c, done.status, { error: done.error });
    await appendAudit(db, c.get('user'), 'user.passwordReset', id);
    return c.json({ id, mustChangePassword: true });
  });
  // Reading the log is itself logged: which page (the range of entries shown) and, for a check, its outcome. The
  // entry is written after the page is read, so a reader sees the log as it was when they asked.
  on('audit', async (c) => {
    const page = await auditPage(db, c.req.query('cursor'));
    await appendAudit(db, c.get('user'), 'audit.view', null, {
      newest: page.items[0]?.seq ?? null,
      oldest: page.items.at(-1)?.seq ?? null,
    });
    return c.json(page);
  });
  on('auditVerify', async (c) => {
    const result = await verifyAudit(db);
    await appendAudit(db, c.get('user'), 'audit.verify', null, result);
    return c.json(result);
  });

  registerWatchRoutes(on, db);
  registerConflictRoutes(on, db);
  registerRecruiterRoutes(on, db);
  registerStatsRoutes(on, db);

  router.all('*', (c) => fail(c, 404, { error: 'console.error.notFound' }));
  router.onError((error, c) => {
    console.error(`console error on ${c.req.method} ${c.req.routePath}: ${describeError(error)}`);
    return c.json({ error: 'console.error.server' }, 500);
  });
  return router;
}

/** A device row for the tablet list; the status columns are read when the receiver's schema has them. */
function deviceRow(d: Record<string, unknown>): DeviceRow {
  const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
  const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
  const time = (v: unknown): string | null => (typeof v === 'string' ? new Date(v).toISOString() : null);
  return {
    id: String(d.id),
    airport: String(d.airport ?? ''),
    checkpoint: String(d.checkpoint ?? ''),
    enrolledAt: time(d.enrolled_at) ?? '',
    revoked: d.revoked === true || typeof d.revoked_at === 'string',
    lastSeenAt: time(d.last_seen_at),
    appVersion: text(d.app_version),
    pending: num(d.pending),
    rejected: num(d.rejected),
  };
}
