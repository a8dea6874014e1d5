import 'fake-indexeddb/auto';
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { StorageHealth } from '../../../../src/ui/components/StorageHealth.tsx';
import { UnlockedContext } from '../../../../src/ui/hooks/use-unlocked.ts';
import { SaringDb } from '../../../../src/storage/db.ts';
import { enrolDevice } from '../../../../src/storage/device-setup.ts';
import { addOfficer, signIn, type UnlockedSession } from '../../../../src/storage/officers.ts';
import { purgeNowAsLead } from '../../../../src/storage/retention.ts';
import { DEFAULT_SHIFT_STARTS } from '../../../../src/core/time/shifts.ts';

const PIN = '482913';

async function unlockedLead(): Promise<{ db: SaringDb; unlocked: UnlockedSession }> {
  const db = new SaringDb(`health-${Math.random()}`);
  await enrolDevice(
    db,
    {
      airport: 'PLM',
      checkpoint: 'PRE-XRAY-INTL',
      zone: 'WIB',
      lead: { id: 'LEAD01', name: 'Rina Lestari', agency: 'IMIGRASI', pin: PIN },
    },
    { iterations: 1000, persist: async () => false },
  );
  const result = await signIn(db, 'LEAD01', PIN);
  if (!result.ok) throw new Error(result.error);
  return { db, unlocked: result.session };
}

function type(label: string, value: string): void {
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
}

async function unlockedOfficer(): Promise<{ db: SaringDb; unlocked: UnlockedSession }> {
  const lead = await unlockedLead();
  const added = await addOfficer(
    lead.db,
    lead.unlocked,
    PIN,
    { id: 'OFF-2', name: 'Dewi', agency: 'IMIGRASI', role: 'officer', pin: '705126' },
    { iterations: 1000 },
  );
  if (!added.ok) throw new Error(added.error);
  const result = await signIn(lead.db, 'OFF-2', '705126');
  if (!result.ok) throw new Error(result.error);
  return { db: lead.db, unlocked: result.session };
}

describe('Settings → Penyimpanan', () => {
  it('asks a shift lead to confirm "Hapus data sesuai retensi sekarang", and audits the run under the lead', async () => {
    const value = await unlockedLead();
    render(
      <UnlockedContext.Provider value={value}>
        <StorageHealth />
      </UnlockedContext.Provider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Hapus data sesuai retensi sekarang' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog.textContent).toContain('tidak dapat dibatalkan');
    fireEvent.click(screen.getByRole('button', { name: 'Batal' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect((await value.db.audit.toArray()).filter((a) => a.action === 'purge')).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Hapus data sesuai retensi sekarang' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Ya, hapus sekarang' }));
    await screen.findByText(/Dihapus: 0 penyaringan CLEAR/);
    const purges = (await value.db.audit.toArray()).filter((a) => a.action === 'purge');
    expect(purges.map((a) => [a.officerId, a.target])).toEqual([['LEAD01', 'retention-requested']]);
  });

  it('offers an officer no purge button, and the store refuses an officer who asks anyway', async () => {
    const value = await unlockedOfficer();
    render(
      <UnlockedContext.Provider value={value}>
        <StorageHealth />
      </UnlockedContext.Provider>,
    );
    await screen.findByRole('button', { name: 'Periksa jejak audit' });
    expect(screen.queryByRole('button', { name: 'Hapus data sesuai retensi sekarang' })).toBeNull();
    expect(await purgeNowAsLead(value.db, value.unlocked, DEFAULT_SHIFT_STARTS)).toEqual({
      ok: false,
      error: 'shiftLead.purge.leadOnly',
    });
    expect((await value.db.audit.toArray()).filter((a) => a.action === 'purge')).toHaveLength(0);
  });

  it('lets a shift lead add an officer only with the right lead PIN, and verifies the audit trail', async () => {
    const value = await unlockedLead();
    render(
      <UnlockedContext.Provider value={value}>
        <StorageHealth />
      </UnlockedContext.Provider>,
    );
    await screen.findByText(/LEAD01/);
    type('ID petugas', 'BP3MI-07');
    type('Nama', 'Yusuf Hakim');
    type('PIN (minimal 6 angka)', '705126');
    type('PIN Anda (ketua regu) untuk konfirmasi', '111999');
    fireEvent.click(screen.getByRole('button', { name: 'Tambah petugas' }));
    await screen.findByText('PIN ketua regu salah.');
    type('PIN Anda (ketua regu) untuk konfirmasi', PIN);
    fireEvent.click(screen.getByRole('button', { name: 'Tambah petugas' }));
    await screen.findByText('Petugas BP3MI-07 ditambahkan.');
    expect(await screen.findByText('BP3MI-07')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Periksa jejak audit' }));
    expect((await screen.findByTestId('chain-result')).textContent).toMatch(/utuh: 3 entri/);
  });

  it('reports a broken audit trail', async () => {
    const value = await unlockedLead();
    // The sign-in entry (no encrypted details) is rewritten.
    await value.db.audit.update(2, { target: 'changed' });
    render(
      <UnlockedContext.Provider value={value}>
        <StorageHealth />
      </UnlockedContext.Provider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Periksa jejak audit' }));
    expect((await screen.findByTestId('chain-result')).textContent).toMatch(/RUSAK mulai entri ke-2/);
  });

  it('reports entries missing at the end of the audit trail, apart from a broken link', async () => {
    const value = await unlockedLead();
    // Enrolment and sign-in are entries 1 and 2; the newest is deleted.
    await value.db.audit.delete(2);
    render(
      <UnlockedContext.Provider value={value}>
        <StorageHealth />
      </UnlockedContext.Provider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Periksa jejak audit' }));
    expect((await screen.findByTestId('chain-result')).textContent).toBe(
      'Jejak audit TERPOTONG: entri terakhir hilang (sudah sampai entri ke-2, kini hanya 1). Laporkan ke ketua regu.',
    );
  });

  it('shows no officer management to an ordinary officer', async () => {
    const value = await unlockedLead();
    const officer = {
      ...value,
      unlocked: { ...value.unlocked, officer: { ...value.unlocked.officer, role: 'officer' as const } },
    };
    render(
      <UnlockedContext.Provider value={officer}>
        <StorageHealth />
      </UnlockedContext.Provider>,
    );
    await screen.findByRole('button', { name: 'Periksa jejak audit' });
    expect(screen.queryByRole('button', { name: 'Tambah petugas' })).toBeNull();
  });
});
