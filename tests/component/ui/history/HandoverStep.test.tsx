import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { HistoryScreen } from '../../../../src/ui/screens/HistoryScreen.tsx';
import { SessionContext } from '../../../../src/ui/hooks/use-session.ts';
import { UnlockedContext } from '../../../../src/ui/hooks/use-unlocked.ts';
import { addOfficer } from '../../../../src/storage/officers.ts';
import { auditSince } from '../../../../src/storage/audit-log.ts';
import { createScreeningStore } from '../../../../src/storage/screening-repository.ts';
import type { Agency, Outcome } from '../../../../src/core/screening/screening-schema.ts';
import { enrolledSession, LEAD, screening, TEST_ITERATIONS } from '../../../unit/storage/store-fixtures.ts';
import { sessionFor } from '../screening/harness.tsx';

const RECEIVER = {
  id: 'BP3-07',
  name: 'Yusuf Hakim',
  agency: 'BP3MI' as const,
  role: 'officer' as const,
  pin: '705126',
};

async function setUp(options: { outcome?: Outcome; agency?: Agency; receivers?: boolean } = {}) {
  const { db, session } = await enrolledSession();
  if (options.receivers !== false) {
    const added = await addOfficer(db, session, LEAD.pin, RECEIVER, { iterations: TEST_ITERATIONS });
    if (!added.ok) throw new Error(added.error);
  }
  const store = createScreeningStore(db, session.keys, { officerId: session.officer.id, zone: 'WIB' });
  const decidedAt = new Date(Date.now() - 10 * 60_000).toISOString();
  const saved = await store.saveFinal(
    screening({
      createdAt: decidedAt,
      updatedAt: decidedAt,
      decidedAt,
      lastName: 'WULANDARI',
      outcome: options.outcome ?? 'REFER_BP3MI',
    }),
  );
  render(
    <UnlockedContext.Provider value={{ db, unlocked: session }}>
      <SessionContext.Provider value={sessionFor(store, session.officer.id, options.agency)}>
        <HistoryScreen />
      </SessionContext.Provider>
    </UnlockedContext.Provider>,
  );
  fireEvent.click(await screen.findByRole('button', { name: /WULANDARI/ }));
  await screen.findByTestId('detail-decided-by', undefined, { timeout: 10_000 });
  return { db, session, store, saved };
}

const section = () => within(screen.getByTestId('handover'));

describe('recording the handover to BP3MI in History', { timeout: 30_000 }, () => {
  it('names who decided with their name and agency, not an id', async () => {
    await setUp();
    expect(screen.getByTestId('detail-decided-by').textContent).toMatch(/^Rina Lestari \(Imigrasi\) · /);
  });

  it('records the receiver chosen from the tablet, who confirms with their own PIN: one revision, audited', async () => {
    const { db, session, store, saved } = await setUp();
    fireEvent.click(section().getByRole('button', { name: 'Catat serah terima' }));
    fireEvent.click(section().getByRole('radio', { name: 'Yusuf Hakim' }));
    expect(section().getByText(/Serahkan tablet kepada Yusuf Hakim/)).toBeTruthy();
    fireEvent.input(section().getByLabelText('PIN Yusuf Hakim'), { target: { value: RECEIVER.pin } });
    fireEvent.click(section().getByRole('button', { name: 'Konfirmasi dan simpan' }));
    await section().findByText(
      /Serah terima tersimpan dan dikonfirmasi oleh Yusuf Hakim \(BP3MI\)/,
      undefined,
      {
        timeout: 10_000,
      },
    );
    await waitFor(() =>
      expect(screen.getByTestId('handover-state').textContent).toMatch(
        /^Dikonfirmasi dengan PIN oleh Yusuf Hakim \(BP3MI\)/,
      ),
    );
    const latest = (await store.revisions(saved.id)).at(-1);
    expect(latest?.revision).toBe(2);
    expect(latest?.handover).toMatchObject({
      bp3miOfficer: 'Yusuf Hakim',
      bp3miOfficerId: RECEIVER.id,
      confirmedBy: RECEIVER.id,
    });
    const entries = (await auditSince(db, session.keys, 0)).filter((e) => e.target === saved.id);
    expect(entries.map((e) => [e.action, e.officerId])).toContainEqual(['handover-confirmed', RECEIVER.id]);
    expect(screen.getByText(/serah terima ke BP3MI/)).toBeTruthy();
  });

  it('a wrong PIN says how many tries are left, keeps the form and stores nothing', async () => {
    const { store, saved } = await setUp();
    fireEvent.click(section().getByRole('button', { name: 'Catat serah terima' }));
    fireEvent.click(section().getByRole('radio', { name: 'Yusuf Hakim' }));
    fireEvent.input(section().getByLabelText('PIN Yusuf Hakim'), { target: { value: '111222' } });
    fireEvent.click(section().getByRole('button', { name: 'Konfirmasi dan simpan' }));
    const alert = await section().findByRole('alert', undefined, { timeout: 10_000 });
    expect(alert.textContent).toBe('PIN salah. Sisa 4 percobaan.');
    expect(document.activeElement?.id).toBe('handover-pin');
    expect(section().getByRole('radio', { name: 'Yusuf Hakim' }).getAttribute('aria-checked')).toBe('true');
    expect((await store.revisions(saved.id)).length).toBe(1);
  });

  it('saved unconfirmed, the receiver confirms later from the same screen', async () => {
    await setUp();
    fireEvent.click(section().getByRole('button', { name: 'Catat serah terima' }));
    fireEvent.click(section().getByRole('radio', { name: 'Yusuf Hakim' }));
    fireEvent.click(section().getByRole('button', { name: 'Simpan, konfirmasi nanti' }));
    await waitFor(
      () =>
        expect(screen.getByTestId('handover-state').textContent).toBe('Menunggu konfirmasi PIN Yusuf Hakim.'),
      {
        timeout: 10_000,
      },
    );
    fireEvent.input(section().getByLabelText('PIN Yusuf Hakim'), { target: { value: RECEIVER.pin } });
    fireEvent.click(section().getByRole('button', { name: 'Konfirmasi serah terima' }));
    await waitFor(
      () => expect(screen.getByTestId('handover-state').textContent).toMatch(/^Dikonfirmasi dengan PIN/),
      {
        timeout: 10_000,
      },
    );
  });

  it('a typed receiver needs a name, and is shown as not confirmable by PIN', async () => {
    await setUp({ receivers: false });
    fireEvent.click(section().getByRole('button', { name: 'Catat serah terima' }));
    expect(section().getByText(/Belum ada petugas BP3MI di tablet ini/)).toBeTruthy();
    fireEvent.click(section().getByRole('button', { name: 'Simpan serah terima' }));
    expect((await section().findByRole('alert')).textContent).toBe('Pilih penerima, atau ketik namanya.');
    expect(document.activeElement?.id).toBe('handover-typed');
    fireEvent.input(section().getByLabelText('Nama petugas BP3MI penerima'), {
      target: { value: 'Pak Anton' },
    });
    fireEvent.input(section().getByLabelText(/Waktu serah terima/), { target: { value: '7:5' } });
    fireEvent.click(section().getByRole('button', { name: 'Simpan serah terima' }));
    expect((await section().findByRole('alert')).textContent).toBe(
      'Tulis waktu sebagai JJ:MM, misalnya 14:05.',
    );
    expect(document.activeElement?.id).toBe('handover-time');
    const now = new Date();
    const hhmm = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Jakarta',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(now);
    fireEvent.input(section().getByLabelText(/Waktu serah terima/), { target: { value: hhmm } });
    fireEvent.click(section().getByRole('button', { name: 'Simpan serah terima' }));
    await waitFor(() => expect(screen.getByTestId('handover-state').textContent).toMatch(/^Nama diketik/), {
      timeout: 10_000,
    });
    expect(screen.getByTestId('handover-facts').textContent).toMatch(/kepada Pak Anton$/);
  });

  it('a BP3MI officer signed in is told the handover is recorded by Imigrasi; a clearance has no handover', async () => {
    await setUp({ agency: 'BP3MI' });
    expect(section().getByText(/Dicatat oleh petugas Imigrasi/)).toBeTruthy();
    expect(section().queryByRole('button', { name: 'Catat serah terima' })).toBeNull();
  });

  it('a clearance has no handover step', async () => {
    await setUp({ outcome: 'CLEAR' });
    expect(screen.queryByTestId('handover')).toBeNull();
  });
});
