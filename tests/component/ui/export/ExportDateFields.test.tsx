import { fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExportFilters, FLAGGED_OUTCOMES } from '../../../../src/ui/components/export/ExportFilters.tsx';
import { setLang } from '../../../../src/i18n/i18n.ts';
import { DEFAULT_SHIFT_STARTS } from '../../../../src/core/time/shifts.ts';

const base = {
  fromDay: '2026-12-02',
  toDay: '2026-12-03',
  shift: 'day' as const,
  checkpoint: '',
  outcomes: FLAGGED_OUTCOMES,
};

describe('the export range dates', () => {
  afterEach(() => setLang('id', { persist: false }));

  it('shows and reads days as DD/MM/YYYY, not in the browser locale', () => {
    const onChange = vi.fn();
    render(
      <ExportFilters value={base} checkpoints={[]} shiftStarts={DEFAULT_SHIFT_STARTS} onChange={onChange} />,
    );
    const from = screen.getByLabelText('Dari tanggal') as HTMLInputElement;
    expect(from.type).toBe('text');
    expect(from.value).toBe('02/12/2026');
    expect((screen.getByLabelText('Sampai tanggal') as HTMLInputElement).value).toBe('03/12/2026');
    fireEvent.input(from, { target: { value: '01/12/2026' } });
    expect(onChange).toHaveBeenLastCalledWith({ ...base, fromDay: '2026-12-01' });
  });

  it('says what is wrong with a month-first or impossible date and keeps the range and the typed text', () => {
    const onChange = vi.fn();
    render(
      <ExportFilters value={base} checkpoints={[]} shiftStarts={DEFAULT_SHIFT_STARTS} onChange={onChange} />,
    );
    const from = screen.getByLabelText('Dari tanggal') as HTMLInputElement;
    fireEvent.input(from, { target: { value: '12/31/2026' } });
    expect(screen.getByRole('alert').textContent).toBe('Tanggal ini tidak ada di kalender.');
    fireEvent.input(from, { target: { value: '2026-12-01' } });
    expect(screen.getByRole('alert').textContent).toMatch(/HH\/BB\/TTTT/);
    expect(from.value).toBe('2026-12-01');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('uses DD/MM/YYYY in English too', async () => {
    await setLang('en', { persist: false });
    render(
      <ExportFilters
        value={base}
        checkpoints={[]}
        shiftStarts={DEFAULT_SHIFT_STARTS}
        onChange={() => undefined}
      />,
    );
    const from = screen.getByLabelText('From date') as HTMLInputElement;
    expect(from.placeholder).toBe('DD/MM/YYYY');
    expect(from.value).toBe('02/12/2026');
  });
});
