import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { Context } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};

/** Where the receiver serves the central case console (a second app beside the tablet's). */
export const CONSOLE_PREFIX = '/pusat';

/** The console shows data typed at the gates: its page may run only its own scripts and talk only to its origin. */
const CONSOLE_HEADERS: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** Serves a file of the built apps, or an app's index.html for a client-side route (a path without an extension). */
export async function serveApp(c: Context, distDir: string): Promise<Response> {
  const root = resolve(distDir);
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(c.req.url).pathname);
  } catch {
    return c.text('bad request', 400);
  }
  const candidate = join(root, normalize(pathname));
  if (pathname === CONSOLE_PREFIX) return c.redirect(`${CONSOLE_PREFIX}/`, 301);
  const inConsole = pathname.startsWith(`${CONSOLE_PREFIX}/`);
  let file: string | null = candidate.startsWith(root) && (await isFile(candidate)) ? candidate : null;
  // A client-side route gets its app's page: the console's under /pusat/, the tablet's everywhere else.
  if (!file && !extname(pathname)) file = join(root, inConsole ? 'pusat/index.html' : 'index.html');
  if (!file) return c.text('not found', 404);
  let body: Buffer<ArrayBuffer>;
  try {
    body = await readFile(file);
  } catch {
    return c.text('not found', 404);
  }
  const headers: Record<string, string> = {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
  };
  if (file.endsWith('sw.js') || file.endsWith('index.html')) headers['Cache-Control'] = 'no-cache';
  if (inConsole && file.endsWith('.html')) Object.assign(headers, CONSOLE_HEADERS);
  return new Response(body, { status: 200, headers });
}
