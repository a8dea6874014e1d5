import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../../server/static-server.ts';
import { openBrowser, waitForOfflineReady } from './browser.ts';

function build(outDir: string, version: string): void {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error', '--outDir', outDir, '--emptyOutDir'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', VITE_APP_VERSION: version },
  });
}

describe('a new version', () => {
  const dist = mkdtempSync(join(tmpdir(), 'saring-update-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('is offered as "update available" when the app becomes visible, and applied with one tap', async () => {
    build(dist, '1.0.0-old');
    const { server, url } = await startStaticServer({ port: 0, root: dist });
    const { page, close } = await openBrowser();
    try {
      await page.goto(`${url}/scan`);
      await waitForOfflineReady(page);
      const oldScript = await page.getAttribute('script[type=module]', 'src');

      build(dist, '1.0.1-new');
      // Tablets stay open all shift: coming back to the app is what checks for a new version.
      await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
      await page.getByText('Pembaruan tersedia.').waitFor({ timeout: 30_000 });
      expect(await page.getAttribute('script[type=module]', 'src')).toBe(oldScript);

      await Promise.all([
        page.waitForEvent('load'),
        page.getByRole('button', { name: 'Perbarui sekarang' }).click(),
      ]);
      // The reloaded app starts at its gate (enrolment on this fresh device).
      await page.locator('#app h1').first().waitFor();
      expect(await page.getAttribute('script[type=module]', 'src')).not.toBe(oldScript);
      expect(await page.getByText('Pembaruan tersedia.').count()).toBe(0);
    } finally {
      await close();
      server.close();
    }
  });
});
