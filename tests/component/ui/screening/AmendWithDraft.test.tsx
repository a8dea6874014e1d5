import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Screening } from '../../../../src/core/screening/screening-schema.ts';
import { isBusy } from '../../../../src/pwa/busy.ts';
import type { ScreeningStore } from '../../../../src/storage/screening-store.ts';
import { ScreeningScreen } from '../../../../src/ui/screens/ScreeningScreen.tsx';
import { screening } from '../../../unit/storage/store-fixtures.ts';
import {
  answerOf,
  auditOf,
  findSaved,
  leaveHartonoDraft,
  realStore,
  renderSignedIn,
  sessionFor,
} from './harness.tsx';

const now = new Date().toISOString();
const QUESTION = 'Masih ada draf lain yang belum selesai';

/** A decided screening of WULANDARI, saved as revision 1. */
function saveWulandari(store: ScreeningStore): Promise<Screening> {
  return store.saveFinal(
    screening({
      createdAt: now,
      lastName: 'WULANDARI',
      passportNumber: 'B1234567',
      outcome: 'CLEAR',
      recommended: 'CLEAR',
      answers: {},
      score: 0,
      note: '',
    }),
  );
}

function amend(id: string): void {
  history.replaceState(null, '', `/screening?amend=${encodeURIComponent(id)}`);
}

afterEach(() => history.replaceState(null, '', '/'));

describe('amending a saved screening while another draft is open', { timeout: 20_000 }, () => {
  it('asks first, saying whose draft it is and what discarding it would lose, and opens neither screening', async () => {
    const { store, officerId } = await realStore();
    const saved = await saveWulandari(store);
    await leaveHartonoDraft(store);
    amend(saved.id);
    renderSignedIn(sessionFor(store, officerId), <ScreeningScreen />);
    await screen.findByRole('heading', { name: QUESTION });
    expect(screen.getByText(/revisi baru untuk WULANDARI, DEWI ANGGRAENI/)).toBeTruthy();
    expect(screen.getByText('HARTONO, DEWI ANGGRAENI')).toBeTruthy();
    expect(screen.getByText(/1 pertanyaan dijawab · belum ada keputusan/)).toBeTruthy();
    expect(screen.getByText(/hilang dan tidak dapat dikembalikan/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Kembali ke draf HARTONO, DEWI ANGGRAENI' })).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'Buang draf, lalu ubah WULANDARI, DEWI ANGGRAENI' }),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Simpan' })).toBeNull();
    // Nothing may apply an app update while the officer is deciding.
    expect(isBusy()).toBe(true);
  });

  it('"back to the draft" opens the draft untouched, forgets the amendment and changes nothing stored', async () => {
    const { store, officerId, db } = await realStore();
    const saved = await saveWulandari(store);
    const draft = await leaveHartonoDraft(store);
    amend(saved.id);
    renderSignedIn(sessionFor(store, officerId), <ScreeningScreen />);
    fireEvent.click(await screen.findByRole('button', { name: 'Kembali ke draf HARTONO, DEWI ANGGRAENI' }));
    await screen.findByText('Draf penyaringan sebelumnya dibuka kembali.');
    expect(screen.getByText('HARTONO, DEWI ANGGRAENI')).toBeTruthy();
    expect(answerOf('TRV_ONE_WAY', 'Ya').getAttribute('aria-checked')).toBe('true');
    expect(screen.queryByRole('heading', { name: QUESTION })).toBeNull();
    // A reload now resumes the draft without asking again.
    expect(location.search).toBe('');
    expect((await store.loadDraft())?.id).toBe(draft.id);
    expect((await auditOf(db)).some((e) => e.action === 'discard')).toBe(false);
    expect((await store.revisions(saved.id)).map((s) => s.revision)).toEqual([1]);
  });

  it('"discard, then amend" discards the draft (audited), says so, and opens the saved screening as a new revision', async () => {
    const { store, officerId, db } = await realStore();
    const saved = await saveWulandari(store);
    const draft = await leaveHartonoDraft(store);
    amend(saved.id);
    renderSignedIn(sessionFor(store, officerId), <ScreeningScreen />);
    fireEvent.click(
      await screen.findByRole('button', { name: 'Buang draf, lalu ubah WULANDARI, DEWI ANGGRAENI' }),
    );
    await screen.findByText(/Draf HARTONO, DEWI ANGGRAENI sudah dibuang atas pilihan Anda/);
    expect(screen.getByText('WULANDARI, DEWI ANGGRAENI')).toBeTruthy();
    expect(screen.getByText(/Revisi baru dari penyaringan tersimpan \(revisi 1\)/)).toBeTruthy();
    expect(await auditOf(db)).toContainEqual({ action: 'discard', target: draft.id });
    // The only draft left is the amendment itself, once it autosaves.
    await waitFor(async () => expect((await store.loadDraft())?.id).toBe(saved.id));

    fireEvent.click(screen.getByRole('button', { name: 'Semua yang belum dijawab: Tidak' }));
    fireEvent.click(screen.getByRole('radio', { name: /^Lanjut \+ edukasi/ }));
    fireEvent.input(screen.getByLabelText(/Catatan singkat/), { target: { value: 'Diberi edukasi' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    await findSaved();
    const latest = await store.get(saved.id);
    expect(latest).toMatchObject({ revision: 2, passenger: { lastName: 'WULANDARI' } });
    expect(await auditOf(db)).toContainEqual({ action: 'amend', target: saved.id });
  });

  it('"cancel" goes back to history and leaves the draft and the saved screening as they were', async () => {
    const { store, officerId, db } = await realStore();
    const saved = await saveWulandari(store);
    const draft = await leaveHartonoDraft(store);
    amend(saved.id);
    renderSignedIn(sessionFor(store, officerId), <ScreeningScreen />);
    fireEvent.click(await screen.findByRole('button', { name: 'Batal, kembali ke Riwayat' }));
    expect(location.pathname).toBe('/history');
    expect(await store.loadDraft()).toMatchObject({ id: draft.id, answers: { TRV_ONE_WAY: 'yes' } });
    expect((await auditOf(db)).some((e) => e.action === 'discard')).toBe(false);
  });

  it('keeps asking, and keeps the draft, when the draft cannot be discarded', async () => {
    const { store, officerId } = await realStore();
    const saved = await saveWulandari(store);
    const draft = await leaveHartonoDraft(store);
    const failing: ScreeningStore = { ...store, discardDraft: () => Promise.reject(new Error('disk full')) };
    amend(saved.id);
    renderSignedIn(sessionFor(failing, officerId), <ScreeningScreen />);
    fireEvent.click(
      await screen.findByRole('button', { name: 'Buang draf, lalu ubah WULANDARI, DEWI ANGGRAENI' }),
    );
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Draf tidak dapat dibuang dan masih tersimpan. Coba lagi.',
    );
    expect(screen.getByRole('heading', { name: QUESTION })).toBeTruthy();
    expect((await store.loadDraft())?.id).toBe(draft.id);
  });

  it('says what discarding loses when the open draft is itself an unsaved amendment of another screening', async () => {
    const { store, officerId } = await realStore();
    const saved = await saveWulandari(store);
    const other = await store.saveFinal(screening({ createdAt: now, lastName: 'HARTONO' }));
    await store.saveDraft({ ...other, status: 'draft', note: 'Belum selesai diubah' });
    amend(saved.id);
    renderSignedIn(sessionFor(store, officerId), <ScreeningScreen />);
    await screen.findByRole('heading', { name: QUESTION });
    expect(
      screen.getByText(
        'Jika draf dibuang: perubahan yang belum disimpan di draf ini hilang. Revisi 1 yang sudah tersimpan tetap ada dan tidak berubah.',
      ),
    ).toBeTruthy();
  });
});

describe('amending without a conflicting draft', { timeout: 20_000 }, () => {
  it('resumes the draft when it is the unsaved amendment of this same screening', async () => {
    const { store, officerId } = await realStore();
    const saved = await saveWulandari(store);
    await store.saveDraft({ ...saved, status: 'draft', answers: { TRV_ONE_WAY: 'yes' } });
    amend(saved.id);
    renderSignedIn(sessionFor(store, officerId), <ScreeningScreen />);
    await screen.findByText('Draf penyaringan sebelumnya dibuka kembali.');
    expect(screen.getByText('WULANDARI, DEWI ANGGRAENI')).toBeTruthy();
    expect(answerOf('TRV_ONE_WAY', 'Ya').getAttribute('aria-checked')).toBe('true');
    expect(screen.getByText(/Revisi baru dari penyaringan tersimpan \(revisi 1\)/)).toBeTruthy();
    expect(screen.queryByRole('heading', { name: QUESTION })).toBeNull();
  });

  it('opens the saved screening as a new revision when no draft is open', async () => {
    const { store, officerId, db } = await realStore();
    const saved = await saveWulandari(store);
    amend(saved.id);
    renderSignedIn(sessionFor(store, officerId), <ScreeningScreen />);
    await screen.findByText(
      /Revisi baru dari penyaringan tersimpan \(revisi 1\)\. Menyimpan membuat revisi 2/,
    );
    expect(screen.getByText('WULANDARI, DEWI ANGGRAENI')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: QUESTION })).toBeNull();
    expect(await auditOf(db)).toContainEqual({ action: 'view', target: saved.id });
  });

  it('says so when the screening to amend is not on this device, and opens nothing else in its place', async () => {
    const { store, officerId } = await realStore();
    const draft = await leaveHartonoDraft(store);
    amend('no-such-screening');
    renderSignedIn(sessionFor(store, officerId), <ScreeningScreen />);
    await screen.findByText(/Penyaringan yang ingin diubah tidak ditemukan/);
    expect(screen.queryByText('HARTONO, DEWI ANGGRAENI')).toBeNull();
    expect((await store.loadDraft())?.id).toBe(draft.id);
  });
});
