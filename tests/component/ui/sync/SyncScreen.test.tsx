import 'fake-indexeddb/auto';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SaringDb } from '../../../../src/storage/db.ts';
import { deviceInfo, enrolDevice } from '../../../../src/storage/device-setup.ts';
import { signIn } from '../../../../src/storage/officers.ts';
import { createScreeningStore } from '../../../../src/storage/screening-repository.ts';
import { SyncAgent } from '../../../../src/ui/components/SyncAgent.tsx';
import { SessionContext } from '../../../../src/ui/hooks/use-session.ts';
import { UnlockedContext } from '../../../../src/ui/hooks/use-unlocked.ts';
import { SyncScreen } from '../../../../src/ui/screens/SyncScreen.tsx';
import { makeScreening } from '../../../fixtures/screenings.ts';

const PIN = '482913';
const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** A receiver that knows one code, accepts s-1 and reports a conflict for s-2. */
function fakeReceiver(receiver: { revoked?: boolean } = {}): void {
  globalThis.fetch = (async (input: string, init?: RequestInit) => {
    const url = String(input);
    if (receiver.revoked && !url.includes('/health')) return json({ error: 'sync.error.revoked' }, 401);
    if (url.includes('/health')) {
      const nonce = decodeURIComponent(url.split('nonce=')[1] ?? '');
      return json({ service: 'saring-receiver', apiVersion: 1, nonceEcho: nonce, time: 'now' });
    }
    const body = JSON.parse(String(init?.body ?? '{}')) as {
      code?: string;
      items?: { screening: { id: string } }[];
    };
    if (url.endsWith('/enrol')) {
      return body.code === 'GOOD-CODE'
        ? json({ deviceId: 'D', deviceToken: 't'.repeat(43), enrolledAt: '2026-11-23T00:00:00Z' })
        : json({ error: 'sync.error.badCode' }, 403);
    }
    if (url.endsWith('/screenings')) {
      return json({
        results: (body.items ?? []).map((i) => ({
          id: i.screening.id,
          revision: 1,
          status: i.screening.id === 's-1' ? 'accepted' : 'conflict',
        })),
      });
    }
    if (url.includes('/watchlist')) return json({ entries: [], cursor: '', more: false });
    if (url.includes('/catalogue')) return json({ catalogue: null, cursor: '' });
    if (url.endsWith('/counts')) return json({ stored: 0 });
    return json({ stored: 1, duplicates: 0, storedThroughSeq: 99 });
  }) as unknown as typeof fetch;
}

async function renderSignedIn() {
  const db = new SaringDb(`sync-screen-${Math.random()}`);
  const lead = { id: 'LEAD01', name: 'Rina Lestari', agency: 'IMIGRASI' as const, pin: PIN };
  await enrolDevice(
    db,
    { airport: 'PLM', checkpoint: 'PRE-XRAY-INTL', zone: 'WIB', lead },
    { iterations: 1000, persist: async () => false },
  );
  const result = await signIn(db, 'LEAD01', PIN);
  if (!result.ok) throw new Error(result.error);
  const unlocked = result.session;
  const store = createScreeningStore(db, unlocked.keys, { officerId: 'LEAD01', zone: 'WIB' });
  await store.saveFinal(makeScreening({ id: 's-1', outcome: 'INTERVIEW' }));
  await store.saveFinal(makeScreening({ id: 's-2', outcome: 'REFER_BP3MI' }));
  const session = {
    officer: unlocked.officer,
    device: deviceInfo(unlocked.device),
    store,
    lock: () => undefined,
  };
  render(
    <UnlockedContext.Provider value={{ db, unlocked }}>
      <SessionContext.Provider value={session}>
        <SyncAgent />
        <SyncScreen />
      </SessionContext.Provider>
    </UnlockedContext.Provider>,
  );
}

describe('Sync screen', () => {
  it('shows what waits, enrols with a shift lead code, then shows delivered and each failure with its reason', async () => {
    fakeReceiver();
    await renderSignedIn();
    expect((await screen.findByTestId('sync-pending')).textContent).toBe('2');
    const send = screen.getByRole('button', { name: 'Sinkron sekarang' }) as HTMLButtonElement;
    expect(send.disabled).toBe(true);

    fireEvent.input(screen.getByLabelText('Kode pendaftaran'), { target: { value: 'WRONG-CODE' } });
    fireEvent.click(screen.getByRole('button', { name: 'Daftarkan' }));
    await screen.findByText('Kode pendaftaran salah, sudah dipakai, atau kedaluwarsa.');

    fireEvent.input(screen.getByLabelText('Kode pendaftaran'), { target: { value: 'GOOD-CODE' } });
    fireEvent.click(screen.getByRole('button', { name: 'Daftarkan' }));
    await screen.findByText('Tablet terdaftar di server.');
    await screen.findByText(/Pusat sudah menyimpan isi lain untuk revisi ini/);
    expect(screen.getByTestId('sync-acknowledged').textContent).toBe('1');
    expect(screen.getByTestId('sync-failed').textContent).toBe('1');
    expect(screen.getByText('Catatan s-2:1')).toBeTruthy();
    await waitFor(() =>
      expect(screen.getByTestId('sync-last-success').textContent).toMatch(
        /^\d\d\/\d\d\/\d{4} \d\d:\d\d WIB$/,
      ),
    );
  });

  it('lets the shift lead send a quarantined record again, and says so when the tablet is revoked', async () => {
    const receiver: { revoked?: boolean } = {};
    fakeReceiver(receiver);
    await renderSignedIn();
    fireEvent.input(await screen.findByLabelText('Kode pendaftaran'), { target: { value: 'GOOD-CODE' } });
    fireEvent.click(screen.getByRole('button', { name: 'Daftarkan' }));
    await screen.findByText('Catatan s-2:1');
    receiver.revoked = true;
    fireEvent.click(screen.getByRole('button', { name: 'Kirim ulang' }));
    await screen.findByText('Catatan dijadwalkan untuk dikirim ulang.');
    await screen.findByTestId('sync-revoked');
    const send = screen.getByRole('button', { name: 'Sinkron sekarang' }) as HTMLButtonElement;
    expect(send.disabled).toBe(true);
    expect(screen.getByTestId('sync-pending').textContent).toBe('1');
  });
});
