// Serves the built app from dist/ on 127.0.0.1 with the single-page fallback the service worker also uses.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const defaultRoot = process.env.SARING_DIST ?? join(import.meta.dirname, '..', 'dist');
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.traineddata': 'application/octet-stream',
  '.gz': 'application/gzip',
};

async function fileFor(root, urlPath) {
  const clean = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(root, clean);
  if (!candidate.startsWith(root)) return null;
  try {
    const info = await stat(candidate);
    if (info.isFile()) return candidate;
  } catch {
    // fall through to the app shell
  }
  return null;
}

/** Handles one request for a static file of dist/, or the app shell for a client-side route. */
export async function serveStatic(req, res, root = defaultRoot) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const file =
    (await fileFor(root, url.pathname)) ?? (extname(url.pathname) ? null : join(root, 'index.html'));
  if (!file) {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    return;
  }
  const body = await readFile(file);
  const headers = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' };
  if (file.endsWith('sw.js') || file.endsWith('index.html')) headers['Cache-Control'] = 'no-cache';
  res.writeHead(200, headers).end(body);
}

/** Starts the static server; resolves with its address once it listens. */
export function startStaticServer({ port: wanted = port, host: bind = host, root = defaultRoot } = {}) {
  const server = createServer((req, res) => {
    serveStatic(req, res, root).catch(() => res.writeHead(500).end());
  });
  return new Promise((resolve) => {
    server.listen(wanted, bind, () => {
      const address = server.address();
      resolve({ server, url: `http://${bind}:${address.port}` });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { url } = await startStaticServer();
  console.log(`Saring: ${url}/`);
}
