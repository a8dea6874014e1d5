import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { isBusy } from '../../../../src/pwa/busy.ts';
import { setCapture } from '../../../../src/ui/capture-store.ts';
import { ScreeningScreen } from '../../../../src/ui/screens/ScreeningScreen.tsx';
import {
  answerOf,
  findSaved,
  realStore,
  renderSignedIn,
  sampleCapture,
  sessionFor,
  storeDay,
} from './harness.tsx';

const allNo = () => screen.getByRole('button', { name: 'Semua yang belum dijawab: Tidak' });
const save = () => screen.getByRole('button', { name: 'Simpan' });
/** The Ya/Tidak/Tidak tahu group of one indicator. */

describe('the screening screen', { timeout: 20_000 }, () => {
  it('clears a passenger in two taps after the scan, and says "Tersimpan" only once the store has saved', async () => {
    const { store, officerId } = await realStore();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const realSave = store.saveFinal.bind(store);
    const saveFinal = vi.fn(async (...args: Parameters<typeof store.saveFinal>) => {
      await gate;
      return realSave(...args);
    });
    setCapture(sampleCapture());
    renderSignedIn(sessionFor({ ...store, saveFinal }, officerId), <ScreeningScreen />);
    await screen.findByText('SUPRIYATNA, DEWI ANGGRAENI');
    fireEvent.click(allNo());
    expect(screen.getByTestId('recommended').textContent).toBe('Lanjut');
    expect(screen.getByRole('radio', { name: /^Lanjut(?! \+)/ }).getAttribute('aria-checked')).toBe('true');
    fireEvent.click(save());
    await waitFor(() => expect(saveFinal).toHaveBeenCalledTimes(1));
    expect(screen.queryByText(/Tersimpan/)).toBeNull();
    release();
    await findSaved();
    const [stored] = await store.listDay(storeDay());
    expect(stored).toMatchObject({
      outcome: 'CLEAR',
      recommended: 'CLEAR',
      status: 'final',
      decidedBy: officerId,
    });
    expect(Object.values(stored?.answers ?? {}).every((a) => a === 'no')).toBe(true);
    // No draft may survive the final save, not even one whose autosave was still under way.
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await store.loadDraft()).toBeUndefined();
  });

  it('rescores live: a red flag answered Ya recommends the BP3MI handover and a note is required to save', async () => {
    const { store, officerId } = await realStore();
    setCapture(sampleCapture());
    renderSignedIn(sessionFor(store, officerId), <ScreeningScreen />);
    await screen.findByText('SUPRIYATNA, DEWI ANGGRAENI');
    fireEvent.click(answerOf('DOC_DOCS_HELD_BY_OTHER', 'Ya'));
    fireEvent.click(allNo());
    expect(screen.getByTestId('recommended').textContent).toBe('Serahkan ke BP3MI');
    expect(screen.getByText('Supervisor harus diberi tahu.')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: /^Serahkan ke BP3MI/ }));
    fireEvent.click(save());
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.queryByText(/Tersimpan/)).toBeNull();
    fireEvent.input(screen.getByLabelText(/Catatan singkat/), {
      target: { value: 'Paspor dipegang pendamping' },
    });
    fireEvent.click(save());
    await findSaved();
    const [stored] = await store.listDay(storeDay());
    expect(stored).toMatchObject({ outcome: 'REFER_BP3MI', note: 'Paspor dipegang pendamping' });
  });

  it('asks for a note when the officer decides below the recommendation', async () => {
    const { store, officerId } = await realStore();
    setCapture(sampleCapture());
    renderSignedIn(sessionFor(store, officerId), <ScreeningScreen />);
    await screen.findByText('SUPRIYATNA, DEWI ANGGRAENI');
    fireEvent.click(answerOf('INT_SOCMED_JOB_OFFER', 'Ya'));
    fireEvent.click(allNo());
    expect(screen.getByTestId('recommended').textContent).toBe('Wawancara lanjutan');
    fireEvent.click(screen.getByRole('radio', { name: /^Lanjut(?! \+)/ }));
    fireEvent.click(save());
    await screen.findByRole('alert');
    expect(screen.getByLabelText(/Catatan singkat/)).toBeTruthy();
    expect(screen.queryByText(/Tersimpan/)).toBeNull();
  });

  it('offers a BP3MI officer no departure delay, and an immigration officer a delay that needs a receipt', async () => {
    const { store, officerId } = await realStore();
    setCapture(sampleCapture());
    const bp3mi = renderSignedIn(sessionFor(store, officerId, 'BP3MI'), <ScreeningScreen />);
    await screen.findByText('SUPRIYATNA, DEWI ANGGRAENI');
    expect(screen.queryByRole('radio', { name: /Tunda keberangkatan/ })).toBeNull();
    expect(screen.getByText(/Hanya petugas Imigrasi/)).toBeTruthy();
    bp3mi.unmount();

    // The draft left by the BP3MI officer's screen reopens for the immigration officer of the same store.
    renderSignedIn(sessionFor(store, officerId, 'IMIGRASI'), <ScreeningScreen />);
    await screen.findByText('SUPRIYATNA, DEWI ANGGRAENI');
    fireEvent.click(allNo());
    fireEvent.click(screen.getByRole('radio', { name: /Tunda keberangkatan/ }));
    fireEvent.click(screen.getByRole('switch', { name: /Paspor ditarik sementara/ }));
    fireEvent.input(screen.getByLabelText(/Catatan singkat/), { target: { value: 'Dokumen diragukan' } });
    fireEvent.click(save());
    await screen.findByRole('alert');
    expect(screen.queryByText(/Tersimpan/)).toBeNull();
    fireEvent.input(screen.getByLabelText('Nomor tanda terima paspor'), { target: { value: 'STP-0042' } });
    fireEvent.click(save());
    await findSaved();
    const [stored] = await store.listDay(storeDay());
    expect(stored).toMatchObject({
      outcome: 'DELAY_DEPARTURE',
      passportWithdrawn: true,
      passportReceiptNumber: 'STP-0042',
    });
  });

  it('keeps every answer in a draft when the screen is closed mid-screening, and reopens it', async () => {
    const { store, officerId } = await realStore();
    setCapture(sampleCapture());
    const first = renderSignedIn(sessionFor(store, officerId), <ScreeningScreen />);
    await screen.findByText('SUPRIYATNA, DEWI ANGGRAENI');
    fireEvent.click(answerOf('TRV_ONE_WAY', 'Ya'));
    fireEvent.click(answerOf('BEH_FEARFUL_CONTROLLED', 'Tidak tahu'));
    await screen.findByText('Draf tersimpan otomatis');
    first.unmount();

    renderSignedIn(sessionFor(store, officerId), <ScreeningScreen />);
    await screen.findByText('Draf penyaringan sebelumnya dibuka kembali.');
    expect(screen.getByText('SUPRIYATNA, DEWI ANGGRAENI')).toBeTruthy();
    expect(answerOf('TRV_ONE_WAY', 'Ya').getAttribute('aria-checked')).toBe('true');
    expect(answerOf('BEH_FEARFUL_CONTROLLED', 'Tidak tahu').getAttribute('aria-checked')).toBe('true');
    expect(screen.getByTestId('score').textContent).toBe('Skor 2');
  });

  it('remembers a confirmed profile pre-answer when the draft is resumed and when the screening is amended', async () => {
    const { store, officerId } = await realStore();
    const capture = sampleCapture();
    // A child by the passport's birth date: "minor" is pre-answered Tidak tahu from age alone, a profile fact.
    setCapture({ ...capture, passenger: { ...capture.passenger!, birthDate: '2015-04-17' } });
    const first = renderSignedIn(sessionFor(store, officerId), <ScreeningScreen />);
    await screen.findByText('SUPRIYATNA, DEWI ANGGRAENI');
    await waitFor(() =>
      expect(answerOf('CMP_MINOR', 'Tidak tahu').getAttribute('aria-checked')).toBe('true'),
    );
    fireEvent.click(allNo());
    // Alone, a profile fact never decides.
    expect(screen.getByTestId('recommended').textContent).toBe('Lanjut');
    // The officer confirms it: now it is their own "don't know" on a red flag.
    fireEvent.click(answerOf('CMP_MINOR', 'Tidak tahu'));
    expect(screen.getByTestId('recommended').textContent).toBe('Wawancara lanjutan');
    await screen.findByText('Draf tersimpan otomatis');
    first.unmount();

    const resumed = renderSignedIn(sessionFor(store, officerId), <ScreeningScreen />);
    await screen.findByText('Draf penyaringan sebelumnya dibuka kembali.');
    expect(screen.getByTestId('recommended').textContent).toBe('Wawancara lanjutan');
    fireEvent.click(screen.getByRole('radio', { name: /^Lanjut \+ edukasi/ }));
    fireEvent.input(screen.getByLabelText(/Catatan singkat/), { target: { value: 'Bepergian dengan ibu' } });
    fireEvent.click(save());
    await findSaved();
    const [stored] = await store.listDay(storeDay());
    expect(stored).toMatchObject({ recommended: 'INTERVIEW', confirmedPrefills: ['CMP_MINOR'] });
    resumed.unmount();

    history.replaceState(null, '', `/screening?amend=${stored!.id}`);
    renderSignedIn(sessionFor(store, officerId), <ScreeningScreen />);
    await screen.findByText(/Revisi baru dari penyaringan tersimpan/);
    expect(screen.getByTestId('recommended').textContent).toBe('Wawancara lanjutan');
    history.replaceState(null, '', '/');
  });

  it('works without a scan: the officer types the passenger, and an impossible birth date is explained, not lost', async () => {
    const { store, officerId } = await realStore();
    renderSignedIn(sessionFor(store, officerId), <ScreeningScreen />);
    await screen.findByText('Tanpa pindaian: isi data penumpang dengan tangan.');
    fireEvent.input(screen.getByLabelText('Nama keluarga'), { target: { value: 'wulandari' } });
    fireEvent.input(screen.getByLabelText('Nomor paspor'), { target: { value: 'b 1234567' } });
    const birth = screen.getByLabelText('Tanggal lahir (DD/MM/YYYY)') as HTMLInputElement;
    fireEvent.input(birth, { target: { value: '31/02/1999' } });
    expect(screen.getByText('Tanggal ini tidak ada di kalender (periksa hari dan bulan).')).toBeTruthy();
    expect(birth.value).toBe('31/02/1999');
    fireEvent.input(birth, { target: { value: '28/02/1999' } });
    expect(screen.queryByText(/tidak ada di kalender/)).toBeNull();
    fireEvent.input(screen.getByLabelText('Penerbangan (mis. GA 820)'), { target: { value: 'SQ 963' } });
    // No default sex: the officer chooses it as the passport says.
    fireEvent.change(screen.getByLabelText('Jenis kelamin'), { target: { value: 'female' } });
    fireEvent.click(screen.getByRole('button', { name: 'Selesai' }));
    fireEvent.click(allNo());
    fireEvent.click(save());
    await findSaved();
    const [stored] = await store.listDay(storeDay());
    expect(stored?.passenger).toMatchObject({
      lastName: 'WULANDARI',
      passportNumber: 'B1234567',
      birthDate: '1999-02-28',
    });
    expect(stored?.flight).toMatchObject({ carrier: 'SQ', flightNumber: '963' });
  });

  it('pre-answers a high-risk destination from the boarding pass, says why, and lets the officer correct it', async () => {
    const { store, officerId } = await realStore();
    const capture = sampleCapture();
    setCapture({ ...capture, flight: { ...capture.flight!, finalDestination: 'PNH', transits: ['KUL'] } });
    renderSignedIn(sessionFor(store, officerId), <ScreeningScreen />);
    await screen.findByText('SUPRIYATNA, DEWI ANGGRAENI');
    await waitFor(() =>
      expect(answerOf('TRV_HIGH_RISK_DEST', 'Ya').getAttribute('aria-checked')).toBe('true'),
    );
    expect(screen.getByText(/Tujuan akhir PNH berada di negara berisiko/)).toBeTruthy();
    expect(screen.getByTestId('score').textContent).toBe('Skor 3');
    fireEvent.click(answerOf('TRV_HIGH_RISK_DEST', 'Tidak'));
    expect(screen.getByTestId('score').textContent).toBe('Skor 0');
    expect(screen.getByText(/Tujuan akhir PNH berada di negara berisiko/)).toBeTruthy();
  });

  it('holds app updates back while a screening is open', async () => {
    const { store, officerId } = await realStore();
    setCapture(sampleCapture());
    const view = renderSignedIn(sessionFor(store, officerId), <ScreeningScreen />);
    await screen.findByText('SUPRIYATNA, DEWI ANGGRAENI');
    expect(isBusy()).toBe(true);
    view.unmount();
    expect(isBusy()).toBe(false);
  });
});
