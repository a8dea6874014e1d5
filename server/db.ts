import fs from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { lockDataDir } from './lock.ts';
import { RATE_LIMIT_SQL } from './rate-limit.ts';
import { CONSOLE_SCHEMA_SQL } from './console/console-schema.ts';
import { SCHEMA_SQL } from './schema.ts';
import { WATCH_SCHEMA_SQL } from './console/watch-schema.ts';
import { RECRUITER_SCHEMA_SQL } from './console/recruiter-schema.ts';

/** Runs parameterised SQL; PGlite and PostgreSQL both answer through this. */
export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

/** The receiver's database: the same schema and queries on PGlite (embedded) or PostgreSQL. */
export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `work` in one transaction. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Where the data lives: a PostgreSQL URL, or a folder for PGlite (`memory://` keeps it in memory). */
export type DbOptions = {
  databaseUrl?: string | undefined;
  dataDir?: string | undefined;
  /**
   * PGlite only: every commit is fsynced to disk before it is answered (the default). `false` leaves writes in the
   * operating system's cache: they survive a killed process but not a power cut. Kept for the benchmark's baseline.
   */
  durable?: boolean;
};

/** The database cannot be reached now (PostgreSQL restarting, connection lost): the request may be retried later. */
export class DbUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`database unavailable: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'DbUnavailableError';
  }
}

// SQLSTATE classes and codes meaning "the server is not there now", and the driver's own connection failures.
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300', '58030']);
const UNAVAILABLE_ERRNOS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
]);

/** Whether an error means the database is unreachable (as opposed to a query the database refused). */
export function isUnavailable(error: unknown): boolean {
  if (error instanceof DbUnavailableError) return true;
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (UNAVAILABLE_SQLSTATES.has(code) || code.startsWith('08'))) return true;
  if (typeof code === 'string' && UNAVAILABLE_ERRNOS.has(code)) return true;
  return /Connection terminated|connection timeout|Client has encountered a connection error|not queryable/i.test(
    error.message,
  );
}

/**
 * Whether the database refused a value (SQLSTATE class 22 data exception, 23 integrity violation, 54 program limit
 * such as an index row too large): the fault of one record, never of the service, so it is answered per item.
 */
export function isDataError(error: unknown): boolean {
  const code = error instanceof Error ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' && /^(22|23|54)/.test(code);
}

/** Deadlock detected or serialization failure: the transaction can simply run again. */
function isRetryable(error: unknown): boolean {
  const code = error instanceof Error ? (error as { code?: unknown }).code : undefined;
  return code === '40P01' || code === '40001';
}
/** How often a transaction that lost a deadlock is run again before its error is passed on. */
const TRANSACTION_ATTEMPTS = 5;

/** Where a PostgreSQL URL points, without its password: `host:port/database`. */
export function describeDatabase(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname || 'localhost'}:${u.port || '5432'}${u.pathname || ''}`;
  } catch {
    return 'DATABASE_URL (not a valid URL)';
  }
}

/** The driver's own short reason for a connection failure (ECONNREFUSED, a timeout…), never a stack. */
export function unavailableReason(error: unknown): string {
  let e: unknown = error;
  while (e instanceof DbUnavailableError) e = e.cause;
  if (e instanceof AggregateError && e.errors.length > 0) e = e.errors[0];
  const code = e instanceof Error ? (e as { code?: unknown }).code : undefined;
  if (typeof code === 'string') return code;
  return e instanceof Error ? (e.message.split('\n')[0]?.slice(0, 120) ?? e.name) : String(e);
}

/** Rethrows a connection failure as DbUnavailableError, anything else unchanged. */
function classify(error: unknown): never {
  throw isUnavailable(error) ? new DbUnavailableError(error) : error;
}

/** Advisory lock key under which the schema is created ('saring' as digits of a phone keypad). */
const SCHEMA_LOCK_KEY = 7_274_464;

/** Opens the database and creates the schema when it is missing. */
export async function openDb(options: DbOptions): Promise<Db> {
  const db = options.databaseUrl
    ? openPostgres(options.databaseUrl)
    : await openPglite(options.dataDir ?? '.data/pglite', options.durable ?? true);
  try {
    if (db.kind === 'postgres') {
      // Several receiver processes may start at once over one PostgreSQL: one creates or upgrades the schema at a
      // time (concurrent CREATE … IF NOT EXISTS can still collide in the catalogue), under an advisory lock.
      await db.transaction(async (tx) => {
        await tx.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK_KEY]);
        for (const sql of [
          SCHEMA_SQL,
          CONSOLE_SCHEMA_SQL,
          WATCH_SCHEMA_SQL,
          RECRUITER_SCHEMA_SQL,
          RATE_LIMIT_SQL,
        ])
          await tx.query(sql);
      });
    } else {
      await db.query(SCHEMA_SQL);
      await db.query(CONSOLE_SCHEMA_SQL);
      await db.query(WATCH_SCHEMA_SQL);
      await db.query(RECRUITER_SCHEMA_SQL);
      await db.query(RATE_LIMIT_SQL);
    }
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
  return db;
}

/** fsyncs every file and folder under `dir` (what was written before durability was on, e.g. by initdb). */
function syncTree(dir: string): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) syncTree(path);
    else if (entry.isFile()) syncPath(path);
  }
  syncPath(dir);
}

function syncPath(path: string): void {
  const fd = fs.openSync(path, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

type EmscriptenStream = { nfd?: number };
type EmscriptenMount = {
  opts?: { root?: string };
  type?: {
    stream_ops?: { fsync?: (stream: EmscriptenStream) => number };
    tryFSOperation?: (f: () => void) => void;
  };
};
type EmscriptenFs = {
  root: { mount: EmscriptenMount };
  getMounts: (mount: EmscriptenMount) => EmscriptenMount[];
};

/**
 * PGlite in Node stores its files through Emscripten's NODEFS, whose streams have no fsync: PostgreSQL's fsync calls
 * return success without reaching the disk, and PGlite also starts PostgreSQL with fsync off (`-F`). This gives the
 * NODEFS streams a real fsync; with PostgreSQL's fsync back on (and `wal_sync_method=fsync`, since Emscripten's
 * fdatasync is a no-op that cannot be reached from here) each commit is on disk before it is answered.
 */
function makeNodefsDurable(lite: PGlite, rootDir: string): void {
  const FS = (lite as unknown as { Module: { FS: EmscriptenFs } }).Module.FS;
  const mount = FS.getMounts(FS.root.mount).find((m) => m.opts?.root === rootDir);
  const nodefs = mount?.type;
  if (!nodefs?.stream_ops)
    throw new Error(`PGlite: no NODEFS mount for ${rootDir}; cannot make writes durable`);
  const attempt = nodefs.tryFSOperation ?? ((f: () => void) => f());
  nodefs.stream_ops.fsync = (stream) => {
    if (stream.nfd !== undefined) attempt(() => fs.fsyncSync(stream.nfd as number));
    return 0;
  };
}

async function openPglite(dataDir: string, durable: boolean): Promise<Db> {
  const inMemory = dataDir.startsWith('memory://');
  const lock = inMemory ? null : lockDataDir(dataDir);
  let lite: PGlite;
  try {
    if (!inMemory) fs.mkdirSync(dataDir, { recursive: true });
    const rootDir = inMemory ? '' : fs.realpathSync(dataDir);
    lite = await PGlite.create(rootDir || dataDir, {
      startParams: durable
        ? [...PGlite.defaultStartParams, '-c', 'fsync=on', '-c', 'wal_sync_method=fsync']
        : PGlite.defaultStartParams,
    });
    if (durable && !inMemory) {
      makeNodefsDurable(lite, rootDir);
      syncTree(rootDir);
    }
  } catch (error) {
    lock?.release();
    throw error;
  }
  const run = async <T>(q: { query: PGlite['query'] }, sql: string, params?: unknown[]): Promise<T[]> => {
    if (!params || params.length === 0) {
      // exec accepts several statements (the schema); query accepts one with parameters.
      const results = await lite.exec(sql);
      return (results.at(-1)?.rows ?? []) as T[];
    }
    return (await q.query<T>(sql, params)).rows;
  };
  return {
    kind: 'pglite',
    query: (sql, params) => run(lite, sql, params),
    transaction: (work) =>
      lite.transaction((tx) =>
        work({
          query: async <T>(sql: string, params?: unknown[]) => (await tx.query<T>(sql, params ?? [])).rows,
        }),
      ),
    close: async () => {
      try {
        await lite.close();
      } finally {
        lock?.release();
      }
    },
  };
}

function openPostgres(url: string): Db {
  // A request waits at most a few seconds for a connection, then is answered 503 (the tablet retries later).
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: 3000,
    keepAlive: true,
  });
  // An idle connection dropped by the server (restart, shutdown) must not crash the receiver; the pool reconnects.
  pool.on('error', (error) => console.error('postgres idle client error:', error.message));
  return {
    kind: 'postgres',
    query: async <T>(sql: string, params?: unknown[]) => {
      try {
        return (await pool.query(sql, params)).rows as T[];
      } catch (error) {
        return classify(error);
      }
    },
    async transaction(work) {
      // A deadlock between concurrent batches aborts one of them; PostgreSQL rolled it back whole, so run it again
      // after a short random pause (the statements also take their locks in key order, which makes this rare).
      for (let attempt = 1; ; attempt += 1) {
        try {
          return await once(work);
        } catch (error) {
          if (!isRetryable(error) || attempt >= TRANSACTION_ATTEMPTS) throw error;
          await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
        }
      }
    },
    close: () => pool.end(),
  };
  async function once<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
    const client = await pool.connect().catch(classify);
    // A checked-out client has no listener of the pool's: without this one, the server going away while the
    // client is in use is an unhandled 'error' event, which ends the process.
    let broken: Error | undefined;
    const onError = (error: Error): void => {
      broken = error;
    };
    client.on('error', onError);
    try {
      await client.query('BEGIN');
      const result = await work({
        query: async <T>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as T[],
      });
      await client.query('COMMIT');
      return result;
    } catch (error) {
      if (!broken && !isUnavailable(error)) await client.query('ROLLBACK').catch(() => undefined);
      else broken ??= error as Error;
      return classify(error);
    } finally {
      client.removeListener('error', onError);
      // A broken connection is thrown away rather than handed to the next request.
      client.release(broken);
    }
  }
}
