// Camera time to first valid read on the scan screen, in Chromium with its fake camera: from the tap on "Kamera" to
// the fields filled, for a PDF417 boarding pass and for a passport MRZ (the app's OCR-B reader, src/scanning/ocrb,
// in a Web Worker). The first MRZ run also fetches and starts the reader's worker, which then stays for later
// passports; it is reported apart. Run: npx tsx bench/scan-camera.ts [runs]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startStaticServer } from '../server/static-server.ts';
import { openBrowser } from '../tests/e2e/browser.ts';
import { barcodeVideo, fakeCameraArgs, mrzVideo } from '../tests/e2e/scan-fixtures.ts';
import { enrolAndSignIn } from '../tests/e2e/session-helpers.ts';

const RUNS = Math.max(20, Number(process.argv[2] ?? 20));
const MRZ = ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10'];
const BCBP = 'M1ERIKSSON/ANNA MARIA EABC123 CGKSINSQ 0957 327Y012A0025 100';

const dir = mkdtempSync(join(tmpdir(), 'saring-scan-bench-'));
// SARING_BENCH_DIST: an already built app (e.g. from a clean checkout) instead of building this working tree.
const dist = process.env.SARING_BENCH_DIST ?? join(dir, 'dist');
if (!process.env.SARING_BENCH_DIST)
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error', '--outDir', dist, '--emptyOutDir'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
const { server, url } = await startStaticServer({ port: 0, root: dist });

async function measure(video: string, panel: string, field: string): Promise<number[]> {
  const session = await openBrowser({ extraArgs: fakeCameraArgs(video) });
  const page: Page = session.page;
  const times: number[] = [];
  try {
    await enrolAndSignIn(page, url, { role: 'officer', path: '/scan' });
    for (let run = 0; run < RUNS; run++) {
      const region = page.getByRole('region', { name: panel });
      const start = performance.now();
      await region.getByRole('button', { name: 'Kamera' }).click();
      await page.getByTestId(field).waitFor({ timeout: 30_000 });
      times.push(performance.now() - start);
      await region.getByRole('button', { name: 'Hapus' }).click();
    }
  } finally {
    await session.close();
  }
  return times;
}

const stats = (values: number[]): string => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number): number =>
    sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  return `median ${at(0.5).toFixed(0)} ms, p90 ${at(0.9).toFixed(0)} ms (n=${sorted.length})`;
};

try {
  const barcode = await measure(await barcodeVideo(dir, BCBP), 'Boarding pass', 'boarding-flight');
  const mrz = await measure(mrzVideo(dir, MRZ), 'Paspor', 'passport-number');
  console.log(`command: npx tsx bench/scan-camera.ts ${RUNS}`);
  console.log(`barcode (PDF417, @zxing/browser): ${stats(barcode)}; first run ${barcode[0]?.toFixed(0)} ms`);
  console.log(
    `MRZ (OCR-B reader in a worker, worker loaded): ${stats(mrz.slice(1))}; ` +
      `first run incl. worker load ${mrz[0]?.toFixed(0)} ms`,
  );
  console.log(`ratio MRZ/barcode median: ${(median(mrz.slice(1)) / median(barcode)).toFixed(1)}x`);
} finally {
  server.close();
  rmSync(dir, { recursive: true, force: true });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}
