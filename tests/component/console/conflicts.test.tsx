import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ConflictDetail } from '../../../src/core/console/conflict-api.ts';
import { setLang } from '../../../src/i18n/i18n.ts';
import { ADMIN, FakeConsoleServer, WORKER } from './fake-console-server.ts';
import { conflict, serveConflicts } from './fake-conflicts.ts';
import { renderConsole } from './render-console.tsx';

const XSS = '<img src=x onerror="globalThis.__xss=1"><script>globalThis.__xss=2</script>';
const REASON = 'Dikonfirmasi ke ketua regu lewat telepon.';

describe('console conflicts screen', () => {
  let server: FakeConsoleServer;
  let conflicts: Map<string, ConflictDetail>;
  beforeEach(async () => {
    await setLang('id', { persist: false });
    server = new FakeConsoleServer();
    server.user = WORKER;
    conflicts = new Map([['k-1', conflict()]]);
    serveConflicts(server, conflicts);
  });

  it('shows the number of open conflicts in the menu and lists them', async () => {
    conflicts.set('k-2', conflict({ id: 'k-2', recordId: 'case-2', passengerName: 'RAHAYU, DEWI' }));
    renderConsole(server, '/pusat/konflik');
    const badge = await screen.findByTestId('conflict-badge');
    expect(badge.textContent).toBe('2');
    expect(badge.getAttribute('aria-label')).toBe('2 konflik terbuka');
    const list = await screen.findByRole('table');
    expect(within(list).getByRole('link', { name: 'Buka konflik SUHARTI, SITI, revisi 2' })).toBeTruthy();
    expect(within(list).getByText('RAHAYU, DEWI')).toBeTruthy();
    expect(
      screen.getByText('Pilih konflik di daftar untuk melihatnya di samping versi yang tersimpan.'),
    ).toBeTruthy();
  });

  it('opens a conflict beside the stored version, field by field', async () => {
    renderConsole(server, '/pusat/konflik');
    fireEvent.click(await screen.findByRole('link', { name: 'Buka konflik SUHARTI, SITI, revisi 2' }));
    const stored = await screen.findByRole('region', { name: 'Tersimpan di pusat' });
    const incoming = screen.getByRole('region', { name: 'Dikirim tablet' });
    expect(stored.textContent).toContain('Dijemput sponsor di bandara');
    expect(incoming.textContent).toContain('Penumpang mengaku ikut sponsor');
    const note = screen.getByTestId('conflict-diff').querySelector('[data-field="screening.note"]');
    expect(note?.querySelector('del')?.textContent).toBe('Dijemput sponsor di bandara');
    expect(note?.querySelector('ins')?.textContent).toBe('Penumpang mengaku ikut sponsor');
    expect(location.pathname).toBe('/pusat/konflik/k-1');
  });

  it('asks for a decision and a reason before saving, then accepts and updates the badge', async () => {
    renderConsole(server, '/pusat/konflik/k-1');
    fireEvent.click(await screen.findByRole('button', { name: 'Simpan keputusan' }));
    expect(await screen.findByText('Pilih salah satu keputusan.')).toBeTruthy();
    expect(screen.getByText('Tulis alasan minimal 10 karakter.')).toBeTruthy();
    expect(server.requests('POST', '/conflicts/k-1/resolve')).toHaveLength(0);
    fireEvent.click(screen.getByLabelText(/Terima sebagai revisi baru/));
    expect(
      screen.getByText('Kiriman tablet menjadi revisi 3 catatan ini dan kasus diperbarui.'),
    ).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Alasan (wajib, minimal 10 karakter)'), {
      target: { value: REASON },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan keputusan' }));
    expect(await screen.findByTestId('conflict-resolution')).toBeTruthy();
    expect(screen.getByTestId('conflict-resolution').textContent).toContain('Disimpan sebagai revisi 3.');
    expect(server.requests('POST', '/conflicts/k-1/resolve')[0]?.body).toEqual({
      decision: 'accept',
      version: 1,
      reason: REASON,
    });
    expect(screen.getByRole('status').textContent).toContain('Diterima sebagai revisi baru');
    await waitFor(() => expect(screen.queryByTestId('conflict-badge')).toBeNull());
    expect(screen.getByTestId('conflicts-empty').textContent).toBe('Tidak ada konflik terbuka.');
  });

  it('tells the second worker someone else decided first, shows that decision and keeps the reason typed', async () => {
    renderConsole(server, '/pusat/konflik/k-1');
    fireEvent.click(await screen.findByLabelText(/Pertahankan versi tersimpan/));
    fireEvent.input(screen.getByLabelText('Alasan (wajib, minimal 10 karakter)'), {
      target: { value: REASON },
    });
    // Meanwhile another worker accepted it.
    conflicts.set('k-1', {
      ...conflict({ state: 'accepted', version: 2 }),
      resolution: {
        by: { id: 'u-imi', name: 'Agus Salim' },
        at: '2026-12-01T04:30:00.000Z',
        reason: 'Sudah dicek',
        acceptedRevision: 3,
      },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan keputusan' }));
    const stale = await screen.findByTestId('conflict-stale');
    expect(stale.textContent).toContain('Orang lain baru saja menyelesaikan');
    expect((await screen.findByTestId('conflict-resolution')).textContent).toContain('oleh Agus Salim');
    expect(screen.getByText(`Alasan yang Anda tulis: ${REASON}`)).toBeTruthy();
  });

  it('renders every value from the tablet as text, never as markup', async () => {
    conflicts.set('k-1', conflict({}, XSS));
    renderConsole(server, '/pusat/konflik/k-1');
    await screen.findByTestId('conflict-diff');
    expect(document.querySelector('img[src="x"], script:not([src])')).toBeNull();
    expect((globalThis as { __xss?: number }).__xss).toBeUndefined();
    expect(screen.getAllByText(XSS).length).toBeGreaterThan(0);
  });

  it('shows the screen in English', async () => {
    await setLang('en', { persist: false });
    renderConsole(server, '/pusat/konflik/k-1');
    expect(await screen.findByRole('region', { name: 'Stored centrally' })).toBeTruthy();
    expect(screen.getByRole('link', { name: /Conflicts/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Save the decision' })).toBeTruthy();
  });

  it('gives the administrator no conflicts menu and tells them the screen is not for their role', async () => {
    server.user = ADMIN;
    renderConsole(server, '/pusat/konflik');
    expect(await screen.findByText('Peran Anda tidak diizinkan membuka ini.')).toBeTruthy();
    expect(screen.queryByRole('link', { name: /Konflik/ })).toBeNull();
    expect(server.requests('GET', '/conflicts/count')).toHaveLength(0);
  });
});
