import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve, type HttpBindings } from '@hono/node-server';
import { createReceiverApp } from './app.ts';
import { openDb, type Db } from './db.ts';
import { deviceCount, issueEnrolCode } from './repository.ts';

/** Where and how to run the receiver. */
export type StartOptions = {
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  databaseUrl?: string | undefined;
  dataDir?: string | undefined;
  distDir?: string | undefined;
  rateLimitPerMinute?: number;
  /** An already open database (tests share one across restarts). */
  db?: Db;
};

/** A running receiver. */
export type RunningReceiver = {
  url: string;
  port: number;
  db: Db;
  server: Server;
  close: () => Promise<void>;
};

/** Opens the database and starts listening; resolves once it accepts connections. */
export async function startReceiver(options: StartOptions = {}): Promise<RunningReceiver> {
  const db = options.db ?? (await openDb({ databaseUrl: options.databaseUrl, dataDir: options.dataDir }));
  const app = createReceiverApp({
    db,
    distDir: options.distDir,
    rateLimitPerMinute: options.rateLimitPerMinute,
    clientAddress: (c) => (c.env as HttpBindings | undefined)?.incoming?.socket.remoteAddress ?? 'unknown',
  });
  const host = options.host ?? '127.0.0.1';
  const server = await new Promise<Server>((resolve) => {
    const s = serve({ fetch: app.fetch, port: options.port ?? 4173, hostname: host }, () =>
      resolve(s as Server),
    );
  });
  const port = (server.address() as AddressInfo).port;
  const close = async (): Promise<void> => {
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
    if (!options.db) await db.close();
  };
  return { url: `http://${host}:${port}`, port, db, server, close };
}

/** A first enrolment code when no device has enrolled yet (a fresh database), else null. */
export async function firstEnrolCode(db: Db): Promise<string | null> {
  return (await deviceCount(db)) === 0 ? issueEnrolCode(db) : null;
}
