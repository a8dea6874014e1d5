// One process at a time on an embedded (PGlite) data folder: two processes writing the same files lose records.
import { closeSync, linkSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';

/** What a lock file holds: who took it, so a second start can say who and a stale lock can be recognised. */
type LockOwner = { pid: number; startTicks: string | null; host: string; since: string };

/** Thrown when the folder is in use by a live process; the message says which one and what to do. */
export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly owner: LockOwner,
  ) {
    super(
      `The embedded database folder ${dataDir} is in use by another process (pid ${owner.pid} on ${owner.host}, since ${owner.since}). ` +
        'Only one receiver or admin command can open it at a time: stop that process first, ' +
        'or run several receivers over one PostgreSQL (DATABASE_URL).',
    );
    this.name = 'DataDirLockedError';
  }
}

/** The start time of a process in clock ticks since boot (Linux /proc), so a reused pid is not taken for the owner. */
function startTicks(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22 (starttime); the command name (field 2) is in parentheses and may contain spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19] ?? null;
  } catch {
    return null;
  }
}

function alive(owner: LockOwner): boolean {
  if (owner.host !== hostname()) return true; // Another machine's process cannot be checked: assume it runs.
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  const ticks = startTicks(owner.pid);
  return !(owner.startTicks && ticks && ticks !== owner.startTicks);
}

function readOwner(path: string): LockOwner | null {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockOwner>;
    if (typeof parsed.pid !== 'number' || typeof parsed.host !== 'string') return null;
    return {
      pid: parsed.pid,
      host: parsed.host,
      startTicks: typeof parsed.startTicks === 'string' ? parsed.startTicks : null,
      since: typeof parsed.since === 'string' ? parsed.since : 'unknown',
    };
  } catch {
    return null;
  }
}

/** Folders this process holds (a second open in the same process is refused too). */
const held = new Set<string>();

/** A held lock; `release` removes the file if it is still ours. */
export type DataDirLock = { path: string; release: () => void };

function createExclusive(path: string, owner: LockOwner): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, JSON.stringify(owner));
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Takes the lock `<dataDir>.lock`, created exclusively (O_EXCL). A lock left by a process that no longer runs
 * (killed, power cut) is taken over: it is renamed to a name unique to this process, checked again to be the same
 * stale owner (two starters racing cannot both take it), and deleted.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  const path = `${dataDir}.lock`;
  const me: LockOwner = {
    pid: process.pid,
    startTicks: startTicks(process.pid),
    host: hostname(),
    since: new Date().toISOString(),
  };
  for (let attempt = 0; attempt < 5; attempt += 1) {
    if (createExclusive(path, me)) {
      held.add(path);
      return {
        path,
        release: () => {
          held.delete(path);
          const owner = readOwner(path);
          if (owner && owner.pid === me.pid && owner.since === me.since) unlinkSync(path);
        },
      };
    }
    const owner = readOwner(path);
    if (owner && (held.has(path) || (owner.pid !== process.pid && alive(owner)))) {
      throw new DataDirLockedError(dataDir, owner);
    }
    // Stale (its process is gone) or unreadable (a write cut short): move it aside, then make sure it was that one.
    const aside = `${path}.stale-${process.pid}-${attempt}`;
    try {
      renameSync(path, aside);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue; // Someone else moved it; try again.
      throw error;
    }
    const moved = readOwner(aside);
    if (moved && (moved.pid !== owner?.pid || moved.since !== owner.since) && alive(moved)) {
      // A live owner took it between our read and our rename: put it back and refuse.
      try {
        linkSync(aside, path); // Never overwrites: if yet another lock appeared meanwhile, that one stands.
      } catch {
        // That newer lock stands; ours goes.
      }
      unlinkSync(aside);
      throw new DataDirLockedError(dataDir, moved);
    }
    unlinkSync(aside);
  }
  throw new Error(`Could not take the lock ${path}: it keeps changing; is another receiver starting?`);
}
