import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, screenshot } from './browser.ts';
import { fakeCameraArgs, realDocumentVideo, type RealDocument } from './scan-fixtures.ts';
import { enrolAndSignIn } from './session-helpers.ts';

// Specimen photographs and scans of real documents, outside the repository (see its README).
const ROOT = resolve(import.meta.dirname, '../../../shared/real-mrz');
const cases: Array<RealDocument & { id: string; lines: string[] }> = existsSync(join(ROOT, 'cases.json'))
  ? (JSON.parse(readFileSync(join(ROOT, 'cases.json'), 'utf8')) as { cases: [] }).cases
  : [];

describe.skipIf(cases.length === 0)(
  'scan screen with the camera on a real document (Chromium fake camera)',
  () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'saring-scan-real-'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('reads a real Croatian specimen passport, red print under its MRZ, into the passport fields exactly', async () => {
      const item = cases.find((each) => each.id === 'dev-pass-hrv')!;
      expect(item.lines[1]).toMatch(/^007007007/);
      const video = realDocumentVideo(dir, ROOT, item, 'hrv');
      const session = await openBrowser({ extraArgs: fakeCameraArgs(video) });
      try {
        const { page } = session;
        await enrolAndSignIn(page, inject('baseUrl'), { role: 'officer', path: '/scan' });
        await page.getByRole('region', { name: 'Paspor' }).getByRole('button', { name: 'Kamera' }).click();
        await page.getByTestId('passport-number').waitFor({ timeout: 60_000 });
        expect(await page.getByTestId('passport-number').textContent()).toContain('007007007');
        expect(await page.getByTestId('passport-name').textContent()).toBe('SPECIMEN, SPECIMEN');
        expect(await page.getByTestId('passport-birth').textContent()).toBe('25/12/1982');
        expect(await page.getByTestId('passport-expiry').textContent()).toContain('01/07/2014');
        await screenshot(page, 'scan-mrz-real-document');
      } finally {
        await session.close();
      }
    });
  },
);
