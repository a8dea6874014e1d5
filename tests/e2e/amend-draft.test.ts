import { afterAll, describe, expect, inject, it } from 'vitest';
import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { newProfile, openBrowser, waitForOfflineReady } from './browser.ts';
import { enrolAndSignIn, goInApp } from './session-helpers.ts';
import { scanAndStart, shootBoth } from './screening-fixtures.ts';

const baseUrl = inject('baseUrl');

/** Scans a passenger and opens their checklist (no other draft in the way). */
async function scanAndOpen(page: Page, p: { last: string; first: string; number: string }): Promise<void> {
  await scanAndStart(page, p);
  await page.getByText(`${p.last}, ${p.first}`).first().waitFor();
}

async function amendFromHistory(page: Page, name: string): Promise<void> {
  await goInApp(page, '/history');
  await page.getByRole('button', { name: new RegExp(name) }).click();
  await page.getByRole('button', { name: 'Ubah (revisi baru)' }).click();
}

describe('amending from history while another screening is a draft, in Chromium', () => {
  const profile = newProfile();
  afterAll(() => rmSync(profile, { recursive: true, force: true }));

  it('asks the officer, and goes back to the draft or discards it as chosen', async () => {
    const { context, page, close } = await openBrowser({ profile });
    try {
      await page.goto(`${baseUrl}/scan`);
      await enrolAndSignIn(page, baseUrl, { agency: 'IMIGRASI', role: 'officer', path: '/scan' });
      await waitForOfflineReady(page);
      await context.setOffline(true);

      // A screening saved for good.
      await scanAndOpen(page, { last: 'WULANDARI', first: 'SRI', number: 'B1234567' });
      await page.getByRole('button', { name: 'Semua yang belum dijawab: Tidak' }).click();
      await page.getByRole('button', { name: 'Simpan', exact: true }).click();
      await page.getByText('✓ Tersimpan').waitFor();

      // Another one started and left as a draft; the app is closed and opened again.
      await scanAndOpen(page, { last: 'HARTONO', first: 'DEWI', number: 'C7654321' });
      await page.locator('[data-indicator=TRV_ONE_WAY]').getByRole('radio', { name: 'Ya' }).click();
      await page.getByText('Draf tersimpan otomatis').waitFor();
      await page.reload();
      await enrolAndSignIn(page, baseUrl, { agency: 'IMIGRASI', role: 'officer', path: '/history' });

      // Amending the saved one asks first, and shows neither screening.
      await amendFromHistory(page, 'WULANDARI, SRI');
      await page.getByRole('heading', { name: 'Masih ada draf lain yang belum selesai' }).waitFor();
      expect(await page.getByRole('button', { name: 'Simpan', exact: true }).count()).toBe(0);
      await shootBoth(page, 'amend-01-draft-question');

      // "Back to the draft": the draft, as it was left.
      await page.getByRole('button', { name: 'Kembali ke draf HARTONO, DEWI' }).click();
      await page.getByText('Draf penyaringan sebelumnya dibuka kembali.').waitFor();
      await page.getByText('HARTONO, DEWI').first().waitFor();
      expect(
        await page
          .locator('[data-indicator=TRV_ONE_WAY]')
          .getByRole('radio', { name: 'Ya' })
          .getAttribute('aria-checked'),
      ).toBe('true');
      expect(new URL(page.url()).search).toBe('');

      // Asked again; this time the draft is discarded and the saved screening opens as revision 2.
      await amendFromHistory(page, 'WULANDARI, SRI');
      await page.getByRole('button', { name: 'Buang draf, lalu ubah WULANDARI, SRI' }).click();
      await page.getByText(/Draf HARTONO, DEWI sudah dibuang atas pilihan Anda/).waitFor();
      await page.getByText(/Revisi baru dari penyaringan tersimpan \(revisi 1\)/).waitFor();
      await page.getByText('WULANDARI, SRI').first().waitFor();
      await shootBoth(page, 'amend-02-after-discard');
      await page.getByRole('radio', { name: /Lanjut \+ edukasi/ }).click();
      await page.fill('#o-note', 'Diberi edukasi migrasi aman.');
      await page.getByRole('button', { name: 'Simpan', exact: true }).click();
      await page.getByText('✓ Tersimpan').waitFor();

      await goInApp(page, '/history');
      await page.getByRole('button', { name: /WULANDARI, SRI/ }).click();
      await page.getByText('Revisi 2').waitFor();

      // The discarded draft is gone: the screening screen now starts a blank one.
      await goInApp(page, '/screening');
      await page.getByText('Tanpa pindaian: isi data penumpang dengan tangan.').waitFor();
      expect(await page.getByText('HARTONO, DEWI').count()).toBe(0);
    } finally {
      await close();
    }
  });
});
