import { afterAll, describe, expect, inject, it } from 'vitest';
import { rmSync } from 'node:fs';
import { newProfile, openBrowser } from './browser.ts';
import { E2E_PIN, enrolAndSignIn, lockApp } from './session-helpers.ts';
import { scanAndStart, shootBoth } from './screening-fixtures.ts';

const baseUrl = inject('baseUrl');

describe('handing a referred passenger to BP3MI on the same tablet, in Chromium', () => {
  const profile = newProfile();
  afterAll(() => rmSync(profile, { recursive: true, force: true }));

  it('the Imigrasi officer records the handover and the BP3MI officer confirms it with their own PIN', async () => {
    const { page, close } = await openBrowser({ profile });
    try {
      await page.goto(`${baseUrl}/scan`);
      // The receiving BP3MI officer is enrolled on this tablet; then the Imigrasi officer signs in.
      await enrolAndSignIn(page, baseUrl, { agency: 'BP3MI', role: 'officer', path: '/scan' });
      await lockApp(page);
      await enrolAndSignIn(page, baseUrl, { agency: 'IMIGRASI', role: 'officer', path: '/scan' });

      await scanAndStart(page, { last: 'RAHAYU', first: 'PUTRI', number: 'C8812345' });
      await page.getByText('RAHAYU, PUTRI').first().waitFor();
      await page.getByRole('button', { name: 'Semua yang belum dijawab: Tidak' }).click();
      await page.getByRole('radio', { name: /Serahkan ke BP3MI/ }).click();
      await page.fill('#o-note', 'Mengaku kerja di restoran; tanpa kontrak.');
      await page.getByRole('button', { name: 'Simpan', exact: true }).click();
      await page.getByText('✓ Tersimpan').waitFor();

      // From the saved panel straight to the handover step of this screening.
      await page.getByRole('button', { name: 'Catat serah terima ke BP3MI' }).click();
      const step = page.getByTestId('handover');
      await step.getByText('Belum dicatat.').waitFor();
      expect(await page.getByTestId('detail-decided-by').textContent()).toMatch(
        /^Petugas IMIGRASI \(Imigrasi\) · /,
      );
      await step.getByRole('button', { name: 'Catat serah terima' }).click();
      await step.getByRole('radio', { name: 'Petugas BP3MI' }).click();
      await step.getByText(/Serahkan tablet kepada Petugas BP3MI/).waitFor();
      await shootBoth(page, 'handover-01-step');

      // A wrong PIN first: the tries left are said, nothing is saved.
      await page.fill('#handover-pin', '111999');
      await step.getByRole('button', { name: 'Konfirmasi dan simpan' }).click();
      await step.getByText('PIN salah. Sisa 4 percobaan.').waitFor();
      await shootBoth(page, 'handover-02-wrong-pin');
      // The wait after a wrong PIN (2 s) passes before the receiver types it again.
      await page.waitForTimeout(2100);
      await page.fill('#handover-pin', E2E_PIN);
      await step.getByRole('button', { name: 'Konfirmasi dan simpan' }).click();
      await step.getByText(/Serah terima tersimpan dan dikonfirmasi oleh Petugas BP3MI \(BP3MI\)/).waitFor();
      expect(await page.getByTestId('handover-state').textContent()).toMatch(
        /^Dikonfirmasi dengan PIN oleh Petugas BP3MI \(BP3MI\) · \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} WIB$/,
      );
      await page.getByText('Revisi 2').waitFor();
      await page.getByText(/serah terima ke BP3MI/).waitFor();
      await step.scrollIntoViewIfNeeded();
      await shootBoth(page, 'handover-03-history-detail');
    } finally {
      await close();
    }
  });
});
