import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDb, type Db } from '../../server/db.ts';
import { ensureFirstAdmin } from '../../server/console/staff.ts';
import { startReceiver, type RunningReceiver } from '../../server/receiver.ts';
import { openBrowser, type Session } from './browser.ts';

const distDir = inject('distDir');

/** The console served by the real receiver: an administrator signs in, issues a code, a tablet enrols with it. */
describe('case console against the reference receiver in Chromium', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'saring-e2e-console-'));
  let db: Db;
  let receiver: RunningReceiver;
  let browser: Session;
  let admin: { username: string; password: string };

  beforeAll(async () => {
    db = await openDb({ dataDir });
    receiver = await startReceiver({ port: 0, db, distDir });
    const made = await ensureFirstAdmin(db);
    if (!made) throw new Error('no first administrator');
    admin = made;
    browser = await openBrowser({ viewport: { width: 1366, height: 768 } });
  });
  afterAll(async () => {
    await browser?.close();
    await receiver?.close();
    await db?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('a console-issued code enrols a tablet, which the tablet list then shows', async () => {
    const { page } = browser;
    await page.goto(`${receiver.url}/pusat/`);
    await page.locator('#console-sign-in-title').waitFor();
    await page.fill('#console-username', admin.username);
    await page.fill('#console-password', admin.password);
    await page.click('form button[type=submit]');
    await page.locator('#devices-title').waitFor();
    await page.click('text=Buat kode pendaftaran');
    const code = (await page.locator('[data-testid=enrol-code]').textContent()) ?? '';
    expect(code.length).toBeGreaterThanOrEqual(6);

    const deviceId = crypto.randomUUID();
    const enrol = await fetch(`${receiver.url}/api/v1/enrol`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code, deviceId, airport: 'PLM', checkpoint: 'PRE-XRAY-INTL' }),
    });
    expect(enrol.status).toBe(200);
    const { deviceToken } = (await enrol.json()) as { deviceToken: string };
    const watchlist = () =>
      fetch(`${receiver.url}/api/v1/watchlist`, { headers: { Authorization: `Bearer ${deviceToken}` } });
    expect((await watchlist()).status).toBe(200);

    await page.reload();
    const row = page.locator(`tr[data-device="${deviceId}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain('PLM · PRE-XRAY-INTL');
    expect(await row.locator('.state-active').count()).toBe(1);
  });
});
