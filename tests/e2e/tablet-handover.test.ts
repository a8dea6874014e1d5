import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { newProfile, openBrowser, screenshot, TABLET_LANDSCAPE, TABLET_PORTRAIT } from './browser.ts';
import { rawRows } from './raw-store.ts';
import { scanAndStart, shootBoth } from './screening-fixtures.ts';
import { E2E_ENROL_LEAD, E2E_PIN, enrolAndSignIn, goInApp, lockApp, signInAs } from './session-helpers.ts';

const baseUrl = inject('baseUrl');
const DRAFT_QUESTION = 'Masih ada draf lain yang belum selesai';
const NEW_PIN = '736251';
const SIZES = [
  { name: '1280x800', viewport: TABLET_LANDSCAPE },
  { name: '800x1280', viewport: TABLET_PORTRAIT },
] as const;

type AuditRow = { officerId: string; action: string; target: string };

/** Answers every open question "Tidak", keeps the recommended outcome and waits for "Tersimpan". */
async function saveClear(page: Page, name: string): Promise<void> {
  await page.getByText(name).first().waitFor();
  await page.getByRole('button', { name: 'Semua yang belum dijawab: Tidak' }).tap();
  await page.getByRole('button', { name: 'Simpan', exact: true }).tap();
  await page.getByText('✓ Tersimpan').waitFor();
}

/** Where the app is, as a path. */
const pathOf = (page: Page): string => new URL(page.url()).pathname;

/** The header's "who is signed in": whole (not cut short) and inside the viewport. */
async function signedInShown(page: Page): Promise<{ text: string; onScreen: boolean; whole: boolean }> {
  const label = page.locator('[data-testid=signed-in-as]');
  const box = await label.boundingBox();
  const size = page.viewportSize()!;
  const whole = await label.evaluate((el) => el.scrollWidth <= el.clientWidth && el.checkVisibility());
  return {
    text: (await label.textContent()) ?? '',
    onScreen:
      box !== null &&
      box.width > 0 &&
      box.x >= 0 &&
      box.y >= 0 &&
      box.x + box.width <= size.width &&
      box.y + box.height <= size.height,
    whole,
  };
}

describe('handing the tablet over in Chromium, on a touch screen at both tablet sizes', () => {
  const profile = newProfile();
  // Screenshots of every screen involved, to be looked at; kept when SARING_E2E_KEEP_SHOTS is set.
  const shots = mkdtempSync(join(tmpdir(), 'saring-handover-shots-'));
  afterAll(() => {
    rmSync(profile, { recursive: true, force: true });
    if (process.env.SARING_E2E_KEEP_SHOTS) console.log(`screenshots in ${shots}`);
    else rmSync(shots, { recursive: true, force: true });
  });

  for (const size of SIZES) {
    it(`at ${size.name}: after one officer saves and locks, the next signs in on the scan screen, and a blank form left open never becomes a draft`, async () => {
      const { page, close } = await openBrowser({ profile, viewport: size.viewport, touch: true });
      try {
        // Officer A saves a screening and locks the tablet with the saved form still on screen.
        const a = await enrolAndSignIn(page, baseUrl, { agency: 'IMIGRASI', role: 'officer', path: '/scan' });
        await scanAndStart(page, { last: 'HARTONO', first: 'DEWI', number: `C76${size.viewport.width}1` });
        await saveClear(page, 'HARTONO, DEWI');
        expect(pathOf(page)).toBe('/screening');
        await lockApp(page);
        await screenshot(page, `handover-signin-${size.name}`, shots);

        // Officer B signs in: the scan screen, not A's last one.
        expect(await signInAs(page, E2E_ENROL_LEAD.id)).toBe(true);
        expect(pathOf(page)).toBe('/scan');
        await page.getByRole('heading', { level: 1, name: 'Pindai dokumen' }).waitFor();
        expect(await page.locator('[data-testid=signed-in-as]').getAttribute('data-officer')).toBe(
          E2E_ENROL_LEAD.id,
        );
        expect(a.officerId).not.toBe(E2E_ENROL_LEAD.id);
        await screenshot(page, `handover-landing-${size.name}`, shots);

        // B opens a blank screening form and leaves it: nothing is kept as a draft.
        await goInApp(page, '/screening');
        await page.getByText('Tanpa pindaian: isi data penumpang dengan tangan.').waitFor();
        await screenshot(page, `handover-blank-form-${size.name}`, shots);
        // Longer than the autosave's pause, so a draft would have been written by now.
        await page.waitForTimeout(800);
        await goInApp(page, '/scan');
        expect(await rawRows(page, 'drafts')).toEqual([]);

        // B's next scan opens the screening at once: no question about another draft.
        await scanAndStart(page, { last: 'SUPRIYATNA', first: 'SRI', number: `B12${size.viewport.width}7` });
        await page.getByText('SUPRIYATNA, SRI').first().waitFor();
        expect(await page.getByRole('heading', { name: DRAFT_QUESTION }).count()).toBe(0);
        await saveClear(page, 'SUPRIYATNA, SRI');
        await screenshot(page, `handover-next-saved-${size.name}`, shots);
      } finally {
        await close();
      }
    });

    it(`at ${size.name}: the header shows who is signed in, whole and on screen`, async () => {
      const { page, close } = await openBrowser({ profile, viewport: size.viewport, touch: true });
      try {
        await enrolAndSignIn(page, baseUrl, { agency: 'IMIGRASI', role: 'officer', path: '/scan' });
        expect(await signedInShown(page)).toEqual({
          text: 'Petugas IMIGRASI (Petugas)',
          onScreen: true,
          whole: true,
        });
        await screenshot(page, `handover-header-${size.name}`, shots);
      } finally {
        await close();
      }
    });
  }

  it('lets a shift lead see who is enrolled, reset a forgotten PIN and deactivate an officer who left, each audited', async () => {
    const { page, close } = await openBrowser({ profile, touch: true });
    try {
      // Both officers are enrolled (by the earlier tests, or now); the lead opens Settings.
      await enrolAndSignIn(page, baseUrl, { agency: 'IMIGRASI', role: 'officer', path: '/scan' });
      await enrolAndSignIn(page, baseUrl, { agency: 'BP3MI', role: 'officer', path: '/scan' });
      await enrolAndSignIn(page, baseUrl, { path: '/settings' });
      const list = page.locator('.officer-list');
      const row = (id: string) => list.locator('li', { hasText: id });
      await row('PETUGAS-BP3MI').waitFor();
      expect((await list.locator('li').allTextContents()).map((text) => text.split(' · ')[0])).toEqual(
        expect.arrayContaining([E2E_ENROL_LEAD.id, 'PETUGAS-IMIGRASI', 'PETUGAS-BP3MI']),
      );
      expect(await row('PETUGAS-BP3MI').textContent()).toContain('Petugas BP3MI · BP3MI · Petugas');
      await list.scrollIntoViewIfNeeded();
      await shootBoth(page, 'handover-officers', shots);

      // A forgotten PIN: the lead confirms with their own PIN and gets a one-time code for the officer.
      await page.getByRole('button', { name: 'Reset PIN PETUGAS-BP3MI' }).tap();
      await page.fill('#officer-reset-lead-pin', E2E_PIN);
      await page.getByRole('button', { name: 'Buat kode sekali pakai' }).tap();
      const result = page.getByTestId('officer-action-result');
      await result.getByText(/^Kode sekali pakai untuk PETUGAS-BP3MI: \d{8}\./).waitFor();
      const code = /: (\d{8})\./.exec((await result.textContent()) ?? '')![1]!;
      await row('PETUGAS-BP3MI').getByText('Menunggu PIN baru').waitFor();
      await result.scrollIntoViewIfNeeded();
      await shootBoth(page, 'handover-reset-code', shots);

      // An officer who left is deactivated once the lead confirms.
      await page.getByRole('button', { name: 'Nonaktifkan PETUGAS-IMIGRASI' }).tap();
      await page
        .locator('[role=alertdialog]')
        .getByText(/tidak dapat masuk lagi/)
        .waitFor();
      await page.locator('[role=alertdialog]').scrollIntoViewIfNeeded();
      await shootBoth(page, 'handover-deactivate-dialog', shots);
      await page.getByRole('button', { name: 'Ya, nonaktifkan' }).tap();
      await result.getByText('Petugas PETUGAS-IMIGRASI dinonaktifkan.').waitFor();
      await row('PETUGAS-IMIGRASI').getByText('Nonaktif', { exact: true }).waitFor();
      expect(await row('PETUGAS-IMIGRASI').getByRole('button').count()).toBe(0);
      await lockApp(page);

      // The officer signs in with the code, must choose a new PIN, and is then signed in with it.
      expect(await signInAs(page, 'PETUGAS-BP3MI', code)).toBe(false);
      await page.getByTestId('new-pin').getByText('Buat PIN baru untuk masuk').waitFor();
      await page.fill('#sign-in-new-pin', NEW_PIN);
      await page.fill('#sign-in-repeat-pin', NEW_PIN);
      await shootBoth(page, 'handover-new-pin', shots);
      await page.getByRole('button', { name: 'Simpan PIN dan masuk' }).tap();
      await page.locator('[data-testid=signed-in-as][data-officer=PETUGAS-BP3MI]').waitFor();
      await lockApp(page);
      expect(await signInAs(page, 'PETUGAS-BP3MI', NEW_PIN)).toBe(true);
      await lockApp(page);
      expect(await signInAs(page, 'PETUGAS-BP3MI', E2E_PIN)).toBe(false);

      // The deactivated officer can no longer sign in, with the right PIN or any other.
      expect(await signInAs(page, 'PETUGAS-IMIGRASI', E2E_PIN)).toBe(false);
      await page
        .locator('.gate [role=alert]')
        .getByText(/sudah dinonaktifkan di tablet ini/)
        .waitFor();
      await shootBoth(page, 'handover-deactivated-refused', shots);

      // Each action is in the audit trail, under whoever did it (the tablet shows only the chain check, not entries).
      const audit = await rawRows<AuditRow>(page, 'audit');
      const entries = audit
        .filter((a) => ['officer-pin-reset', 'officer-deactivated', 'pin-changed'].includes(a.action))
        .map((a) => [a.officerId, a.action, a.target]);
      expect(entries).toEqual([
        [E2E_ENROL_LEAD.id, 'officer-pin-reset', 'PETUGAS-BP3MI'],
        [E2E_ENROL_LEAD.id, 'officer-deactivated', 'PETUGAS-IMIGRASI'],
        ['PETUGAS-BP3MI', 'pin-changed', 'PETUGAS-BP3MI'],
      ]);
    } finally {
      await close();
    }
  });
});
