import { rmSync } from 'node:fs';
import { afterAll, describe, expect, inject, it } from 'vitest';
import {
  newProfile,
  openBrowser,
  screenshot,
  TABLET_LANDSCAPE,
  TABLET_PORTRAIT,
  waitForOfflineReady,
} from './browser.ts';
import { enrolAndSignIn, goInApp } from './session-helpers.ts';

const baseUrl = inject('baseUrl');
const SCREENS = ['scan', 'history', 'sync', 'export', 'settings'] as const;

describe('the installable offline shell', () => {
  const profile = newProfile();
  afterAll(() => rmSync(profile, { recursive: true, force: true }));

  it('is controlled by the service worker, has a valid manifest, and keeps every request on its own origin', async () => {
    const { page, close } = await openBrowser({ profile });
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(baseUrl) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
    });
    try {
      await page.goto(`${baseUrl}/scan`);
      await waitForOfflineReady(page);
      await enrolAndSignIn(page, baseUrl);
      expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
      await page.getByText('Aplikasi siap dipakai tanpa jaringan.').waitFor();
      const manifestHref = await page.getAttribute('link[rel=manifest]', 'href');
      const manifest = (await page.evaluate(async (href) => (await fetch(href!)).json(), manifestHref)) as {
        name: string;
        lang: string;
        display: string;
        icons: Array<{ sizes: string; purpose: string }>;
      };
      expect(manifest).toMatchObject({ name: 'Saring', lang: 'id', display: 'standalone' });
      expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual(
        expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
      );
      for (const name of SCREENS) {
        await page.getByRole('navigation').getByRole('link').nth(SCREENS.indexOf(name)).click();
        await page.waitForURL(`**/${name}`);
      }
      expect(foreign).toEqual([]);
    } finally {
      await close();
    }
  });

  it('reloads offline, cold-starts offline on a deep route, and switches language offline', async () => {
    const { context, page, close } = await openBrowser({ profile });
    try {
      await context.setOffline(true);
      await page.goto(`${baseUrl}/history`);
      await enrolAndSignIn(page, baseUrl, { path: '/history' });
      await page.getByRole('heading', { name: 'Riwayat' }).waitFor();
      await page.reload();
      // A reload locks the app; signing in again resumes the same screen.
      await enrolAndSignIn(page, baseUrl, { path: '/history' });
      await page.getByRole('heading', { name: 'Riwayat' }).waitFor();
      await page.getByRole('link', { name: /Pengaturan/ }).click();
      await page.getByRole('radio', { name: 'English' }).click();
      await page.getByRole('heading', { name: 'Settings' }).waitFor();
      await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
    } finally {
      await close();
    }
    // A second cold start of the same device, still offline, remembers English.
    const again = await openBrowser({ profile });
    try {
      await again.context.setOffline(true);
      await again.page.goto(`${baseUrl}/settings`);
      await again.page.getByRole('heading', { name: 'Sign in' }).waitFor();
      await enrolAndSignIn(again.page, baseUrl, { path: '/settings' });
      await again.page.getByRole('heading', { name: 'Settings' }).waitFor();
      await again.page.getByRole('radio', { name: 'Bahasa Indonesia' }).click();
      await again.page.getByRole('heading', { name: 'Pengaturan' }).waitFor();
    } finally {
      await again.close();
    }
  });

  it('renders every screen at tablet size in both orientations', async () => {
    for (const [label, viewport] of [
      ['landscape', TABLET_LANDSCAPE],
      ['portrait', TABLET_PORTRAIT],
    ] as const) {
      const { page, close } = await openBrowser({ profile, viewport });
      try {
        await page.goto(`${baseUrl}/scan`);
        await enrolAndSignIn(page, baseUrl);
        for (const name of SCREENS) {
          await goInApp(page, `/${name}`);
          await page.locator('main h1').waitFor();
          const small = await page.evaluate(
            () =>
              [...document.querySelectorAll<HTMLElement>('button, a, input, select')]
                .filter((el) => el.offsetParent !== null && !el.classList.contains('skip'))
                // A checkbox or radio inside its label is tapped through the whole label.
                .map((el) => (el.closest('label') ?? el).getBoundingClientRect())
                .filter((r) => r.height < 48 || r.width < 48).length,
          );
          expect(small, `touch targets under 48 px on ${name}`).toBe(0);
          await screenshot(page, `shell-${name}-${label}`);
        }
      } finally {
        await close();
      }
    }
  });
});
