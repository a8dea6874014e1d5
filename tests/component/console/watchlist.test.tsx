import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import type { StaffUser } from '../../../src/core/console/console-api.ts';
import { setLang } from '../../../src/i18n/i18n.ts';
import { CSRF, FakeConsoleServer, WORKER, err } from './fake-console-server.ts';
import { proposal, watchItem } from './fake-watch-routes.ts';
import { renderConsole } from './render-console.tsx';

const LEAD: StaffUser = {
  id: 'u-lead',
  username: 'sari.imi',
  name: 'Sari Wijaya',
  role: 'supervisor',
  agency: 'IMIGRASI',
};
const inDays = (days: number): string => {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
};
const isoInDays = (days: number): string =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const row = (attr: string, value: string): HTMLElement => {
  const found = document.querySelector<HTMLElement>(`tr[data-${attr}="${value}"]`);
  if (!found) throw new Error(`no row ${attr}=${value}`);
  return found;
};

describe('console cekal proposals', () => {
  let server: FakeConsoleServer;
  beforeEach(async () => {
    await setLang('id', { persist: false });
    server = new FakeConsoleServer();
    server.watch.proposals = [
      proposal(),
      proposal({ id: 'p-own', passengerName: 'RINA', proposedBy: { id: LEAD.id, name: LEAD.name } }),
    ];
  });

  it('lets an Imigrasi supervisor approve another person’s proposal with an end date, each problem named first', async () => {
    server.user = LEAD;
    renderConsole(server, '/pusat/cekal');
    const own = await waitFor(() => row('proposal', 'p-own'));
    expect(own.textContent).toContain('Usulan Anda: diputuskan supervisor Imigrasi lain.');
    expect(within(own).queryByRole('button', { name: 'Putuskan' })).toBeNull();

    fireEvent.click(within(row('proposal', 'p-1')).getByRole('button', { name: 'Putuskan' }));
    fireEvent.input(screen.getByLabelText('Berlaku sampai (hari terakhir)'), {
      target: { value: inDays(0) },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan keputusan' }));
    expect(await screen.findByText('Tanggal berakhir harus sesudah hari ini.')).toBeTruthy();
    expect(screen.getByText('Tulis alasan keputusan.')).toBeTruthy();
    expect(document.activeElement?.id).toBe('decide-p-1-expiresOn');
    fireEvent.input(screen.getByLabelText('Berlaku sampai (hari terakhir)'), {
      target: { value: inDays(200) },
    });
    fireEvent.input(screen.getByLabelText('Alasan keputusan'), { target: { value: 'Cukup alasan.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan keputusan' }));
    expect(await screen.findByText('Tanggal berakhir paling lama 6 bulan dari hari ini.')).toBeTruthy();
    expect(server.requests('POST', '/cekal/p-1/decision')).toHaveLength(0);

    fireEvent.input(screen.getByLabelText('Berlaku sampai (hari terakhir)'), {
      target: { value: inDays(30) },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan keputusan' }));
    expect((await screen.findByRole('status')).textContent).toContain('SITI SUHARTI masuk daftar pantau');
    const [sent] = server.requests('POST', '/cekal/p-1/decision');
    expect(sent?.csrf).toBe(CSRF);
    expect(sent?.body).toEqual({ decision: 'approve', reason: 'Cukup alasan.', expiresOn: isoInDays(30) });
    expect(row('proposal', 'p-1').dataset.state).toBe('approved');
    expect(row('proposal', 'p-1').textContent).toContain('Sari Wijaya');
  });

  it('refuses with a reason, and keeps what was typed when someone else decided first', async () => {
    server.user = LEAD;
    server.intercept((r) =>
      r.path === '/cekal/p-1/decision' && server.requests('POST', r.path).length === 1
        ? err(409, 'console.error.alreadyDecided')
        : undefined,
    );
    renderConsole(server, '/pusat/cekal');
    fireEvent.click(await screen.findByRole('button', { name: 'Putuskan' }));
    fireEvent.click(screen.getByLabelText('Tolak usulan'));
    expect(screen.queryByLabelText('Berlaku sampai (hari terakhir)')).toBeNull();
    fireEvent.input(screen.getByLabelText('Alasan keputusan'), { target: { value: 'Dasar belum cukup.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan keputusan' }));
    expect(await screen.findByText('Usulan ini sudah diputuskan. Muat ulang daftar.')).toBeTruthy();
    expect((screen.getByLabelText('Alasan keputusan') as HTMLTextAreaElement).value).toBe(
      'Dasar belum cukup.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Simpan keputusan' }));
    expect((await screen.findByRole('status')).textContent).toBe('Usulan untuk SITI SUHARTI ditolak.');
  });

  it('shows a BP3MI worker every proposal’s state without a way to decide, and the list as read-only', async () => {
    server.user = WORKER;
    server.watch.items = [watchItem('wl-1', 'Wati Susanti')];
    renderConsole(server, '/pusat/cekal');
    expect((await waitFor(() => row('proposal', 'p-1'))).textContent).toContain(
      'Usulan Anda: diputuskan supervisor Imigrasi lain.',
    );
    const waiting = row('proposal', 'p-own');
    expect(waiting.textContent).toContain('Menunggu keputusan');
    expect(waiting.textContent).toContain('Menunggu supervisor Imigrasi.');
    expect(screen.queryByRole('button', { name: 'Putuskan' })).toBeNull();
    expect(screen.queryByRole('tab', { name: 'Impor CSV' })).toBeNull();
    fireEvent.click(screen.getByRole('tab', { name: 'Daftar pantau' }));
    expect((await waitFor(() => row('entry', 'wl-1'))).textContent).toContain('Paspor B7654321');
    expect(screen.getByText(/Daftar ini diubah oleh Imigrasi/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Tambah entri' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Akhiri' })).toBeNull();
  });

  it('proposes a cegah entry from the case page once the grounds are long enough', async () => {
    server.user = WORKER;
    const { detail } = await import('./fake-console-server.ts');
    server.cases.set('case-1', detail());
    server.watch.proposals = [];
    renderConsole(server, '/pusat/kasus/case-1');
    expect(await screen.findByText('Belum ada usulan untuk kasus ini.')).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Dasar usulan'), { target: { value: 'terlalu pendek' } });
    fireEvent.click(screen.getByRole('button', { name: 'Kirim usulan' }));
    expect(await screen.findByText('Dasar usulan terlalu pendek: 14 karakter, minimal 20.')).toBeTruthy();
    expect(server.requests('POST', '/cekal')).toHaveLength(0);
    fireEvent.input(screen.getByLabelText('Dasar usulan'), {
      target: { value: 'Dijemput sponsor, tanpa kontrak kerja; ditangani BP3MI Sumsel.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Kirim usulan' }));
    expect(await screen.findByText(/Usulan terkirim/)).toBeTruthy();
    expect(server.requests('POST', '/cekal')[0]?.body).toMatchObject({ caseId: 'case-1', kind: 'cegah' });
    expect((await screen.findByTestId('case-proposals')).textContent).toContain('Menunggu keputusan');
  });
});
