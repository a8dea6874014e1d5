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

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** Serves a file of the built app, or index.html for a client-side route (a path without an extension). */
export async function serveApp(c: Context, distDir: string): Promise<Response> {
  const root = resolve(distDir);
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(c.req.url).pathname);
  } catch {
    return c.text('bad request', 400);
  }
  const candidate = join(root, normalize(pathname));
  let file: string | null = candidate.startsWith(root) && (await isFile(candidate)) ? candidate : null;
  if (!file && !extname(pathname)) file = join(root, 'index.html');
  if (!file) return c.text('not found', 404);
  const body = await readFile(file);
  const headers: Record<string, string> = {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
  };
  if (file.endsWith('sw.js') || file.endsWith('index.html')) headers['Cache-Control'] = 'no-cache';
  return new Response(body, { status: 200, headers });
}
