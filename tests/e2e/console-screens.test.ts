import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  FakeConsoleServer,
  OTHER_WORKER,
  PASSWORD,
  WORKER,
  confirmedHandover,
  detail,
  device,
} from '../component/console/fake-console-server.ts';
import { openBrowser, screenshot, type Session } from './browser.ts';

const baseUrl = inject('baseUrl');
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

/** A case whose passenger Imigrasi handed to BP3MI at the gate, the receiver confirming with their PIN. */
function withHandover(handed: boolean, over: Parameters<typeof detail>[0]): ReturnType<typeof detail> {
  const made = detail(over);
  if (handed) made.screening.handover = confirmedHandover();
  return made;
}

/** The built console in Chromium, its API answered by the in-memory fake: each screen at both desktop sizes. */
describe('case console screens in Chromium', () => {
  let browser: Session;
  const server = new FakeConsoleServer();
  beforeAll(async () => {
    browser = await openBrowser({ viewport: SIZES[0]! });
    await browser.page.route('**/api/console/**', async (route) => {
      const request = route.request();
      const body = request.postData();
      const reply = await server.fetch(request.url(), {
        method: request.method(),
        headers: request.headers(),
        ...(body ? { body } : {}),
      });
      await route.fulfill({
        status: reply.status,
        contentType: 'application/json',
        body: await reply.text(),
      });
    });
    const names = [
      'SUHARTI, SITI',
      'NURHALIZA, DEWI AYU',
      "MA'RUF, MUHAMMAD",
      'SIREGAR, RINI',
      'WULANDARI, YOHANA',
    ];
    names.forEach((name, i) =>
      server.cases.set(
        `case-${i}`,
        withHandover(i === 2, {
          id: `case-${i}`,
          passengerName: name,
          screenedAt: `2026-12-01T0${i}:15:00.000Z`,
          state: (['new', 'in_review', 'follow_up', 'closed', 'new'] as const)[i],
          owner: i === 1 ? OTHER_WORKER : i === 2 ? { id: WORKER.id, name: WORKER.name } : null,
          referredTo: i === 2 ? 'shelter' : null,
          dueDate: i === 2 ? '2026-12-15' : null,
        }),
      ),
    );
    server.devices = [
      device(),
      device({
        id: 'dev-2',
        airport: 'CGK',
        checkpoint: 'T3-INTL',
        lastSeenAt: null,
        pending: null,
        rejected: null,
      }),
      device({ id: 'dev-3', revoked: true }),
    ];
  });
  afterAll(async () => {
    await browser.close();
  });

  const shoot = async (name: string) => {
    for (const size of SIZES) {
      await browser.page.setViewportSize(size);
      await browser.page.waitForTimeout(100);
      await screenshot(browser.page, `console-${name}-${size.width}x${size.height}`);
    }
    await browser.page.setViewportSize(SIZES[0]!);
  };

  it('signs in, shows the inbox, a case and the tablets', async () => {
    const { page } = browser;
    await page.goto(`${baseUrl}/pusat/`);
    await page.locator('#console-sign-in-title').waitFor();
    await page.fill('#console-username', WORKER.username);
    await page.fill('#console-password', 'salah');
    await page.click('form button[type=submit]');
    await page.locator('[data-testid=sign-in-error]').waitFor();
    await shoot('sign-in-error');
    await page.fill('#console-password', PASSWORD);
    await page.click('form button[type=submit]');
    await page.locator('#inbox-title').waitFor();
    // The title shows before the first page of cases arrives: wait for its rows.
    await page.locator('.case-table tbody tr').nth(4).waitFor();
    expect(await page.locator('.case-table tbody tr').count()).toBe(5);
    await shoot('inbox');
    await page.click('.case-table a:has-text("RUF, MUHAMMAD")');
    await page.locator('#case-title').waitFor();
    await page.click('.case-actions button:has-text("Tutup kasus")');
    await shoot('case');
    // The screening card with the BP3MI handover, in Indonesian and in English.
    await page.locator('[data-field="handover"]').scrollIntoViewIfNeeded();
    await shoot('case-handover');
    await page.click('.lang-toggle');
    await page.locator('dt:has-text("Handover to BP3MI")').waitFor();
    await page.locator('[data-field="handover"]').scrollIntoViewIfNeeded();
    await shoot('case-handover-en');
    await page.click('.lang-toggle');
    await page.locator('dt:has-text("Serah terima ke BP3MI")').waitFor();
    await page.click('button:has-text("Keluar")');
    await page.locator('#console-sign-in-title').waitFor();
    await page.goto(`${baseUrl}/pusat/`);
    await page.locator('#console-sign-in-title').waitFor();
    await page.fill('#console-username', 'admin');
    await page.fill('#console-password', PASSWORD);
    await page.click('form button[type=submit]');
    await page.locator('#devices-title').waitFor();
    await page.click('text=Buat kode pendaftaran');
    await page.locator('[data-testid=enrol-code]').waitFor();
    await page.locator('tr[data-device="dev-1"] button').click();
    await shoot('tablets');
  });
});
