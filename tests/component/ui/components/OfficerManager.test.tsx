import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { addOfficer, signIn, type UnlockedSession } from '../../../../src/storage/officers.ts';
import { deactivateOfficer, setPinAfterReset } from '../../../../src/storage/officer-admin.ts';
import type { SaringDb } from '../../../../src/storage/db.ts';
import { OfficerManager } from '../../../../src/ui/components/OfficerManager.tsx';
import { UnlockedContext } from '../../../../src/ui/hooks/use-unlocked.ts';
import { enrolledSession, LEAD, TEST_ITERATIONS } from '../../../unit/storage/store-fixtures.ts';

const OFFICER = {
  id: 'OFF-2',
  name: 'Dewi Kartika',
  agency: 'BP3MI',
  role: 'officer',
  pin: '705126',
} as const;
const NEW_PIN = '736251';

/** An enrolled tablet with the lead LEAD01 and the officer OFF-2; the manager rendered for `as` (the lead). */
async function renderManager(as: 'lead' | 'officer' = 'lead') {
  const { db, session } = await enrolledSession();
  const added = await addOfficer(db, session, LEAD.pin, OFFICER, { iterations: TEST_ITERATIONS });
  if (!added.ok) throw new Error(added.error);
  let unlocked: UnlockedSession = session;
  if (as === 'officer') {
    const result = await signIn(db, OFFICER.id, OFFICER.pin);
    if (!result.ok) throw new Error(result.error);
    unlocked = result.session;
  }
  render(
    <UnlockedContext.Provider value={{ db, unlocked, onDevice: () => undefined }}>
      <OfficerManager />
    </UnlockedContext.Provider>,
  );
  await screen.findByText(OFFICER.id);
  return { db, session };
}

/** The list row of one officer. */
const row = (id: string): HTMLElement => screen.getByText(id).closest('li')!;

async function auditOf(db: SaringDb, action: string): Promise<string[][]> {
  return (await db.audit.toArray()).filter((a) => a.action === action).map((a) => [a.officerId, a.target]);
}

describe('Settings → officers on this tablet (shift lead)', () => {
  it('lists every officer enrolled here with name, agency and role, and offers no action on the lead’s own row', async () => {
    await renderManager();
    expect(row(OFFICER.id).textContent).toContain('Dewi Kartika · BP3MI · Petugas');
    expect(row(LEAD.id).textContent).toContain('Rina Lestari · Imigrasi · Ketua regu');
    expect(within(row(OFFICER.id)).getByRole('button', { name: `Reset PIN ${OFFICER.id}` })).toBeTruthy();
    expect(within(row(OFFICER.id)).getByRole('button', { name: `Nonaktifkan ${OFFICER.id}` })).toBeTruthy();
    expect(within(row(LEAD.id)).queryAllByRole('button')).toHaveLength(0);
  });

  it('resets a forgotten PIN after the lead’s own PIN: shows a one-time code once, the officer then sets a new PIN; audited', async () => {
    const { db } = await renderManager();
    fireEvent.click(screen.getByRole('button', { name: `Reset PIN ${OFFICER.id}` }));
    const dialog = await screen.findByRole('alertdialog', { name: `Reset PIN ${OFFICER.id}` });
    fireEvent.input(within(dialog).getByLabelText('PIN Anda (ketua regu) untuk konfirmasi'), {
      target: { value: LEAD.pin },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Buat kode sekali pakai' }));
    const result = await screen.findByText(/Kode sekali pakai untuk OFF-2: \d{8}\./);
    const code = /(\d{8})/.exec(result.textContent ?? '')![1]!;
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await within(row(OFFICER.id)).findByText('Menunggu PIN baru');
    expect(await auditOf(db, 'officer-pin-reset')).toEqual([[LEAD.id, OFFICER.id]]);
    // The code asks for a new PIN, which then opens the tablet.
    expect(await signIn(db, OFFICER.id, code)).toEqual({ ok: false, error: 'shiftLead.reset.newPinNeeded' });
    expect(await setPinAfterReset(db, OFFICER.id, code, NEW_PIN, NEW_PIN)).toMatchObject({ ok: true });
    expect(await signIn(db, OFFICER.id, NEW_PIN)).toMatchObject({ ok: true });
  });

  it('refuses a reset with a wrong lead PIN, keeps the dialog open and the officer’s PIN unchanged', async () => {
    const { db } = await renderManager();
    fireEvent.click(screen.getByRole('button', { name: `Reset PIN ${OFFICER.id}` }));
    const dialog = await screen.findByRole('alertdialog');
    fireEvent.input(within(dialog).getByLabelText('PIN Anda (ketua regu) untuk konfirmasi'), {
      target: { value: '000111' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Buat kode sekali pakai' }));
    expect((await screen.findByTestId('officer-action-result')).textContent).toBe('PIN ketua regu salah.');
    expect(screen.getByRole('alertdialog')).toBeTruthy();
    expect(within(row(OFFICER.id)).queryByText('Menunggu PIN baru')).toBeNull();
    expect(await auditOf(db, 'officer-pin-reset')).toEqual([]);
    expect(await signIn(db, OFFICER.id, OFFICER.pin)).toMatchObject({ ok: true });
  });

  it('deactivates an officer only once confirmed: marked inactive with no actions left, no sign-in, audited', async () => {
    const { db } = await renderManager();
    fireEvent.click(screen.getByRole('button', { name: `Nonaktifkan ${OFFICER.id}` }));
    let dialog = await screen.findByRole('alertdialog', { name: `Nonaktifkan ${OFFICER.id}` });
    expect(dialog.textContent).toContain('tidak dapat masuk lagi di tablet ini');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Batal' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(await auditOf(db, 'officer-deactivated')).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: `Nonaktifkan ${OFFICER.id}` }));
    dialog = await screen.findByRole('alertdialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ya, nonaktifkan' }));
    expect((await screen.findByTestId('officer-action-result')).textContent).toBe(
      'Petugas OFF-2 dinonaktifkan.',
    );
    await within(row(OFFICER.id)).findByText('Nonaktif');
    expect(within(row(OFFICER.id)).queryAllByRole('button')).toHaveLength(0);
    expect(await auditOf(db, 'officer-deactivated')).toEqual([[LEAD.id, OFFICER.id]]);
    expect(await signIn(db, OFFICER.id, OFFICER.pin)).toEqual({
      ok: false,
      error: 'shiftLead.officers.inactive',
    });
  });

  it('says so when the officer was deactivated meanwhile, and neither resets nor audits again', async () => {
    const { db, session } = await renderManager();
    fireEvent.click(screen.getByRole('button', { name: `Nonaktifkan ${OFFICER.id}` }));
    // Another screen of this tablet got there first.
    expect(await deactivateOfficer(db, session, OFFICER.id)).toEqual({ ok: true });
    fireEvent.click(await screen.findByRole('button', { name: 'Ya, nonaktifkan' }));
    expect((await screen.findByTestId('officer-action-result')).textContent).toMatch(
      /sudah dinonaktifkan di tablet ini/,
    );
    expect(await auditOf(db, 'officer-deactivated')).toHaveLength(1);
  });

  it('refuses an officer who is not a shift lead, and changes nothing', async () => {
    const { db } = await renderManager('officer');
    fireEvent.click(screen.getByRole('button', { name: `Nonaktifkan ${LEAD.id}` }));
    fireEvent.click(await screen.findByRole('button', { name: 'Ya, nonaktifkan' }));
    expect((await screen.findByTestId('officer-action-result')).textContent).toBe(
      'Hanya ketua regu yang dapat mengelola petugas.',
    );
    expect(within(row(LEAD.id)).queryByText('Nonaktif')).toBeNull();
    expect(await auditOf(db, 'officer-deactivated')).toEqual([]);
    expect(await signIn(db, LEAD.id, LEAD.pin)).toMatchObject({ ok: true });
  });
});
