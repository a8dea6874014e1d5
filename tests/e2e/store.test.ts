import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { newProfile, openBrowser, screenshot } from './browser.ts';
import { enrolAndSignIn, goInApp, lockApp, signInAs, E2E_ENROL_LEAD } from './session-helpers.ts';

const baseUrl = inject('baseUrl');
const PERSONAL = [
  'SUPRIYATNA',
  'Supriyatna',
  'ANGGRAENI',
  'X7305518',
  '1998-04-17',
  '17/04/1998',
  '980417',
  '+6281234567890',
];

/** A decided screening built inside the page (the store validates it). */
function screeningSource(id: string, outcome: string): Record<string, unknown> {
  return {
    id,
    revision: 1,
    status: 'final',
    createdAt: new Date().toISOString(),
    updatedAt: new Date().toISOString(),
    airport: 'PLM',
    checkpoint: 'PRE-XRAY-INTL',
    agency: 'IMIGRASI',
    officerId: E2E_ENROL_LEAD.id,
    deviceId: 'e2e',
    catalogueVersion: 1,
    passenger: {
      lastName: 'SUPRIYATNA',
      firstName: 'DEWI ANGGRAENI',
      sex: 'female',
      birthDate: '1998-04-17',
      nationality: 'IDN',
      passportNumber: 'X7305518',
      issuingState: 'IDN',
      passportExpiry: '2031-02-10',
      phone: '+6281234567890',
    },
    flight: null,
    answers: { 'I-01': 'yes' },
    prefilled: {},
    score: 6,
    recommended: 'INTERVIEW',
    outcome,
    passportWithdrawn: false,
    decidedBy: E2E_ENROL_LEAD.id,
    decidedAt: new Date().toISOString(),
    note: 'Sponsor menunggu di luar',
    linkedPersonIds: [],
  };
}

type StoreHook = { saveFinal: (s: unknown) => Promise<{ id: string; revision: number }> };

/** Every record of every object store of the app's database, read with the raw IndexedDB API; bytes as latin1. */
async function rawDump(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('saring');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const out: Record<string, unknown[]> = {};
    const bytes = (value: unknown): unknown => {
      if (value instanceof Uint8Array || value instanceof ArrayBuffer) {
        return String.fromCharCode(...new Uint8Array(value instanceof ArrayBuffer ? value : value.buffer));
      }
      if (Array.isArray(value)) return value.map(bytes);
      if (value && typeof value === 'object')
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, bytes(v)]));
      return value;
    };
    for (const name of [...db.objectStoreNames]) {
      out[name] = await new Promise<unknown[]>((resolve) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve((request.result as unknown[]).map(bytes));
      });
    }
    db.close();
    return out;
  });
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('the secure local store in Chromium', () => {
  const profile = newProfile();
  afterAll(() => rmSync(profile, { recursive: true, force: true }));

  it('enrols, signs in, saves a screening, and keeps no personal data in clear in IndexedDB', async () => {
    const { page, context, close } = await openBrowser({ profile });
    await context.addInitScript(() => localStorage.setItem('saring.e2eHooks', '1'));
    try {
      await page.goto(`${baseUrl}/settings`);
      await page.locator('#enrol-title').waitFor();
      await screenshot(page, 'store-enrol-landscape');
      await enrolAndSignIn(page, baseUrl, { path: '/settings' });
      await page.locator('[data-testid=storage-health]').waitFor();
      const ids = await page.evaluate(
        async ([a, b]) => {
          const store = (globalThis as unknown as { __saringStore: StoreHook }).__saringStore;
          const first = await store.saveFinal(a);
          const second = await store.saveFinal(b);
          return [first.id, second.id];
        },
        [screeningSource('e2e-flagged-1', 'REFER_BP3MI'), screeningSource('e2e-clear-1', 'CLEAR')] as const,
      );
      expect(ids).toEqual(['e2e-flagged-1', 'e2e-clear-1']);
      const dump = await rawDump(page);
      const text = JSON.stringify(dump);
      // The dump really holds the records: their non-personal ids are there in clear.
      expect(text).toContain('e2e-flagged-1');
      expect(dump.outbox).toHaveLength(1);
      for (const value of PERSONAL) expect(text, `"${value}" in IndexedDB`).not.toContain(value);
      expect(text).not.toContain(E2E_ENROL_LEAD.name);
      await page.getByRole('button', { name: 'Periksa jejak audit' }).click();
      await expect(page.locator('[data-testid=chain-result]').textContent()).resolves.toMatch(/utuh/);
      await screenshot(page, 'store-settings-landscape');
      await lockApp(page);
      expect(await page.locator('main').count()).toBe(0);
      await screenshot(page, 'store-signin-landscape');
    } finally {
      await close();
    }
    // The files Chromium wrote on disk hold none of it either.
    const idbDir = join(profile, 'user', 'Default', 'IndexedDB');
    const blob = filesUnder(idbDir)
      .map((file) => readFileSync(file).toString('latin1'))
      .join('\n');
    expect(blob).toContain('e2e-flagged-1');
    for (const value of PERSONAL) expect(blob, `"${value}" on disk`).not.toContain(value);
  });

  it('keeps the store consistent when the browser is killed in the middle of saving', async () => {
    const { page, context, close } = await openBrowser({ profile });
    await context.addInitScript(() => localStorage.setItem('saring.e2eHooks', '1'));
    await page.goto(`${baseUrl}/settings`);
    await page.locator('#sign-in-title').waitFor();
    expect(await signInAs(page, E2E_ENROL_LEAD.id)).toBe(true);
    const sources = Array.from({ length: 200 }, (_, i) =>
      screeningSource(`kill-${i}`, i % 2 ? 'CLEAR' : 'INTERVIEW'),
    );
    void page
      .evaluate(async (list) => {
        const store = (globalThis as unknown as { __saringStore: StoreHook }).__saringStore;
        for (const s of list) await store.saveFinal(s);
      }, sources)
      .catch(() => undefined);
    await page.waitForTimeout(400);
    const pids = execFileSync('pgrep', ['-f', join(profile, 'user')])
      .toString()
      .trim()
      .split('\n')
      .map(Number);
    for (const pid of pids) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Already gone with its parent.
      }
    }
    await close().catch(() => undefined);

    const again = await openBrowser({ profile });
    try {
      await again.page.goto(`${baseUrl}/settings`);
      await again.page.locator('#sign-in-title').waitFor();
      expect(await signInAs(again.page, E2E_ENROL_LEAD.id)).toBe(true);
      await goInApp(again.page, '/settings');
      const dump = (await rawDump(again.page)) as {
        screenings: Array<{ id: string; revision: number; latest: number; flagged: number }>;
        outbox: Array<{ screeningId: string; revision: number }>;
        audit: Array<{ action: string; target: string }>;
      };
      const saved = dump.screenings.filter((row) => row.id.startsWith('kill-'));
      expect(saved.length).toBeGreaterThan(0);
      // Every saved record has its audit entry and, when flagged, its outbox entry; nothing exists half-written.
      const created = new Set(dump.audit.filter((a) => a.action === 'create').map((a) => a.target));
      const queued = new Set(dump.outbox.map((o) => `${o.screeningId}:${o.revision}`));
      for (const row of saved) {
        expect(created.has(row.id), row.id).toBe(true);
        expect(queued.has(`${row.id}:${row.revision}`)).toBe(row.flagged === 1);
      }
      expect(created.size - 2).toBe(saved.length);
      await again.page.getByRole('button', { name: 'Periksa jejak audit' }).click();
      await expect(again.page.locator('[data-testid=chain-result]').textContent()).resolves.toMatch(/utuh/);
      console.log(`killed after ${saved.length} of ${sources.length} saves; store consistent`);
    } finally {
      await again.close();
    }
  });

  it('lets the lead add a BP3MI officer who signs in, and locks an officer out after five wrong PINs', async () => {
    const { page, close } = await openBrowser({ profile });
    try {
      const { officerId } = await enrolAndSignIn(page, baseUrl, {
        agency: 'BP3MI',
        role: 'officer',
        path: '/settings',
      });
      expect(officerId).toBe('PETUGAS-BP3MI');
      await expect(page.locator('[data-testid=signed-in-as]').textContent()).resolves.toMatch(
        /Petugas BP3MI \(Petugas\)/,
      );
      await expect(page.locator('#officer-id').count()).resolves.toBe(0);
      await lockApp(page);
      for (let i = 0; i < 5; i += 1) {
        expect(await signInAs(page, officerId, '000111')).toBe(false);
        const alert = (await page.locator('.gate [role=alert]').textContent()) ?? '';
        if (alert.includes('Tunggu')) {
          // Growing delay: wait it out before the next try.
          const seconds = Number(/(\d+) detik/.exec(alert)?.[1] ?? 0);
          await page.waitForTimeout(seconds * 1000 + 100);
          expect(await signInAs(page, officerId, '000111')).toBe(false);
        }
      }
      await expect(page.locator('.gate [role=alert]').textContent()).resolves.toMatch(/terkunci/);
      await screenshot(page, 'store-signin-locked-landscape');
      // The right PIN does not open a locked account; the lead unlocks it from Settings.
      expect(await signInAs(page, officerId)).toBe(false);
      expect(await signInAs(page, E2E_ENROL_LEAD.id)).toBe(true);
      await goInApp(page, '/settings');
      await page.getByRole('button', { name: `Buka kunci ${officerId}` }).click();
      await lockApp(page);
      expect(await signInAs(page, officerId)).toBe(true);
    } finally {
      await close();
    }
  });
});

describe('the audit trail in Chromium', () => {
  const profile = newProfile();
  afterAll(() => rmSync(profile, { recursive: true, force: true }));

  it('reports entries deleted from its end with the raw IndexedDB API, apart from a broken link', async () => {
    const { page, close } = await openBrowser({ profile });
    try {
      await enrolAndSignIn(page, baseUrl, { path: '/settings' });
      const result = page.locator('[data-testid=chain-result]');
      await page.getByRole('button', { name: 'Periksa jejak audit' }).click();
      await expect.poll(() => result.textContent()).toMatch(/utuh/);
      const removed = await page.evaluate(async () => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open('saring');
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        const store = db.transaction('audit', 'readwrite').objectStore('audit');
        const keys = await new Promise<IDBValidKey[]>((resolve) => {
          const request = store.getAllKeys();
          request.onsuccess = () => resolve(request.result);
        });
        const newest = keys.slice(-2);
        for (const key of newest) store.delete(key);
        await new Promise((resolve) => (store.transaction.oncomplete = resolve));
        db.close();
        return newest.map(Number);
      });
      await page.getByRole('button', { name: 'Periksa jejak audit' }).click();
      await expect.poll(() => result.textContent()).toMatch(/TERPOTONG/);
      const text = (await result.textContent()) ?? '';
      expect(text).toContain(`sampai entri ke-${removed[1]}`);
      expect(text).not.toMatch(/RUSAK/);
    } finally {
      await close();
    }
  });
});
