import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import type { StatsQuery } from '../../../src/core/console/statistics-api.ts';
import { buildStatistics } from '../../../src/core/console/statistics-build.ts';
import { defaultStatsForm } from '../../../src/console/components/stats-form.ts';
import { setLang } from '../../../src/i18n/i18n.ts';
import { parseDisplayDate } from '../../../src/shared-ui/display-date.ts';
import { ADMIN, FakeConsoleServer, WORKER, err } from './fake-console-server.ts';
import { renderConsole } from './render-console.tsx';

/** Figures the fake server answers for any period: built by the same code the receiver uses. */
function answer(query: StatsQuery) {
  return buildStatistics(query, {
    clear: [{ day: query.to, airport: 'PLM', checkpoint: 'PRE-XRAY-INTL', clear: 1200, clearAdvised: 30 }],
    flagged: [
      { day: query.to, airport: 'PLM', checkpoint: 'PRE-XRAY-INTL', outcome: 'REFER_BP3MI', count: 4 },
      { day: query.to, airport: 'CGK', checkpoint: 'T3', outcome: 'DELAY_DEPARTURE', count: 1 },
    ],
    destinations: [
      { day: query.to, key: 'JED', count: 3 },
      { day: query.to, key: null, count: 2 },
    ],
    districts: [{ day: query.to, key: '16.71', count: 5 }],
    indicators: [{ day: query.to, key: 'TRV_ONE_WAY', count: 5 }],
  });
}

describe('console statistics', () => {
  let server: FakeConsoleServer;
  beforeEach(async () => {
    await setLang('id', { persist: false });
    server = new FakeConsoleServer();
    server.intercept((r) => {
      if (r.path !== '/statistics') return undefined;
      const query = Object.fromEntries(r.query.entries()) as StatsQuery;
      return { status: 200, body: answer(query) };
    });
  });

  it('shows the last twelve weeks by default: totals, charts with captions and the tables of their numbers', async () => {
    server.user = WORKER;
    renderConsole(server, '/pusat/statistik');
    const totals = await screen.findByTestId('stats-totals');
    expect(totals.textContent).toContain('Disaring1.235');
    expect(totals.textContent).toContain('Ditandai5');
    const [sent] = server.requests('GET', '/statistics');
    const form = defaultStatsForm(new Date());
    const from = parseDisplayDate(form.from);
    expect(from.ok && sent?.query.get('from')).toBe(from.ok ? from.iso : '');
    expect(sent?.query.get('granularity')).toBe('week');
    expect(sent?.query.has('airport')).toBe(false);

    const outcomes = screen.getByRole('figure', { name: 'Penyaringan per periode menurut hasil' });
    const rows = within(outcomes).getAllByRole('row');
    expect(rows).toHaveLength(1 + 12); // heading + twelve weeks
    expect(rows.at(-1)!.textContent).toContain('1.235');
    expect(within(outcomes).getByRole('img')).toBeTruthy();
    const districts = screen.getByRole('figure', { name: /Daerah asal terbanyak/ });
    expect(within(districts).getByRole('row', { name: /Kota Palembang \(16\.71\)/ }).textContent).toContain(
      '100%',
    );
    const destinations = screen.getByRole('figure', { name: /Negara tujuan terbanyak/ });
    expect(within(destinations).getByText('Arab Saudi', { selector: 'th' })).toBeTruthy();
    expect(within(destinations).getByText('Tidak diisi', { selector: 'th' })).toBeTruthy();
    expect(screen.getByTestId('stats-checkpoints').textContent).toContain('CGK · T3');

    const link = screen.getByRole('link', { name: 'Unduh CSV' });
    expect(link.getAttribute('href')).toBe(
      `/api/console/statistics/export.csv?from=${sent?.query.get('from')}&granularity=week&to=${sent?.query.get('to')}`,
    );
  });

  it('names each field to fix and sends nothing for an impossible day, a reversed period or a bad airport', async () => {
    server.user = ADMIN;
    renderConsole(server, '/pusat/statistik');
    await screen.findByTestId('stats-totals');
    const before = server.requests('GET', '/statistics').length;
    fireEvent.input(screen.getByLabelText('Dari tanggal'), { target: { value: '31/02/2026' } });
    fireEvent.input(screen.getByLabelText('Bandara (kode IATA, kosong = semua)'), {
      target: { value: 'P1' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Tampilkan' }));
    expect(await screen.findByText('Tanggal itu tidak ada di kalender.')).toBeTruthy();
    expect(screen.getByText('Tulis kode bandara 3 atau 4 huruf, misalnya PLM.')).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Dari tanggal'), { target: { value: '10/12/2026' } });
    fireEvent.input(screen.getByLabelText('Sampai tanggal'), { target: { value: '01/12/2026' } });
    fireEvent.input(screen.getByLabelText('Bandara (kode IATA, kosong = semua)'), {
      target: { value: 'plm' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Tampilkan' }));
    expect(
      await screen.findByText('Tanggal awal periode harus sebelum atau sama dengan tanggal akhir.'),
    ).toBeTruthy();
    expect(server.requests('GET', '/statistics')).toHaveLength(before);
    expect((screen.getByLabelText('Sampai tanggal') as HTMLInputElement).value).toBe('01/12/2026');
  });

  it('asks for months of one airport, and reads in English', async () => {
    await setLang('en', { persist: false });
    server.user = WORKER;
    renderConsole(server, '/pusat/statistik');
    await screen.findByTestId('stats-totals');
    fireEvent.input(screen.getByLabelText('From'), { target: { value: '01/01/2026' } });
    fireEvent.input(screen.getByLabelText('To'), { target: { value: '31/12/2026' } });
    fireEvent.change(screen.getByLabelText('Grouped by'), { target: { value: 'month' } });
    fireEvent.input(screen.getByLabelText('Airport (IATA code, empty = all)'), { target: { value: 'plm' } });
    fireEvent.click(screen.getByRole('button', { name: 'Show' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('PLM'));
    const sent = server.requests('GET', '/statistics').at(-1);
    expect(Object.fromEntries(sent!.query.entries())).toEqual({
      from: '2026-01-01',
      to: '2026-12-31',
      granularity: 'month',
      airport: 'PLM',
    });
    const outcomes = screen.getByRole('figure', { name: 'Screenings per period by outcome' });
    expect(within(outcomes).getAllByRole('row')).toHaveLength(13);
    expect(within(outcomes).getByRole('row', { name: /^Dec 2026/ })).toBeTruthy();
    expect(screen.getByRole('figure', { name: /Top destination countries/ }).textContent).toContain(
      'Saudi Arabia',
    );
  });

  it('says what the server refused and keeps the form', async () => {
    server = new FakeConsoleServer();
    server.user = WORKER;
    server.intercept((r) =>
      r.path === '/statistics' ? err(400, 'console.error.periodTooLong', { detail: 'from' }) : undefined,
    );
    renderConsole(server, '/pusat/statistik');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Periode paling lama 731 hari (dua tahun). Persingkat periodenya.',
    );
  });
});
