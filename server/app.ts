import { describeError } from './log.ts';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import * as z from 'zod/mini';
import {
  API_PREFIX,
  API_VERSION,
  AuditBatchRequestSchema,
  CountsRequestSchema,
  CursorSchema,
  DeviceStatusRequestSchema,
  EnrolRequestSchema,
  MAX_BATCH,
  SERVICE_NAME,
  ScreeningUploadSchema,
  type ScreeningItemResult,
} from '../src/sync/contract.ts';
import { isUnavailable, type Db } from './db.ts';
import { createRateLimiter } from './rate-limit.ts';
import {
  catalogueSince,
  deviceForToken,
  enrolDevice,
  markTokenUsed,
  recordDeviceStatus,
  rotateToken,
  tokenStatus,
  storeAudit,
  storeCounts,
  storeScreenings,
  watchlistSince,
} from './repository.ts';
import { caseStatesSince } from './console/case-states.ts';
import { createConsoleRouter } from './console/console-router.ts';
import { serveApp } from './static.ts';

/** Receiver settings; the defaults suit a pilot on one checkpoint. */
export type ReceiverOptions = {
  db: Db;
  /** Built app to serve on the same origin (SPA fallback); none when absent. */
  distDir?: string | undefined;
  maxBodyBytes?: number;
  /** Requests a minute per client address (enrolment: a tenth of it). */
  rateLimitPerMinute?: number;
  /** Remote address of a request (the Node adapter supplies it). */
  clientAddress?: (c: Context) => string;
};

const BatchEnvelopeSchema = z.object({
  items: z.array(z.unknown()).check(z.minLength(1), z.maxLength(MAX_BATCH)),
});

/** The id and revision of an item that failed validation, as far as they can be read. */
function itemKey(raw: unknown): { id: string; revision: number } {
  const screening = (raw as { screening?: { id?: unknown; revision?: unknown } } | null)?.screening;
  return {
    id: typeof screening?.id === 'string' ? screening.id : '',
    revision:
      typeof screening?.revision === 'number' && Number.isInteger(screening.revision)
        ? screening.revision
        : 0,
  };
}

type Vars = { Variables: { deviceId: string; token: string } };

/** Builds the receiver's HTTP app: the sync contract under /api/v1 and the built PWA on every other path. */
export function createReceiverApp(options: ReceiverOptions): Hono<Vars> {
  const { db } = options;
  const app = new Hono<Vars>();
  const perMinute = options.rateLimitPerMinute ?? 1200;
  // Counted in the database (shared by every receiver process): per device token, unauthenticated per address.
  const limiter = createRateLimiter({
    db,
    perToken: perMinute,
    perAddress: perMinute,
    perEnrol: Math.max(5, Math.floor(perMinute / 10)),
    isDeviceToken: async (token) => (await deviceForToken(db, token)) !== null,
  });
  const address = options.clientAddress ?? (() => 'local');
  const api = new Hono<Vars>();

  api.use('*', async (c, next) => {
    const verdict = await limiter.check(c.req.header('Authorization'), address(c));
    if (!verdict.allowed) return tooMany(c, verdict.retryAfterSeconds);
    c.header('Cache-Control', 'no-store');
    await next();
  });
  api.use(
    '*',
    bodyLimit({
      maxSize: options.maxBodyBytes ?? 5 * 1024 * 1024,
      onError: (c) => c.json({ error: 'sync.error.tooLarge' }, 413),
    }),
  );
  const authed = async (c: Context<Vars>, next: () => Promise<void>) => {
    const header = c.req.header('Authorization') ?? '';
    const token = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
    const status = token ? await tokenStatus(db, token) : null;
    if (!status) return c.json({ error: 'sync.error.unauthorized' }, 401);
    if (status.state === 'revoked') return c.json({ error: 'sync.error.revoked' }, 401);
    if (status.state === 'expired') return c.json({ error: 'sync.error.tokenExpired' }, 401);
    if (status.unused) await markTokenUsed(db, token);
    c.set('deviceId', status.deviceId);
    c.set('token', token);
    await next();
  };
  for (const path of [
    '/screenings',
    '/audit',
    '/counts',
    '/watchlist',
    '/catalogue',
    '/device-status',
    '/token',
  ])
    api.use(path, authed);

  api.get('/health', (c) =>
    c.json({
      service: SERVICE_NAME,
      apiVersion: API_VERSION,
      nonceEcho: (c.req.query('nonce') ?? '').slice(0, 200),
      time: new Date().toISOString(),
    }),
  );
  api.post('/enrol', async (c) => {
    const verdict = await limiter.checkEnrol(address(c));
    if (!verdict.allowed) return tooMany(c, verdict.retryAfterSeconds);
    const body = await readBody(c, EnrolRequestSchema);
    if (!body.ok) return body.response;
    const enrolled = await enrolDevice(db, body.data);
    if (!enrolled.ok)
      return c.json({ error: enrolled.error }, enrolled.error === 'sync.error.deviceExists' ? 409 : 403);
    return c.json({
      deviceId: body.data.deviceId,
      deviceToken: enrolled.token,
      enrolledAt: enrolled.enrolledAt,
      expiresAt: enrolled.expiresAt,
    });
  });
  // Rotation: a new token; the one used keeps working until the new one is first used or its grace day is over.
  api.post('/token', async (c) => {
    const rotated = await rotateToken(db, c.get('token'));
    if (!rotated) return c.json({ error: 'sync.error.tokenExpired' }, 401);
    return c.json({ deviceToken: rotated.token, expiresAt: rotated.expiresAt });
  });
  api.post('/screenings', async (c) => {
    // The envelope is checked first; then each item on its own, so one bad record is rejected alone.
    const body = await readBody(c, BatchEnvelopeSchema);
    if (!body.ok) return body.response;
    // Results come back in the order of the items sent.
    const parsed = body.data.items.map((raw) => ScreeningUploadSchema.safeParse(raw));
    const valid = parsed.flatMap((p) => (p.success ? [p.data] : []));
    const stored = valid.length > 0 ? await storeScreenings(db, c.get('deviceId'), valid) : [];
    let next = 0;
    const results = parsed.map((p, i): ScreeningItemResult =>
      p.success
        ? (stored[next++] as ScreeningItemResult)
        : { ...itemKey(body.data.items[i]), status: 'rejected', reason: 'sync.error.invalid' },
    );
    return c.json({ results });
  });
  api.post('/audit', async (c) => {
    const body = await readBody(c, AuditBatchRequestSchema);
    if (!body.ok) return body.response;
    return c.json(await storeAudit(db, c.get('deviceId'), body.data.entries));
  });
  api.post('/counts', async (c) => {
    const body = await readBody(c, CountsRequestSchema);
    if (!body.ok) return body.response;
    return c.json({ stored: await storeCounts(db, c.get('deviceId'), body.data.counts) });
  });
  api.post('/device-status', async (c) => {
    const body = await readBody(c, DeviceStatusRequestSchema);
    if (!body.ok) return body.response;
    return c.json({ recordedAt: await recordDeviceStatus(db, c.get('deviceId'), body.data) });
  });
  // A cursor is empty or at most 18 digits (a bigint position): anything else is a 400, never a database error.
  const badCursor = (c: Context<Vars>) =>
    CursorSchema.safeParse(c.req.query('cursor') ?? '').success
      ? null
      : c.json({ error: 'sync.error.invalid', detail: 'cursor: not a cursor' }, 400);
  api.get(
    '/watchlist',
    async (c) => badCursor(c) ?? c.json(await watchlistSince(db, c.req.query('cursor') ?? '')),
  );
  api.get(
    '/catalogue',
    async (c) => badCursor(c) ?? c.json(await catalogueSince(db, c.req.query('cursor') ?? '')),
  );
  api.get(
    '/case-states',
    authed,
    async (c) =>
      badCursor(c) ?? c.json(await caseStatesSince(db, c.get('deviceId'), c.req.query('cursor') ?? '')),
  );
  api.all('*', (c) => c.json({ error: 'not_found' }, 404));
  api.onError((error, c) => {
    if (isUnavailable(error)) return unavailable(c);
    console.error(`receiver error on ${c.req.method} ${c.req.routePath}: ${describeError(error)}`);
    return c.json({ error: 'server_error' }, 500);
  });

  app.route(API_PREFIX, api);
  app.route('/api/console', createConsoleRouter({ db }));
  app.all('/api/*', (c) => c.json({ error: 'unsupported_api_version' }, 404));
  if (options.distDir) {
    const distDir = options.distDir;
    app.get('*', (c) => serveApp(c, distDir));
  }
  return app;
}

/** 429 with when to come back. */
function tooMany(c: Context<Vars>, retryAfterSeconds: number): Response {
  c.header('Retry-After', String(retryAfterSeconds));
  return c.json({ error: 'rate_limited' }, 429);
}

/** 503 while the database cannot be reached (PostgreSQL restarting): the tablet keeps its records and retries. */
function unavailable(c: Context<Vars>): Response {
  c.header('Retry-After', '5');
  return c.json({ error: 'sync.error.unavailable' }, 503);
}

/** Parses and validates a JSON body against a contract schema; a 400 with the first issue otherwise. */
async function readBody<S extends z.ZodMiniType>(
  c: Context<Vars>,
  schema: S,
): Promise<{ ok: true; data: z.infer<S> } | { ok: false; response: Response }> {
  const type = (c.req.header('Content-Type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json')
    return { ok: false, response: c.json({ error: 'sync.error.unsupportedMediaType' }, 415) };
  let json: unknown;
  try {
    json = await c.req.json();
  } catch {
    return { ok: false, response: c.json({ error: 'sync.error.badJson' }, 400) };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const detail = issue ? `${issue.path.join('.')}: ${issue.message}` : undefined;
    return { ok: false, response: c.json({ error: 'sync.error.invalid', detail }, 400) };
  }
  return { ok: true, data: parsed.data as z.infer<S> };
}
