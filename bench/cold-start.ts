// Offline cold start under 4x CPU throttling, and the bundle sizes, of a fresh production build.
// Run: npm run bench:cold-start   (npx tsx bench/cold-start.ts [runs])
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { measureBundle, printBundle } from '../scripts/bundle-size.ts';
import { startStaticServer } from '../server/static-server.ts';

const RUNS = Number(process.argv[2] ?? 10);
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function launch(profile: string) {
  process.env.XDG_CONFIG_HOME = join(profile, 'config');
  process.env.XDG_CACHE_HOME = join(profile, 'cache');
  return chromium.launchPersistentContext(join(profile, 'user'), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: ARGS,
  });
}

/** One offline cold start: a new browser process on the same profile, network off, CPU slowed by `rate`. */
async function coldStart(profile: string, url: string, rate: number): Promise<number> {
  const context = await launch(profile);
  try {
    await context.setOffline(true);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await page.goto(`${url}/scan`);
    await page.waitForFunction(() => performance.getEntriesByName('saring:interactive').length > 0);
    return await page.evaluate(() => performance.getEntriesByName('saring:interactive')[0]!.startTime);
  } finally {
    await context.close();
  }
}

const dist = mkdtempSync(join(tmpdir(), 'saring-bench-dist-'));
const profile = mkdtempSync(join(tmpdir(), 'saring-bench-profile-'));
execFileSync('npx', ['vite', 'build', '--logLevel', 'error', '--outDir', dist, '--emptyOutDir'], {
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'production' },
});
printBundle(measureBundle(dist));

const { server, url } = await startStaticServer({ port: 0, root: dist });
try {
  // First visit online: install the service worker and fill the precache.
  const first = await launch(profile);
  const page = first.pages()[0] ?? (await first.newPage());
  await page.goto(`${url}/scan`);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await first.close();

  const plain: number[] = [];
  const slowed: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    plain.push(await coldStart(profile, url, 1));
    slowed.push(await coldStart(profile, url, 4));
  }
  const m1 = median(plain);
  const m4 = median(slowed);
  console.log(`offline cold start, navigation → interactive, median of ${RUNS} runs:`);
  console.log(`  no throttling   ${m1.toFixed(0)} ms   (runs: ${plain.map((v) => v.toFixed(0)).join(' ')})`);
  console.log(`  4x CPU throttle ${m4.toFixed(0)} ms   (runs: ${slowed.map((v) => v.toFixed(0)).join(' ')})`);
  console.log(`  ratio 4x / 1x   ${(m4 / m1).toFixed(2)}`);
  console.log('command: npm run bench:cold-start');
} finally {
  server.close();
  rmSync(dist, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
}
