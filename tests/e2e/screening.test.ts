import { afterAll, describe, expect, inject, it } from 'vitest';
import { rmSync } from 'node:fs';
import { newProfile, openBrowser, waitForOfflineReady } from './browser.ts';
import { enrolAndSignIn, goInApp } from './session-helpers.ts';
import { bcbp, shootBoth, TapCounter, td3, wedge } from './screening-fixtures.ts';

const baseUrl = inject('baseUrl');

describe('screening a passenger offline in Chromium', () => {
  const profile = newProfile();
  afterAll(() => rmSync(profile, { recursive: true, force: true }));

  it('clears a passenger in at most 3 taps after the scan, offline, and finds the record in history', async () => {
    const { context, page, close } = await openBrowser({ profile });
    try {
      await page.goto(`${baseUrl}/scan`);
      await waitForOfflineReady(page);
      await enrolAndSignIn(page, baseUrl, { agency: 'IMIGRASI', role: 'officer', path: '/scan' });
      await waitForOfflineReady(page);
      await context.setOffline(true);
      await wedge(
        page,
        td3({
          last: 'SUPRIYATNA',
          first: 'DEWI ANGGRAENI',
          number: 'C4729183',
          birth: '980417',
          sex: 'F',
          expiry: '310210',
        }),
      );
      await wedge(page, [
        bcbp({
          name: 'SUPRIYATNA/DEWI',
          from: 'PLM',
          to: 'KUL',
          carrier: 'AK',
          flight: '1347',
          date: new Date(),
        }),
      ]);
      await page.getByTestId('passport-number').waitFor();
      await page.getByTestId('boarding-flight').waitFor();
      await shootBoth(page, 'screening-01-scan');
      // Every tap after the scan counts, starting with the one that opens the checklist.
      const taps = new TapCounter();
      await taps.tap(page.getByRole('button', { name: 'Mulai penyaringan' }));
      await page.waitForURL('**/screening');

      await page.getByText('SUPRIYATNA, DEWI ANGGRAENI').waitFor();
      await shootBoth(page, 'screening-02-checklist');
      await taps.tap(page.getByRole('button', { name: 'Semua yang belum dijawab: Tidak' }));
      expect(await page.getByTestId('recommended').textContent()).toBe('Lanjut');
      await shootBoth(page, 'screening-03-all-no');
      await taps.tap(page.getByRole('button', { name: 'Simpan', exact: true }));
      await page.getByText('✓ Tersimpan').waitFor();
      await shootBoth(page, 'screening-04-saved');
      expect(taps.count).toBeLessThanOrEqual(3);

      await goInApp(page, '/history');
      await page.getByRole('button', { name: /SUPRIYATNA, DEWI ANGGRAENI/ }).click();
      await page.getByText('Catatan pertama').waitFor();
      await shootBoth(page, 'history-01-detail');

      // Amend: the record reopens, a new decision is saved as revision 2, and history shows who changed what.
      await page.getByRole('button', { name: 'Ubah (revisi baru)' }).click();
      await page.getByText('SUPRIYATNA, DEWI ANGGRAENI').waitFor();
      await page.getByRole('radio', { name: /Lanjut \+ edukasi/ }).click();
      await page.fill('#o-note', 'Diberi edukasi migrasi aman.');
      await page.getByRole('button', { name: 'Simpan', exact: true }).click();
      await page.getByText('✓ Tersimpan').waitFor();
      await goInApp(page, '/history');
      await page.getByRole('button', { name: /SUPRIYATNA, DEWI ANGGRAENI/ }).click();
      await page.getByText('Revisi 2').waitFor();
      expect(await page.getByText(/^Diubah: /).textContent()).toBe('Diubah: keputusan, catatan');
      await shootBoth(page, 'history-03-revisions');
    } finally {
      await close();
    }
  });

  it('records a flagged passenger with a linked handler, home district and village, and shows the safe-migration card', async () => {
    const { context, page, close } = await openBrowser({ profile });
    try {
      await page.goto(`${baseUrl}/scan`);
      await enrolAndSignIn(page, baseUrl, { agency: 'IMIGRASI', role: 'officer', path: '/scan' });
      await waitForOfflineReady(page);
      await context.setOffline(true);
      await wedge(
        page,
        td3({
          last: 'LESTARI',
          first: 'SITI',
          number: 'C5518820',
          birth: '010912',
          sex: 'F',
          expiry: '300101',
        }),
      );
      await wedge(page, [
        bcbp({
          name: 'LESTARI/SITI',
          from: 'PLM',
          to: 'PNH',
          carrier: 'AK',
          flight: '1350',
          date: new Date(),
        }),
      ]);
      await page.getByTestId('passport-number').waitFor();
      await page.getByTestId('boarding-flight').waitFor();
      await page.getByRole('button', { name: 'Mulai penyaringan' }).click();
      await page.getByText('LESTARI, SITI').waitFor();
      // The destination was pre-answered from the boarding pass, with its reason.
      const highRisk = page.locator('[data-indicator=TRV_HIGH_RISK_DEST]');
      await highRisk.getByText(/Tujuan akhir PNH/).waitFor();
      expect(await highRisk.getByRole('radio', { name: 'Ya' }).getAttribute('aria-checked')).toBe('true');
      await page.locator('[data-indicator=CMP_HANDLER_CONTROLS]').getByRole('radio', { name: 'Ya' }).click();
      await page
        .locator('[data-indicator=DOC_DOCS_HELD_BY_OTHER]')
        .getByRole('radio', { name: 'Ya' })
        .click();
      await page.getByRole('button', { name: 'Semua yang belum dijawab: Tidak' }).click();
      expect(await page.getByTestId('recommended').textContent()).toBe('Serahkan ke BP3MI');
      await shootBoth(page, 'screening-05-flagged-score');

      await page.getByRole('button', { name: 'Tambah orang terkait' }).click();
      await page.fill('#lp-name', 'Pak Joko');
      await page.fill('#lp-phone', '+62 812 0000 1111');
      await page.fill('#lp-company', 'PT Maju Jaya');
      await page.fill('#lp-social', '@lokerluarnegeri');
      await page.selectOption('#lp-role', 'agent');
      await shootBoth(page, 'screening-06-linked-person');
      const small = await page.evaluate(
        () =>
          [...document.querySelectorAll<HTMLElement>('main button, main a, main input, main select')]
            .filter((el) => el.offsetParent !== null)
            .map((el) => el.getBoundingClientRect())
            .filter((r) => r.height < 48 || r.width < 48).length,
      );
      expect(small, 'touch targets under 48 px on the screening screen').toBe(0);
      await page.getByRole('button', { name: 'Simpan orang terkait' }).click();
      await page.getByText('Pak Joko').waitFor();

      await page.getByRole('radio', { name: /Serahkan ke BP3MI/ }).click();
      await page.fill('#area-district', 'lampung timur');
      await page.getByRole('option', { name: /Lampung Timur/ }).click();
      await page.fill('#area-village', 'sri');
      await page.getByRole('option').first().click();
      await page.getByRole('group', { name: 'Daerah asal (dinyatakan penumpang)' }).scrollIntoViewIfNeeded();
      await shootBoth(page, 'screening-07a-home-area');
      await page.getByRole('button', { name: 'Simpan', exact: true }).click();
      await page.getByTestId('decision-errors').getByText('Tulis catatan singkat untuk hasil ini.').waitFor();
      await page.fill('#o-note', 'Paspor dipegang pendamping; pendamping menjawab semua pertanyaan.');
      await shootBoth(page, 'screening-07-decision');
      await page.getByRole('button', { name: 'Simpan', exact: true }).click();
      await page.getByText('✓ Tersimpan').waitFor();

      await page.getByRole('button', { name: 'Tunjukkan kartu migrasi aman' }).click();
      await page.getByRole('dialog').getByText('Bekerja ke luar negeri dengan aman').waitFor();
      await shootBoth(page, 'screening-08-safe-migration-card');
      await page.getByRole('dialog').getByRole('radio', { name: 'English' }).click();
      await page.getByRole('dialog').getByText('Working abroad safely').waitFor();
      await page.getByRole('button', { name: 'Tutup kartu' }).click();

      await goInApp(page, '/history');
      await page.fill('#history-q', 'C5518820');
      await page.getByRole('button', { name: 'Cari', exact: true }).click();
      await page.getByRole('heading', { name: 'Hasil pencarian (1)' }).waitFor();
      await shootBoth(page, 'history-02-search');
    } finally {
      await close();
    }
  });
});
