import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import type { StaffUser } from '../../../src/core/console/console-api.ts';
import { setLang } from '../../../src/i18n/i18n.ts';
import { CSRF, FakeConsoleServer } from './fake-console-server.ts';
import { watchItem } from './fake-watch-routes.ts';
import { renderConsole } from './render-console.tsx';

const IMI: StaffUser = {
  id: 'u-imi',
  username: 'budi.imi',
  name: 'Budi Santoso',
  role: 'imigrasi_worker',
  agency: 'IMIGRASI',
};
const entryRow = (id: string): HTMLElement => {
  const found = document.querySelector<HTMLElement>(`tr[data-entry="${id}"]`);
  if (!found) throw new Error(`no entry ${id}`);
  return found;
};
const chooseFile = (text: string) =>
  fireEvent.change(screen.getByLabelText('Berkas CSV'), {
    target: { files: [new File([text], 'daftar.csv', { type: 'text/csv' })] },
  });

describe('console watchlist kept by Imigrasi', () => {
  let server: FakeConsoleServer;
  beforeEach(async () => {
    await setLang('id', { persist: false });
    server = new FakeConsoleServer();
    server.user = IMI;
    server.watch.items = [
      watchItem('wl-1', 'Wati Susanti', { expiresOn: '2027-03-01', source: 'cekal' }),
      watchItem('wl-2', 'Pak Joko', { source: 'csv' }),
    ];
  });

  const openEntriesFor = async (id: string) => {
    renderConsole(server, '/pusat/cekal');
    fireEvent.click(await screen.findByRole('tab', { name: 'Daftar pantau' }));
    return waitFor(() => entryRow(id));
  };
  const openEntries = () => openEntriesFor('wl-1');

  it('lists entries with kind, expiry and source, and adds one only once every field is right', async () => {
    const first = await openEntries();
    expect(first.textContent).toContain('01/03/2027');
    expect(first.textContent).toContain('Usulan cekal');
    expect(entryRow('wl-2').textContent).toContain('Tanpa batas');

    fireEvent.click(screen.getByRole('button', { name: 'Tambah entri' }));
    fireEvent.input(screen.getByLabelText('Tanggal lahir'), { target: { value: '31/02/1990' } });
    fireEvent.input(screen.getByLabelText('Berlaku sampai (hari terakhir)'), {
      target: { value: '2027-01-01' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan entri' }));
    expect(await screen.findByText('Isi nama.')).toBeTruthy();
    expect(screen.getByText('Tanggal itu tidak ada di kalender.')).toBeTruthy();
    expect(screen.getByText('Tulis tanggal sebagai HH/BB/TTTT, misalnya 17/08/2026.')).toBeTruthy();
    expect(document.activeElement?.id).toBe('entry-name');
    fireEvent.input(screen.getByLabelText('Tanggal lahir'), { target: { value: '' } });
    fireEvent.input(screen.getByLabelText('Berlaku sampai (hari terakhir)'), { target: { value: '' } });
    fireEvent.input(screen.getByLabelText('Nama (seperti di paspor)'), { target: { value: 'Rina Marlina' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan entri' }));
    expect(await screen.findByText(/Isi nomor paspor atau tanggal lahir/)).toBeTruthy();
    expect(server.requests('POST', '/watchlist')).toHaveLength(0);

    fireEvent.input(screen.getByLabelText('Nomor paspor'), { target: { value: 'C7654321' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan entri' }));
    expect((await screen.findByRole('status')).textContent).toContain('Entri Rina Marlina disimpan');
    const [sent] = server.requests('POST', '/watchlist');
    expect(sent?.csrf).toBe(CSRF);
    expect(sent?.body).toMatchObject({ kind: 'cegah', name: 'Rina Marlina', passportNumber: 'C7654321' });
    expect((await waitFor(() => entryRow('wl-new-1'))).textContent).toContain('Manual');
  });

  it('edits an entry with its fields filled in, and ends one only after confirming', async () => {
    await openEntries();
    fireEvent.click(within(entryRow('wl-1')).getByRole('button', { name: 'Ubah' }));
    const name = screen.getByLabelText('Nama (seperti di paspor)') as HTMLInputElement;
    expect(name.value).toBe('Wati Susanti');
    expect((screen.getByLabelText('Berlaku sampai (hari terakhir)') as HTMLInputElement).value).toBe(
      '01/03/2027',
    );
    fireEvent.change(screen.getByLabelText('Jenis'), { target: { value: 'atensi' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan entri' }));
    await waitFor(() => expect(entryRow('wl-1').textContent).toContain('Atensi'));
    expect(server.requests('POST', '/watchlist/entries/wl-1')[0]?.body).toMatchObject({
      kind: 'atensi',
      expiresOn: '2027-03-01',
    });

    fireEvent.click(within(entryRow('wl-2')).getByRole('button', { name: 'Akhiri' }));
    expect(screen.getByRole('alertdialog').textContent).toContain('Akhiri entri Pak Joko?');
    expect(server.requests('DELETE', '/watchlist/entries/wl-2')).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Ya, akhiri' }));
    expect((await screen.findByRole('status')).textContent).toBe('Entri Pak Joko diakhiri.');
    await waitFor(() => expect(document.querySelector('tr[data-entry="wl-2"]')).toBeNull());
  });

  it('previews a CSV with each bad row’s problems and stores nothing; a clean file is stored on confirm', async () => {
    renderConsole(server, '/pusat/cekal');
    fireEvent.click(await screen.findByRole('tab', { name: 'Impor CSV' }));
    chooseFile('id,kind,name,expiresOn\nok-1,cegah,Sri,\nbad,ban,Ani,\nok-1,atensi,Lagi,2026-02-30\n');
    const summary = await screen.findByTestId('import-summary');
    expect(summary.textContent).toContain('1 dari 3 baris siap disimpan.');
    expect(summary.textContent).toContain('2 baris bermasalah');
    const line3 = document.querySelector<HTMLElement>('tr[data-line="3"]')!;
    expect(line3.textContent).toContain('kind harus cegah, atensi, prior_pmi_np atau recruiter.');
    const line4 = document.querySelector<HTMLElement>('tr[data-line="4"]')!;
    expect(line4.textContent).toContain('Kolom expiresOn: tanggal harus TTTT-BB-HH');
    expect(line4.textContent).toContain('id ini sudah dipakai baris sebelumnya.');
    expect(document.querySelector<HTMLElement>('tr[data-line="2"]')!.textContent).toContain('Siap');
    expect((screen.getByRole('button', { name: 'Simpan 1 entri' }) as HTMLButtonElement).disabled).toBe(true);
    expect(server.requests('POST', '/watchlist/import')).toHaveLength(0);

    chooseFile('id,nama\nx,Ani\n');
    expect((await screen.findByTestId('import-file-error')).textContent).toBe('Kolom tidak dikenal: nama.');

    chooseFile('id,kind,name,birthDate\nimp-1,cegah,Sri Wahyuni,1990-01-01\nimp-2,recruiter,Pak Darto,\n');
    const store = await screen.findByRole('button', { name: 'Simpan 2 entri' });
    await waitFor(() => expect((store as HTMLButtonElement).disabled).toBe(false));
    expect(server.requests('POST', '/watchlist/import/preview')).toHaveLength(3);
    expect(server.requests('POST', '/watchlist/import')).toHaveLength(0);
    fireEvent.click(store);
    expect((await screen.findByTestId('import-stored')).textContent).toContain('2 entri disimpan');
    expect(server.requests('POST', '/watchlist/import')).toHaveLength(1);
    expect(server.watch.items.map((i) => i.entry.id)).toEqual(['wl-1', 'wl-2', 'imp-1', 'imp-2']);
  });

  it('shows markup in an entry or a proposal as text, never as elements', async () => {
    const markup = '<img src=x onerror="window.hacked=1">';
    server.watch.items = [watchItem('wl-x', markup, { changedBy: markup })];
    await openEntriesFor('wl-x');
    expect(entryRow('wl-x').textContent).toContain(markup);
    expect(document.querySelector('main img')).toBeNull();
  });

  it('refuses a file larger than the server takes before sending it', async () => {
    renderConsole(server, '/pusat/cekal');
    fireEvent.click(await screen.findByRole('tab', { name: 'Impor CSV' }));
    chooseFile(`id,kind,name\n${'x'.repeat(1_000_100)}`);
    expect((await screen.findByRole('alert')).textContent).toContain('Berkas terlalu besar');
    expect(server.requests('POST', '/watchlist/import/preview')).toHaveLength(0);
  });
});
