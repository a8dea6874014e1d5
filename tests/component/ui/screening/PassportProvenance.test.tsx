import { fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { setCapture } from '../../../../src/ui/capture-store.ts';
import { ScreeningScreen } from '../../../../src/ui/screens/ScreeningScreen.tsx';
import { findSaved, realStore, renderSignedIn, sampleCapture, sessionFor, storeDay } from './harness.tsx';

afterEach(() => history.replaceState(null, '', '/'));

describe('where the passport fields came from', { timeout: 20_000 }, () => {
  it('an amendment of a screening read from a verified MRZ still shows the MRZ, not "Diketik manual"', async () => {
    const { store, officerId } = await realStore();
    setCapture(sampleCapture());
    const first = renderSignedIn(sessionFor(store, officerId), <ScreeningScreen />);
    await screen.findByText('SUPRIYATNA, DEWI ANGGRAENI');
    fireEvent.click(screen.getByRole('button', { name: 'Semua yang belum dijawab: Tidak' }));
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    await findSaved();
    first.unmount();
    const [saved] = await store.listDay(storeDay());
    expect(saved?.provenance?.passportNumber).toBe('mrz');

    history.replaceState(null, '', `/screening?amend=${encodeURIComponent(saved?.id ?? '')}`);
    renderSignedIn(sessionFor(store, officerId), <ScreeningScreen />);
    await screen.findByText('SUPRIYATNA, DEWI ANGGRAENI');
    expect(screen.getByTestId('passport-origin').textContent).toBe('MRZ terverifikasi');
    expect(screen.queryByText('Diketik manual')).toBeNull();
  });

  it('a field corrected by hand is marked typed while the others keep the MRZ as their source', async () => {
    const { store, officerId } = await realStore();
    setCapture(sampleCapture());
    renderSignedIn(sessionFor(store, officerId), <ScreeningScreen />);
    await screen.findByText('SUPRIYATNA, DEWI ANGGRAENI');
    fireEvent.click(screen.getByRole('button', { name: 'Ubah data' }));
    fireEvent.input(screen.getByLabelText('Tanggal lahir (DD/MM/YYYY)'), { target: { value: '18/04/1998' } });
    fireEvent.click(screen.getByRole('button', { name: 'Selesai' }));
    expect(screen.getByTestId('passport-origin').textContent).toBe(
      'MRZ terverifikasi; diketik: tanggal lahir',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Semua yang belum dijawab: Tidak' }));
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    await findSaved();
    const [saved] = await store.listDay(storeDay());
    expect(saved?.provenance).toMatchObject({ birthDate: 'typed', passportNumber: 'mrz', lastName: 'mrz' });
  });

  it('a passport typed by hand reads "Diketik manual"', async () => {
    const { store, officerId } = await realStore();
    setCapture(sampleCapture({ passportSource: 'manual', passportVerified: false }));
    renderSignedIn(sessionFor(store, officerId), <ScreeningScreen />);
    await screen.findByText('SUPRIYATNA, DEWI ANGGRAENI');
    expect(screen.getByTestId('passport-origin').textContent).toBe('Diketik manual');
  });

  it('a passenger typed on the screening form has no default sex: saving asks for it, then keeps the choice', async () => {
    const { store, officerId } = await realStore();
    renderSignedIn(sessionFor(store, officerId), <ScreeningScreen />);
    await screen.findByText('Tanpa pindaian: isi data penumpang dengan tangan.');
    const sex = screen.getByLabelText('Jenis kelamin') as HTMLSelectElement;
    expect(sex.value).toBe('');
    fireEvent.input(screen.getByLabelText('Nama keluarga'), { target: { value: 'lestari' } });
    fireEvent.input(screen.getByLabelText('Nomor paspor'), { target: { value: 'C1112223' } });
    fireEvent.click(screen.getByRole('button', { name: 'Semua yang belum dijawab: Tidak' }));
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(
      (await screen.findAllByText('Pilih jenis kelamin seperti tertulis di paspor.')).length,
    ).toBeGreaterThan(0);
    expect(await store.listDay(storeDay())).toEqual([]);
    fireEvent.change(sex, { target: { value: 'nonspecified' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    await findSaved();
    const [saved] = await store.listDay(storeDay());
    expect(saved?.passenger.sex).toBe('nonspecified');
    expect(saved?.provenance?.sex).toBe('typed');
  });
});
