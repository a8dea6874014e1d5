import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import { ScanScreen } from '../../src/ui/screens/ScanScreen.tsx';
import { peekCapture, takeBackReads } from '../../src/ui/capture-store.ts';

const TODAY = new Date('2026-11-23T03:00:00Z');
const now = (): Date => TODAY;
// ICAO 9303 specimen passport (expired in 2012) and a one-leg boarding pass flown on day 327 (23 November).
const MRZ = ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10'];
const BCBP = 'M1ERIKSSON/ANNA MARIA EABC123 CGKSINSQ 0957 327Y012A0025 100';

/** Types text on the page, outside any field, as fast as a desk reader does (every key in the same millisecond). */
function wedgeType(text: string): void {
  // A frozen clock: key timing must not depend on how busy the test machine is.
  vi.useFakeTimers({ toFake: ['Date'] });
  try {
    for (const char of text) {
      fireEvent.keyDown(document.body, { key: char === '\n' ? 'Enter' : char });
    }
  } finally {
    vi.useRealTimers();
  }
}

describe('ScanScreen', () => {
  it('fills the passport from a desk reader typing the MRZ, without any field focused', () => {
    render(<ScanScreen now={now} />);
    wedgeType(MRZ.join('\n') + '\n');
    expect(screen.getByTestId('passport-number').textContent).toContain('L898902C3');
    expect(screen.getByTestId('passport-name').textContent).toBe('ERIKSSON, ANNA MARIA');
    expect(screen.getByTestId('passport-birth').textContent).toBe('12/08/1974');
    expect(screen.getByText('Paspor terbaca.')).toBeTruthy();
    expect(screen.getByText('Paspor sudah kedaluwarsa.')).toBeTruthy();
  });

  it('fills the flight from a barcode scanner and warns when the names differ', () => {
    render(<ScanScreen now={now} />);
    wedgeType(MRZ.join('\n') + '\n');
    wedgeType('M1DESMARAIS/LUC       EABC123 CGKSINSQ 0957 327Y012A0025 100\n');
    expect(screen.getByTestId('boarding-flight').textContent).toBe('SQ 957');
    expect(screen.getByTestId('boarding-route').textContent).toBe('CGK → SIN');
    expect(screen.getByText('Nama di paspor dan di boarding pass berbeda.')).toBeTruthy();
    expect(screen.queryByText('Tanggal penerbangan bukan hari ini.')).toBeNull();
  });

  it('does not warn about names that match, and warns about a flight on another day', () => {
    render(<ScanScreen now={now} />);
    wedgeType(MRZ.join('\n') + '\n');
    wedgeType(BCBP.replace(' 327Y', ' 330Y') + '\n');
    expect(screen.queryByText('Nama di paspor dan di boarding pass berbeda.')).toBeNull();
    expect(screen.getByText('Tanggal penerbangan bukan hari ini.')).toBeTruthy();
  });

  it('ignores fast keys while the officer types in a field', () => {
    render(<ScanScreen now={now} />);
    fireEvent.click(screen.getByRole('button', { name: 'Ketik MRZ' }));
    const box = screen.getByLabelText(/Baris MRZ/);
    box.focus();
    for (const char of MRZ.join('\n') + '\n') fireEvent.keyDown(box, { key: char === '\n' ? 'Enter' : char });
    expect(screen.queryByTestId('passport-number')).toBeNull();
  });

  it('shows which field has a wrong check digit while the MRZ is typed by hand', () => {
    render(<ScanScreen now={now} />);
    fireEvent.click(screen.getByRole('button', { name: 'Ketik MRZ' }));
    const wrongBirth = MRZ[1]!.slice(0, 19) + '3' + MRZ[1]!.slice(20);
    fireEvent.input(screen.getByLabelText(/Baris MRZ/), { target: { value: `${MRZ[0]}\n${wrongBirth}` } });
    expect(screen.getByText(/Tanggal lahir: digit cek salah/)).toBeTruthy();
    expect(screen.getByText(/Nomor paspor: digit cek benar/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Pakai MRZ ini' }));
    expect(screen.getByRole('alert').textContent).toContain('Tanggal lahir');
    expect(screen.queryByTestId('passport-number')).toBeNull();
  });

  it('explains an impossible date in Indonesian and keeps everything typed', () => {
    render(<ScanScreen now={now} />);
    // The passport panel comes first; the boarding-pass panel has its own 'Ketik data'.
    fireEvent.click(screen.getAllByRole('button', { name: 'Ketik data' })[0]!);
    const type = (label: RegExp, value: string): void => {
      fireEvent.input(screen.getAllByLabelText(label)[0]!, { target: { value } });
    };
    type(/Nama keluarga/, 'Wulandari');
    type(/Nomor paspor/, 'C1234567');
    type(/Tanggal lahir/, '31/02/1990');
    type(/Berlaku sampai/, '01/01/2030');
    fireEvent.click(screen.getByRole('button', { name: 'Simpan data' }));
    expect(screen.getByText('Tanggal 31/02/1990 tidak ada di kalender.')).toBeTruthy();
    expect((screen.getAllByLabelText(/Nama keluarga/)[0] as HTMLInputElement).value).toBe('Wulandari');
    // No sex is chosen for the officer: saving says so until they choose.
    expect(screen.getByText('Pilih jenis kelamin seperti tertulis di paspor.')).toBeTruthy();
    type(/Tanggal lahir/, '28/02/1990');
    fireEvent.change(screen.getByLabelText('Jenis kelamin'), { target: { value: 'female' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan data' }));
    expect(screen.getByTestId('passport-number').textContent).toContain('C1234567');
    expect(screen.getByText(/digit cek tidak diperiksa/)).toBeTruthy();
  });

  it('hands the parsed capture, without raw strings, to the screening when started', () => {
    const pushState = vi.spyOn(history, 'pushState');
    render(<ScanScreen now={now} />);
    wedgeType(MRZ.join('\n') + '\n');
    wedgeType(BCBP + '\n');
    fireEvent.click(screen.getByRole('button', { name: 'Mulai penyaringan' }));
    const capture = peekCapture();
    expect(capture?.passenger?.passportNumber).toBe('L898902C3');
    expect(capture?.flight?.finalDestination).toBe('SIN');
    expect(capture?.passportVerified).toBe(true);
    expect(JSON.stringify(capture)).not.toContain('<<');
    expect(pushState).toHaveBeenCalledWith(null, '', '/screening');
    // The reads kept for a return to the scan screen are parsed fields too, and taking them back clears the capture.
    const reads = takeBackReads();
    expect(reads?.passport?.passenger.passportNumber).toBe('L898902C3');
    expect(reads?.boarding?.flight.finalDestination).toBe('SIN');
    expect(JSON.stringify(reads)).not.toContain('<<');
    expect(JSON.stringify(reads)).not.toContain('EABC123');
    expect(peekCapture()).toBeNull();
  });

  it('says the camera was refused, in Indonesian, and keeps the other ways in', async () => {
    const getUserMedia = vi.fn().mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    Object.defineProperty(navigator, 'mediaDevices', { value: { getUserMedia }, configurable: true });
    try {
      render(<ScanScreen now={now} />);
      fireEvent.click(screen.getAllByRole('button', { name: 'Kamera' })[0]!);
      expect((await screen.findByRole('alert')).textContent).toContain('Akses kamera ditolak');
      expect(screen.getByRole('button', { name: 'Ketik MRZ' })).toBeTruthy();
      wedgeType(MRZ.join('\n') + '\n');
      expect(screen.getByTestId('passport-number').textContent).toContain('L898902C3');
    } finally {
      Reflect.deleteProperty(navigator, 'mediaDevices');
    }
  });

  it('says when this browser has no camera at all', async () => {
    render(<ScanScreen now={now} />);
    fireEvent.click(screen.getAllByRole('button', { name: 'Kamera' })[1]!);
    expect((await screen.findByRole('alert')).textContent).toContain('tidak dapat memakai kamera');
  });
});
