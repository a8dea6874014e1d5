import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { setLang } from '../../../src/i18n/i18n.ts';
import { CSRF, FakeConsoleServer, PASSWORD, WORKER } from './fake-console-server.ts';
import { renderConsole } from './render-console.tsx';

const NEXT = 'hanya-saya-yang-tahu';

function fill(current: string, next: string, repeat: string) {
  fireEvent.input(screen.getByLabelText('Kata sandi saat ini'), { target: { value: current } });
  fireEvent.input(screen.getByLabelText('Kata sandi baru'), { target: { value: next } });
  fireEvent.input(screen.getByLabelText('Ulangi kata sandi baru'), { target: { value: repeat } });
  fireEvent.click(screen.getByRole('button', { name: 'Simpan kata sandi baru' }));
}

describe('console password change', () => {
  let server: FakeConsoleServer;
  beforeEach(async () => {
    await setLang('id', { persist: false });
    server = new FakeConsoleServer();
  });

  it('asks a user whose password an administrator set for a new one before opening any screen', async () => {
    server.user = WORKER;
    server.mustChangePassword = true;
    renderConsole(server, '/pusat/');
    expect(await screen.findByText(/Kata sandi Anda diberikan oleh administrator/)).toBeTruthy();
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(server.requests('GET', '/cases')).toHaveLength(0);

    fill(PASSWORD, NEXT, NEXT);
    expect(await screen.findByRole('heading', { name: 'Kotak kasus' })).toBeTruthy();
    const [sent] = server.requests('POST', '/session/password');
    expect(sent?.body).toEqual({ current: PASSWORD, next: NEXT });
    expect(sent?.csrf).toBe(CSRF);
  });

  it('names each problem at its field, focuses the first and sends nothing', async () => {
    server.user = WORKER;
    server.mustChangePassword = true;
    renderConsole(server, '/pusat/');
    await screen.findByText(/Kata sandi Anda diberikan oleh administrator/);
    fill('', 'pendek', 'lain');
    expect(screen.getByText('Isi kata sandi saat ini.')).toBeTruthy();
    expect(screen.getByText('Kata sandi baru terlalu pendek: 6 karakter, minimal 12.')).toBeTruthy();
    expect(screen.getByText('Kedua isian kata sandi baru tidak sama.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('Kata sandi saat ini'));
    expect(server.requests('POST', '/session/password')).toHaveLength(0);
  });

  it('says when the current password is wrong and keeps the new one typed', async () => {
    server.user = WORKER;
    server.mustChangePassword = true;
    renderConsole(server, '/pusat/');
    await screen.findByText(/Kata sandi Anda diberikan oleh administrator/);
    fill('salah-sekali-ini', NEXT, NEXT);
    expect((await screen.findByRole('alert')).textContent).toBe('Kata sandi saat ini salah.');
    expect((screen.getByLabelText('Kata sandi baru') as HTMLInputElement).value).toBe(NEXT);
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('lets any signed-in user change their password from the header link', async () => {
    server.user = WORKER;
    renderConsole(server, '/pusat/');
    fireEvent.click(await screen.findByRole('link', { name: 'Ganti kata sandi' }));
    expect(await screen.findByRole('heading', { name: 'Ganti kata sandi' })).toBeTruthy();
    fill(PASSWORD, NEXT, NEXT);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Kata sandi baru tersimpan.'));
    expect((screen.getByLabelText('Kata sandi baru') as HTMLInputElement).value).toBe('');
  });
});
