import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { setCapture } from '../../../../src/ui/capture-store.ts';
import { ScreeningScreen } from '../../../../src/ui/screens/ScreeningScreen.tsx';
import { answerOf, realStore, renderSignedIn, sampleCapture, sessionFor } from './harness.tsx';

const save = () => screen.getByRole('button', { name: 'Simpan' });
const allNo = () => screen.getByRole('button', { name: 'Semua yang belum dijawab: Tidak' });

describe('a refused save brings the officer to the first thing to fix', { timeout: 20_000 }, () => {
  it('focuses the first unanswered question and says how many things are left', async () => {
    const { store, officerId } = await realStore();
    setCapture(sampleCapture());
    renderSignedIn(sessionFor(store, officerId), <ScreeningScreen />);
    await screen.findByText('SUPRIYATNA, DEWI ANGGRAENI');
    fireEvent.click(answerOf('DOC_DOCS_HELD_BY_OTHER', 'Ya'));
    fireEvent.click(save());
    const message = await screen.findByRole('alert');
    // Not answered yet, and no decision chosen (the recommendation is not CLEAR): two things.
    expect(message.textContent).toMatch(
      /^Belum tersimpan: 2 hal perlu diperbaiki\. Yang pertama: Jawab semua/,
    );
    expect(message.textContent).toMatch(/belum dijawab/);
    const focused = document.activeElement as HTMLElement;
    const row = focused.closest('[data-indicator]') as HTMLElement;
    expect(row).not.toBeNull();
    expect(row.getAttribute('data-indicator')).not.toBe('DOC_DOCS_HELD_BY_OTHER');
    expect(row.querySelector('[aria-checked="true"]')).toBeNull();
  });

  it('after the questions, goes to the decision, then to the note, one thing at a time', async () => {
    const { store, officerId } = await realStore();
    setCapture(sampleCapture());
    renderSignedIn(sessionFor(store, officerId), <ScreeningScreen />);
    await screen.findByText('SUPRIYATNA, DEWI ANGGRAENI');
    fireEvent.click(answerOf('DOC_DOCS_HELD_BY_OTHER', 'Ya'));
    fireEvent.click(allNo());
    fireEvent.click(save());
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/1 hal.*Pilih keputusan/));
    expect((document.activeElement as HTMLElement).getAttribute('role')).toBe('radio');
    fireEvent.click(screen.getByRole('radio', { name: /^Serahkan ke BP3MI/ }));
    fireEvent.click(save());
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/1 hal.*catatan/i));
    expect(document.activeElement).toBe(screen.getByLabelText(/Catatan singkat/));
  });

  it('goes to the passport receipt when a withdrawn passport has no receipt number', async () => {
    const { store, officerId } = await realStore();
    setCapture(sampleCapture());
    renderSignedIn(sessionFor(store, officerId), <ScreeningScreen />);
    await screen.findByText('SUPRIYATNA, DEWI ANGGRAENI');
    fireEvent.click(allNo());
    fireEvent.click(screen.getByRole('radio', { name: /Tunda keberangkatan/ }));
    fireEvent.click(screen.getByRole('switch', { name: /Paspor ditarik sementara/ }));
    fireEvent.input(screen.getByLabelText(/Catatan singkat/), { target: { value: 'Dokumen diragukan' } });
    fireEvent.click(save());
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/tanda terima/i));
    expect(document.activeElement).toBe(screen.getByLabelText('Nomor tanda terima paspor'));
  });
});

describe('the note has one limit, wherever its text comes from', { timeout: 20_000 }, () => {
  it('cuts a long paste at 1000 characters, says so, and the counter never passes the limit', async () => {
    const { store, officerId } = await realStore();
    setCapture(sampleCapture());
    renderSignedIn(sessionFor(store, officerId), <ScreeningScreen />);
    await screen.findByText('SUPRIYATNA, DEWI ANGGRAENI');
    fireEvent.click(answerOf('DOC_DOCS_HELD_BY_OTHER', 'Ya'));
    fireEvent.click(screen.getByRole('radio', { name: /^Serahkan ke BP3MI/ }));
    const note = screen.getByLabelText(/Catatan singkat/) as HTMLTextAreaElement;
    expect(note.maxLength).toBe(1000);
    expect(screen.getByText(/0\/1000 karakter/)).toBeTruthy();
    fireEvent.input(note, { target: { value: 'Awal. ' } });
    note.setSelectionRange(6, 6);
    const pasted = 'x'.repeat(3560);
    fireEvent.paste(note, { clipboardData: { getData: () => pasted } });
    await waitFor(() => expect(note.value.length).toBe(1000));
    expect(note.value.startsWith('Awal. xxx')).toBe(true);
    expect(screen.getByText(/1000\/1000 karakter/)).toBeTruthy();
    expect(screen.getByText(/994 dari 3560 karakter disimpan \(batas 1000\)/)).toBeTruthy();
  });

  it('cuts typed text that runs past the limit and says so', async () => {
    const { store, officerId } = await realStore();
    setCapture(sampleCapture());
    renderSignedIn(sessionFor(store, officerId), <ScreeningScreen />);
    await screen.findByText('SUPRIYATNA, DEWI ANGGRAENI');
    fireEvent.click(answerOf('DOC_DOCS_HELD_BY_OTHER', 'Ya'));
    fireEvent.click(screen.getByRole('radio', { name: /^Serahkan ke BP3MI/ }));
    const note = screen.getByLabelText(/Catatan singkat/) as HTMLTextAreaElement;
    fireEvent.input(note, { target: { value: 'y'.repeat(1200) } });
    await waitFor(() => expect(note.value.length).toBe(1000));
    expect(screen.getByText(/1000\/1000 karakter/)).toBeTruthy();
    expect(screen.getByText(/1000 dari 1200 karakter disimpan/)).toBeTruthy();
  });
});
