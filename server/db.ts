import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { CONSOLE_SCHEMA_SQL } from './console/console-schema.ts';
import { SCHEMA_SQL } from './schema.ts';

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
export type DbOptions = { databaseUrl?: string | undefined; dataDir?: string | undefined };

/** Opens the database and creates the schema when it is missing. */
export async function openDb(options: DbOptions): Promise<Db> {
  const db = options.databaseUrl
    ? openPostgres(options.databaseUrl)
    : await openPglite(options.dataDir ?? '.data/pglite');
  await db.query(SCHEMA_SQL);
  await db.query(CONSOLE_SCHEMA_SQL);
  return db;
}

async function openPglite(dataDir: string): Promise<Db> {
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const lite = await PGlite.create(dataDir);
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
    close: () => lite.close(),
  };
}

function openPostgres(url: string): Db {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection dropped by the server (restart, shutdown) must not crash the receiver; the pool reconnects.
  pool.on('error', (error) => console.error('postgres idle client error:', error.message));
  return {
    kind: 'postgres',
    query: async <T>(sql: string, params?: unknown[]) => (await pool.query(sql, params)).rows as T[],
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work({
          query: async <T>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as T[],
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
