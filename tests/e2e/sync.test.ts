import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDb, type Db } from '../../server/db.ts';
import { startReceiver, type RunningReceiver } from '../../server/receiver.ts';
import { issueEnrolCode } from '../../server/repository.ts';
import { FaultProxy } from '../integration/fault-proxy.ts';
import { generateScreenings } from '../fixtures/screenings.ts';
import { newProfile, openBrowser, screenshot, TABLET_PORTRAIT } from './browser.ts';
import { enrolAndSignIn } from './session-helpers.ts';

const distDir = inject('distDir');
const N = 30;

type SeedStore = {
  saveLinkedPerson: (p: unknown) => Promise<void>;
  saveFinal: (s: unknown) => Promise<unknown>;
};

describe('sync in Chromium against the reference receiver', () => {
  const profile = newProfile();
  const dataDir = mkdtempSync(join(tmpdir(), 'saring-e2e-pglite-'));
  let db: Db;
  let receiver: RunningReceiver;
  let proxy: FaultProxy;
  let appUrl: string;

  beforeAll(async () => {
    db = await openDb({ dataDir });
    receiver = await startReceiver({ port: 0, db, distDir });
    // The tablet talks to the receiver through a proxy the test controls; the app is served on the same origin.
    proxy = new FaultProxy(receiver.url, { path: '/api/v1/screenings', slowMs: 120_000 });
    appUrl = await proxy.start();
  });
  afterAll(async () => {
    await proxy.stop();
    await receiver.close();
    await db.close();
    rmSync(profile, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  });

  const serverRows = async () =>
    (
      await db.query<{ n: number; ids: number }>(
        'SELECT count(*)::int AS n, count(DISTINCT id)::int AS ids FROM screening_revisions',
      )
    )[0]!;

  it('delivers every flagged screening exactly once when the page is closed mid-send and reopened', async () => {
    let browser = await openBrowser({ profile });
    await browser.context.addInitScript(() => localStorage.setItem('saring.e2eHooks', '1'));
    await enrolAndSignIn(browser.page, appUrl, { role: 'shift_lead', path: '/sync' });
    const { screenings, persons } = generateScreenings({ count: N, seed: 5, flaggedShare: 1, hours: 2 });
    await browser.page.evaluate(
      async ([list, people]) => {
        const store = (globalThis as unknown as { __saringStore: SeedStore }).__saringStore;
        // The receiver accepts a record only from the device it names: the seeds are this tablet's own.
        const deviceId = await new Promise<string>((resolve, reject) => {
          const open = indexedDB.open('saring');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const get = open.result.transaction('device').objectStore('device').get('device');
            get.onsuccess = () => resolve((get.result as { deviceId: string }).deviceId);
            get.onerror = () => reject(get.error);
          };
        });
        for (const p of people) await store.saveLinkedPerson(p);
        for (const s of list) await store.saveFinal({ ...(s as object), deviceId });
      },
      [screenings, persons] as const,
    );
    await browser.page.locator('[data-testid=sync-pending]', { hasText: String(N) }).waitFor();
    await screenshot(browser.page, 'sync-not-enrolled-landscape');

    // The receiver will store the first batch but its answer is held: the page is closed while 'sending'.
    proxy.faults = ['slow'];
    await browser.page.fill('.sync-enrol input', await issueEnrolCode(db));
    await browser.page.click('.sync-enrol button[type=submit]');
    await browser.page
      .locator('[data-testid=sync-sending]', { hasText: String(N) })
      .waitFor({ timeout: 10_000 });

    for (let i = 0; i < 100 && (await serverRows()).n < N; i += 1)
      await new Promise((r) => setTimeout(r, 100));
    expect((await serverRows()).n).toBe(N);
    await browser.close();

    browser = await openBrowser({ profile, viewport: TABLET_PORTRAIT });
    try {
      await enrolAndSignIn(browser.page, appUrl, { role: 'shift_lead', path: '/sync' });
      await browser.page
        .locator('[data-testid=sync-acknowledged]', { hasText: String(N) })
        .waitFor({ timeout: 30_000 });
      expect(await browser.page.locator('[data-testid=sync-pending]').textContent()).toBe('0');
      expect(await browser.page.locator('[data-testid=sync-sending]').textContent()).toBe('0');
      await screenshot(browser.page, 'sync-done-portrait');
      const rows = await serverRows();
      const report = await browser.page.evaluate(
        () =>
          (
            globalThis as unknown as { __saringSync: { status: () => { totals: unknown } } }
          ).__saringSync.status().totals as { sent: number; accepted: number; duplicates: number },
      );
      console.log(
        `[chromium] flagged ${N}; first page closed mid-send; after reopening: sent ${report.sent}, ` +
          `duplicates absorbed ${report.duplicates}, on server ${rows.n} rows / ${rows.ids} ids, lost ${N - rows.ids}`,
      );
      expect(rows).toEqual({ n: N, ids: N });
    } finally {
      await browser.close();
    }
  }, 120_000);
});
