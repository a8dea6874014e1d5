import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ConsoleAuditEntry } from '../../../src/core/console/console-api.ts';
import { setLang } from '../../../src/i18n/i18n.ts';
import { ADMIN, FakeConsoleServer, WORKER } from './fake-console-server.ts';
import { renderConsole } from './render-console.tsx';

function entry(seq: number, over: Partial<ConsoleAuditEntry> = {}): ConsoleAuditEntry {
  return {
    seq,
    at: '2026-12-01T03:00:00.000Z',
    actor: { id: 'u-bp3mi', username: 'dewi.bp3mi' },
    action: 'case.open',
    subject: `case-${seq}`,
    detail: {},
    hash: `h${seq}`,
    ...over,
  };
}

describe('console audit log', () => {
  let server: FakeConsoleServer;
  beforeEach(async () => {
    await setLang('id', { persist: false });
    server = new FakeConsoleServer();
    server.watch.pageSize = 2;
    server.watch.audit = [
      entry(1, { action: 'session.signIn', subject: 'u-bp3mi' }),
      entry(2, { action: 'case.search', subject: null, detail: { q: 'SITI', results: 3 } }),
      entry(3, { actor: null, action: 'watchlist.expire', subject: null, detail: { ended: ['wl-1'] } }),
    ];
  });

  it('pages an administrator through who did what and when, newest first', async () => {
    server.user = ADMIN;
    renderConsole(server, '/pusat/audit');
    const newest = await waitFor(() => {
      const found = document.querySelector<HTMLElement>('tr[data-seq="3"]');
      if (!found) throw new Error('newest entry not shown yet');
      return found;
    });
    expect(newest.textContent).toContain('Sistem');
    expect(newest.textContent).toContain('Entri daftar pantau kedaluwarsa');
    expect(newest.textContent).toContain('ended: ["wl-1"]');
    const search = document.querySelector<HTMLElement>('tr[data-seq="2"]')!;
    expect(search.textContent).toContain('dewi.bp3mi');
    expect(search.textContent).toContain('Mencari kasus');
    expect(search.textContent).toContain('q: SITI · results: 3');
    expect(search.textContent).toContain('01/12/2026 10:00 WIB');
    expect(document.querySelector('tr[data-seq="1"]')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Muat entri lebih lama' }));
    await waitFor(() => expect(document.querySelector('tr[data-seq="1"]')?.textContent).toContain('Masuk'));
    expect(server.requests('GET', '/audit').at(-1)?.query.get('cursor')).toBe('2');
    expect(screen.getByText('Ini awal log.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Muat entri lebih lama' })).toBeNull();
  });

  it('verifies the chain and reports intact, or the first broken entry', async () => {
    server.user = ADMIN;
    server.watch.verify = { ok: true, checked: 3, firstBrokenSeq: null };
    renderConsole(server, '/pusat/audit');
    fireEvent.click(await screen.findByRole('button', { name: 'Verifikasi rantai' }));
    expect((await screen.findByTestId('audit-verify')).textContent).toBe('Rantai utuh: 3 entri diperiksa.');
    server.watch.verify = { ok: false, checked: 1, firstBrokenSeq: 2 };
    fireEvent.click(screen.getByRole('button', { name: 'Verifikasi rantai' }));
    await waitFor(() =>
      expect(screen.getByTestId('audit-verify').textContent).toBe(
        'Rantai rusak mulai entri no. 2; 1 entri sebelumnya utuh.',
      ),
    );
    expect(screen.getByTestId('audit-verify').getAttribute('role')).toBe('alert');
  });

  it('is not offered to a case worker, and says so when opened by address', async () => {
    server.user = WORKER;
    renderConsole(server, '/pusat/audit');
    expect(await screen.findByText('Peran Anda tidak diizinkan membuka ini.')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Log audit' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Cekal' })).toBeTruthy();
    expect(server.requests('GET', '/audit')).toHaveLength(0);
  });
});
