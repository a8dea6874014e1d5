import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, chmodSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The newest Debian PostgreSQL server binaries (/usr/lib/postgresql/<major>/bin), or the 15 path as a guess. */
function serverBin(): string {
  const root = '/usr/lib/postgresql';
  const majors = existsSync(root)
    ? readdirSync(root)
        .filter((d) => /^\d+$/.test(d))
        .map(Number)
    : [];
  return join(root, String(majors.length > 0 ? Math.max(...majors) : 15), 'bin');
}
const BIN = serverBin();

/**
 * A PostgreSQL to test against: DATABASE_URL when set, else a throwaway cluster in a temp folder, else a reason.
 * A throwaway cluster can also be crashed (`crash`: immediate shutdown, connections cut as by kill -9) and started
 * again on the same port and data (`restart`); a given DATABASE_URL cannot.
 */
export type PgTarget =
  { url: string; stop: () => void; crash?: () => void; restart?: () => void } | { url: null; reason: string };

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** Starts a throwaway cluster (as the postgres user when run as root, since initdb refuses root). */
export async function startPostgres(): Promise<PgTarget> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: () => undefined };
  if (!existsSync(join(BIN, 'initdb')))
    return { url: null, reason: `no PostgreSQL server binaries in ${BIN}` };
  const dir = mkdtempSync(join(tmpdir(), 'saring-pg-'));
  chmodSync(dir, 0o777);
  const port = await freePort();
  const asRoot = process.getuid?.() === 0;
  const run = (bin: string, args: string[]): void => {
    const [cmd, argv] = asRoot
      ? ['runuser', ['-u', 'postgres', '--', join(BIN, bin), ...args]]
      : [join(BIN, bin), args];
    execFileSync(cmd, argv, { stdio: 'pipe' });
  };
  const data = join(dir, 'data');
  const start = (): void =>
    run('pg_ctl', [
      '-D',
      data,
      '-l',
      join(dir, 'log'),
      '-w',
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
      'start',
    ]);
  try {
    run('initdb', ['-D', data, '-A', 'trust', '-U', 'saring', '--no-sync']);
    start();
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    return { url: null, reason: `could not start a throwaway PostgreSQL: ${String(error).slice(0, 300)}` };
  }
  return {
    url: `postgres://saring@127.0.0.1:${port}/postgres`,
    crash: () => run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']),
    restart: start,
    stop: () => {
      try {
        // Not running (crashed and never restarted) is fine: only the folder is left to remove.
        if (existsSync(join(data, 'postmaster.pid'))) run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
