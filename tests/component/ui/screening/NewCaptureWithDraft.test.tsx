import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Capture } from '../../../../src/core/capture/capture.ts';
import { isBusy } from '../../../../src/pwa/busy.ts';
import type { ScreeningStore } from '../../../../src/storage/screening-store.ts';
import { peekCapture, setCapture, takeCapture } from '../../../../src/ui/capture-store.ts';
import { ScanScreen } from '../../../../src/ui/screens/ScanScreen.tsx';
import { ScreeningScreen } from '../../../../src/ui/screens/ScreeningScreen.tsx';
import { screening } from '../../../unit/storage/store-fixtures.ts';
import {
  answerOf,
  auditOf,
  leaveHartonoDraft,
  realStore,
  renderSignedIn,
  sampleCapture,
  sessionFor,
} from './harness.tsx';

const QUESTION = 'Masih ada draf lain yang belum selesai';
const RESUME = 'Kembali ke draf HARTONO, DEWI ANGGRAENI';
const DISCARD = 'Buang draf, lalu mulai SUPRIYATNA, DEWI ANGGRAENI';
const CANCEL = 'Batal, kembali ke Pindai';

/** SUPRIYATNA (passenger B) scanned on the scan screen and started, as the scan screen hands her over. */
function scanSupriyatna(): Capture {
  const capture = sampleCapture();
  setCapture(capture, {
    passport: { passenger: capture.passenger!, source: 'wedge', verified: true },
    boarding: { flight: capture.flight!, name: capture.boardingPassName, source: 'wedge' },
  });
  return capture;
}

afterEach(() => {
  takeCapture();
  history.replaceState(null, '', '/');
});

describe('starting a new passenger while a draft of another one is open', { timeout: 20_000 }, () => {
  it('asks first, naming both passengers and what discarding loses, and opens neither screening', async () => {
    const { store, officerId } = await realStore();
    await leaveHartonoDraft(store);
    scanSupriyatna();
    renderSignedIn(sessionFor(store, officerId), <ScreeningScreen />);
    await screen.findByRole('heading', { name: QUESTION });
    expect(screen.getByText(/memulai penyaringan SUPRIYATNA, DEWI ANGGRAENI/)).toBeTruthy();
    expect(screen.getByText('HARTONO, DEWI ANGGRAENI')).toBeTruthy();
    expect(screen.getByText('C7654321')).toBeTruthy();
    expect(screen.getByText('Penumpang baru')).toBeTruthy();
    expect(screen.getByText('C4729183')).toBeTruthy();
    expect(screen.getByText(/1 pertanyaan dijawab · belum ada keputusan/)).toBeTruthy();
    expect(screen.getByText(/hilang dan tidak dapat dikembalikan/)).toBeTruthy();
    expect(screen.getByText(/tetap menunggu di layar Pindai dan tidak perlu dipindai lagi/)).toBeTruthy();
    expect(screen.getByRole('button', { name: RESUME })).toBeTruthy();
    expect(screen.getByRole('button', { name: DISCARD })).toBeTruthy();
    expect(screen.getByRole('button', { name: CANCEL })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Simpan' })).toBeNull();
    // Nothing may apply an app update while the officer is deciding.
    expect(isBusy()).toBe(true);
  });

  it('"back to the draft" opens the draft untouched and keeps the new passenger waiting for the scan screen', async () => {
    const { store, officerId, db } = await realStore();
    const draft = await leaveHartonoDraft(store);
    scanSupriyatna();
    const screeningView = renderSignedIn(sessionFor(store, officerId), <ScreeningScreen />);
    fireEvent.click(await screen.findByRole('button', { name: RESUME }));
    await screen.findByText('Draf penyaringan sebelumnya dibuka kembali.');
    expect(screen.getByText('HARTONO, DEWI ANGGRAENI')).toBeTruthy();
    expect(answerOf('TRV_ONE_WAY', 'Ya').getAttribute('aria-checked')).toBe('true');
    expect(screen.getByText(/Data SUPRIYATNA, DEWI ANGGRAENI tetap menunggu di layar Pindai/)).toBeTruthy();
    expect(screen.queryByRole('heading', { name: QUESTION })).toBeNull();
    expect((await store.loadDraft())?.id).toBe(draft.id);
    expect((await auditOf(db)).some((e) => e.action === 'discard')).toBe(false);
    expect(peekCapture()?.passenger?.passportNumber).toBe('C4729183');

    // Later, on the scan screen, the new passenger is there without a second scan.
    screeningView.unmount();
    render(<ScanScreen />);
    expect(screen.getByTestId('passport-number').textContent).toContain('C4729183');
    expect(screen.getByTestId('boarding-flight').textContent).toBe('AK 1347');
    expect(screen.getByText(/tidak perlu dipindai lagi/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Mulai penyaringan' }) as HTMLButtonElement).disabled).toBe(
      false,
    );
  });

  it('"discard, then start" discards the draft (audited), says so, and opens the new passenger\'s screening', async () => {
    const { store, officerId, db } = await realStore();
    const draft = await leaveHartonoDraft(store);
    scanSupriyatna();
    renderSignedIn(sessionFor(store, officerId), <ScreeningScreen />);
    fireEvent.click(await screen.findByRole('button', { name: DISCARD }));
    await screen.findByText(/Draf HARTONO, DEWI ANGGRAENI sudah dibuang atas pilihan Anda/);
    expect(screen.getByText('SUPRIYATNA, DEWI ANGGRAENI')).toBeTruthy();
    expect(screen.queryByText('HARTONO, DEWI ANGGRAENI')).toBeNull();
    expect(screen.queryByText('Draf penyaringan sebelumnya dibuka kembali.')).toBeNull();
    expect(answerOf('TRV_ONE_WAY', 'Ya').getAttribute('aria-checked')).toBe('false');
    expect(await auditOf(db)).toContainEqual({ action: 'discard', target: draft.id });
    // The capture was used once; the only draft left is the new screening, once it autosaves.
    expect(peekCapture()).toBeNull();
    fireEvent.click(answerOf('TRV_ONE_WAY', 'Tidak'));
    await waitFor(async () => expect((await store.loadDraft())?.passenger.passportNumber).toBe('C4729183'));
  });

  it('"cancel" goes back to the scan screen with the new passenger still there, and leaves the draft as it was', async () => {
    const { store, officerId, db } = await realStore();
    const draft = await leaveHartonoDraft(store);
    scanSupriyatna();
    const screeningView = renderSignedIn(sessionFor(store, officerId), <ScreeningScreen />);
    fireEvent.click(await screen.findByRole('button', { name: CANCEL }));
    expect(location.pathname).toBe('/scan');
    expect(await store.loadDraft()).toMatchObject({ id: draft.id, answers: { TRV_ONE_WAY: 'yes' } });
    expect((await auditOf(db)).some((e) => e.action === 'discard')).toBe(false);

    screeningView.unmount();
    render(<ScanScreen />);
    expect(screen.getByTestId('passport-name').textContent).toBe('SUPRIYATNA, DEWI ANGGRAENI');
    expect(screen.getByTestId('boarding-flight').textContent).toBe('AK 1347');
    // The scan screen holds it again: nothing is left waiting to start a screening on its own.
    expect(peekCapture()).toBeNull();
  });

  it('keeps asking, keeps the draft and keeps the new passenger when the draft cannot be discarded', async () => {
    const { store, officerId } = await realStore();
    const draft = await leaveHartonoDraft(store);
    scanSupriyatna();
    const failing: ScreeningStore = { ...store, discardDraft: () => Promise.reject(new Error('disk full')) };
    renderSignedIn(sessionFor(failing, officerId), <ScreeningScreen />);
    fireEvent.click(await screen.findByRole('button', { name: DISCARD }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Draf tidak dapat dibuang dan masih tersimpan. Coba lagi.',
    );
    expect(screen.getByRole('heading', { name: QUESTION })).toBeTruthy();
    expect((await store.loadDraft())?.id).toBe(draft.id);
    expect(peekCapture()?.passenger?.passportNumber).toBe('C4729183');
  });
});

describe('starting a new passenger without a conflicting draft', { timeout: 20_000 }, () => {
  it('resumes the draft, without asking, when it is of the same passport (same number and issuing state)', async () => {
    const { store, officerId } = await realStore();
    const draft = screening({
      createdAt: new Date().toISOString(),
      status: 'draft',
      answers: { TRV_ONE_WAY: 'yes' },
      outcome: null,
      decidedBy: null,
      decidedAt: null,
      note: '',
    });
    await store.saveDraft(draft);
    scanSupriyatna();
    renderSignedIn(sessionFor(store, officerId), <ScreeningScreen />);
    await screen.findByText('Draf penyaringan sebelumnya dibuka kembali.');
    expect(screen.getByText('SUPRIYATNA, DEWI ANGGRAENI')).toBeTruthy();
    expect(answerOf('TRV_ONE_WAY', 'Ya').getAttribute('aria-checked')).toBe('true');
    expect(screen.queryByRole('heading', { name: QUESTION })).toBeNull();
    expect(screen.queryByText(/tetap menunggu di layar Pindai/)).toBeNull();
    expect(peekCapture()).toBeNull();
  });

  it('asks when the draft holds the same passport number issued by another state', async () => {
    const { store, officerId } = await realStore();
    const draft = screening({ status: 'draft', outcome: null, decidedBy: null, decidedAt: null });
    await store.saveDraft({ ...draft, passenger: { ...draft.passenger, issuingState: 'MYS' } });
    scanSupriyatna();
    renderSignedIn(sessionFor(store, officerId), <ScreeningScreen />);
    await screen.findByRole('heading', { name: QUESTION });
  });

  it("opens the new passenger's screening when no draft is open", async () => {
    const { store, officerId } = await realStore();
    scanSupriyatna();
    renderSignedIn(sessionFor(store, officerId), <ScreeningScreen />);
    await screen.findByText('SUPRIYATNA, DEWI ANGGRAENI');
    expect(screen.queryByRole('heading', { name: QUESTION })).toBeNull();
    expect(screen.queryByText('Draf penyaringan sebelumnya dibuka kembali.')).toBeNull();
    expect(peekCapture()).toBeNull();
  });
});
