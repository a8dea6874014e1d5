import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { ScanScreen } from '../../../../../src/ui/screens/ScanScreen.tsx';

const now = (): Date => new Date('2026-11-23T03:00:00Z');
const MRZ = ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10'];

/** Types on the page, outside any field, with real (fast) key timing; waits `pauseMs` after each Enter. */
async function reader(text: string, pauseMs = 0): Promise<void> {
  for (const char of text) {
    fireEvent.keyDown(document.body, { key: char === '\n' ? 'Enter' : char });
    if (char === '\n' && pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
}

describe('the desk reader on the scan screen', { timeout: 10_000 }, () => {
  it('says so when a fast burst is no document, and clears that message on the next attempt', async () => {
    render(<ScanScreen now={now} />);
    await reader('#$%^&*()qwertyuiop[]asdfgh');
    const message = await screen.findByText(/Alat pembaca mengirim 26 karakter yang bukan MRZ/, undefined, {
      timeout: 2000,
    });
    expect(message.getAttribute('role')).toBe('alert');
    await new Promise((resolve) => setTimeout(resolve, 600));
    await reader(MRZ.join('\n') + '\n');
    await screen.findByText('Paspor terbaca.');
    expect(screen.queryByText(/bukan MRZ/)).toBeNull();
  });

  it('reads one passport when the reader pauses 300 ms between the MRZ lines', async () => {
    render(<ScanScreen now={now} />);
    await reader(MRZ.join('\n') + '\n', 300);
    await screen.findByText('Paspor terbaca.');
    expect(screen.getByTestId('passport-number').textContent).toContain('L898902C3');
  });

  it('says an MRZ came in incomplete instead of staying silent', async () => {
    render(<ScanScreen now={now} />);
    await reader(`${MRZ[0]}\n`);
    await waitFor(
      () => expect(screen.getByRole('alert').textContent).toMatch(/MRZ yang tidak lengkap \(44/),
      {
        timeout: 2000,
      },
    );
  });
});
