import { execFileSync } from 'node:child_process';
import type { Server } from 'node:http';
import type { TestProject } from 'vitest/node';
// @ts-expect-error plain JS module without types
import { startStaticServer } from '../../scripts/serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Builds the app once and serves it on 127.0.0.1 for every end-to-end test file. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!process.env.SARING_SKIP_BUILD) {
    // Vitest sets NODE_ENV=test; the app under test must be the production build.
    execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], {
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    });
  }
  const { server, url } = (await startStaticServer({ port: 0 })) as { server: Server; url: string };
  project.provide('baseUrl', url);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
