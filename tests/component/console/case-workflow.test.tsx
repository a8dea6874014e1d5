import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { setLang } from '../../../src/i18n/i18n.ts';
import {
  FakeConsoleServer,
  OTHER_WORKER,
  WORKER,
  confirmedHandover,
  detail,
  device,
  err,
  summary,
} from './fake-console-server.ts';
import { renderConsole } from './render-console.tsx';

const XSS = '<img src=x onerror="globalThis.__xss=1"><script>globalThis.__xss=2</script>';

describe('console case page and workflow', () => {
  let server: FakeConsoleServer;
  beforeEach(async () => {
    await setLang('id', { persist: false });
    server = new FakeConsoleServer();
    server.user = WORKER;
  });

  it('shows the BP3MI handover: when, to whom, who recorded it and whether the receiver confirmed it', async () => {
    const handed = detail({ id: 'case-h' });
    handed.screening.handover = confirmedHandover();
    server.cases.set('case-h', handed);
    renderConsole(server, '/pusat/kasus/case-h');
    const field = await screen.findByText((_, el) => el?.getAttribute('data-field') === 'handover');
    expect(field.textContent).toContain('01/12/2026 10:25 WIB, kepada');
    expect(field.textContent).toContain('kepada Rina Marlina (BP3MI)');
    expect(field.textContent).toContain('Dicatat oleh PETUGAS-IMIGRASI');
    expect(field.textContent).toContain(
      'Penerima mengonfirmasi dengan PIN-nya sendiri, 01/12/2026 10:27 WIB',
    );
    // A record from before the confirmation step carries only the time and the receiver's name.
    const older = detail({ id: 'case-old' });
    older.screening.handover = { time: '2026-12-01T03:25:00.000Z', bp3miOfficer: 'Rina Marlina' };
    server.cases.set('case-old', older);
    cleanup();
    await setLang('en', { persist: false });
    renderConsole(server, '/pusat/kasus/case-old');
    await waitFor(() =>
      expect(
        [...document.querySelectorAll('[data-field="handover"]')].some((el) =>
          el.textContent?.includes('Not confirmed by the receiver with their PIN'),
        ),
      ).toBe(true),
    );
    expect(screen.getByText('Handover to BP3MI')).toBeTruthy();
  });

  it('asks before taking a case someone else owns, then takes it over', async () => {
    server.cases.set('case-1', detail({ state: 'in_review', version: 2, owner: OTHER_WORKER }));
    renderConsole(server, '/pusat/kasus/case-1');
    fireEvent.click(await screen.findByRole('button', { name: 'Ambil alih kasus' }));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog.textContent).toContain('Agus Salim sedang menangani kasus ini');
    expect(server.requests('POST', '/cases/case-1/actions')).toHaveLength(0);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ambil alih kasus' }));
    await waitFor(() => expect(screen.getByTestId('case-owner').textContent).toBe('Pemilik: Dewi Kartika'));
    expect(server.requests('POST', '/cases/case-1/actions')[0]?.body).toEqual({
      action: 'take',
      force: true,
      version: 2,
    });
  });

  it('follows up with a referral and a due date, and closes only with a finding and a reason', async () => {
    server.cases.set(
      'case-1',
      detail({ state: 'in_review', version: 4, owner: { id: WORKER.id, name: WORKER.name } }),
    );
    renderConsole(server, '/pusat/kasus/case-1');
    fireEvent.click(await screen.findByRole('button', { name: 'Tindak lanjuti' }));
    fireEvent.click(screen.getByRole('button', { name: 'Simpan tindak lanjut' }));
    expect(await screen.findByText('Pilih ke mana kasus dirujuk.')).toBeTruthy();
    expect(screen.getByText('Isi tanggal tenggat.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Dirujuk ke'), { target: { value: 'shelter' } });
    fireEvent.input(screen.getByLabelText('Tenggat (HH/BB/TTTT)'), { target: { value: '31/02/2099' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan tindak lanjut' }));
    expect(await screen.findByText('Tanggal itu tidak ada di kalender.')).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Tenggat (HH/BB/TTTT)'), { target: { value: '15/01/2099' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan tindak lanjut' }));
    await waitFor(() => expect(screen.getByTestId('case-state').textContent).toBe('Ditindaklanjuti'));
    expect(server.requests('POST', '/cases/case-1/actions')[0]?.body).toEqual({
      action: 'follow_up',
      referredTo: 'shelter',
      dueDate: '2099-01-15',
      version: 4,
    });

    fireEvent.click(screen.getByRole('button', { name: 'Tutup kasus' }));
    fireEvent.click(screen.getAllByRole('button', { name: 'Tutup kasus' }).at(-1)!);
    expect(await screen.findByText('Pilih temuan penutupan.')).toBeTruthy();
    expect(screen.getByText('Tulis alasannya.')).toBeTruthy();
    expect(server.requests('POST', '/cases/case-1/actions')).toHaveLength(1);
    fireEvent.change(screen.getByLabelText('Temuan'), { target: { value: 'trafficking_referred' } });
    fireEvent.input(screen.getByLabelText('Alasan'), { target: { value: 'Diserahkan ke Satgas TPPO.' } });
    fireEvent.click(screen.getAllByRole('button', { name: 'Tutup kasus' }).at(-1)!);
    await waitFor(() => expect(screen.getByTestId('case-state').textContent).toBe('Selesai'));
    expect(screen.getByTestId('case-history').textContent).toContain('Alasan: Diserahkan ke Satgas TPPO.');
  });

  it('says so clearly when someone else changed the case first, and loses nothing typed', async () => {
    server.cases.set(
      'case-1',
      detail({ state: 'in_review', version: 5, owner: { id: WORKER.id, name: WORKER.name } }),
    );
    renderConsole(server, '/pusat/kasus/case-1');
    fireEvent.click(await screen.findByRole('button', { name: 'Tutup kasus' }));
    fireEvent.change(screen.getByLabelText('Temuan'), { target: { value: 'no_concern' } });
    fireEvent.input(screen.getByLabelText('Alasan'), { target: { value: 'Dokumen lengkap, dikonfirmasi.' } });
    // Meanwhile a colleague's follow-up raised the version on the server.
    const current = server.cases.get('case-1')!;
    server.cases.set('case-1', {
      ...current,
      case: { ...current.case, version: 6, state: 'follow_up', referredTo: 'police' },
    });
    fireEvent.click(screen.getAllByRole('button', { name: 'Tutup kasus' }).at(-1)!);
    expect((await screen.findByTestId('stale-version')).textContent).toContain('baru saja diubah orang lain');
    await waitFor(() => expect(screen.getByTestId('case-state').textContent).toBe('Ditindaklanjuti'));
    expect((screen.getByLabelText('Alasan') as HTMLTextAreaElement).value).toBe(
      'Dokumen lengkap, dikonfirmasi.',
    );
    expect((screen.getByLabelText('Temuan') as HTMLSelectElement).value).toBe('no_concern');
    fireEvent.click(screen.getAllByRole('button', { name: 'Tutup kasus' }).at(-1)!);
    await waitFor(() => expect(screen.getByTestId('case-state').textContent).toBe('Selesai'));
    const sent = server
      .requests('POST', '/cases/case-1/actions')
      .map((r) => (r.body as { version: number }).version);
    expect(sent).toEqual([5, 6]);
  });

  it('renders every payload field as text, so markup in a payload never runs', async () => {
    server.cases.set('case-1', detail({ passengerName: XSS, checkpoint: XSS, destination: XSS }, XSS));
    renderConsole(server, '/pusat/kasus/case-1');
    await screen.findByRole('heading', { level: 1, name: `Kasus ${XSS}` });
    expect(document.body.textContent).toContain(XSS);
    expect(document.querySelectorAll('img, script:not([src])').length).toBe(0);
    expect((globalThis as { __xss?: number }).__xss).toBeUndefined();

    server.cases.clear();
    server.cases.set('case-x', {
      ...detail(),
      case: {
        ...summary({ id: 'case-x', passengerName: XSS, checkpoint: XSS, passportNumber: XSS }),
        finding: null,
        reason: null,
      },
    });
    renderConsole(server, '/pusat/');
    await screen.findByRole('link', { name: `Buka kasus ${XSS}` });
    expect(document.querySelectorAll('img, script:not([src])').length).toBe(0);

    server.user = { id: 'u-admin', username: 'admin', name: XSS, role: 'admin', agency: null };
    server.devices = [device({ id: XSS, airport: XSS, checkpoint: XSS, appVersion: XSS })];
    renderConsole(server, '/pusat/tablet');
    await screen.findAllByText(XSS);
    expect(document.querySelectorAll('img, script:not([src])').length).toBe(0);
    expect((globalThis as { __xss?: number }).__xss).toBeUndefined();
  });

  it('lists tablets, issues an enrolment code and revokes a tablet only after confirming', async () => {
    server.user = { id: 'u-admin', username: 'admin', name: 'Admin Pusat', role: 'admin', agency: null };
    server.devices = [
      device(),
      device({ id: 'dev-2', airport: 'CGK', lastSeenAt: null, pending: null, rejected: null }),
    ];
    renderConsole(server, '/pusat/');
    const row = (await screen.findByText('dev-1')).closest('tr')!;
    expect(row.textContent).toContain('3 menunggu · 0 ditolak');
    expect(row.textContent).toContain('0.1.0');
    expect(screen.getByText('dev-2').closest('tr')!.textContent).toContain('Belum pernah');
    fireEvent.click(screen.getByRole('button', { name: 'Buat kode pendaftaran' }));
    expect((await screen.findByTestId('enrol-code')).textContent).toBe('K7M2-P9QX');
    fireEvent.click(within(row).getByRole('button', { name: 'Cabut dev-1' }));
    expect(server.requests('POST', '/devices/dev-1/revoke')).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Ya, cabut tablet' }));
    await screen.findByText('Tablet dev-1 dicabut.');
    expect(server.requests('POST', '/devices/dev-1/revoke')).toHaveLength(1);
    await waitFor(() => expect(screen.getByText('dev-1').closest('tr')!.textContent).toContain('Dicabut'));
  });

  it('pages the inbox by cursor and sends the filters it was given', async () => {
    server.pageSize = 2;
    for (let i = 1; i <= 3; i += 1)
      server.cases.set(
        `c${i}`,
        detail({ id: `c${i}`, passengerName: `PENUMPANG ${i}`, screenedAt: `2026-12-0${i}T01:00:00.000Z` }),
      );
    renderConsole(server, '/pusat/');
    await screen.findByText('PENUMPANG 3');
    const names = () => [...document.querySelectorAll('.case-table tbody a')].map((a) => a.textContent);
    expect(names()).toEqual(['PENUMPANG 3', 'PENUMPANG 2']);
    fireEvent.click(screen.getByRole('button', { name: 'Muat lebih banyak' }));
    await screen.findByText('PENUMPANG 1');
    expect(names()).toEqual(['PENUMPANG 3', 'PENUMPANG 2', 'PENUMPANG 1']);
    expect(server.requests('GET', '/cases').at(-1)?.query.get('cursor')).toBe('2');
    expect(screen.getByText('Semua kasus yang cocok sudah ditampilkan.')).toBeTruthy();

    fireEvent.input(screen.getByLabelText('Disaring dari tanggal'), { target: { value: '32/12/2026' } });
    const before = server.requests('GET', '/cases').length;
    fireEvent.click(screen.getByRole('button', { name: 'Terapkan' }));
    expect(await screen.findByText('Tanggal itu tidak ada di kalender.')).toBeTruthy();
    expect(server.requests('GET', '/cases')).toHaveLength(before);
    fireEvent.input(screen.getByLabelText('Disaring dari tanggal'), { target: { value: '01/12/2026' } });
    fireEvent.input(screen.getByLabelText('Cari nama atau nomor paspor'), { target: { value: 'suharti' } });
    fireEvent.change(screen.getByLabelText('Status kasus'), { target: { value: 'new' } });
    fireEvent.change(screen.getByLabelText('Pemilik'), { target: { value: 'me' } });
    fireEvent.click(screen.getByRole('button', { name: 'Terapkan' }));
    await waitFor(() => expect(server.requests('GET', '/cases').length).toBe(before + 1));
    const query = server.requests('GET', '/cases').at(-1)!.query;
    expect(Object.fromEntries(query)).toEqual({
      from: '2026-12-01',
      q: 'suharti',
      state: 'new',
      owner: 'me',
    });
  });

  it('shows a server error as a message, not as a blank page', async () => {
    server.intercept((r) => (r.path === '/cases/case-9' ? err(500, 'console.error.server') : undefined));
    renderConsole(server, '/pusat/kasus/case-9');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Server sedang bermasalah. Coba lagi sebentar lagi.',
    );
  });
});
