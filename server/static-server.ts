import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { serveApp } from './static.ts';

/** Serves only a built app folder (no API) on loopback, for end-to-end tests and benchmarks. */
export async function startStaticServer(options: {
  root: string;
  port?: number;
  host?: string;
}): Promise<{ server: Server; url: string }> {
  const app = new Hono();
  app.get('*', (c) => serveApp(c, options.root));
  const host = options.host ?? '127.0.0.1';
  const server = await new Promise<Server>((resolve) => {
    const s = serve({ fetch: app.fetch, port: options.port ?? 0, hostname: host }, () =>
      resolve(s as Server),
    );
  });
  return { server, url: `http://${host}:${(server.address() as AddressInfo).port}` };
}
