import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { setLang } from '../../../src/i18n/i18n.ts';
import { CSRF, FakeConsoleServer, PASSWORD, WORKER, detail, err } from './fake-console-server.ts';
import { renderConsole } from './render-console.tsx';

async function signIn(username: string, password: string): Promise<void> {
  await screen.findByRole('heading', { level: 1, name: 'Masuk ke Saring Pusat' });
  fireEvent.input(screen.getByLabelText('Nama pengguna'), { target: { value: username } });
  fireEvent.input(screen.getByLabelText('Kata sandi'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Masuk' }));
}

describe('console sign-in', () => {
  let server: FakeConsoleServer;
  beforeEach(async () => {
    await setLang('id', { persist: false });
    server = new FakeConsoleServer();
  });

  it('opens the inbox after a correct password and sends the CSRF token on later mutations', async () => {
    server.cases.set('case-1', detail());
    renderConsole(server);
    await signIn(WORKER.username, PASSWORD);
    await screen.findByRole('heading', { level: 1, name: 'Kotak kasus' });
    expect(screen.getByTestId('console-user').textContent).toContain('Dewi Kartika');
    fireEvent.click(screen.getByRole('button', { name: 'Keluar' }));
    await screen.findByText('Anda sudah keluar.');
    expect(server.requests('DELETE', '/session')[0]?.csrf).toBe(CSRF);
  });

  it('says the password is wrong, and empties only the password field', async () => {
    renderConsole(server);
    await signIn(WORKER.username, 'salah-sekali');
    expect((await screen.findByTestId('sign-in-error')).textContent).toBe(
      'Nama pengguna atau kata sandi salah.',
    );
    expect((screen.getByLabelText('Nama pengguna') as HTMLInputElement).value).toBe(WORKER.username);
    expect((screen.getByLabelText('Kata sandi') as HTMLInputElement).value).toBe('');
  });

  it('says when the account is locked', async () => {
    renderConsole(server);
    server.intercept((r) =>
      r.method === 'POST' && r.path === '/session' ? err(423, 'console.error.locked') : undefined,
    );
    await signIn(WORKER.username, PASSWORD);
    expect((await screen.findByTestId('sign-in-error')).textContent).toContain('Akun ini dikunci sementara');
  });

  it('says how long to wait when sign-in is slowed down after wrong passwords', async () => {
    server.intercept((r) =>
      r.method === 'POST' && r.path === '/session'
        ? err(429, 'console.error.rateLimited', { retryAfterSeconds: 7.2 })
        : undefined,
    );
    renderConsole(server);
    await signIn(WORKER.username, PASSWORD);
    expect((await screen.findByTestId('sign-in-error')).textContent).toBe(
      'Terlalu banyak percobaan. Tunggu 8 detik lalu coba lagi.',
    );
  });

  it('asks for both fields before sending anything', async () => {
    renderConsole(server);
    await signIn('', '');
    expect((await screen.findByTestId('sign-in-error')).textContent).toBe(
      'Isi nama pengguna dan kata sandi.',
    );
    expect(server.requests('POST', '/session')).toHaveLength(0);
  });

  it('says an idle session expired when the page is opened again', async () => {
    server.intercept((r) =>
      r.method === 'GET' && r.path === '/session' ? err(401, 'console.error.sessionExpired') : undefined,
    );
    renderConsole(server);
    expect((await screen.findByTestId('sign-in-notice')).textContent).toContain('Sesi Anda berakhir');
  });

  it('keeps what was typed on a case when the session expires mid-work, and saves it after signing in again', async () => {
    server.user = WORKER;
    server.cases.set(
      'case-1',
      detail({ state: 'in_review', version: 3, owner: { id: WORKER.id, name: WORKER.name } }),
    );
    renderConsole(server, '/pusat/kasus/case-1');
    fireEvent.click(await screen.findByRole('button', { name: 'Tutup kasus' }));
    fireEvent.change(screen.getByLabelText('Temuan'), { target: { value: 'pmi_np_prevented' } });
    fireEvent.input(screen.getByLabelText('Alasan'), {
      target: { value: 'Tidak punya visa kerja; diserahkan.' },
    });
    // The session ends on the server while the worker was typing.
    server.user = null;
    let expired = true;
    server.intercept((r) =>
      expired && r.path !== '/session' ? err(401, 'console.error.sessionExpired') : undefined,
    );
    fireEvent.click(screen.getAllByRole('button', { name: 'Tutup kasus' }).at(-1)!);
    expect((await screen.findByTestId('sign-in-notice')).textContent).toContain('Sesi Anda berakhir');
    expired = false;
    await signIn(WORKER.username, PASSWORD);
    await waitFor(() => expect(screen.queryByTestId('sign-in-notice')).toBeNull());
    expect((screen.getByLabelText('Alasan') as HTMLTextAreaElement).value).toBe(
      'Tidak punya visa kerja; diserahkan.',
    );
    fireEvent.click(screen.getAllByRole('button', { name: 'Tutup kasus' }).at(-1)!);
    await waitFor(() => expect(screen.getByTestId('case-state').textContent).toBe('Selesai'));
    expect(server.cases.get('case-1')?.case.reason).toBe('Tidak punya visa kerja; diserahkan.');
  });

  it('switches to English', async () => {
    renderConsole(server);
    await screen.findByRole('heading', { level: 1, name: 'Masuk ke Saring Pusat' });
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    await screen.findByRole('heading', { level: 1, name: 'Sign in to Saring Central' });
    expect(screen.getByLabelText('Password')).toBeTruthy();
  });
});
