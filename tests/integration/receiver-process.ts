// A reference receiver in its own process (`tsx server/main.ts`), as it runs in production: several can share one
// PostgreSQL, and a test can see whether the process stays up.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

/** A receiver process: its URL, the enrolment code it printed (fresh PGlite folder), and what it wrote. */
export type ReceiverProcess = {
  url: string;
  child: ChildProcess;
  firstCode: string | null;
  output: () => string;
  /** Resolves with the exit code (or signal) once the process has ended. */
  exited: Promise<number | string>;
  stop: (signal?: NodeJS.Signals) => Promise<number | string>;
};

/**
 * Runs a TypeScript script of the repository in one Node process (`node --import tsx`, so a signal reaches the
 * receiver itself, not a wrapper), with extra environment; `prefix` runs it under another command (strace).
 */
export function spawnScript(
  script: string,
  args: string[],
  env: Record<string, string>,
  prefix: string[] = [],
): { child: ChildProcess; output: () => string; exited: Promise<number | string> } {
  const [cmd, ...argv] = [...prefix, process.execPath, '--import', 'tsx', join(ROOT, script), ...args];
  const child = spawn(cmd as string, argv, {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | string>((resolve) =>
    child.on('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  );
  return { child, output: () => output, exited };
}

/** Starts `server/main.ts` on a free port and waits until it listens (or fails with what it printed). */
export async function startReceiverProcess(
  env: Record<string, string>,
  prefix: string[] = [],
  timeoutMs = 30_000,
): Promise<ReceiverProcess> {
  const run = spawnScript('server/main.ts', [], { PORT: '0', ...env }, prefix);
  const deadline = Date.now() + timeoutMs;
  let ended: number | string | null = null;
  void run.exited.then((code) => (ended = code));
  for (;;) {
    // main.ts prints this line last, once it accepts requests (after the first enrolment code, if any).
    const url = /Saring: (http:\/\/127\.0\.0\.1:\d+)\//.exec(run.output())?.[1];
    if (url) {
      const firstCode = /single use\): ([A-Z0-9]{4}-[A-Z0-9]{4})/.exec(run.output())?.[1] ?? null;
      return {
        url,
        child: run.child,
        firstCode,
        output: run.output,
        exited: run.exited,
        stop: async (signal = 'SIGTERM') => {
          if (ended === null) run.child.kill(signal);
          return run.exited;
        },
      };
    }
    if (ended !== null) throw new Error(`receiver exited (${ended}) before listening:\n${run.output()}`);
    if (Date.now() > deadline) {
      run.child.kill('SIGKILL');
      throw new Error(`receiver did not start within ${timeoutMs} ms:\n${run.output()}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Enrols a device over HTTP with a code; returns its token. */
export async function enrolOverHttp(url: string, code: string, deviceId: string): Promise<string> {
  const response = await fetch(`${url}/api/v1/enrol`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ code, deviceId, airport: 'PLM', checkpoint: 'PRE-XRAY-INTL' }),
  });
  const body = (await response.json()) as { deviceToken?: string; error?: string };
  if (!response.ok || !body.deviceToken)
    throw new Error(`enrolment refused: ${response.status} ${body.error}`);
  return body.deviceToken;
}

/** POSTs JSON with a bearer token; answers the status, headers and parsed body (null when not JSON). */
export async function postJson(
  url: string,
  path: string,
  token: string | null,
  body: unknown,
): Promise<{ status: number; headers: Headers; body: unknown }> {
  const response = await fetch(`${url}/api/v1${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = null;
  }
  return { status: response.status, headers: response.headers, body: parsed };
}
