import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { HistoryScreen } from '../../../../src/ui/screens/HistoryScreen.tsx';
import { SessionContext } from '../../../../src/ui/hooks/use-session.ts';
import { UnlockedContext, type Unlocked } from '../../../../src/ui/hooks/use-unlocked.ts';
import { screening } from '../../../unit/storage/store-fixtures.ts';
import { realStore, sessionFor } from '../screening/harness.tsx';
import { DexieCaseStates } from '../../../../src/sync/case-states.ts';

const now = new Date().toISOString();
const handler = {
  id: 'lp-1',
  name: 'PAK ROBERT',
  phone: '+628111',
  role: 'agent' as const,
  createdAt: now,
};

async function setUp() {
  const { store, officerId, db } = await realStore();
  const saved = await store.saveFinal(
    screening({
      createdAt: now,
      lastName: 'WULANDARI',
      passportNumber: 'B1234567',
      outcome: 'REFER_BP3MI',
      passportWithdrawn: true,
      passportReceiptNumber: 'TT-0042',
      linkedPersonIds: [handler.id],
    }),
    [handler],
  );
  await store.saveFinal(screening({ createdAt: now, lastName: 'HARTONO', passportNumber: 'C7654321' }));
  render(
    <UnlockedContext.Provider value={{ db, unlocked: {} } as Unlocked}>
      <SessionContext.Provider value={sessionFor(store, officerId)}>
        <HistoryScreen />
      </SessionContext.Provider>
    </UnlockedContext.Provider>,
  );
  await screen.findByRole('heading', { name: 'Hari ini (2)' });
  return { db, saved };
}

describe('history at the gate', { timeout: 20_000 }, () => {
  it('finds a passport by its last 4 characters, as officers read them aloud', async () => {
    await setUp();
    fireEvent.input(screen.getByPlaceholderText('Cari nama atau nomor paspor'), {
      target: { value: '4567' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Cari' }));
    await screen.findByRole('heading', { name: 'Hasil pencarian (1)' });
    expect(screen.getAllByRole('button', { name: /WULANDARI/ })).toHaveLength(2);
  });

  it('the detail shows the handler, the passport receipt, the outbox state and the central case state', async () => {
    const { db, saved } = await setUp();
    await db.caseStates.put({ id: saved.id, state: 'in_review', changedAt: now });
    fireEvent.click(screen.getByRole('button', { name: /WULANDARI/ }));
    await waitFor(() =>
      expect(screen.getByTestId('detail-handler').textContent).toBe('PAK ROBERT (Agen) · +628111'),
    );
    expect(screen.getByTestId('detail-passport').textContent).toBe('Ya, tanda terima TT-0042');
    await waitFor(() => expect(screen.getByTestId('detail-sync').textContent).toBe('Menunggu kirim'));
    await waitFor(() => expect(screen.getByTestId('detail-case-state').textContent).toBe('Ditinjau'));
  });

  it('shows a case state pulled while History is open, without reopening it', async () => {
    const { db, saved } = await setUp();
    fireEvent.click(screen.getByRole('button', { name: /WULANDARI/ }));
    await waitFor(() => expect(screen.getByTestId('detail-sync').textContent).toBe('Menunggu kirim'));
    await db.caseStates.put({ id: saved.id, state: 'closed', changedAt: now });
    await waitFor(() => expect(screen.getByTestId('detail-case-state').textContent).toBe('Selesai'));
  });

  it('the detail says a conflict waits for the centre, then how the centre resolved it', async () => {
    const { db, saved } = await setUp();
    const key = `${saved.id}:${saved.revision}`;
    await db.outbox.update(key, { state: 'rejected', lastError: 'sync.error.conflict' });
    fireEvent.click(screen.getByRole('button', { name: /WULANDARI/ }));
    const waiting = await screen.findByTestId('detail-conflict');
    expect(waiting.textContent).toBe(
      `Revisi ${saved.revision}: pusat menyimpan isi lain untuk revisi ini. Menunggu keputusan petugas kasus di pusat.`,
    );
    fireEvent.click(screen.getByRole('button', { name: /Kembali/ }));
    await new DexieCaseStates(db).apply([], '9', [
      {
        id: saved.id,
        revision: saved.revision,
        outcome: 'accepted',
        acceptedRevision: 4,
        resolvedAt: '2026-12-01T05:00:00.000Z',
      },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: /WULANDARI/ }));
    await waitFor(() =>
      expect(screen.getByTestId('detail-conflict').textContent).toContain(
        'Isi dari tablet ini diterima dan disimpan di pusat sebagai revisi 4.',
      ),
    );
    await waitFor(() => expect(screen.getByTestId('detail-sync').textContent).toBe('Diterima pusat'));
  });
});
