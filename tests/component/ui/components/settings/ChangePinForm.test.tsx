import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLang } from '../../../../../src/i18n/i18n.ts';
import { SaringDb } from '../../../../../src/storage/db.ts';
import { enrolDevice } from '../../../../../src/storage/device-setup.ts';
import { signIn, type UnlockedSession } from '../../../../../src/storage/officers.ts';
import { ChangePinForm } from '../../../../../src/ui/components/settings/ChangePinForm.tsx';
import { SessionContext, type Session } from '../../../../../src/ui/hooks/use-session.ts';
import { UnlockedContext } from '../../../../../src/ui/hooks/use-unlocked.ts';

const PIN = '482913';
const NEW_PIN = '736251';

async function unlockedLead(): Promise<{ db: SaringDb; unlocked: UnlockedSession }> {
  const db = new SaringDb(`change-pin-${Math.random()}`);
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

async function renderForm(iterations?: number) {
  const value = await unlockedLead();
  const lock = vi.fn();
  const session = { lock } as unknown as Session;
  render(
    <UnlockedContext.Provider value={value}>
      <SessionContext.Provider value={session}>
        <ChangePinForm {...(iterations ? { iterations } : {})} />
      </SessionContext.Provider>
    </UnlockedContext.Provider>,
  );
  return { ...value, lock };
}

function fill(current: string, next: string, repeat: string, labels = ID_LABELS): void {
  fireEvent.input(screen.getByLabelText(labels.current), { target: { value: current } });
  fireEvent.input(screen.getByLabelText(labels.next), { target: { value: next } });
  fireEvent.input(screen.getByLabelText(labels.repeat), { target: { value: repeat } });
}

const ID_LABELS = { current: 'PIN saat ini', next: 'PIN baru (6–12 angka)', repeat: 'Ulangi PIN baru' };
const EN_LABELS = { current: 'Current PIN', next: 'New PIN (6–12 digits)', repeat: 'Repeat the new PIN' };

async function submitAndRead(name = 'Ubah PIN'): Promise<string> {
  const before = screen.queryByTestId('pin-message');
  fireEvent.click(screen.getByRole('button', { name }));
  const message = await waitFor(() => {
    const now = screen.getByTestId('pin-message');
    if (now === before && screen.getByRole('button', { name }).hasAttribute('disabled'))
      throw new Error('busy');
    return now;
  });
  await waitFor(() => expect(screen.getByRole('button', { name }).hasAttribute('disabled')).toBe(false));
  return message.textContent ?? '';
}

describe('Settings → Ubah PIN', () => {
  afterEach(async () => {
    await setLang('id', { persist: false });
  });

  it('says in Bahasa Indonesia what is wrong with each bad input, counting only a wrong current PIN', async () => {
    const { db } = await renderForm(1000);
    expect(screen.getByRole('heading', { name: 'Ubah PIN' })).toBeTruthy();
    expect(screen.getByText(/PIN untuk LEAD01 di tablet ini/)).toBeTruthy();

    fill('', NEW_PIN, NEW_PIN);
    expect(await submitAndRead()).toBe('Isi PIN saat ini.');
    fill(PIN, '12345', '12345');
    expect(await submitAndRead()).toBe('PIN harus 6 sampai 12 angka.');
    fill(PIN, '222222', '222222');
    expect(await submitAndRead()).toBe('PIN terlalu mudah ditebak (angka sama atau berurutan).');
    fill(PIN, NEW_PIN, '736250');
    expect(await submitAndRead()).toBe('PIN baru dan ulangannya tidak sama.');
    fill(PIN, PIN, PIN);
    expect(await submitAndRead()).toBe('PIN baru harus berbeda dari PIN saat ini.');
    expect((await db.officers.get('LEAD01'))?.failedAttempts).toBe(0);

    fill('000111', NEW_PIN, NEW_PIN);
    expect(await submitAndRead()).toBe('PIN saat ini salah. Sisa 4 percobaan.');
    expect(screen.getByRole('alert').textContent).toBe('PIN saat ini salah. Sisa 4 percobaan.');
    // The wrong current PIN is cleared; the new one stays typed.
    expect((screen.getByLabelText('PIN saat ini') as HTMLInputElement).value).toBe('');
    expect((screen.getByLabelText('PIN baru (6–12 angka)') as HTMLInputElement).value).toBe(NEW_PIN);
    fill(PIN, NEW_PIN, NEW_PIN);
    expect(await submitAndRead()).toMatch(
      /^PIN salah baru saja dimasukkan\. Tunggu [12] detik sebelum mencoba lagi; akun belum terkunci\.$/,
    );
    expect((await db.officers.get('LEAD01'))?.failedAttempts).toBe(1);
  });

  it('says the same in English', async () => {
    await setLang('en', { persist: false });
    await renderForm(1000);
    expect(screen.getByRole('heading', { name: 'Change PIN' })).toBeTruthy();
    fill('', NEW_PIN, NEW_PIN, EN_LABELS);
    expect(await submitAndRead('Change PIN')).toBe('Enter the current PIN.');
    fill(PIN, '12345', '12345', EN_LABELS);
    expect(await submitAndRead('Change PIN')).toBe('The PIN must be 6 to 12 digits.');
    fill(PIN, '123456', '123456', EN_LABELS);
    expect(await submitAndRead('Change PIN')).toBe(
      'The PIN is too easy to guess (one digit repeated or a plain run).',
    );
    fill(PIN, NEW_PIN, '736250', EN_LABELS);
    expect(await submitAndRead('Change PIN')).toBe('The new PIN and its repetition differ.');
    fill(PIN, PIN, PIN, EN_LABELS);
    expect(await submitAndRead('Change PIN')).toBe('The new PIN must differ from the current one.');
    fill('000111', NEW_PIN, NEW_PIN, EN_LABELS);
    expect(await submitAndRead('Change PIN')).toBe('Wrong current PIN. 4 tries left.');
  });

  it('shows progress while the key is wrapped again, then confirms and empties the form', async () => {
    // Production PBKDF2 cost, so the progress is on screen long enough to see.
    const { db } = await renderForm();
    fill(PIN, NEW_PIN, NEW_PIN);
    fireEvent.click(screen.getByRole('button', { name: 'Ubah PIN' }));
    expect((await screen.findByTestId('pin-progress')).textContent).toMatch(/…$/);
    expect(screen.getByRole('button', { name: 'Ubah PIN' }).hasAttribute('disabled')).toBe(true);
    await waitFor(() =>
      expect(screen.getByTestId('pin-message').textContent).toBe(
        'PIN diubah. Gunakan PIN baru saat masuk berikutnya.',
      ),
    );
    expect(screen.queryByTestId('pin-progress')).toBeNull();
    expect((screen.getByLabelText('PIN saat ini') as HTMLInputElement).value).toBe('');
    expect(await signIn(db, 'LEAD01', NEW_PIN)).toMatchObject({ ok: true });
  });

  it('locks the app when the fifth wrong current PIN locks the account', async () => {
    const { db, lock } = await renderForm(1000);
    // Four wrong PINs already (written whole: Dexie's update would copy the key bytes across jsdom's realm badly).
    const row = (await db.officers.get('LEAD01'))!;
    await db.officers.put({ ...row, failedAttempts: 4, lockedUntil: null });
    fill('000111', NEW_PIN, NEW_PIN);
    expect(await submitAndRead()).toBe(
      'PIN saat ini salah 5 kali: akun terkunci. Minta ketua regu membukanya.',
    );
    expect(lock).toHaveBeenCalledTimes(1);
  });
});
