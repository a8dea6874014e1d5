import type { Page } from 'playwright-core';

/** The PIN every e2e officer gets. */
export const E2E_PIN = '482913';
/** The shift lead created when the test device is enrolled. */
export const E2E_ENROL_LEAD = { id: 'KETUA-IMIGRASI', name: 'Rina Lestari', agency: 'IMIGRASI' } as const;

type Agency = 'IMIGRASI' | 'BP3MI';
type Role = 'officer' | 'shift_lead';

/** The officer id the helper uses for an agency and role, e.g. PETUGAS-BP3MI. */
export function e2eOfficerId(agency: Agency, role: Role): string {
  return `${role === 'shift_lead' ? 'KETUA' : 'PETUGAS'}-${agency}`;
}

async function gateState(page: Page): Promise<'enrol' | 'signIn' | 'open'> {
  await page.locator('#enrol-title, #sign-in-title, [data-testid=signed-in-as]').first().waitFor();
  if (await page.locator('#enrol-title').count()) return 'enrol';
  if (await page.locator('#sign-in-title').count()) return 'signIn';
  return 'open';
}

async function enrol(page: Page): Promise<void> {
  await page.fill('#enrol-airport', 'PLM');
  await page.fill('#enrol-checkpoint', 'PRE-XRAY-INTL');
  await page.fill('#enrol-id', E2E_ENROL_LEAD.id);
  await page.fill('#enrol-name', E2E_ENROL_LEAD.name);
  await page.selectOption('#enrol-officer-agency', E2E_ENROL_LEAD.agency);
  await page.fill('#enrol-pin', E2E_PIN);
  await page.fill('#enrol-pin2', E2E_PIN);
  await page.click('form button[type=submit]');
  await page.locator('[data-testid=persist-answer]').waitFor();
  await page.locator('.gate .btn-primary').click();
  await page.locator('#sign-in-title').waitFor();
}

/** Signs in on the sign-in screen; true when the app opened. */
export async function signInAs(page: Page, officerId: string, pin: string = E2E_PIN): Promise<boolean> {
  const form = page.locator('form[data-attempts]');
  const before = Number(await form.getAttribute('data-attempts'));
  await page.fill('#sign-in-officer', officerId);
  await page.fill('#sign-in-pin', pin);
  await page.click('form button[type=submit]');
  // Each answer (open, or an error) bumps the form's attempt counter.
  await page.waitForFunction(
    (n) =>
      document.querySelector('[data-testid=signed-in-as]') !== null ||
      Number(document.querySelector('form[data-attempts]')?.getAttribute('data-attempts')) > n,
    before,
  );
  return (await page.locator('[data-testid=signed-in-as]').count()) > 0;
}

/** Moves inside the single-page app without a reload (a reload locks the app). */
export async function goInApp(page: Page, path: string): Promise<void> {
  await page.evaluate((target) => {
    history.pushState(null, '', target);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

/** Locks the app with the header button. */
export async function lockApp(page: Page): Promise<void> {
  await page.locator('.lock-button button').click();
  await page.locator('#sign-in-title').waitFor();
}

/**
 * Gets past the sign-in gate: enrols the device on first use (shift lead KETUA-IMIGRASI), adds the wanted officer
 * through Settings → Penyimpanan if missing, and signs in as `e2eOfficerId(agency, role)` with E2E_PIN, ending on
 * `path`. Any later page.goto or reload locks the app again: call this once more (it then only signs in).
 */
export async function enrolAndSignIn(
  page: Page,
  baseUrl: string,
  options: { agency?: Agency; role?: Role; path?: string } = {},
): Promise<{ officerId: string; pin: string }> {
  const agency = options.agency ?? 'IMIGRASI';
  const role = options.role ?? 'shift_lead';
  const path = options.path ?? '/scan';
  const officerId = e2eOfficerId(agency, role);
  if (!page.url().startsWith(baseUrl)) await page.goto(`${baseUrl}${path}`);
  let state = await gateState(page);
  if (state === 'open') {
    const current = await page.locator('[data-testid=signed-in-as]').getAttribute('data-officer');
    if (current === officerId) {
      await goInApp(page, path);
      return { officerId, pin: E2E_PIN };
    }
    await lockApp(page);
    state = 'signIn';
  }
  if (state === 'enrol') await enrol(page);
  if (!(await signInAs(page, officerId))) {
    // Not on this device yet: the enrolment lead adds them.
    if (!(await signInAs(page, E2E_ENROL_LEAD.id))) throw new Error('enrolment lead cannot sign in');
    await goInApp(page, '/settings');
    await page.fill('#officer-id', officerId);
    await page.fill('#officer-name', `${role === 'shift_lead' ? 'Ketua' : 'Petugas'} ${agency}`);
    await page.selectOption('#officer-agency', agency);
    await page.selectOption('#officer-role', role);
    await page.fill('#officer-pin', E2E_PIN);
    await page.fill('#officer-lead-pin', E2E_PIN);
    await page.click('#officer-add');
    await page.locator('.officer-list').getByText(officerId, { exact: true }).waitFor();
    await lockApp(page);
    if (!(await signInAs(page, officerId))) throw new Error(`cannot sign in as ${officerId}`);
  }
  await goInApp(page, path);
  return { officerId, pin: E2E_PIN };
}
