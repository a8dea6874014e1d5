import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import { setLang } from '../../../../src/i18n/i18n.ts';
import { shiftStartsOf } from '../../../../src/core/time/shifts.ts';
import { ShiftStartsEditor } from '../../../../src/ui/components/settings/ShiftStartsEditor.tsx';
import { UnlockedContext } from '../../../../src/ui/hooks/use-unlocked.ts';
import { enrolledSession } from '../../../unit/storage/store-fixtures.ts';

async function shown(role: 'shift_lead' | 'officer' = 'shift_lead') {
  const { db, session } = await enrolledSession();
  const unlocked = { ...session, officer: { ...session.officer, role } };
  const onDevice = vi.fn();
  render(
    <UnlockedContext.Provider value={{ db, unlocked, onDevice }}>
      <ShiftStartsEditor />
    </UnlockedContext.Provider>,
  );
  return { db, onDevice };
}

const field = (n: number) => screen.getByLabelText(`Mulai shift ${n}`) as HTMLInputElement;
const type = (n: number, value: string) => fireEvent.input(field(n), { target: { value } });

describe('the shift lead edits the shift start times', () => {
  it('saves new times, says so, and hands them to the open session for counts and exports', async () => {
    const { db, onDevice } = await shown();
    expect([1, 2, 3].map((n) => field(n).value)).toEqual(['07:00', '15:00', '23:00']);
    type(1, '06:00');
    type(2, '14:00');
    type(3, '22:00');
    fireEvent.click(screen.getByRole('button', { name: 'Simpan jam shift' }));
    expect((await screen.findByRole('status')).textContent).toBe('Jam shift disimpan: 06:00, 14:00, 22:00.');
    expect(shiftStartsOf((await db.device.get('device'))!)).toEqual(['06:00', '14:00', '22:00']);
    expect(onDevice).toHaveBeenCalledWith(
      expect.objectContaining({ shiftStarts: ['06:00', '14:00', '22:00'] }),
    );
    expect((await db.audit.orderBy('seq').last())?.action).toBe('settings-changed');
  });

  it('names the shift whose time is out of order, focuses it, and keeps what was typed', async () => {
    const { db } = await shown();
    type(2, '06:30');
    fireEvent.click(screen.getByRole('button', { name: 'Simpan jam shift' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'Shift 2: Jam mulai shift harus berurutan dalam sehari dan tidak boleh sama.',
    );
    expect(document.activeElement).toBe(field(2));
    expect(field(2).value).toBe('06:30');
    expect(field(2).getAttribute('aria-invalid')).toBe('true');
    expect(shiftStartsOf((await db.device.get('device'))!)).toEqual(['07:00', '15:00', '23:00']);
  });

  it('explains a time that is not HH:MM', async () => {
    await shown();
    type(3, '7.30');
    fireEvent.click(screen.getByRole('button', { name: 'Simpan jam shift' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Shift 3: Jam mulai shift ditulis JJ:MM, misalnya 07:00.',
    );
  });

  it('allows one to four shifts: adding stops at four, removing stops at one', async () => {
    const { db } = await shown();
    fireEvent.click(screen.getByRole('button', { name: 'Tambah shift' }));
    type(4, '03:00');
    expect(screen.queryByRole('button', { name: 'Tambah shift' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Simpan jam shift' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Shift 4:');
    type(4, '23:30');
    fireEvent.click(screen.getByRole('button', { name: 'Simpan jam shift' }));
    await screen.findByText('Jam shift disimpan: 07:00, 15:00, 23:00, 23:30.');
    for (const n of [4, 3, 2]) fireEvent.click(screen.getByRole('button', { name: `Hapus shift ${n}` }));
    expect(screen.queryByRole('button', { name: /Hapus shift/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Simpan jam shift' }));
    await screen.findByText('Jam shift disimpan: 07:00.');
    expect(shiftStartsOf((await db.device.get('device'))!)).toEqual(['07:00']);
  });

  it('shows an officer the times in force without a way to change them', async () => {
    await shown('officer');
    expect(screen.getByTestId('shift-starts-current').textContent).toBe('07:00 · 15:00 · 23:00');
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.getByText('Hanya ketua regu yang dapat mengubah jam shift.')).toBeTruthy();
  });

  it('speaks English when English is chosen', async () => {
    await setLang('en', { persist: false });
    try {
      await shown();
      fireEvent.input(screen.getByLabelText('Shift 1 starts'), { target: { value: '25:00' } });
      fireEvent.click(screen.getByRole('button', { name: 'Save shift times' }));
      expect((await screen.findByRole('alert')).textContent).toBe(
        'Shift 1: Shift start times are written HH:MM, for example 07:00.',
      );
    } finally {
      await setLang('id', { persist: false });
    }
  });
});
