import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExportScreen } from '../../../../src/ui/screens/ExportScreen.tsx';
import { SessionContext, type Session } from '../../../../src/ui/hooks/use-session.ts';
import type { ScreeningStore } from '../../../../src/storage/screening-store.ts';
import type { Role } from '../../../../src/core/screening/screening-schema.ts';
import { localDay } from '../../../../src/core/time/local-time.ts';
import { setLang } from '../../../../src/i18n/i18n.ts';
import { generateScreenings } from '../../../fixtures/screenings.ts';
import { appDb } from '../../../../src/storage/db.ts';
import { isFlagged } from '../../../../src/core/screening/screening-schema.ts';

function fakeStore(): ScreeningStore & { listRange: ReturnType<typeof vi.fn> } {
  const today = localDay(new Date(), 'WIB');
  const start = new Date(Date.parse(`${today}T06:00:00+07:00`)).toISOString();
  const { screenings, persons } = generateScreenings({ count: 60, seed: 8, fromIso: start, hours: 6 });
  const fail = () => Promise.reject(new Error('not used'));
  return {
    saveDraft: fail,
    loadDraft: fail,
    discardDraft: fail,
    saveFinal: fail,
    get: fail,
    revisions: fail,
    listDay: fail,
    search: fail,
    saveLinkedPerson: fail,
    listRange: vi.fn((from: string, to: string) =>
      Promise.resolve(screenings.filter((s) => s.createdAt >= from && s.createdAt < to)),
    ),
    listLinkedPersons: () => Promise.resolve(persons),
  };
}

function renderAs(role: Role, store = fakeStore(), audit = vi.fn(() => Promise.resolve())) {
  const session = {
    officer: { id: 'OFF-9', name: 'Siti Rahmawati', agency: 'IMIGRASI' as const, role },
    device: { id: 'DEV-1', airport: 'PLM', checkpoint: 'PRE-XRAY-INTL', zone: 'WIB' as const },
    store,
    lock: () => undefined,
    audit,
  } as Session;
  render(
    <SessionContext.Provider value={session}>
      <ExportScreen />
    </SessionContext.Provider>,
  );
  return { store, audit };
}

// The first export loads the writers (pdf-lib, fflate) through the dev transform: slow on a busy machine.
describe('the Export screen', { timeout: 30_000 }, () => {
  beforeEach(() => {
    URL.createObjectURL = vi.fn(() => 'blob:export');
    URL.revokeObjectURL = vi.fn();
  });
  afterEach(() => vi.restoreAllMocks());

  it('tells an officer it is for shift leads only and never reads the store', async () => {
    const { store } = renderAs('officer');
    expect(screen.getByRole('alert').textContent).toContain('hanya untuk ketua regu');
    await new Promise((r) => setTimeout(r, 20));
    expect(store.listRange).not.toHaveBeenCalled();
    expect(screen.queryByRole('button', { name: /Ekspor CSV/ })).toBeNull();
    expect(document.body.textContent).not.toMatch(/[BCE]\d{7}/);
  });

  it("shows a shift lead today's counts, the flag list, and exports a CSV with its SHA-256, audited", async () => {
    const { audit, store } = renderAs('shift_lead');
    await screen.findByText('Diperiksa', {}, { timeout: 15_000 });
    expect(store.listRange).toHaveBeenCalled();
    const screened = screen.getByText('Diperiksa').previousElementSibling;
    expect(screened?.textContent).toBe('60');
    fireEvent.click(screen.getByRole('tab', { name: 'Daftar' }));
    expect(document.body.textContent).toMatch(/[BCE]\d{7}/);
    fireEvent.click(screen.getByRole('button', { name: 'Ekspor CSV' }));
    const result = await screen.findByTestId('export-result', {}, { timeout: 20_000 });
    const hash = result.querySelector('code')?.textContent ?? '';
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    await waitFor(() => expect(audit).toHaveBeenCalledTimes(1));
    expect(audit.mock.calls[0]).toEqual([
      expect.objectContaining({
        action: 'export',
        details: expect.objectContaining({ format: 'csv', sha256: hash, allFields: false }),
      }),
    ]);
    expect(URL.createObjectURL).toHaveBeenCalled();
  });

  it('writes the outbox state of each flagged record, so one the receiver acknowledged is not "waiting to send"', async () => {
    const store = fakeStore();
    const all = (await store.listRange('', '\uffff')) as { id: string; revision: number; outcome: string }[];
    const flagged = all.filter((s) => isFlagged(s.outcome as Parameters<typeof isFlagged>[0]));
    expect(flagged.length).toBeGreaterThan(0);
    await appDb().outbox.bulkPut(
      flagged.map((s) => ({
        id: `${s.id}:${s.revision}`,
        screeningId: s.id,
        revision: s.revision,
        state: 'acknowledged' as const,
        attempts: 1,
        nextAttemptAt: 0,
        createdAt: new Date().toISOString(),
      })),
    );
    try {
      renderAs('shift_lead', store);
      await screen.findByText('Diperiksa', {}, { timeout: 15_000 });
      fireEvent.click(screen.getByRole('button', { name: 'Ekspor CSV' }));
      await screen.findByTestId('export-result', {}, { timeout: 20_000 });
      const blob = vi.mocked(URL.createObjectURL).mock.calls[0]?.[0] as Blob;
      const text = new TextDecoder('utf-8').decode(await blob.arrayBuffer());
      expect(text).toContain('Diterima pusat');
      expect(text).not.toContain('Menunggu kirim');
    } finally {
      await appDb().outbox.clear();
    }
  });

  it('changes a row from "Menunggu kirim" to "Diterima pusat" when the receiver acknowledges it while the list is open', async () => {
    const store = fakeStore();
    const all = (await store.listRange('', '\uffff')) as { id: string; revision: number; outcome: string }[];
    const first = all.find((s) => isFlagged(s.outcome as Parameters<typeof isFlagged>[0]));
    if (!first) throw new Error('no flagged screening');
    const entry = {
      id: `${first.id}:${first.revision}`,
      screeningId: first.id,
      revision: first.revision,
      state: 'pending' as const,
      attempts: 0,
      nextAttemptAt: 0,
      createdAt: new Date().toISOString(),
    };
    await appDb().outbox.put(entry);
    try {
      renderAs('shift_lead', store);
      await screen.findByText('Diperiksa', {}, { timeout: 15_000 });
      fireEvent.click(screen.getByRole('tab', { name: 'Daftar' }));
      expect(screen.queryAllByText('Diterima pusat')).toHaveLength(0);
      await appDb().outbox.put({ ...entry, state: 'acknowledged', acknowledgedAt: new Date().toISOString() });
      await screen.findByText('Diterima pusat', {}, { timeout: 5_000 });
    } finally {
      await appDb().outbox.clear();
    }
  });

  it('warns before every field is included', async () => {
    renderAs('shift_lead');
    await screen.findByText('Diperiksa', {}, { timeout: 15_000 });
    fireEvent.click(screen.getByLabelText(/Sertakan semua kolom/));
    expect(screen.getByRole('alert').textContent).toContain('penerima berwenang');
  });

  it('writes the CSV in the chosen language, with a BOM and the minimal columns', async () => {
    await setLang('en', { persist: false });
    try {
      renderAs('shift_lead');
      await screen.findByText('Screened', {}, { timeout: 15_000 });
      fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
      await screen.findByTestId('export-result', {}, { timeout: 20_000 });
      const blob = vi.mocked(URL.createObjectURL).mock.calls[0]?.[0] as Blob;
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer());
      expect(text.charCodeAt(0)).toBe(0xfeff);
      expect(text.slice(1).split('\r\n')[0]).toBe(
        'Time,Name,Passport no.,Flight,Final destination,Indicators answered Yes,Score,Outcome,Decided by,Handover time,Receiving BP3MI officer,Sync state',
      );
      expect(text).not.toContain('Tanggal lahir');
    } finally {
      await setLang('id', { persist: false });
    }
  });
});
