import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { newProfile, openBrowser, screenshot, SCREENSHOT_DIR, TABLET_PORTRAIT } from './browser.ts';
import { enrolAndSignIn, goInApp } from './session-helpers.ts';
import { generateScreenings } from '../fixtures/screenings.ts';
import { localDay } from '../../src/core/time/local-time.ts';

const baseUrl = inject('baseUrl');
const OUT = join(import.meta.dirname, '..', '..', 'test-output', 'export');

type SeedStore = {
  saveLinkedPerson: (p: unknown) => Promise<void>;
  saveFinal: (s: unknown, persons?: unknown[]) => Promise<unknown>;
};

describe('the shift lead export in Chromium', () => {
  const profile = newProfile();
  afterAll(() => rmSync(profile, { recursive: true, force: true }));

  it('shows the dashboard of the day and exports a PDF whose hash the screen shows', async () => {
    const { page, context, close } = await openBrowser({ profile });
    await context.addInitScript(() => localStorage.setItem('saring.e2eHooks', '1'));
    try {
      await page.goto(`${baseUrl}/settings`);
      await enrolAndSignIn(page, baseUrl, { role: 'shift_lead', path: '/settings' });
      const today = localDay(new Date(), 'WIB');
      const { screenings, persons } = generateScreenings({
        count: 80,
        seed: 17,
        fromIso: new Date(Date.parse(`${today}T06:00:00+07:00`)).toISOString(),
        hours: 7,
      });
      await page.evaluate(
        async ([list, people]) => {
          const store = (globalThis as unknown as { __saringStore: SeedStore }).__saringStore;
          for (const p of people) await store.saveLinkedPerson(p);
          for (const s of list) await store.saveFinal(s);
        },
        [screenings, persons] as const,
      );
      await goInApp(page, '/export');
      await page.getByText('Diperiksa').first().waitFor();
      expect(await page.locator('.export-count dd').first().textContent()).toBe('80');
      await screenshot(page, 'export-dashboard-landscape');

      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Ekspor PDF' }).click();
      const file = await download;
      mkdirSync(OUT, { recursive: true });
      const pdfPath = join(OUT, 'e2e-handover.pdf');
      await file.saveAs(pdfPath);
      const shown = await page.locator('[data-testid=export-result] code').textContent();
      expect(shown).toBe(createHash('sha256').update(readFileSync(pdfPath)).digest('hex'));
      await screenshot(page, 'export-after-pdf-landscape');
      const text = execFileSync('pdftotext', ['-layout', pdfPath, '-']).toString('utf8');
      expect(text).toContain('Rekap shift pemeriksaan keberangkatan');
      expect(text).toContain('Halaman 1 dari');
      const flagged = screenings.filter((s) => s.outcome !== 'CLEAR' && s.outcome !== 'CLEAR_ADVISED');
      for (const s of flagged) expect(text).toContain(s.passenger.passportNumber);
      const xlsxDownload = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Ekspor XLSX' }).click();
      const xlsxPath = join(OUT, 'e2e-list.xlsx');
      await (await xlsxDownload).saveAs(xlsxPath);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(xlsxPath);
      expect(book.worksheets.map((w) => w.name)).toEqual(['Ringkasan', 'Daftar']);
      expect(book.getWorksheet('Daftar')?.rowCount).toBe(flagged.length + 1);
      expect(book.getWorksheet('Daftar')?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });

      const exportsAudited = await page.evaluate(async () => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open('saring');
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        const rows = await new Promise<Array<{ action: string; target: string }>>((resolve) => {
          const request = db.transaction('audit').objectStore('audit').getAll();
          request.onsuccess = () => resolve(request.result as Array<{ action: string; target: string }>);
        });
        db.close();
        return rows.filter((r) => r.action === 'export').map((r) => r.target);
      });
      expect(exportsAudited).toEqual([expect.stringMatching(/\.pdf$/), expect.stringMatching(/\.xlsx$/)]);

      await page.getByRole('tab', { name: 'Perekrut' }).click();
      await page.locator('.export-recruiter').first().waitFor();
      await screenshot(page, 'export-recruiters-landscape');
      await page.setViewportSize(TABLET_PORTRAIT);
      await page.getByRole('tab', { name: 'Dasbor' }).click();
      await screenshot(page, 'export-dashboard-portrait');
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '80',
        '-f',
        '1',
        '-l',
        '1',
        '-singlefile',
        pdfPath,
        join(SCREENSHOT_DIR, 'export-pdf-page-1'),
      ]);
    } finally {
      await close();
    }
  });

  it('shows an officer only the "shift leads only" message', async () => {
    const { page, close } = await openBrowser({ profile });
    try {
      await page.goto(`${baseUrl}/settings`);
      await enrolAndSignIn(page, baseUrl, { role: 'officer', path: '/export' });
      await page.getByText('Layar ini hanya untuk ketua regu').waitFor();
      expect(await page.locator('.export-count').count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Ekspor PDF' }).count()).toBe(0);
    } finally {
      await close();
    }
  });
});
