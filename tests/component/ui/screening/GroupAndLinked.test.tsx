import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { setCapture } from '../../../../src/ui/capture-store.ts';
import { ScreeningScreen } from '../../../../src/ui/screens/ScreeningScreen.tsx';
import { findSaved, realStore, renderSignedIn, sampleCapture, sessionFor, storeDay } from './harness.tsx';

describe('groups and linked persons', { timeout: 20_000 }, () => {
  it('links the next passenger to the same group and attaches the handler recorded on the first one', async () => {
    const { store, officerId } = await realStore();
    const session = sessionFor(store, officerId);
    setCapture(sampleCapture());
    const first = renderSignedIn(session, <ScreeningScreen />);
    await screen.findByText('SUPRIYATNA, DEWI ANGGRAENI');
    fireEvent.click(screen.getByRole('button', { name: 'Tambah orang terkait' }));
    fireEvent.click(screen.getByRole('button', { name: 'Simpan orang terkait' }));
    expect(screen.getByText('Nama wajib diisi.')).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Nama (seperti disebut)'), { target: { value: 'Pak Joko' } });
    fireEvent.input(screen.getByLabelText('Telepon'), { target: { value: '+628120001111' } });
    fireEvent.input(screen.getByLabelText('Perusahaan penempatan yang diakui'), {
      target: { value: 'PT Maju Jaya' },
    });
    fireEvent.input(screen.getByLabelText('Akun media sosial'), { target: { value: '@loker' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan orang terkait' }));
    await screen.findByText('Pak Joko');
    fireEvent.click(screen.getByRole('button', { name: 'Semua yang belum dijawab: Tidak' }));
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    await findSaved();
    fireEvent.click(screen.getByRole('button', { name: 'Penumpang berikutnya dalam rombongan yang sama' }));
    await findSaved();
    await new Promise((resolve) => setTimeout(resolve, 100));
    first.unmount();

    setCapture(
      sampleCapture({
        passenger: { ...sampleCapture().passenger!, lastName: 'RAHAYU', passportNumber: 'C1112223' },
        boardingPassName: 'RAHAYU/DEWI ANGGRAENI',
      }),
    );
    renderSignedIn(session, <ScreeningScreen />);
    await screen.findByText('RAHAYU, DEWI ANGGRAENI');
    expect(screen.getByTestId('group-id')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Kaitkan orang yang sudah dicatat'), {
      target: { value: (await store.listLinkedPersons())[0]?.id },
    });
    await screen.findByText('Pak Joko');
    fireEvent.click(screen.getByRole('button', { name: 'Semua yang belum dijawab: Tidak' }));
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    await findSaved();

    const day = await store.listDay(storeDay());
    expect(day).toHaveLength(2);
    const [a, b] = day;
    expect(a?.groupId).toBeTruthy();
    expect(a?.groupId).toBe(b?.groupId);
    expect(a?.linkedPersonIds).toEqual(b?.linkedPersonIds);
    const persons = await store.listLinkedPersons();
    expect(persons).toEqual([
      expect.objectContaining({
        name: 'Pak Joko',
        phone: '+628120001111',
        claimedCompany: 'PT Maju Jaya',
        socialHandle: '@loker',
      }),
    ]);
  });
});
