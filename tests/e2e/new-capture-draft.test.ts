import { afterAll, describe, expect, inject, it } from 'vitest';
import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { newProfile, openBrowser, screenshot, waitForOfflineReady } from './browser.ts';
import { enrolAndSignIn, goInApp } from './session-helpers.ts';
import { scanAndStart, shootBoth } from './screening-fixtures.ts';

const baseUrl = inject('baseUrl');
const QUESTION = 'Masih ada draf lain yang belum selesai';

const oneWayYes = (page: Page) =>
  page.locator('[data-indicator=TRV_ONE_WAY]').getByRole('radio', { name: 'Ya' });

describe('a new passenger scanned while another screening is a draft, in Chromium', () => {
  const profile = newProfile();
  afterAll(() => rmSync(profile, { recursive: true, force: true }));

  it('asks the officer, and goes back to the draft (keeping the scan) or discards it as chosen', async () => {
    const { context, page, close } = await openBrowser({ profile });
    try {
      await page.goto(`${baseUrl}/scan`);
      await enrolAndSignIn(page, baseUrl, { agency: 'IMIGRASI', role: 'officer', path: '/scan' });
      await waitForOfflineReady(page);
      await context.setOffline(true);

      // Passenger A's screening is started and left as a draft; the app is closed and opened again.
      await scanAndStart(page, { last: 'HARTONO', first: 'DEWI', number: 'C7654321' });
      await page.getByText('HARTONO, DEWI').first().waitFor();
      await oneWayYes(page).click();
      await page.getByText('Draf tersimpan otomatis').waitFor();
      await page.reload();
      await enrolAndSignIn(page, baseUrl, { agency: 'IMIGRASI', role: 'officer', path: '/scan' });

      // Passenger B is scanned with the desk readers: starting asks first, and shows neither screening.
      await scanAndStart(page, { last: 'SUPRIYATNA', first: 'SRI', number: 'B1234567' });
      await page.getByRole('heading', { name: QUESTION }).waitFor();
      expect(await page.getByRole('button', { name: 'Simpan', exact: true }).count()).toBe(0);
      await page.getByText(/tidak perlu dipindai lagi/).waitFor();
      await shootBoth(page, 'new-capture-01-draft-question');

      // "Back to the draft": A's draft as it was left, and B said to be waiting.
      await page.getByRole('button', { name: 'Kembali ke draf HARTONO, DEWI' }).click();
      await page.getByText('Draf penyaringan sebelumnya dibuka kembali.').waitFor();
      await page.getByText('HARTONO, DEWI').first().waitFor();
      expect(await oneWayYes(page).getAttribute('aria-checked')).toBe('true');
      await page.getByText(/Data SUPRIYATNA, SRI tetap menunggu di layar Pindai/).waitFor();
      await screenshot(page, 'new-capture-02-draft-resumed-1280x800');

      // Back on the scan screen B is still there, without a second scan; starting asks again.
      await goInApp(page, '/scan');
      await page.getByText(/tidak perlu dipindai lagi/).waitFor();
      expect(await page.getByTestId('passport-number').textContent()).toContain('B1234567');
      expect(await page.getByTestId('boarding-flight').textContent()).toBe('AK 1347');
      await screenshot(page, 'new-capture-03-scan-kept-1280x800');
      await page.getByRole('button', { name: 'Mulai penyaringan' }).click();
      await page.getByRole('heading', { name: QUESTION }).waitFor();

      // This time A's draft is discarded and B's screening opens.
      await page.getByRole('button', { name: 'Buang draf, lalu mulai SUPRIYATNA, SRI' }).click();
      await page.getByText(/Draf HARTONO, DEWI sudah dibuang atas pilihan Anda/).waitFor();
      await page.getByText('SUPRIYATNA, SRI').first().waitFor();
      expect(await page.getByText('HARTONO, DEWI', { exact: true }).count()).toBe(0);
      expect(await oneWayYes(page).getAttribute('aria-checked')).toBe('false');
      await shootBoth(page, 'new-capture-04-after-discard');
      await page.getByRole('button', { name: 'Semua yang belum dijawab: Tidak' }).click();
      await page.getByRole('button', { name: 'Simpan', exact: true }).click();
      await page.getByText('✓ Tersimpan').waitFor();

      // A's draft is gone: History holds only B, and the screening screen now starts a blank one.
      await goInApp(page, '/history');
      await page.getByRole('button', { name: /SUPRIYATNA, SRI/ }).waitFor();
      expect(await page.getByRole('button', { name: /HARTONO, DEWI/ }).count()).toBe(0);
      await goInApp(page, '/screening');
      await page.getByText('Tanpa pindaian: isi data penumpang dengan tangan.').waitFor();
      expect(await page.getByText('HARTONO, DEWI').count()).toBe(0);
    } finally {
      await close();
    }
  });
});
