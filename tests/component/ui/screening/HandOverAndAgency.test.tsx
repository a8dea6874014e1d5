import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { setCapture } from '../../../../src/ui/capture-store.ts';
import { ScreeningScreen } from '../../../../src/ui/screens/ScreeningScreen.tsx';
import { answerOf, realStore, renderSignedIn, sampleCapture, sessionFor, storeDay } from './harness.tsx';

describe('the screening form when the tablet changes hands', { timeout: 20_000 }, () => {
  it('keeps no draft of a form with nothing entered, so the next scan asks about no other draft', async () => {
    const { store, officerId } = await realStore();
    const blank = renderSignedIn(sessionFor(store, officerId), <ScreeningScreen />);
    await screen.findByText('Tanpa pindaian: isi data penumpang dengan tangan.');
    // Longer than the autosave's wait.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await store.loadDraft()).toBeUndefined();
    blank.unmount();

    setCapture(sampleCapture());
    renderSignedIn(sessionFor(store, officerId), <ScreeningScreen />);
    await screen.findByText('SUPRIYATNA, DEWI ANGGRAENI');
    expect(screen.queryByText('Masih ada draf lain yang belum selesai')).toBeNull();
  });

  it('drops a blank draft left by an older version instead of asking about "(nama belum diisi)"', async () => {
    const { store, officerId } = await realStore();
    const first = renderSignedIn(sessionFor(store, officerId), <ScreeningScreen />);
    await screen.findByText('Tanpa pindaian: isi data penumpang dengan tangan.');
    first.unmount();
    const { newScreening } = await import('../../../../src/ui/components/screening/new-screening.ts');
    const session = sessionFor(store, officerId);
    await store.saveDraft(
      newScreening({
        capture: null,
        officer: session.officer,
        device: session.device,
        catalogueVersion: 1,
        now: new Date(),
        id: crypto.randomUUID(),
      }),
    );
    setCapture(sampleCapture());
    renderSignedIn(session, <ScreeningScreen />);
    await screen.findByText('SUPRIYATNA, DEWI ANGGRAENI');
    expect(screen.queryByText(/nama belum diisi/)).toBeNull();
  });
});

describe("a BP3MI officer's outcomes", { timeout: 20_000 }, () => {
  it('never offers "Serahkan ke BP3MI" to BP3MI itself: it reads "Didampingi BP3MI" and is stored as REFER_BP3MI', async () => {
    const { store, officerId } = await realStore();
    setCapture(sampleCapture());
    renderSignedIn(sessionFor(store, officerId, 'BP3MI'), <ScreeningScreen />);
    await screen.findByText('SUPRIYATNA, DEWI ANGGRAENI');
    fireEvent.click(answerOf('DOC_DOCS_HELD_BY_OTHER', 'Ya'));
    fireEvent.click(screen.getByRole('button', { name: 'Semua yang belum dijawab: Tidak' }));
    expect(screen.queryByText(/Serahkan ke BP3MI/)).toBeNull();
    expect(screen.getByTestId('recommended').textContent).toBe('Didampingi BP3MI (ditangani BP3MI sendiri)');
    fireEvent.click(screen.getByRole('radio', { name: /^Didampingi BP3MI/ }));
    fireEvent.input(screen.getByLabelText(/Catatan singkat/), { target: { value: 'Dibawa ke shelter' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    await screen.findByText(/Tersimpan/, undefined, { timeout: 10_000 });
    const [stored] = await store.listDay(storeDay());
    expect(stored).toMatchObject({ outcome: 'REFER_BP3MI', agency: 'BP3MI' });
  });

  it('still offers an immigration officer the handover to BP3MI', async () => {
    const { store, officerId } = await realStore();
    setCapture(sampleCapture());
    renderSignedIn(sessionFor(store, officerId, 'IMIGRASI'), <ScreeningScreen />);
    await screen.findByText('SUPRIYATNA, DEWI ANGGRAENI');
    expect(screen.getByRole('radio', { name: /^Serahkan ke BP3MI/ })).toBeTruthy();
    expect(screen.queryByText(/Didampingi BP3MI/)).toBeNull();
  });
});
