import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDb, type Db } from '../../server/db.ts';
import { parseCsv } from '../../server/csv.ts';
import { startReceiver, type RunningReceiver } from '../../server/receiver.ts';
import { issueEnrolCode } from '../../server/repository.ts';
import { generateScreenings } from '../fixtures/screenings.ts';
import { OUTCOMES } from '../../src/core/screening/screening-schema.ts';
import { newProfile, openBrowser, SCREENSHOT_DIR } from './browser.ts';
import { enrolAndSignIn, goInApp } from './session-helpers.ts';
import { scanAndStart, shootBoth } from './screening-fixtures.ts';

const distDir = inject('distDir');
const FLAGGED = 6;

type SeedStore = {
  saveLinkedPerson: (p: unknown) => Promise<void>;
  saveFinal: (s: unknown) => Promise<unknown>;
};

/** This tablet's device id, as the receiver knows it. */
function deviceIdOf(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('saring');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('device').objectStore('device').get('device');
          get.onsuccess = () => {
            resolve((get.result as { deviceId: string }).deviceId);
            open.result.close();
          };
          get.onerror = () => reject(get.error);
        };
      }),
  );
}

/** Enrols the tablet with the receiver on the Sync screen (a shift lead is signed in there). */
async function enrolWithReceiver(page: Page, db: Db): Promise<void> {
  await page.fill('.sync-enrol input', await issueEnrolCode(db));
  await page.click('.sync-enrol button[type=submit]');
  await page.getByText('Tablet terdaftar di server.').waitFor({ timeout: 15_000 });
}

/** Clicks an export button and returns the download with its text. */
async function download(page: Page, button: string): Promise<{ file: Download; path: string }> {
  const event = page.waitForEvent('download');
  await page.getByRole('button', { name: button, exact: true }).click();
  const file = await event;
  return { file, path: await file.path() };
}

const csvRows = (path: string): string[][] => parseCsv(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));

describe('export and counts after sync, in Chromium against the reference receiver', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'saring-e2e-pglite-'));
  const profiles: string[] = [];
  let db: Db;
  let receiver: RunningReceiver;

  beforeAll(async () => {
    db = await openDb({ dataDir });
    receiver = await startReceiver({ port: 0, db, distDir });
  });
  afterAll(async () => {
    await receiver.close();
    await db.close();
    for (const profile of profiles) rmSync(profile, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('lists and writes delivered records as the outbox says, names the file by the WIB day, writes every column in words, and wraps the PDF list', async () => {
    // 03:30 WIB: the checkpoint's day is already the next one while UTC is still on the day before.
    const utcDay = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const clockAt = new Date(`${utcDay}T20:30:00Z`);
    const wibDay = new Date(clockAt.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
    const [y, m, d] = wibDay.split('-');
    profiles.push(newProfile());
    const { page, context, close } = await openBrowser({ profile: profiles[0] });
    await context.addInitScript(() => localStorage.setItem('saring.e2eHooks', '1'));
    await context.clock.install({ time: clockAt });
    try {
      await page.goto(`${receiver.url}/sync`);
      await enrolAndSignIn(page, receiver.url, { role: 'shift_lead', path: '/sync' });
      const { screenings, persons } = generateScreenings({
        count: FLAGGED,
        seed: 23,
        flaggedShare: 1,
        fromIso: new Date(Date.parse(`${wibDay}T00:30:00+07:00`)).toISOString(),
        hours: 2,
      });
      const deviceId = await deviceIdOf(page);
      await page.evaluate(
        async ([list, people, device]) => {
          const store = (globalThis as unknown as { __saringStore: SeedStore }).__saringStore;
          for (const p of people) await store.saveLinkedPerson(p);
          for (const s of list) await store.saveFinal({ ...(s as object), deviceId: device });
        },
        [screenings, persons, deviceId] as const,
      );
      await enrolWithReceiver(page, db);
      await page
        .locator('[data-testid=sync-acknowledged]', { hasText: String(FLAGGED) })
        .waitFor({ timeout: 30_000 });

      await goInApp(page, '/export');
      await page.getByText('Diperiksa').first().waitFor();
      await page.getByRole('tab', { name: 'Daftar' }).click();
      const list = page.getByRole('tabpanel');
      await list.getByText('Diterima pusat').first().waitFor();
      expect(await list.getByText('Diterima pusat').count()).toBe(FLAGGED);
      expect(await list.getByText('Menunggu kirim').count()).toBe(0);
      await list.getByText('Diterima pusat').first().scrollIntoViewIfNeeded();
      await shootBoth(page, 'export-list-delivered');

      const csv = await download(page, 'Ekspor CSV');
      expect(csv.file.suggestedFilename()).toMatch(
        new RegExp(`^saring-PLM-PRE-XRAY-INTL-${wibDay.replace(/-/g, '')}-03\\d\\d\\.csv$`),
      );
      const [header, ...rows] = csvRows(csv.path);
      expect(rows).toHaveLength(FLAGGED);
      const state = header!.indexOf('Status sinkron');
      expect(state).toBeGreaterThan(-1);
      expect(rows.map((row) => row[state])).toEqual(rows.map(() => 'Diterima pusat'));
      for (const row of rows) expect(row[0]).toMatch(new RegExp(`^${d}/${m}/${y} 0[0-3]:\\d\\d$`));

      await page.getByLabel(/Sertakan semua kolom/).check();
      const all = await download(page, 'Ekspor CSV');
      const [allHeader, ...allRows] = csvRows(all.path);
      expect(allRows).toHaveLength(FLAGGED);
      // Codes as stored (enums, booleans, ISO dates) never stand where a person reads a column.
      const codes = [
        ...OUTCOMES,
        'IMIGRASI',
        'BP3MI',
        'male',
        'female',
        'nonspecified',
        'sponsor',
        'agent',
        'companion',
      ];
      const raw = new RegExp(`^(${codes.join('|')}|true|false)$|\\d{4}-\\d\\d-\\d\\d`);
      const readable = allHeader!.flatMap((name, column) => (/\(kode mesin\)$/.test(name) ? [] : [column]));
      expect(readable.length).toBeGreaterThan(20);
      for (const column of readable) {
        expect(allHeader![column]).not.toMatch(/^[a-z]+[A-Z]/);
        for (const row of allRows) expect(row[column], allHeader![column]).not.toMatch(raw);
      }
      expect(allRows.map((row) => row[allHeader!.indexOf('Jenis kelamin')])).toEqual(
        expect.arrayContaining([expect.stringMatching(/^(Perempuan|Laki-laki)$/)]),
      );

      const pdf = await download(page, 'Ekspor PDF');
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf.path]).toString())?.[1]);
      const listPage = [...Array(pages).keys()]
        .map((i) => i + 1)
        .find((n) =>
          execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', pdf.path, '-'])
            .toString()
            .includes(screenings[0]!.passenger.passportNumber),
        );
      expect(listPage).toBeDefined();
      execFileSync('pdftoppm', [
        ...['-png', '-r', '110', '-f', String(listPage), '-l', String(listPage), '-singlefile'],
        pdf.path,
        join(SCREENSHOT_DIR, 'export-delivered-pdf-list'),
      ]);
      await pdf.file.saveAs(join(SCREENSHOT_DIR, 'export-delivered.pdf'));
      const text = execFileSync('pdftotext', ['-layout', pdf.path, '-']).toString();
      expect(text).not.toContain('…');
      // Nothing a reader needs is cut: every word of each row's indicators and decision is on the list pages.
      const words = (column: string) =>
        rows.flatMap((row) => (row[header!.indexOf(column)] ?? '').split(/[\s;]+/).filter(Boolean));
      const listText = execFileSync('pdftotext', [
        '-f',
        String(listPage),
        '-layout',
        pdf.path,
        '-',
      ]).toString();
      const cut = [...words('Indikator dijawab Ya'), ...words('Keputusan')].filter(
        (w) => !listText.includes(w),
      );
      expect(cut).toEqual([]);
      // The sync state wraps onto two lines in its column ("Diterima" / "pusat"); "Diterima oleh" signs it.
      expect(text.match(/Diterima(?!\s+oleh)/g)).toHaveLength(FLAGGED);
      expect(text).not.toMatch(/Menunggu/);
    } finally {
      await close();
    }
  });

  it('uploads 3 CLEAR screenings by officers of two agencies as IMIGRASI 2 + BP3MI 1, whoever is signed in at sync', async () => {
    profiles.push(newProfile());
    const { page, close } = await openBrowser({ profile: profiles[1] });
    try {
      await page.goto(`${receiver.url}/sync`);
      await enrolAndSignIn(page, receiver.url, { role: 'shift_lead', path: '/sync' });
      await enrolWithReceiver(page, db);
      const deviceId = await deviceIdOf(page);
      const counts = async () =>
        Object.fromEntries(
          (
            await db.query<{ agency: string; n: number }>(
              `SELECT agency, sum(clear + clear_advised)::int AS n FROM shift_counts
               WHERE device_id = $1 GROUP BY agency ORDER BY agency`,
              [deviceId],
            )
          ).map((row) => [row.agency, row.n]),
        );
      const clearOne = async (last: string, number: string) => {
        await scanAndStart(page, { last, first: 'SITI', number });
        await page.getByText(`${last}, SITI`).first().waitFor();
        await page.getByRole('button', { name: 'Semua yang belum dijawab: Tidak' }).click();
        await page.getByRole('button', { name: 'Simpan', exact: true }).click();
        await page.getByText('✓ Tersimpan').waitFor();
      };
      const syncAndWait = async (until: (c: Record<string, number>) => boolean) => {
        await goInApp(page, '/sync');
        await page.getByRole('button', { name: 'Sinkron sekarang' }).click();
        for (let i = 0; i < 100 && !until(await counts()); i += 1)
          await new Promise((r) => setTimeout(r, 100));
      };

      await enrolAndSignIn(page, receiver.url, { agency: 'IMIGRASI', role: 'officer', path: '/scan' });
      await clearOne('WULANDARI', 'C5550101');
      await clearOne('RAHAYU', 'C5550102');
      await syncAndWait((c) => c.IMIGRASI === 2);
      expect(await counts()).toEqual({ IMIGRASI: 2 });

      await enrolAndSignIn(page, receiver.url, { agency: 'BP3MI', role: 'officer', path: '/scan' });
      await clearOne('LESTARI', 'C5550103');
      await syncAndWait((c) => c.BP3MI !== undefined);
      await shootBoth(page, 'sync-counts-bp3mi');
      expect(await counts()).toEqual({ BP3MI: 1, IMIGRASI: 2 });
    } finally {
      await close();
    }
  });
});
