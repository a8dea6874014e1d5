import { afterAll, describe, expect, it, inject } from 'vitest';
import { rmSync } from 'node:fs';
import { newProfile, openBrowser } from './browser.ts';
import { enrolAndSignIn, goInApp } from './session-helpers.ts';
import { shootBoth } from './screening-fixtures.ts';

const baseUrl = inject('baseUrl');

describe('shift start times in Chromium at both tablet sizes', () => {
  const profile = newProfile();
  afterAll(() => rmSync(profile, { recursive: true, force: true }));

  it('lets the shift lead set two shifts, refuses an unordered time, and the export offers the new shifts', async () => {
    const { page, close } = await openBrowser({ profile });
    try {
      await page.goto(`${baseUrl}/settings`);
      await enrolAndSignIn(page, baseUrl, { agency: 'IMIGRASI', role: 'shift_lead', path: '/settings' });
      await page.getByRole('heading', { name: 'Jam mulai shift' }).waitFor();
      await page.getByRole('button', { name: 'Hapus shift 3' }).click();
      await page.fill('#shift-start-0', '08:00');
      await page.fill('#shift-start-1', '07:00');
      await page.getByRole('button', { name: 'Simpan jam shift' }).click();
      await page.getByText('Shift 2: Jam mulai shift harus berurutan').waitFor();
      await page.locator('.shift-starts').scrollIntoViewIfNeeded();
      await shootBoth(page, 'shift-starts-error');
      await page.fill('#shift-start-1', '20:00');
      await page.getByRole('button', { name: 'Simpan jam shift' }).click();
      await page.getByText('Jam shift disimpan: 08:00, 20:00.').waitFor();
      await page.locator('.shift-starts').scrollIntoViewIfNeeded();
      await shootBoth(page, 'shift-starts-saved');
      await goInApp(page, '/export');
      await page.locator('#export-shift option').first().waitFor({ state: 'attached' });
      const options = await page.locator('#export-shift option').allTextContents();
      expect(options).toEqual(['Shift 1 08:00–20:00', 'Shift 2 20:00–08:00', 'Sehari penuh']);
    } finally {
      await close();
    }
  });
});
