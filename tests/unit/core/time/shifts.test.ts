import { describe, expect, it } from 'vitest';
import { isMessageKey } from '../../../../src/i18n/i18n.ts';
import { shiftRange } from '../../../../src/core/export/export-range.ts';
import {
  checkShiftStarts,
  DEFAULT_SHIFT_STARTS,
  shiftKeyOf,
  shiftStartsOf,
} from '../../../../src/core/time/shifts.ts';

const inRange = (iso: string, range: ReturnType<typeof shiftRange>): boolean => {
  if (!range.ok) throw new Error(range.error);
  return iso >= range.fromIso && iso < range.toIso;
};

describe('one shift definition for counts, retention and the export range', () => {
  it('puts a screening at 06:30 WIB in the night shift for counts and for the export alike', () => {
    const at = '2026-11-22T23:30:00.000Z'; // 06:30 WIB on 23 November
    expect(shiftKeyOf(new Date(at), 'WIB', DEFAULT_SHIFT_STARTS)).toEqual({
      day: '2026-11-22',
      start: '23:00',
    });
    expect(inRange(at, shiftRange('2026-11-22', 2, 'WIB'))).toBe(true);
    expect(inRange(at, shiftRange('2026-11-23', 0, 'WIB'))).toBe(false);
  });

  it('follows the shift starts of the checkpoint settings in both places', () => {
    const starts = shiftStartsOf({ shiftStarts: ['06:00', '14:00', '22:00'] });
    const at = '2026-11-22T23:30:00.000Z'; // 06:30 WIB
    expect(shiftKeyOf(new Date(at), 'WIB', starts)).toEqual({ day: '2026-11-23', start: '06:00' });
    const morning = shiftRange('2026-11-23', 0, 'WIB', '2026-11-23', starts);
    expect(morning).toEqual({
      ok: true,
      fromIso: '2026-11-22T23:00:00.000Z',
      toIso: '2026-11-23T07:00:00.000Z',
    });
    expect(inRange(at, morning)).toBe(true);
  });

  it('lets the night shift run past midnight to the next morning start, and shifts of unequal length', () => {
    const starts = shiftStartsOf({ shiftStarts: ['07:30', '16:00', '21:00'] });
    expect(shiftRange('2026-11-23', 2, 'WITA', '2026-11-23', starts)).toEqual({
      ok: true,
      fromIso: '2026-11-23T13:00:00.000Z',
      toIso: '2026-11-23T23:30:00.000Z',
    });
    expect(shiftRange('2026-11-23', 1, 'WIB', '2026-11-23', starts)).toMatchObject({
      fromIso: '2026-11-23T09:00:00.000Z',
      toIso: '2026-11-23T14:00:00.000Z',
    });
  });

  it('falls back to 07:00/15:00/23:00 when the settings hold none or a broken definition', () => {
    expect(shiftStartsOf({})).toEqual(['07:00', '15:00', '23:00']);
    expect(shiftStartsOf({ shiftStarts: ['7', '15:00', '23:00'] })).toEqual(DEFAULT_SHIFT_STARTS);
    expect(checkShiftStarts(['07:00', '25:00', '23:00'])).toEqual({
      ok: false,
      error: 'shifts.error.format',
      index: 1,
    });
    expect(checkShiftStarts(['15:00', '07:00', '23:00'])).toEqual({
      ok: false,
      error: 'shifts.error.order',
      index: 1,
    });
    expect(isMessageKey('shifts.error.format') && isMessageKey('shifts.error.order')).toBe(true);
  });

  it('accepts one to four ordered, distinct HH:MM starts and names what is wrong otherwise', () => {
    expect(checkShiftStarts(['07:00'])).toEqual({ ok: true, starts: ['07:00'] });
    expect(checkShiftStarts(['06:00', '18:00'])).toEqual({ ok: true, starts: ['06:00', '18:00'] });
    expect(checkShiftStarts([' 00:00', '06:00', '12:00', '18:00 '])).toEqual({
      ok: true,
      starts: ['00:00', '06:00', '12:00', '18:00'],
    });
    expect(checkShiftStarts([])).toEqual({ ok: false, error: 'shifts.error.count' });
    expect(checkShiftStarts(['01:00', '02:00', '03:00', '04:00', '05:00'])).toEqual({
      ok: false,
      error: 'shifts.error.count',
    });
    expect(checkShiftStarts(['07:00', '07:00'])).toEqual({
      ok: false,
      error: 'shifts.error.order',
      index: 1,
    });
    expect(checkShiftStarts(['7:00'])).toMatchObject({ error: 'shifts.error.format', index: 0 });
    expect(checkShiftStarts([700 as unknown as string])).toMatchObject({ error: 'shifts.error.format' });
    expect(isMessageKey('shifts.error.count')).toBe(true);
  });

  it('makes one shift a whole day from its start, and two shifts of twelve hours, in counts and exports', () => {
    const one = shiftStartsOf({ shiftStarts: ['07:00'] });
    expect(shiftRange('2026-11-23', 0, 'WIB', '2026-11-23', one)).toEqual({
      ok: true,
      fromIso: '2026-11-23T00:00:00.000Z',
      toIso: '2026-11-24T00:00:00.000Z',
    });
    // 06:30 WIB on 24 November still belongs to the shift that began at 07:00 on the 23rd.
    expect(shiftKeyOf(new Date('2026-11-23T23:30:00.000Z'), 'WIB', one)).toEqual({
      day: '2026-11-23',
      start: '07:00',
    });
    const two = shiftStartsOf({ shiftStarts: ['08:00', '20:00'] });
    expect(shiftKeyOf(new Date('2026-11-23T22:00:00.000Z'), 'WIB', two)).toEqual({
      day: '2026-11-23',
      start: '20:00',
    });
    expect(shiftRange('2026-11-23', 1, 'WIB', '2026-11-23', two)).toEqual({
      ok: true,
      fromIso: '2026-11-23T13:00:00.000Z',
      toIso: '2026-11-24T01:00:00.000Z',
    });
  });
});
