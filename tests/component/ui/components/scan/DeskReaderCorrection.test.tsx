import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import { ScanScreen } from '../../../../../src/ui/screens/ScanScreen.tsx';

const now = (): Date => new Date('2026-11-23T03:00:00Z');
const MRZ = ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10'];
// The reader misread one birth-date digit (7408122 → 7403122): the birth-date and composite check digits fail.
const MISREAD = [MRZ[0]!, MRZ[1]!.slice(0, 16) + '3' + MRZ[1]!.slice(17)];

/** Types text on the page, outside any field, as fast as a desk reader does. */
function wedgeType(text: string): void {
  vi.useFakeTimers({ toFake: ['Date'] });
  try {
    for (const char of text) fireEvent.keyDown(document.body, { key: char === '\n' ? 'Enter' : char });
  } finally {
    vi.useRealTimers();
  }
}

describe('a desk-reader MRZ whose check digit fails', () => {
  it('lands in "Ketik MRZ" with the reader\'s lines, the birth-date cells marked and the reason shown', () => {
    render(<ScanScreen now={now} />);
    wedgeType(MISREAD.join('\n') + '\n');
    expect(screen.getByRole('alert').textContent).toMatch(/Digit cek tidak cocok: Tanggal lahir/);
    const box = screen.getByLabelText(/Baris MRZ/) as HTMLTextAreaElement;
    expect(box.value).toBe(MISREAD.join('\n'));
    expect(screen.getByRole('button', { name: 'Ketik MRZ' }).getAttribute('aria-pressed')).toBe('true');
    const marked = [...screen.getByTestId('mrz-cells').querySelectorAll('mark')];
    // The six birth-date cells and its check digit (line 2, columns 14–20); nothing the passing checks cover.
    expect(marked.map((cell) => cell.title)).toEqual(
      [14, 15, 16, 17, 18, 19, 20].map((column) => `baris 2 kolom ${column}`),
    );
    expect(marked.map((cell) => cell.textContent).join('')).toBe('7403122');
    expect(screen.getByText(/Tanggal lahir: digit cek salah/)).toBeTruthy();
    expect(screen.queryByTestId('passport-number')).toBeNull();
  });

  it('is read once the officer corrects the one character', () => {
    render(<ScanScreen now={now} />);
    wedgeType(MISREAD.join('\n') + '\n');
    const box = screen.getByLabelText(/Baris MRZ/) as HTMLTextAreaElement;
    fireEvent.input(box, { target: { value: MRZ.join('\n') } });
    expect(screen.queryByTestId('mrz-cells')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Pakai MRZ ini' }));
    expect(screen.getByTestId('passport-number').textContent).toContain('L898902C3');
    expect(screen.getByTestId('passport-birth').textContent).toBe('12/08/1974');
  });

  it('opens "Ketik MRZ" again for the next misread after one was corrected and read', () => {
    render(<ScanScreen now={now} />);
    wedgeType(MISREAD.join('\n') + '\n');
    fireEvent.input(screen.getByLabelText(/Baris MRZ/), { target: { value: MRZ.join('\n') } });
    fireEvent.click(screen.getByRole('button', { name: 'Pakai MRZ ini' }));
    expect(screen.queryByLabelText(/Baris MRZ/)).toBeNull();
    wedgeType(MISREAD.join('\n') + '\n');
    expect(screen.getByRole('button', { name: 'Ketik MRZ' }).getAttribute('aria-pressed')).toBe('true');
    expect((screen.getByLabelText(/Baris MRZ/) as HTMLTextAreaElement).value).toBe(MISREAD.join('\n'));
    expect(screen.getByTestId('mrz-cells').querySelectorAll('mark')).toHaveLength(7);
  });

  it('marks only the composite check digit when it alone fails', () => {
    render(<ScanScreen now={now} />);
    wedgeType(`${MRZ[0]}\n${MRZ[1]!.slice(0, 43)}7\n`);
    const marked = [...screen.getByTestId('mrz-cells').querySelectorAll('mark')];
    expect(marked.map((cell) => cell.title)).toEqual(['baris 2 kolom 44']);
  });
});
