import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { SessionGate } from '../../../../src/ui/components/SessionGate.tsx';
import { useSession } from '../../../../src/ui/hooks/use-session.ts';
import { SaringDb } from '../../../../src/storage/db.ts';
import { enrolDevice } from '../../../../src/storage/device-setup.ts';
import { addOfficer, signIn as signInStore } from '../../../../src/storage/officers.ts';

const PIN = '482913';

function Secret() {
  const { officer, lock } = useSession();
  return (
    <div>
      <p>Data pribadi untuk {officer.name}</p>
      <p data-testid="where">{location.pathname}</p>
      <button type="button" onClick={lock}>
        kunci
      </button>
    </div>
  );
}

async function enrolledDb(): Promise<SaringDb> {
  const db = new SaringDb(`gate-${Math.random()}`);
  const result = await enrolDevice(
    db,
    {
      airport: 'PLM',
      checkpoint: 'PRE-XRAY-INTL',
      zone: 'WIB',
      lead: { id: 'LEAD01', name: 'Rina Lestari', agency: 'IMIGRASI', pin: PIN },
    },
    { iterations: 1000, persist: async () => true },
  );
  if (!result.ok) throw new Error(result.error);
  return db;
}

function type(label: string | RegExp, value: string): void {
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
}

async function signIn(pin = PIN): Promise<void> {
  type('ID petugas', 'LEAD01');
  type('PIN', pin);
  fireEvent.click(screen.getByRole('button', { name: 'Buka kunci' }));
}

describe('the sign-in gate', () => {
  it('enrols a new tablet, shows the persistence answer, then asks for sign-in before showing anything', async () => {
    const db = new SaringDb(`gate-${Math.random()}`);
    render(
      <SessionGate db={db} kdfIterations={1000}>
        <Secret />
      </SessionGate>,
    );
    await screen.findByRole('heading', { name: 'Daftarkan tablet' });
    type('ID petugas', 'LEAD01');
    type('Nama', 'Rina Lestari');
    type('PIN (minimal 6 angka)', PIN);
    type('Ulangi PIN', '482914');
    fireEvent.click(screen.getByRole('button', { name: 'Daftarkan' }));
    await screen.findByText('Kedua PIN tidak sama.');
    type('Ulangi PIN', PIN);
    fireEvent.click(screen.getByRole('button', { name: 'Daftarkan' }));
    await screen.findByTestId('persist-answer');
    expect(screen.queryByText(/Data pribadi/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Lanjut ke masuk' }));
    await screen.findByRole('heading', { name: 'Masuk' });
    await signIn();
    await screen.findByText('Data pribadi untuk Rina Lestari');
  });

  it('says how many tries are left after a wrong PIN and shows nothing until the right one', async () => {
    const db = await enrolledDb();
    render(
      <SessionGate db={db}>
        <Secret />
      </SessionGate>,
    );
    await screen.findByRole('heading', { name: 'Masuk' });
    await signIn('111999');
    await screen.findByText('ID petugas atau PIN salah. Sisa 4 percobaan.');
    expect(screen.queryByText(/Data pribadi/)).toBeNull();
  });

  it('answers a second wrong PIN within the back-off with the seconds to wait, counting down, not a lockout', async () => {
    const db = await enrolledDb();
    render(
      <SessionGate db={db}>
        <Secret />
      </SessionGate>,
    );
    await screen.findByRole('heading', { name: 'Masuk' });
    await signIn('111999');
    await screen.findByText('ID petugas atau PIN salah. Sisa 4 percobaan.');
    await signIn('111999');
    const alert = await screen.findByText(/^PIN salah baru saja dimasukkan\. Tunggu [12] detik/);
    expect(alert.textContent).toContain('akun belum terkunci');
    expect(screen.queryByText(/terkunci setelah/)).toBeNull();
    expect((await db.officers.get('LEAD01'))?.failedAttempts).toBe(1);
    // When the wait is over the message goes: the officer may try again.
    await waitFor(() => expect(screen.queryByText(/Tunggu/)).toBeNull(), { timeout: 3000 });
  });

  it('locks after the idle time and when the page is hidden, and the same officer unlocking resumes their screen', async () => {
    const db = await enrolledDb();
    render(
      <SessionGate db={db} idleMinutes={0.005}>
        <Secret />
      </SessionGate>,
    );
    await screen.findByRole('heading', { name: 'Masuk' });
    await signIn();
    await screen.findByText(/Data pribadi/);
    history.replaceState(null, '', '/screening');
    // 0.3 s without activity.
    await screen.findByRole('heading', { name: 'Masuk' }, { timeout: 2000 });
    expect(screen.queryByText(/Data pribadi/)).toBeNull();
    await signIn();
    expect((await screen.findByTestId('where')).textContent).toBe('/screening');
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    await screen.findByRole('heading', { name: 'Masuk' });
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    await waitFor(async () => expect((await db.audit.toArray()).map((a) => a.action)).toContain('lock'));
  });

  it('signing in lands on the scan screen, and a different officer after a lock never lands on the previous screen', async () => {
    history.replaceState(null, '', '/screening');
    const db = await enrolledDb();
    const lead = await signInStore(db, 'LEAD01', PIN);
    if (!lead.ok) throw new Error(lead.error);
    const added = await addOfficer(db, lead.session, PIN, {
      id: 'OFF02',
      name: 'Budi Santoso',
      agency: 'IMIGRASI',
      role: 'officer',
      pin: '739201',
    });
    expect(added).toEqual({ ok: true });
    render(
      <SessionGate db={db}>
        <Secret />
      </SessionGate>,
    );
    await screen.findByRole('heading', { name: 'Masuk' });
    await signIn();
    expect((await screen.findByTestId('where')).textContent).toBe('/scan');
    history.replaceState(null, '', '/screening');
    fireEvent.click(screen.getByRole('button', { name: 'kunci' }));
    await screen.findByRole('heading', { name: 'Masuk' });
    type('ID petugas', 'OFF02');
    type('PIN', '739201');
    fireEvent.click(screen.getByRole('button', { name: 'Buka kunci' }));
    await screen.findByText('Data pribadi untuk Budi Santoso');
    expect(screen.getByTestId('where').textContent).toBe('/scan');
  });

  it('locks from the session lock button', async () => {
    const db = await enrolledDb();
    render(
      <SessionGate db={db}>
        <Secret />
      </SessionGate>,
    );
    await screen.findByRole('heading', { name: 'Masuk' });
    await signIn();
    fireEvent.click(await screen.findByRole('button', { name: 'kunci' }));
    await screen.findByRole('heading', { name: 'Masuk' });
    expect(screen.queryByText(/Data pribadi/)).toBeNull();
  });
});
