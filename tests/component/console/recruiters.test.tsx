import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { setLang } from '../../../src/i18n/i18n.ts';
import { ADMIN, CSRF, FakeConsoleServer, WORKER, err } from './fake-console-server.ts';
import { recruiterDetail, serveRecruiters } from './fake-recruiters.ts';
import { renderConsole } from './render-console.tsx';

const XSS = '<img src=x onerror="window.__pwned=1">';

describe('console recruiters', () => {
  let server: FakeConsoleServer;
  beforeEach(async () => {
    await setLang('id', { persist: false });
    server = new FakeConsoleServer();
    server.user = WORKER;
  });

  it('lists recruiter groups from the Perekrut menu, searches them, and opens one', async () => {
    serveRecruiters(server, recruiterDetail());
    renderConsole(server, '/pusat/');
    // The inbox has loaded (and the shell listens to navigation) before the menu is used.
    await screen.findByTestId('inbox-count');
    fireEvent.click(screen.getByRole('link', { name: 'Perekrut' }));
    const row = (await screen.findByRole('link', { name: 'Buka perekrut Djoko Santoso' })).closest('tr')!;
    expect(row.textContent).toContain('CGK, PLM');
    expect(row.textContent).toContain('telepon');
    expect(row.textContent).toContain('Belum dinilai');
    expect(screen.getByTestId('recruiter-count').textContent).toBe('1 dari 1 kelompok');

    fireEvent.input(screen.getByLabelText(/Cari nama, telepon/), { target: { value: 'siapa-pun' } });
    fireEvent.click(screen.getByRole('checkbox'));
    fireEvent.click(screen.getByRole('button', { name: 'Cari' }));
    expect(await screen.findByText('Tidak ada perekrut yang cocok.')).toBeTruthy();
    const last = server.requests('GET', '/recruiters').at(-1);
    expect(last?.query.get('q')).toBe('siapa-pun');
    expect(last?.query.get('min')).toBe('1');

    fireEvent.input(screen.getByLabelText(/Cari nama, telepon/), { target: { value: 'djoko' } });
    fireEvent.click(screen.getByRole('button', { name: 'Cari' }));
    fireEvent.click(await screen.findByRole('link', { name: 'Buka perekrut Djoko Santoso' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Djoko Santoso' })).toBeTruthy();
    expect(location.pathname).toBe('/pusat/perekrut/lp-1');
  });

  it('shows every departure, a pseudonym where the role may not see the passenger, and links to the case', async () => {
    serveRecruiters(server, recruiterDetail());
    renderConsole(server, '/pusat/perekrut/lp-1');
    const shown = await screen.findByTestId('identities-shown');
    expect(shown.textContent).toBe('Anda melihat identitas 1 dari 2 penumpang.');
    expect(screen.getByText(/hanya terlihat oleh supervisor/)).toBeTruthy();
    const pseudonymous = screen.getByText('P-XYZ789').closest('tr')!;
    expect(pseudonymous.textContent).not.toContain('C');
    expect(pseudonymous.textContent).toContain('Tidak ditandai');
    const named = screen.getByText('C2222222').closest('tr')!;
    expect(named.textContent).toContain('WULANDARI, DEWI');
    expect(named.textContent).toContain('Ditinjau');
    fireEvent.click(within(named).getByRole('link', { name: 'Buka kasus' }));
    await waitFor(() => expect(location.pathname).toBe('/pusat/kasus/s3'));
  });

  it('requires grounds for an assessment, then keeps it in the history, sent with the CSRF token', async () => {
    serveRecruiters(server, recruiterDetail());
    renderConsole(server, '/pusat/perekrut/lp-1');
    fireEvent.change(await screen.findByLabelText('Penilaian'), { target: { value: 'suspected_recruiter' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan penilaian' }));
    expect(await screen.findByText('Tuliskan dasar penilaian.')).toBeTruthy();
    expect(document.activeElement?.id).toBe('assess-note');
    expect(server.requests('POST', '/recruiters/lp-1/assessments')).toHaveLength(0);

    fireEvent.input(screen.getByLabelText('Dasar penilaian (wajib)'), {
      target: { value: ' Tiga bandara ' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan penilaian' }));
    expect(await screen.findByText('Penilaian disimpan.')).toBeTruthy();
    const [sent] = server.requests('POST', '/recruiters/lp-1/assessments');
    expect(sent?.csrf).toBe(CSRF);
    expect(sent?.body).toEqual({ assessment: 'suspected_recruiter', note: 'Tiga bandara' });
    const history = screen.getByTestId('assessment-history');
    expect(history.textContent).toContain('Terduga perekrut ilegal');
    expect(history.textContent).toContain('Dewi Kartika');
  });

  it('keeps what was typed when the server refuses an assessment', async () => {
    serveRecruiters(server, recruiterDetail());
    server.intercept((r) => (r.method === 'POST' ? err(503, 'console.error.server') : undefined));
    renderConsole(server, '/pusat/perekrut/lp-1');
    fireEvent.input(await screen.findByLabelText('Dasar penilaian (wajib)'), {
      target: { value: 'catatan' },
    });
    // The intercept added last answers after the recruiter one, so refuse before it: replace the server's answer.
    fireEvent.click(screen.getByRole('button', { name: 'Simpan penilaian' }));
    await waitFor(() => expect(server.requests('POST', '/recruiters/lp-1/assessments')).toHaveLength(1));
    expect((screen.getByLabelText('Dasar penilaian (wajib)') as HTMLTextAreaElement).value).toBe('catatan');
  });

  it('asks for the request number before a dossier and downloads it for the chosen agency', async () => {
    serveRecruiters(server, recruiterDetail());
    server.intercept((r) =>
      r.path.endsWith('/dossier.pdf') ? { status: 200, body: { fake: 'pdf' } } : undefined,
    );
    renderConsole(server, '/pusat/perekrut/lp-1');
    fireEvent.click(await screen.findByRole('button', { name: 'Unduh PDF' }));
    expect(await screen.findByText('Isi nomor surat atau permintaan.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Untuk instansi'), { target: { value: 'binda' } });
    fireEvent.input(screen.getByLabelText('Nomor surat / permintaan'), { target: { value: 'B/12/2026' } });
    fireEvent.click(screen.getByRole('button', { name: 'Unduh PDF' }));
    expect(await screen.findByText('Berkas diunduh dan dicatat.')).toBeTruthy();
    const [sent] = server.requests('GET', '/recruiters/lp-1/dossier.pdf');
    expect(sent?.query.get('recipient')).toBe('binda');
    expect(sent?.query.get('reference')).toBe('B/12/2026');
    expect(sent?.query.get('lang')).toBe('id');
  });

  it('renders markup-looking values from tablets as text', async () => {
    serveRecruiters(server, recruiterDetail(XSS));
    renderConsole(server, '/pusat/perekrut/lp-1');
    expect(await screen.findByRole('heading', { level: 1, name: XSS })).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
    expect(
      screen.getAllByText(new RegExp(XSS.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).length,
    ).toBeGreaterThan(3);
  });

  it('tells an administrator the recruiter pages are not for their role', async () => {
    server.user = ADMIN;
    renderConsole(server, '/pusat/perekrut');
    expect(await screen.findByText(/tidak|bukan/i)).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Perekrut' })).toBeNull();
    expect(server.requests('GET', '/recruiters')).toHaveLength(0);
  });
});
