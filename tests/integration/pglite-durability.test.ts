// A 2xx from the embedded receiver means the record is on disk: every commit fsyncs the write-ahead log first.
import fs, { mkdtempSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, expect, it, vi } from 'vitest';
import { openDb } from '../../server/db.ts';

const root = mkdtempSync(join(tmpdir(), 'saring-durable-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

/** Opens PGlite, then counts the fsyncs of write-ahead-log files made while each of `commits` commits runs. */
async function walFsyncsPerCommit(durable: boolean, commits: number): Promise<number[]> {
  const db = await openDb({ dataDir: join(root, durable ? 'on' : 'off'), durable });
  const sync = vi.spyOn(fs, 'fsyncSync');
  const walSyncs = (): number =>
    sync.mock.calls.filter(([fd]) => {
      try {
        return readlinkSync(`/proc/self/fd/${String(fd)}`).includes('/pg_wal/');
      } catch {
        return false;
      }
    }).length;
  const perCommit: number[] = [];
  try {
    for (let i = 0; i < commits; i += 1) {
      sync.mockClear();
      await db.query('INSERT INTO watchlist (id, payload, seq) VALUES ($1, $2, $3)', [`w-${i}`, '{}', i]);
      perCommit.push(walSyncs()); // Counted when the commit has been answered: it must already be on disk.
    }
  } finally {
    sync.mockRestore();
    await db.close();
  }
  return perCommit;
}

it('fsyncs the write-ahead log inside every PGlite commit before answering it (and not when durability is off)', async () => {
  const durable = await walFsyncsPerCommit(true, 20);
  expect(durable.every((n) => n >= 1)).toBe(true);
  // The same run with durability off shows the count can tell: nothing reaches the disk.
  expect(await walFsyncsPerCommit(false, 5)).toEqual([0, 0, 0, 0, 0]);
});
