import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createStaffUser, ensureFirstAdmin } from '../../server/console/staff.ts';
import { openDb, type Db } from '../../server/db.ts';
import { startReceiver, type RunningReceiver } from '../../server/receiver.ts';
import { consoleMessages } from '../../src/i18n/id/console.ts';
import { messagesId } from '../../src/i18n/messages-id.ts';
import { signInAs as consoleSignIn, type StaffClient } from '../integration/console-harness.ts';
import { newProfile, openBrowser, screenshot, TABLET_LANDSCAPE, type Session } from './browser.ts';
import { scanAndStart } from './screening-fixtures.ts';
import { enrolAndSignIn, goInApp } from './session-helpers.ts';

const distDir = inject('distDir');
const STAFF_PASSWORD = 'kata-sandi-yang-panjang';
const PASSENGER = { last: 'HASANAH', first: 'NUR AINI', number: 'C7781234' };
const m = consoleMessages.console;

/** Signs a staff member in to the console in `page`. */
async function consoleSignInUi(page: Page, url: string, username: string, password: string): Promise<void> {
  await page.goto(`${url}/pusat/`);
  await page.locator('#console-sign-in-title').waitFor();
  await page.fill('#console-username', username);
  await page.fill('#console-password', password);
  await page.click('form button[type=submit]');
  await page.locator('[data-testid=console-user]').waitFor();
}

type SyncStatus = { running: boolean; lastSuccessAt: number | null; lastError: string | null };
type SyncHook = { __saringSync: { status: () => SyncStatus } };

/** Presses "sync now" on the tablet and waits until that round has ended (the e2e hooks expose the service). */
async function syncNow(page: Page): Promise<void> {
  await goInApp(page, '/sync');
  const before = await page.evaluate(
    () => (globalThis as unknown as SyncHook).__saringSync.status().lastSuccessAt,
  );
  await page.getByRole('button', { name: messagesId.sync.syncNow }).click();
  await page.waitForFunction(
    (previous) => {
      const status = (globalThis as unknown as SyncHook).__saringSync.status();
      return !status.running && (status.lastSuccessAt !== previous || status.lastError !== null);
    },
    before,
    { timeout: 30_000 },
  );
}

/**
 * The whole loop between the gate and the provincial office, in Chromium against the real receiver: a console-issued
 * code enrols the tablet, a flagged screening reaches the inbox, a case worker takes, follows up and closes it, the
 * tablet's History shows it closed, an approved cegah entry pre-answers the next scan, and a revoked tablet is told.
 */
describe('a flagged departure from the gate to a closed case and back', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'saring-e2e-flow-'));
  const profile = newProfile();
  let db: Db;
  let receiver: RunningReceiver;
  let tablet: Session;
  let console_: Session;
  let admin: { username: string; password: string };

  beforeAll(async () => {
    db = await openDb({ dataDir });
    receiver = await startReceiver({ port: 0, db, distDir });
    const made = await ensureFirstAdmin(db);
    if (!made) throw new Error('no first administrator');
    admin = made;
    for (const [username, name, role, agency] of [
      ['dewi.bp3mi', 'Dewi Kartika', 'bp3mi_worker', 'BP3MI'],
      ['rahma.imi', 'Rahma Yulianti', 'supervisor', 'IMIGRASI'],
    ] as const)
      await createStaffUser(db, { username, name, role, agency, password: STAFF_PASSWORD });
    tablet = await openBrowser({ profile, viewport: TABLET_LANDSCAPE });
    await tablet.context.addInitScript(() => localStorage.setItem('saring.e2eHooks', '1'));
    console_ = await openBrowser({ viewport: { width: 1366, height: 768 } });
  });
  afterAll(async () => {
    await tablet?.close();
    await console_?.close();
    await receiver?.close();
    await db?.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  });

  it('runs the case loop end to end', async () => {
    const gate = tablet.page;
    const office = console_.page;

    // The administrator issues an enrolment code in the console; the tablet enrols with it.
    await consoleSignInUi(office, receiver.url, admin.username, admin.password);
    await office.goto(`${receiver.url}/pusat/tablet`);
    await office.getByRole('button', { name: m.devices.issueCode }).click();
    const code = ((await office.locator('[data-testid=enrol-code]').textContent()) ?? '').trim();
    await enrolAndSignIn(gate, receiver.url, { agency: 'IMIGRASI', role: 'shift_lead', path: '/sync' });
    await gate.fill('.sync-enrol input', code);
    await gate.click('.sync-enrol button[type=submit]');
    await gate.locator('.sync-enrol').waitFor({ state: 'hidden', timeout: 15_000 });

    // A flagged screening at the gate.
    await scanAndStart(gate, PASSENGER);
    await gate.getByText(`${PASSENGER.last}, ${PASSENGER.first}`).waitFor();
    for (const id of ['CMP_HANDLER_CONTROLS', 'DOC_DOCS_HELD_BY_OTHER'])
      await gate.locator(`[data-indicator=${id}]`).getByRole('radio', { name: 'Ya' }).click();
    await gate.getByRole('button', { name: 'Semua yang belum dijawab: Tidak' }).click();
    await gate.getByRole('radio', { name: /Serahkan ke BP3MI/ }).click();
    await gate.fill('#o-note', 'Paspor dipegang pendamping; diserahkan ke BP3MI.');
    await gate.getByRole('button', { name: 'Simpan', exact: true }).click();
    await gate.getByText('✓ Tersimpan').waitFor();
    await syncNow(gate);
    await gate.locator('[data-testid=sync-acknowledged]', { hasText: '1' }).waitFor({ timeout: 30_000 });

    // A BP3MI case worker finds it in the inbox, takes it, refers it on and closes it.
    await office.getByRole('button', { name: m.nav.signOut }).click();
    await consoleSignInUi(office, receiver.url, 'dewi.bp3mi', STAFF_PASSWORD);
    const row = office.locator('tr[data-case]', { hasText: PASSENGER.number });
    await row.waitFor();
    const caseId = (await row.getAttribute('data-case')) ?? '';
    await row.getByRole('link').first().click();
    await office.locator('[data-testid=case-state]', { hasText: m.state.new }).waitFor();
    await office.getByRole('button', { name: m.action.take, exact: true }).click();
    await office.locator('[data-testid=case-state]', { hasText: m.state.in_review }).waitFor();
    await screenshot(office, 'console-flow-case-in-review');

    // The worker proposes a cegah entry; an Imigrasi supervisor, a second person, approves it.
    const worker: StaffClient = await consoleSignIn(receiver.url, 'dewi.bp3mi', STAFF_PASSWORD);
    const proposed = await worker.call('POST', '/cekal', {
      caseId,
      kind: 'cegah',
      grounds: 'Diduga PMI non-prosedural, paspor dipegang pendamping yang dikenal sebagai perekrut.',
    });
    expect(proposed.status).toBe(201);
    const proposal = (await proposed.json()) as { id: string };
    const supervisor = await consoleSignIn(receiver.url, 'rahma.imi', STAFF_PASSWORD);
    const until = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const decided = await supervisor.call('POST', `/cekal/${proposal.id}/decision`, {
      decision: 'approve',
      reason: 'Disetujui untuk pencegahan sementara.',
      expiresOn: until,
    });
    expect(decided.status).toBe(200);

    await office.getByRole('button', { name: m.action.followUp }).click();
    await office.selectOption('#action-referral', 'bp3mi_home_office');
    const due = new Date(Date.now() + 7 * 86_400_000);
    const dd = (n: number) => String(n).padStart(2, '0');
    await office.fill('#action-due', `${dd(due.getDate())}/${dd(due.getMonth() + 1)}/${due.getFullYear()}`);
    await office.getByRole('button', { name: m.action.submitFollowUp }).click();
    await office.locator('[data-testid=case-state]', { hasText: m.state.follow_up }).waitFor();
    await office.getByRole('button', { name: m.action.close, exact: true }).click();
    await office.selectOption('#action-finding', 'pmi_np_prevented');
    await office.fill('#action-reason', 'Penumpang dipulangkan ke daerah asal bersama BP3MI Sumsel.');
    await office.locator('form').getByRole('button', { name: m.action.submitClose }).click();
    await office.locator('[data-testid=case-state]', { hasText: m.state.closed }).waitFor();
    await screenshot(office, 'console-flow-case-closed');

    // Back at the gate: History shows the case closed, and the next scan of that passport is pre-answered.
    await syncNow(gate);
    await goInApp(gate, '/history');
    await gate
      .locator('[data-testid=history-case-state]', { hasText: messagesId.sync.caseState.closed })
      .waitFor({ timeout: 15_000 });
    await scanAndStart(gate, PASSENGER);
    const cegah = gate.locator('[data-indicator=WL_CEGAH_HIT]');
    await cegah.waitFor();
    expect(await cegah.getByRole('radio', { name: 'Ya' }).getAttribute('aria-checked')).toBe('true');
    await screenshot(gate, 'console-flow-cegah-prefilled');

    // The administrator revokes the tablet; its next sync is refused and it says so.
    await office.getByRole('button', { name: m.nav.signOut }).click();
    await consoleSignInUi(office, receiver.url, admin.username, admin.password);
    await office.goto(`${receiver.url}/pusat/tablet`);
    const deviceRow = office.locator('tr[data-device]').first();
    await deviceRow.getByRole('button', { name: m.devices.revoke }).click();
    await office.getByRole('button', { name: m.devices.confirmRevokeYes }).click();
    await office.locator('tr[data-device] .state-revoked').waitFor();
    await goInApp(gate, '/sync');
    await gate.getByRole('button', { name: messagesId.sync.syncNow }).click();
    await gate.locator('[data-testid=sync-revoked]').waitFor({ timeout: 30_000 });
    await screenshot(gate, 'console-flow-tablet-revoked');
  }, 240_000);
});
