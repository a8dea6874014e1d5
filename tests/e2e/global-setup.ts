import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../server/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    distDir: string;
  }
}

/** Builds the app once and serves it on 127.0.0.1 for every end-to-end test file. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Each run builds into its own folder, so parallel runs never serve each other's half-written files.
  const outDir = process.env.SARING_E2E_DIST ?? mkdtempSync(join(tmpdir(), 'saring-dist-'));
  if (!process.env.SARING_E2E_DIST) {
    // Vitest sets NODE_ENV=test; the app under test must be the production build.
    execFileSync('npx', ['vite', 'build', '--logLevel', 'error', '--outDir', outDir, '--emptyOutDir'], {
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    });
  }
  const { server, url } = await startStaticServer({ port: 0, root: outDir });
  project.provide('baseUrl', url);
  project.provide('distDir', outDir);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
