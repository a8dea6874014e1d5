import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { newProfile, openBrowser, screenshot, TABLET_PORTRAIT } from './browser.ts';
import { E2E_ENROL_LEAD, E2E_PIN, enrolAndSignIn, goInApp, lockApp, signInAs } from './session-helpers.ts';

const baseUrl = inject('baseUrl');
const NEW_PIN = '736251';

/** Fills the change-PIN form, submits it and returns the message it answers with. */
async function changePin(page: Page, current: string, next: string, repeat: string): Promise<string> {
  await page.fill('#pin-current', current);
  await page.fill('#pin-new', next);
  await page.fill('#pin-repeat', repeat);
  const message = page.locator('[data-testid=pin-message]');
  const before = (await message.count()) ? await message.textContent() : null;
  await page.click('#pin-change-submit');
  // The button is disabled while the PIN is checked and the key wrapped (PBKDF2 at production cost).
  await page.waitForFunction((previous) => {
    const button = document.querySelector<HTMLButtonElement>('#pin-change-submit');
    const text = document.querySelector('[data-testid=pin-message]')?.textContent ?? null;
    return button !== null && !button.disabled && text !== null && text !== previous;
  }, before);
  return (await message.textContent()) ?? '';
}

describe('changing the PIN in Chromium', () => {
  const profile = newProfile();
  afterAll(() => rmSync(profile, { recursive: true, force: true }));

  it('changes the signed-in officer’s PIN in Settings: the old PIN stops working, the new one signs in', async () => {
    const { page, close } = await openBrowser({ profile });
    try {
      await enrolAndSignIn(page, baseUrl, { path: '/settings' });
      const form = page.locator('[data-testid=change-pin]');
      const showForm = () => form.evaluate((card) => card.scrollIntoView({ block: 'end' }));
      expect(await changePin(page, E2E_PIN, NEW_PIN, '736250')).toBe('PIN baru dan ulangannya tidak sama.');
      await showForm();
      await screenshot(page, 'settings-change-pin-landscape');
      expect(await changePin(page, '000111', NEW_PIN, NEW_PIN)).toBe('PIN saat ini salah. Sisa 4 percobaan.');
      // The wrong PIN set a 2-second wait, as at sign-in.
      await page.waitForTimeout(2_100);
      expect(await changePin(page, E2E_PIN, NEW_PIN, NEW_PIN)).toBe(
        'PIN diubah. Gunakan PIN baru saat masuk berikutnya.',
      );
      await page.setViewportSize(TABLET_PORTRAIT);
      await showForm();
      await screenshot(page, 'settings-change-pin-portrait');
      await page.getByRole('button', { name: 'Periksa jejak audit' }).click();
      await expect(page.locator('[data-testid=chain-result]').textContent()).resolves.toMatch(/utuh/);

      await lockApp(page);
      expect(await signInAs(page, E2E_ENROL_LEAD.id, E2E_PIN)).toBe(false);
      // The wrong PIN at sign-in waits 2 seconds too.
      await page.waitForTimeout(2_100);
      expect(await signInAs(page, E2E_ENROL_LEAD.id, NEW_PIN)).toBe(true);
      await goInApp(page, '/settings');
      await page.locator('[data-testid=change-pin]').waitFor();
    } finally {
      await close();
    }
  });
});
