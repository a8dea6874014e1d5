import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const TABLET_LANDSCAPE = { width: 1280, height: 800 };
export const TABLET_PORTRAIT = { width: 800, height: 1280 };
/** Where screenshots go: test-output/screenshots, or the folder SARING_SCREENSHOTS names (e.g. one under /tmp). */
export const SCREENSHOT_DIR =
  process.env.SARING_SCREENSHOTS ?? join(import.meta.dirname, '..', '..', 'test-output', 'screenshots');

export type Session = { context: BrowserContext; page: Page; close: () => Promise<void> };

/** A fresh browser profile folder; pass it to openBrowser to start the same "device" again. */
export function newProfile(): string {
  return mkdtempSync(join(tmpdir(), 'saring-e2e-'));
}

/** Launches Debian's Chromium with a fresh profile (the machine has no other browser and no network). */
export async function openBrowser(
  options: {
    viewport?: { width: number; height: number };
    extraArgs?: string[];
    profile?: string;
    /** A touch screen, as on the tablet (taps, no hover). */
    touch?: boolean;
  } = {},
): Promise<Session> {
  const keep = options.profile !== undefined;
  const profile = options.profile ?? newProfile();
  process.env.XDG_CONFIG_HOME = join(profile, 'config');
  process.env.XDG_CACHE_HOME = join(profile, 'cache');
  const context = await chromium.launchPersistentContext(join(profile, 'user'), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: options.viewport ?? TABLET_LANDSCAPE,
    hasTouch: options.touch ?? false,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(options.extraArgs ?? []),
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close();
      if (!keep) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Waits until the service worker controls the page and its precache is complete. */
export async function waitForOfflineReady(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }),
      );
    }
  });
}

/** Saves a screenshot under test-output/screenshots, or in `dir`. */
export async function screenshot(page: Page, name: string, dir: string = SCREENSHOT_DIR): Promise<void> {
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: false });
}
