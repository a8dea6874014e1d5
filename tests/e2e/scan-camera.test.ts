import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, screenshot, waitForOfflineReady } from './browser.ts';
import { barcodeVideo, fakeCameraArgs, mrzVideo } from './scan-fixtures.ts';
import { enrolAndSignIn } from './session-helpers.ts';

const MRZ = ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10'];
const BCBP = 'M1ERIKSSON/ANNA MARIA EABC123 CGKSINSQ 0957 327Y012A0025 100';
// A passport number full of zeros, the character the OCR most easily takes for the letter O.
const IDN = ['P<IDNSETIAWATI<<SITI<AMINAH<<<<<<<<<<<<<<<<<', 'X0030708<3IDN9602153F3109306<<<<<<<<<<<<<<<4'];

describe('scan screen with the camera (Chromium fake camera)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'saring-scan-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a PDF417 boarding pass shown to the camera into the flight fields', async () => {
    const video = await barcodeVideo(dir, BCBP);
    const session = await openBrowser({ extraArgs: fakeCameraArgs(video) });
    try {
      const { page } = session;
      await enrolAndSignIn(page, inject('baseUrl'), { role: 'officer', path: '/scan' });
      await page
        .getByRole('region', { name: 'Boarding pass' })
        .getByRole('button', { name: 'Kamera' })
        .click();
      await page.getByTestId('boarding-flight').waitFor({ timeout: 20_000 });
      expect(await page.getByTestId('boarding-flight').textContent()).toBe('SQ 957');
      expect(await page.getByTestId('boarding-route').textContent()).toBe('CGK → SIN');
      expect(await page.getByTestId('boarding-name').textContent()).toBe('ERIKSSON/ANNA MARIA');
      await screenshot(page, 'scan-barcode-read');
    } finally {
      await session.close();
    }
  });

  it('reads a passport MRZ shown to the camera into the passport fields, nothing fetched elsewhere', async () => {
    const video = mrzVideo(dir, MRZ);
    const session = await openBrowser({ extraArgs: fakeCameraArgs(video) });
    try {
      const { page } = session;
      const external: string[] = [];
      page.on('request', (request) => {
        if (!request.url().startsWith(inject('baseUrl'))) external.push(request.url());
      });
      await enrolAndSignIn(page, inject('baseUrl'), { role: 'officer', path: '/scan' });
      await page.getByRole('region', { name: 'Paspor' }).getByRole('button', { name: 'Kamera' }).click();
      await page.getByTestId('passport-number').waitFor({ timeout: 60_000 });
      expect(await page.getByTestId('passport-number').textContent()).toContain('L898902C3');
      expect(await page.getByTestId('passport-name').textContent()).toBe('ERIKSSON, ANNA MARIA');
      expect(await page.getByTestId('passport-birth').textContent()).toBe('12/08/1974');
      expect(external.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
      await screenshot(page, 'scan-mrz-read');
    } finally {
      await session.close();
    }
  });

  it('reads a tilted, blurred, noisy, unevenly lit passport MRZ exactly', async () => {
    const spoilt = mkdtempSync(join(dir, 'spoilt-'));
    const video = mrzVideo(spoilt, IDN, { rotate: -4, blur: 1, noise: 0.6, light: true, seed: 5 });
    const session = await openBrowser({ extraArgs: fakeCameraArgs(video) });
    try {
      const { page } = session;
      await enrolAndSignIn(page, inject('baseUrl'), { role: 'officer', path: '/scan' });
      await page.getByRole('region', { name: 'Paspor' }).getByRole('button', { name: 'Kamera' }).click();
      await page.getByTestId('passport-number').waitFor({ timeout: 60_000 });
      expect(await page.getByTestId('passport-number').textContent()).toContain('X0030708');
      expect(await page.getByTestId('passport-name').textContent()).toBe('SETIAWATI, SITI AMINAH');
      expect(await page.getByTestId('passport-birth').textContent()).toBe('15/02/1996');
      expect(await page.getByTestId('passport-expiry').textContent()).toBe('30/09/2031');
      await screenshot(page, 'scan-mrz-read-spoilt');
    } finally {
      await session.close();
    }
  });

  it('reads the MRZ offline: the reader worker comes from the precache on its first use', async () => {
    const video = mrzVideo(dir, MRZ);
    const session = await openBrowser({ extraArgs: fakeCameraArgs(video) });
    try {
      const { context, page } = session;
      const baseUrl = inject('baseUrl');
      await page.goto(`${baseUrl}/scan`);
      await waitForOfflineReady(page);
      const precached = await page.evaluate(async () => {
        const urls: string[] = [];
        for (const name of await caches.keys()) {
          for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
        }
        return urls;
      });
      expect(precached.some((url) => /\/assets\/mrz-worker-[^/]+\.js/.test(url))).toBe(true);
      const workerFrom: boolean[] = [];
      page.on('response', (response) => {
        if (response.url().includes('/assets/mrz-worker-')) workerFrom.push(response.fromServiceWorker());
      });
      await context.setOffline(true);
      await page.reload();
      await enrolAndSignIn(page, baseUrl, { role: 'officer', path: '/scan' });
      await page.getByRole('region', { name: 'Paspor' }).getByRole('button', { name: 'Kamera' }).click();
      await page.getByTestId('passport-number').waitFor({ timeout: 60_000 });
      expect(await page.getByTestId('passport-name').textContent()).toBe('ERIKSSON, ANNA MARIA');
      expect(workerFrom).toEqual([true]);
    } finally {
      await session.close();
    }
  });
});
