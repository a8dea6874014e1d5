import { afterAll, describe, expect, inject, it } from 'vitest';
import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { newProfile, openBrowser, screenshot, TABLET_LANDSCAPE, TABLET_PORTRAIT } from './browser.ts';
import { enrolAndSignIn, goInApp } from './session-helpers.ts';
import { readerTypes, scanAndStart, td3 } from './screening-fixtures.ts';

const baseUrl = inject('baseUrl');

/** Whether an element lies wholly in the viewport and above the fixed save bar. */
async function clearOfSaveBar(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const element = document.querySelector(sel);
    const bar = document.querySelector('.save-bar');
    if (!element || !bar) return false;
    const box = element.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= bar.getBoundingClientRect().top && box.height > 0;
  }, selector);
}

/** Whether the focused element lies wholly in the viewport and above the fixed save bar. */
async function focusedClearOfSaveBar(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const element = document.activeElement;
    const bar = document.querySelector('.save-bar');
    if (!element || element === document.body || !bar) return false;
    const box = element.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= bar.getBoundingClientRect().top && box.height > 0;
  });
}

describe('desk reader and save errors in Chromium at both tablet sizes', () => {
  const profile = newProfile();
  afterAll(() => rmSync(profile, { recursive: true, force: true }));

  it('reads every one of 12 reader scans under 4x CPU throttling, with 250 ms between the lines, and explains a garbage burst', async () => {
    const { page, context, close } = await openBrowser({ profile });
    try {
      await page.goto(`${baseUrl}/scan`);
      await enrolAndSignIn(page, baseUrl, { agency: 'IMIGRASI', role: 'officer', path: '/scan' });
      await page.getByRole('heading', { level: 1, name: 'Pindai dokumen' }).waitFor();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      for (let i = 0; i < 12; i += 1) {
        if (i === 6) await page.setViewportSize(TABLET_PORTRAIT);
        const number = `C${String(4729100 + i)}`;
        await readerTypes(
          page,
          td3({ last: 'SUPRIYATNA', first: 'DEWI', number, birth: '980417', sex: 'F', expiry: '310210' }),
          250,
        );
        const read = page.getByTestId('passport-number').getByText(number);
        await read.waitFor({ timeout: 5000 }).catch(async (error: unknown) => {
          const shown = await page.locator('.alert').allTextContents();
          throw new Error(`scan ${i + 1} of 12 not read; on screen: ${shown.join(' | ')}`, { cause: error });
        });
      }
      await page.keyboard.type('#$%^&*()qwertyuiop[]asdfgh', { delay: 4 });
      await page.getByText(/Alat pembaca mengirim 26 karakter yang bukan MRZ/).waitFor({ timeout: 5000 });
      await screenshot(page, 'desk-reader-garbage-800x1280');
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      await page.setViewportSize(TABLET_LANDSCAPE);
    } finally {
      await close();
    }
  });

  it.each([
    ['1280x800', TABLET_LANDSCAPE],
    ['800x1280', TABLET_PORTRAIT],
  ])('brings the officer to the first thing to fix at %s, clear of the save bar', async (size, viewport) => {
    // A profile of its own: the other size's draft must not be the one opened here.
    const { page, close } = await openBrowser({ viewport });
    try {
      await page.goto(`${baseUrl}/scan`);
      await enrolAndSignIn(page, baseUrl, { agency: 'IMIGRASI', role: 'officer', path: '/scan' });
      await scanAndStart(page, {
        last: 'HARTONO',
        first: 'DEWI',
        number: size === '1280x800' ? 'C7654301' : 'C7654302',
      });
      await page.getByText('HARTONO, DEWI').first().waitFor();
      // The first category is answered: the first question left is further down the form.
      await page.getByRole('button', { name: 'Semua Tidak', exact: true }).first().click();
      await page.evaluate(() => window.scrollTo(0, 0));
      const open = await page.evaluate(() =>
        [...document.querySelectorAll('[data-indicator]')]
          .filter((row) => !row.querySelector('[aria-checked="true"]'))
          .map((row) => row.getAttribute('data-indicator')),
      );
      expect(open.length).toBeGreaterThan(1);
      await page.getByRole('button', { name: 'Simpan', exact: true }).click();
      await page.getByTestId('save-problems').waitFor();
      await page.waitForFunction(() => document.activeElement?.closest('[data-indicator]') !== null);
      expect(await page.getByTestId('save-problems').textContent()).toMatch(
        new RegExp(
          `hal perlu diperbaiki.*Jawab semua pertanyaan terlebih dahulu: ${open.length} belum dijawab`,
        ),
      );
      const focusedRow = await page.evaluate(
        () => document.activeElement?.closest('[data-indicator]')?.getAttribute('data-indicator') ?? null,
      );
      expect(focusedRow).toBe(open[0]);
      expect(await clearOfSaveBar(page, `[data-indicator="${focusedRow}"]`)).toBe(true);
      expect(await focusedClearOfSaveBar(page)).toBe(true);
      await screenshot(page, `save-error-question-${size}`);

      // Answer everything, choose a delay with the passport withdrawn and a note, but no receipt number.
      await page.getByRole('button', { name: 'Semua yang belum dijawab: Tidak' }).click();
      await page.getByRole('radio', { name: /Tunda keberangkatan/ }).click();
      await page.getByRole('switch', { name: /Paspor ditarik sementara/ }).click();
      await page.fill('#o-note', 'Dokumen diragukan');
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.getByRole('button', { name: 'Simpan', exact: true }).click();
      await page
        .getByTestId('save-problems')
        .getByText(/tanda terima/i)
        .waitFor();
      expect(
        await page.evaluate(
          () =>
            `${document.activeElement?.outerHTML.slice(0, 80)} ${document.activeElement?.textContent} receipt:${String(document.querySelector('#o-receipt'))}`,
        ),
      ).toMatch(/id="o-receipt"/);
      expect(await clearOfSaveBar(page, '#o-receipt')).toBe(true);
      await screenshot(page, `save-error-receipt-${size}`);
      if (size === '1280x800') {
        // The side panel sticks while the window scrolls.
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        const top = await page.evaluate(
          () => document.querySelector('.screening-side')!.getBoundingClientRect().top,
        );
        expect(top).toBeGreaterThanOrEqual(0);
        expect(top).toBeLessThan(40);
      }
      await goInApp(page, '/scan');
    } finally {
      await close();
    }
  });
});
