import { createHash } from 'node:crypto';
import type { Queryable } from './db.ts';

/**
 * Request counters live in the database, one row per budget and minute, so every receiver process over one
 * PostgreSQL shares them. UNLOGGED: counting writes no WAL, so it costs no fsync (a crash forgets the current
 * minute's counts, which is harmless).
 */
export const RATE_LIMIT_SQL = `
CREATE UNLOGGED TABLE IF NOT EXISTS rate_limits (
  bucket text NOT NULL,
  window_start bigint NOT NULL,
  hits integer NOT NULL,
  PRIMARY KEY (bucket, window_start)
);
`;

/** What a request is counted against: its device token when that token is a device's, else its address. */
export type RateLimitVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export type RateLimitOptions = {
  db: Queryable;
  /** Requests a minute for each device token. */
  perToken: number;
  /** Requests a minute for each address, counting every request that carries no device's token (401s included). */
  perAddress: number;
  /** Enrolment attempts a minute for each address (on top of the address budget). */
  perEnrol: number;
  /** Whether a bearer token belongs to a device (unknown tokens are counted against the address). */
  isDeviceToken: (token: string) => Promise<boolean>;
  windowMs?: number;
  now?: () => number;
};

/** The bearer token of an Authorization header, or ''. */
export function bearerToken(header: string | undefined): string {
  return header?.startsWith('Bearer ') ? header.slice(7).trim() : '';
}

/**
 * A fixed-window limiter shared through the database. A tablet's budget is its own (keyed by a hash of its token),
 * so tablets behind one airport NAT do not share one, and junk or unauthenticated requests from an address spend
 * only that address's budget, never a tablet's.
 */
export function createRateLimiter(options: RateLimitOptions) {
  const windowMs = options.windowMs ?? 60_000;
  const now = options.now ?? Date.now;
  let sweptWindow = 0;
  const hit = async (bucket: string, limit: number): Promise<RateLimitVerdict> => {
    const t = now();
    const window = Math.floor(t / windowMs) * windowMs;
    const rows = await options.db.query<{ hits: number }>(
      `INSERT INTO rate_limits (bucket, window_start, hits) VALUES ($1, $2, 1)
         ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limits.hits + 1 RETURNING hits`,
      [bucket, window],
    );
    if (sweptWindow !== window) {
      // Once a window per process: forget the windows that are over.
      sweptWindow = window;
      await options.db.query('DELETE FROM rate_limits WHERE window_start < $1', [window]);
    }
    if ((rows[0]?.hits ?? 0) <= limit) return { allowed: true };
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((window + windowMs - t) / 1000)) };
  };
  return {
    /** Counts one API request: against its device token's budget, or its address's when it carries none. */
    async check(authorization: string | undefined, address: string): Promise<RateLimitVerdict> {
      const token = bearerToken(authorization);
      if (token !== '' && (await options.isDeviceToken(token)))
        return hit(`token:${createHash('sha256').update(token).digest('hex')}`, options.perToken);
      return hit(`addr:${address}`, options.perAddress);
    },
    /** Counts one enrolment attempt from an address. */
    checkEnrol: (address: string): Promise<RateLimitVerdict> => hit(`enrol:${address}`, options.perEnrol),
  };
}
