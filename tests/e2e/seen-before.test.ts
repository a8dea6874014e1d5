import { afterAll, describe, expect, it, inject } from 'vitest';
import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { newProfile, openBrowser } from './browser.ts';
import { enrolAndSignIn, goInApp } from './session-helpers.ts';
import { scanAndStart, shootBoth, td3, wedge } from './screening-fixtures.ts';

const baseUrl = inject('baseUrl');
const REPEATED = { last: 'WULANDARI', first: 'SRI', number: 'C6100201' };
const OTHER = { last: 'PURNAMA', first: 'AYU', number: 'C6100202' };

/** Answers every open question "Tidak", keeps the recommended clear outcome and waits for "Tersimpan". */
async function saveClear(page: Page, name: string, linked?: 'new' | 'known'): Promise<void> {
  await page.getByText(name).first().waitFor();
  if (linked === 'new') {
    await page.getByRole('button', { name: 'Tambah orang terkait' }).click();
    await page.fill('#lp-name', 'Pak Joko');
    await page.fill('#lp-phone', '+62 812 0000 1111');
    await page.selectOption('#lp-role', 'agent');
    await page.getByRole('button', { name: 'Simpan orang terkait' }).click();
  } else if (linked === 'known') {
    await page.selectOption('#lp-attach', { label: 'Pak Joko (Agen)' });
  }
  await page.getByRole('button', { name: 'Semua yang belum dijawab: Tidak' }).click();
  await page.getByRole('button', { name: 'Simpan', exact: true }).click();
  await page.getByText('✓ Tersimpan').waitFor();
}

describe('seen before, in Chromium at both tablet sizes', () => {
  const profile = newProfile();
  afterAll(() => rmSync(profile, { recursive: true, force: true }));

  it('warns at the third scan of one passport in a day, lists the earlier two with officer, and names the agent who came with another passenger', async () => {
    const { page, close } = await openBrowser({ profile });
    try {
      await page.goto(`${baseUrl}/scan`);
      await enrolAndSignIn(page, baseUrl, { agency: 'IMIGRASI', role: 'officer', path: '/scan' });
      // A first scan: nothing is known yet, and the officer is told so.
      await wedge(page, td3({ ...REPEATED, birth: '900101', sex: 'F', expiry: '320101' }));
      await page.getByTestId('seen-before-none').waitFor();
      await scanAndStart(page, REPEATED);
      await saveClear(page, 'WULANDARI, SRI', 'new');
      await scanAndStart(page, OTHER);
      await saveClear(page, 'PURNAMA, AYU', 'known');
      // The second visit today lists the first, without the repeat alert yet.
      await goInApp(page, '/scan');
      await wedge(page, td3({ ...REPEATED, birth: '900101', sex: 'F', expiry: '320101' }));
      await page.getByTestId('seen-before-today').waitFor();
      expect(await page.getByTestId('seen-before-repeated').count()).toBe(0);
      await scanAndStart(page, REPEATED);
      await saveClear(page, 'WULANDARI, SRI');

      await goInApp(page, '/scan');
      await wedge(page, td3({ ...REPEATED, birth: '900101', sex: 'F', expiry: '320101' }));
      const alert = page.getByTestId('seen-before-repeated');
      await alert.waitFor();
      expect(await alert.textContent()).toContain('sudah diperiksa 2 kali hari ini — ini pemeriksaan ke-3');
      const today = page.getByTestId('seen-before-today').locator('li');
      expect(await today.count()).toBe(2);
      expect(await today.first().textContent()).toMatch(/^\d\d:\d\d WIB · Lanjut · oleh Petugas IMIGRASI$/);
      expect(await page.getByTestId('seen-before-handlers').textContent()).toContain(
        'Pak Joko (Agen) mendampingi 1 penumpang lain di tablet ini',
      );
      // Shown before the checklist: still on the scan screen, and the panel is on screen in both orientations.
      expect(page.url()).toMatch(/\/scan$/);
      await shootBoth(page, 'seen-before-third-scan');
    } finally {
      await close();
    }
  });
});
