// One process at a time on an embedded data folder: a second receiver or admin command refuses, a stale lock is taken.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openDb } from '../../server/db.ts';
import { DataDirLockedError } from '../../server/lock.ts';
import { spawnScript, startReceiverProcess, type ReceiverProcess } from './receiver-process.ts';

const root = mkdtempSync(join(tmpdir(), 'saring-lock-'));
const dataDir = join(root, 'pglite');
const running: ReceiverProcess[] = [];
afterAll(async () => {
  for (const r of running) await r.stop('SIGKILL');
  rmSync(root, { recursive: true, force: true });
});

it('refuses a second receiver and the admin command on a data folder in use, and takes over a stale lock', async () => {
  const first = await startReceiverProcess({ SARING_DATA_DIR: dataDir });
  running.push(first);
  expect(first.firstCode).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  const owner = JSON.parse(readFileSync(`${dataDir}.lock`, 'utf8')) as { pid: number };

  const second = spawnScript('server/main.ts', [], { SARING_DATA_DIR: dataDir, PORT: '0' });
  expect(await second.exited).toBe(1);
  expect(second.output()).toContain(`is in use by another process (pid ${owner.pid}`);
  expect(second.output()).not.toMatch(/Saring: http/);
  const admin = spawnScript('server/admin.ts', ['issue-code'], { SARING_DATA_DIR: dataDir });
  expect(await admin.exited).not.toBe(0);
  expect(admin.output()).toContain(`is in use by another process (pid ${owner.pid}`);
  // The first one is untouched and still answers.
  expect((await fetch(`${first.url}/api/v1/health`)).status).toBe(200);

  // Killed without a chance to clean up: the lock stays, and the next start sees its process is gone.
  expect(await first.stop('SIGKILL')).toBe('SIGKILL');
  expect(existsSync(`${dataDir}.lock`)).toBe(true);
  const third = await startReceiverProcess({ SARING_DATA_DIR: dataDir });
  running.push(third);
  expect((await fetch(`${third.url}/api/v1/health`)).status).toBe(200);
  expect(await third.stop('SIGTERM')).toBe(0);
  expect(existsSync(`${dataDir}.lock`)).toBe(false);
});

it('refuses a second open in the same process, and a lock whose pid now belongs to another process', async () => {
  const dir = join(root, 'in-process');
  const db = await openDb({ dataDir: dir });
  await expect(openDb({ dataDir: dir })).rejects.toBeInstanceOf(DataDirLockedError);
  await db.close();
  // A lock naming a live process (this one's parent) that did not take it is honoured: it cannot be told stale.
  writeFileSync(
    `${dir}.lock`,
    JSON.stringify({ pid: process.ppid, startTicks: null, host: hostname(), since: 'earlier' }),
  );
  await expect(openDb({ dataDir: dir })).rejects.toThrow(/in use by another process/);
  // The same pid but another start time: the pid was reused after a crash, so the lock is stale.
  writeFileSync(
    `${dir}.lock`,
    JSON.stringify({ pid: process.ppid, startTicks: '1', host: hostname(), since: 'earlier' }),
  );
  const reopened = await openDb({ dataDir: dir });
  await reopened.close();
  expect(existsSync(`${dir}.lock`)).toBe(false);
});
