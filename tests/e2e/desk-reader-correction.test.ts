import { afterAll, describe, expect, inject, it } from 'vitest';
import { rmSync } from 'node:fs';
import { newProfile, openBrowser, screenshot, TABLET_LANDSCAPE, TABLET_PORTRAIT } from './browser.ts';
import { enrolAndSignIn } from './session-helpers.ts';
import { readerTypes, td3 } from './screening-fixtures.ts';

const baseUrl = inject('baseUrl');

describe('a desk-reader MRZ with a bad check digit in Chromium at both tablet sizes', () => {
  const profile = newProfile();
  afterAll(() => rmSync(profile, { recursive: true, force: true }));

  it('lands in "Ketik MRZ" with the bad cells marked and the reason shown, and is read once the officer corrects one character', async () => {
    const { page, context, close } = await openBrowser({ profile });
    try {
      await page.goto(`${baseUrl}/scan`);
      await enrolAndSignIn(page, baseUrl, { agency: 'IMIGRASI', role: 'officer', path: '/scan' });
      await page.getByRole('heading', { level: 1, name: 'Pindai dokumen' }).waitFor();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      for (const [size, viewport, number] of [
        ['1280x800', TABLET_LANDSCAPE, 'C4729301'],
        ['800x1280', TABLET_PORTRAIT, 'C4729302'],
      ] as const) {
        await page.setViewportSize(viewport);
        const good = td3({
          last: 'SUPRIYATNA',
          first: 'DEWI',
          number,
          birth: '980417',
          sex: 'F',
          expiry: '310210',
        });
        // The reader misreads one birth-date digit (line 2, column 17: 4 → 3); its check digit no longer matches.
        const misread = [good[0], `${good[1].slice(0, 16)}3${good[1].slice(17)}`] as const;
        await readerTypes(page, misread, 50);

        const box = page.getByLabel(/Baris MRZ/);
        await box.waitFor({ timeout: 5000 });
        expect(await page.getByRole('button', { name: 'Ketik MRZ' }).getAttribute('aria-pressed')).toBe(
          'true',
        );
        expect(await box.inputValue()).toBe(misread.join('\n'));
        expect(
          await page.getByRole('alert').filter({ hasText: 'Digit cek tidak cocok' }).textContent(),
        ).toMatch(/Tanggal lahir/);
        const marked = page.getByTestId('mrz-cells').locator('mark');
        expect(await marked.evaluateAll((cells) => cells.map((c) => c.getAttribute('title')))).toEqual(
          [14, 15, 16, 17, 18, 19, 20].map((column) => `baris 2 kolom ${column}`),
        );
        expect((await marked.allTextContents()).join('')).toBe(misread[1].slice(13, 20));
        await page.getByText(/Tanggal lahir: digit cek salah/).waitFor();
        expect(await page.getByTestId('passport-number').getByText(number).count()).toBe(0);
        await screenshot(page, `desk-reader-check-digit-${size}`);

        // The officer puts the caret on the one wrong character and types the right one over it.
        const wrongAt = misread[0].length + 1 + 16;
        await box.click();
        await box.evaluate((el: HTMLTextAreaElement, at) => el.setSelectionRange(at, at + 1), wrongAt);
        await page.keyboard.type('4');
        expect(await box.inputValue()).toBe(good.join('\n'));
        await page.getByTestId('mrz-cells').waitFor({ state: 'detached' });
        await page.getByRole('button', { name: 'Pakai MRZ ini' }).click();
        await page.getByTestId('passport-number').getByText(number).waitFor({ timeout: 5000 });
        expect(await page.getByTestId('passport-birth').textContent()).toBe('17/04/1998');
        await screenshot(page, `desk-reader-corrected-${size}`);
      }
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    } finally {
      await close();
    }
  });
});
