// Screening flow in real Chromium, driven like an officer: taps and seconds from the scan (desk reader) to "Tersimpan"
// for a clear and a flagged case, time to open the checklist, and time to rescore after one answer — first on an empty
// store (the baseline), then with 100,000 screenings stored (ratio against the baseline, same run).
// Run: npm run bench:screening   (npx tsx bench/screening.ts [stored=100000] [repeats=5])
// The stored rows are filler with random ciphertext on earlier days, written with raw IndexedDB: the checklist never
// reads them, so what is measured is what their presence (indexes, database size) costs the flow.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { startStaticServer } from '../server/static-server.ts';
import { enrolAndSignIn, goInApp } from '../tests/e2e/session-helpers.ts';
import { bcbp, td3, wedge } from '../tests/e2e/screening-fixtures.ts';

const STORED = Number(process.argv[2] ?? 100_000);
const REPEATS = Number(process.argv[3] ?? 5);
const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

const dist = mkdtempSync(join(tmpdir(), 'saring-bench-dist-'));
const profile = mkdtempSync(join(tmpdir(), 'saring-bench-profile-'));
execFileSync('npx', ['vite', 'build', '--logLevel', 'error', '--outDir', dist, '--emptyOutDir'], {
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'production' },
});
const { server, url } = await startStaticServer({ port: 0, root: dist });
process.env.XDG_CONFIG_HOME = join(profile, 'config');
process.env.XDG_CACHE_HOME = join(profile, 'cache');
const context = await chromium.launchPersistentContext(join(profile, 'user'), {
  executablePath: '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1280, height: 800 },
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-sync',
  ],
});
// tsx compiles with keepNames; functions sent to page.evaluate then call its __name helper.
await context.addInitScript('globalThis.__name = (fn) => fn;');
const page = context.pages()[0] ?? (await context.newPage());
page.on('dialog', (dialog) => void dialog.accept());
let passport = 0;

/** Reads a passport and a boarding pass through the desk reader, as the officer's scan. */
async function scan(p: Page, destination: string): Promise<void> {
  passport += 1;
  const number = `C${String(4_000_000 + passport)}`;
  // The scan screen must be listening before the reader types.
  await p.locator('.scan-start').waitFor();
  await p.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
  await wedge(
    p,
    td3({ last: 'SUPRIYATNA', first: 'DEWI', number, birth: '980417', sex: 'F', expiry: '310210' }),
  );
  await wedge(p, [
    bcbp({
      name: 'SUPRIYATNA/DEWI',
      from: 'PLM',
      to: destination,
      carrier: 'AK',
      flight: '1347',
      date: new Date(),
    }),
  ]);
  await p.getByTestId('passport-number').waitFor();
  await p.getByTestId('boarding-flight').waitFor();
}

/** One clear case: taps and seconds from the end of the scan to "Tersimpan". */
async function clearCase(p: Page): Promise<{ taps: number; seconds: number }> {
  await goInApp(p, '/scan');
  await scan(p, 'KUL');
  const start = performance.now();
  let taps = 0;
  const tap = async (name: string) => {
    taps += 1;
    await p.getByRole('button', { name, exact: true }).click();
  };
  await tap('Mulai penyaringan');
  await tap('Semua yang belum dijawab: Tidak');
  await tap('Simpan');
  await p.getByText('✓ Tersimpan').waitFor();
  return { taps, seconds: (performance.now() - start) / 1000 };
}

/** One flagged case with a linked handler, home district and a note: taps, typed fields and seconds. */
async function flaggedCase(p: Page): Promise<{ taps: number; typed: number; seconds: number }> {
  await goInApp(p, '/scan');
  await scan(p, 'PNH');
  const start = performance.now();
  let taps = 0;
  let typed = 0;
  const click = async (locator: ReturnType<Page['locator']>) => {
    taps += 1;
    await locator.click();
  };
  const type = async (selector: string, text: string) => {
    typed += 1;
    await p.fill(selector, text);
  };
  await click(p.getByRole('button', { name: 'Mulai penyaringan' }));
  await click(p.locator('[data-indicator=CMP_HANDLER_CONTROLS]').getByRole('radio', { name: 'Ya' }));
  await click(p.locator('[data-indicator=DOC_DOCS_HELD_BY_OTHER]').getByRole('radio', { name: 'Ya' }));
  await click(p.getByRole('button', { name: 'Semua yang belum dijawab: Tidak' }));
  await click(p.getByRole('button', { name: 'Tambah orang terkait' }));
  await type('#lp-name', 'Pak Joko');
  await type('#lp-phone', '+62 812 0000 1111');
  await type('#lp-company', 'PT Maju Jaya');
  await click(p.getByRole('button', { name: 'Simpan orang terkait' }));
  await click(p.getByRole('radio', { name: /Serahkan ke BP3MI/ }));
  await type('#area-district', 'lampung timur');
  await click(p.getByRole('option', { name: /Lampung Timur/ }));
  await type('#o-note', 'Paspor dipegang pendamping.');
  await click(p.getByRole('button', { name: 'Simpan', exact: true }));
  await p.getByText('✓ Tersimpan').waitFor();
  return { taps, typed, seconds: (performance.now() - start) / 1000 };
}

/** Milliseconds, measured inside the page, from tapping "Mulai penyaringan" to the first question on screen. */
async function openChecklist(p: Page): Promise<number> {
  await goInApp(p, '/scan');
  await scan(p, 'KUL');
  return p.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const button = Array.from(document.querySelectorAll('button')).find(
          (b) => b.textContent === 'Mulai penyaringan',
        );
        const t0 = performance.now();
        button?.click();
        const poll = (): void => {
          if (document.querySelector('[data-indicator]')) resolve(performance.now() - t0);
          else requestAnimationFrame(poll);
        };
        poll();
      }),
  );
}

/** Milliseconds, inside the page, from one answer tap to the new score painted (median of several). */
async function rescore(p: Page, times: number): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const label = i % 2 === 0 ? 'Ya' : 'Tidak';
    samples.push(
      await p.evaluate((answer) => {
        const row = document.querySelector('[data-indicator=TRV_ONE_WAY]');
        const button = Array.from(row?.querySelectorAll('button') ?? []).find(
          (b) => b.textContent === answer,
        );
        const score = document.querySelector('[data-testid=score]');
        const before = score?.textContent;
        const t0 = performance.now();
        button?.click();
        return new Promise<number>((resolve) => {
          const poll = (): void => {
            if (score?.textContent !== before) requestAnimationFrame(() => resolve(performance.now() - t0));
            else requestAnimationFrame(poll);
          };
          poll();
        });
      }, label),
    );
  }
  // Finish the open screening so the next one starts fresh.
  await p.getByRole('button', { name: 'Semua yang belum dijawab: Tidak' }).click();
  await p.getByRole('button', { name: 'Simpan', exact: true }).click();
  await p.getByText('✓ Tersimpan').waitFor();
  return median(samples);
}

/** Writes filler screenings (random ciphertext, earlier days) straight into the app's database. */
async function seed(p: Page, total: number): Promise<void> {
  await p.evaluate(async (count) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('saring');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const day = (i: number) => new Date(Date.now() - (2 + (i % 98)) * 86_400_000).toISOString().slice(0, 10);
    for (let from = 0; from < count; from += 5000) {
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('screenings', 'readwrite');
        for (let i = from; i < Math.min(count, from + 5000); i += 1) {
          tx.objectStore('screenings').add({
            id: `fill-${i}`,
            revision: 1,
            latest: 1,
            createdAt: `${day(i)}T03:00:00.000Z`,
            createdDay: day(i),
            outcome: i % 20 === 0 ? 'REFER_BP3MI' : 'CLEAR',
            flagged: i % 20 === 0 ? 1 : 0,
            officerId: 'X',
            linkedPersonIds: [],
            passportIdx: crypto.randomUUID(),
            data: crypto.getRandomValues(new Uint8Array(900)),
          });
        }
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
    }
    db.close();
  }, total);
}

type Round = {
  clearTaps: number;
  clearS: number;
  flaggedTaps: number;
  flaggedTyped: number;
  flaggedS: number;
  openMs: number;
  rescoreMs: number;
};

async function round(p: Page): Promise<Round> {
  const clear: { taps: number; seconds: number }[] = [];
  const flagged: { taps: number; typed: number; seconds: number }[] = [];
  const open: number[] = [];
  const score: number[] = [];
  for (let i = 0; i < REPEATS; i += 1) {
    clear.push(await clearCase(p));
    flagged.push(await flaggedCase(p));
    open.push(await openChecklist(p));
    score.push(await rescore(p, 9));
  }
  return {
    clearTaps: Math.max(...clear.map((c) => c.taps)),
    clearS: median(clear.map((c) => c.seconds)),
    flaggedTaps: Math.max(...flagged.map((c) => c.taps)),
    flaggedTyped: Math.max(...flagged.map((c) => c.typed)),
    flaggedS: median(flagged.map((c) => c.seconds)),
    openMs: median(open),
    rescoreMs: median(score),
  };
}

try {
  await page.goto(`${url}/scan`);
  await enrolAndSignIn(page, url, { agency: 'IMIGRASI', role: 'officer', path: '/scan' });
  // Warm-up: first paint of every chunk, first key derivation.
  await clearCase(page);
  const empty = await round(page);
  const seedStart = performance.now();
  await seed(page, STORED);
  const seedS = (performance.now() - seedStart) / 1000;
  const full = await round(page);
  const fmt = (n: number, d = 2) => n.toFixed(d);
  const ratio = (a: number, b: number) => `${(b / a).toFixed(2)}×`;
  console.log(
    `\nbench:screening — Chromium ${context.browser()?.version() ?? ''}, 1280×800, ${REPEATS} runs each (medians)`,
  );
  console.log(`command: npx tsx bench/screening.ts ${STORED} ${REPEATS}`);
  console.log(`seeded ${STORED} stored screenings in ${fmt(seedS, 1)} s\n`);
  console.log('measure                                   empty store   with stored   ratio');
  const row = (name: string, a: number, b: number, unit: string, d = 2) =>
    console.log(
      `${name.padEnd(40)} ${`${fmt(a, d)} ${unit}`.padStart(12)}  ${`${fmt(b, d)} ${unit}`.padStart(12)}   ${ratio(a, b)}`,
    );
  console.log(
    `${'clear case: taps scan → saved'.padEnd(40)} ${String(empty.clearTaps).padStart(12)}  ${String(full.clearTaps).padStart(12)}`,
  );
  row('clear case: seconds scan → saved', empty.clearS, full.clearS, 's');
  console.log(
    `${'flagged case: taps (+ fields typed)'.padEnd(40)} ${`${empty.flaggedTaps} (+${empty.flaggedTyped})`.padStart(12)}  ${`${full.flaggedTaps} (+${full.flaggedTyped})`.padStart(12)}`,
  );
  row('flagged case: seconds scan → saved', empty.flaggedS, full.flaggedS, 's');
  row('open checklist (tap → first question)', empty.openMs, full.openMs, 'ms', 1);
  row('rescore after one answer (to paint)', empty.rescoreMs, full.rescoreMs, 'ms', 1);
  console.log(
    '\nSeconds are scripted (Playwright drives the taps), so they show the app’s share, not an officer’s pace.',
  );
} finally {
  await context.close();
  server.close();
  rmSync(dist, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
}
