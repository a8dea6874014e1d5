import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import type { StaffListItem, StaffUser } from '../../../src/core/console/console-api.ts';
import { setLang } from '../../../src/i18n/i18n.ts';
import { ADMIN, CSRF, FakeConsoleServer, WORKER, err } from './fake-console-server.ts';
import { renderConsole } from './render-console.tsx';

const SUPERVISOR: StaffUser = {
  id: 'u-sup',
  username: 'rahma.sup',
  name: 'Rahma Supervisor',
  role: 'supervisor',
  agency: 'IMIGRASI',
};

function listed(user: StaffUser, over: Partial<StaffListItem> = {}): StaffListItem {
  return {
    ...user,
    active: true,
    createdAt: '2026-11-30T01:00:00.000Z',
    lastSignInAt: null,
    locked: false,
    mustChangePassword: false,
    ...over,
  };
}

describe('console staff accounts', () => {
  let server: FakeConsoleServer;
  beforeEach(async () => {
    await setLang('id', { persist: false });
    server = new FakeConsoleServer();
    server.staff = [
      listed(ADMIN, { lastSignInAt: '2026-12-01T02:00:00.000Z' }),
      listed(WORKER, { locked: true }),
      listed(SUPERVISOR, { active: false }),
    ];
  });

  it('lets an administrator create a case worker and shows the initial password once', async () => {
    server.user = ADMIN;
    renderConsole(server, '/pusat/staf');
    const row = (await screen.findByText('dewi.bp3mi')).closest('tr')!;
    expect(row.textContent).toContain('Petugas kasus BP3MI');
    expect(row.textContent).toContain('Terkunci sementara');
    expect(screen.getByText('rahma.sup').closest('tr')!.textContent).toContain('Nonaktif');
    expect(screen.getByText('admin').closest('tr')!.textContent).toContain('01/12/2026');

    fireEvent.input(screen.getByLabelText('Nama pengguna'), { target: { value: 'Budi.Imi' } });
    fireEvent.input(screen.getByLabelText('Nama lengkap'), { target: { value: '  Budi Santoso ' } });
    fireEvent.change(screen.getByLabelText('Peran'), { target: { value: 'imigrasi_worker' } });
    fireEvent.click(screen.getByRole('button', { name: 'Buat kata sandi acak' }));
    const password = (screen.getByLabelText('Kata sandi awal') as HTMLInputElement).value;
    expect(password).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
    fireEvent.click(screen.getByRole('button', { name: 'Buat akun' }));

    const created = await screen.findByTestId('staff-notice');
    expect(created.textContent).toContain('budi.imi');
    expect(created.textContent).toContain(password);
    const [sent] = server.requests('POST', '/users');
    expect(sent?.csrf).toBe(CSRF);
    expect(sent?.body).toEqual({
      username: 'budi.imi',
      name: 'Budi Santoso',
      role: 'imigrasi_worker',
      agency: null,
      password,
    });
    await waitFor(() =>
      expect(screen.getByText('budi.imi').closest('tr')!.textContent).toContain('Belum pernah'),
    );
    expect((screen.getByLabelText('Kata sandi awal') as HTMLInputElement).value).toBe('');
  });

  it('names every field to fix, focuses the first and sends nothing', async () => {
    server.user = ADMIN;
    renderConsole(server, '/pusat/staf');
    await screen.findByText('dewi.bp3mi');
    fireEvent.input(screen.getByLabelText('Nama pengguna'), { target: { value: 'x' } });
    fireEvent.change(screen.getByLabelText('Peran'), { target: { value: 'supervisor' } });
    fireEvent.input(screen.getByLabelText('Kata sandi awal'), { target: { value: 'pendek' } });
    fireEvent.click(screen.getByRole('button', { name: 'Buat akun' }));
    expect(screen.getByText('Nama pengguna tidak sesuai aturan di bawah kolomnya.')).toBeTruthy();
    expect(screen.getByText('Isi nama lengkap.')).toBeTruthy();
    expect(screen.getByText('Pilih instansi supervisor.')).toBeTruthy();
    expect(screen.getByText('Kata sandi terlalu pendek: 6 karakter, minimal 12.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('Nama pengguna'));
    expect(screen.getByLabelText('Nama pengguna').getAttribute('aria-invalid')).toBe('true');
    expect(server.requests('POST', '/users')).toHaveLength(0);
  });

  it('keeps what was typed when the server refuses a taken username', async () => {
    server.user = ADMIN;
    renderConsole(server, '/pusat/staf');
    await screen.findByText('dewi.bp3mi');
    fireEvent.input(screen.getByLabelText('Nama pengguna'), { target: { value: 'dewi.bp3mi' } });
    fireEvent.input(screen.getByLabelText('Nama lengkap'), { target: { value: 'Dewi Kedua' } });
    fireEvent.input(screen.getByLabelText('Kata sandi awal'), { target: { value: 'kata-sandi-panjang-2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Buat akun' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Nama pengguna itu sudah dipakai.');
    expect((screen.getByLabelText('Nama lengkap') as HTMLInputElement).value).toBe('Dewi Kedua');
    expect(screen.queryByTestId('staff-notice')).toBeNull();
  });

  it('shows a supervisor the list without the form', async () => {
    server.user = SUPERVISOR;
    renderConsole(server, '/pusat/staf');
    await screen.findByText('dewi.bp3mi');
    expect(screen.queryByRole('button', { name: 'Buat akun' })).toBeNull();
    expect(within(screen.getByRole('navigation')).getByRole('link', { name: 'Akun staf' })).toBeTruthy();
  });

  it('tells a case worker the staff page is not for their role, without asking the server', async () => {
    server.user = WORKER;
    server.intercept((r) => (r.path === '/users' ? err(500, 'console.error.server') : undefined));
    renderConsole(server, '/pusat/staf');
    await screen.findByText('Peran Anda tidak diizinkan membuka ini.');
    expect(within(screen.getByRole('navigation')).queryByRole('link', { name: 'Akun staf' })).toBeNull();
    expect(server.requests('GET', '/users')).toHaveLength(0);
  });
});

describe('console staff account management', () => {
  let server: FakeConsoleServer;
  beforeEach(async () => {
    await setLang('id', { persist: false });
    server = new FakeConsoleServer();
    server.user = ADMIN;
    server.staff = [listed(ADMIN), listed(WORKER, { locked: true }), listed(SUPERVISOR)];
  });

  it('deactivates an account only after the administrator confirms, and says what happened', async () => {
    renderConsole(server, '/pusat/staf');
    const row = (await screen.findByText('dewi.bp3mi')).closest('tr')!;
    fireEvent.click(within(row).getByRole('button', { name: 'Nonaktifkan' }));
    expect(server.requests('POST', '/users/u-bp3mi/active')).toHaveLength(0);
    expect(row.textContent).toContain('Nonaktifkan Dewi Kartika?');
    fireEvent.click(within(row).getByRole('button', { name: 'Batal' }));
    fireEvent.click(within(row).getByRole('button', { name: 'Nonaktifkan' }));
    fireEvent.click(within(row).getByRole('button', { name: 'Ya, lanjutkan' }));
    expect((await screen.findByTestId('staff-notice')).textContent).toContain('dinonaktifkan');
    const [sent] = server.requests('POST', '/users/u-bp3mi/active');
    expect(sent?.body).toEqual({ active: false });
    expect(sent?.csrf).toBe(CSRF);
    const after = () => screen.getByText('dewi.bp3mi').closest('tr')!;
    await waitFor(() => expect(after().querySelector('.state')?.textContent).toBe('Nonaktif'));
    expect(within(after()).getByRole('button', { name: 'Aktifkan' })).toBeTruthy();
  });

  it('resets a password to a random one shown once, and marks the account as waiting for a change', async () => {
    renderConsole(server, '/pusat/staf');
    const row = (await screen.findByText('dewi.bp3mi')).closest('tr')!;
    fireEvent.click(within(row).getByRole('button', { name: 'Atur ulang kata sandi' }));
    fireEvent.click(within(row).getByRole('button', { name: 'Ya, lanjutkan' }));
    const notice = await screen.findByTestId('staff-notice');
    const sent = server.requests('POST', '/users/u-bp3mi/password')[0]?.body as { password: string };
    expect(sent.password).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
    expect(notice.textContent).toContain(sent.password);
    await waitFor(() =>
      expect(screen.getByText('dewi.bp3mi').closest('tr')!.textContent).toContain(
        'Menunggu ganti kata sandi',
      ),
    );
  });

  it('offers no action on the administrator’s own row', async () => {
    renderConsole(server, '/pusat/staf');
    const own = (await screen.findByText('admin')).closest('tr')!;
    expect(own.textContent).toContain('Akun Anda');
    expect(within(own).queryByRole('button')).toBeNull();
  });

  it('shows the server’s reason when an action is refused, and keeps the list', async () => {
    server.intercept((r) =>
      r.path === '/users/u-sup/active' ? err(403, 'console.error.forbidden') : undefined,
    );
    renderConsole(server, '/pusat/staf');
    const row = (await screen.findByText('rahma.sup')).closest('tr')!;
    fireEvent.click(within(row).getByRole('button', { name: 'Nonaktifkan' }));
    fireEvent.click(within(row).getByRole('button', { name: 'Ya, lanjutkan' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Peran Anda tidak diizinkan membuka ini.');
    expect(screen.getByText('dewi.bp3mi')).toBeTruthy();
  });
});
