import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatTime,
  isoDateToDisplay,
  localDay,
} from '../../../../src/core/time/local-time.ts';

describe('checkpoint-local dates and times', () => {
  const instant = new Date('2026-11-23T17:05:00Z');

  it('shows DD/MM/YYYY and 24-hour time in each Indonesian zone', () => {
    expect(formatDateTime(instant, 'WIB')).toBe('24/11/2026 00:05 WIB');
    expect(formatDateTime(instant, 'WITA')).toBe('24/11/2026 01:05 WITA');
    expect(formatDateTime(instant, 'WIT')).toBe('24/11/2026 02:05 WIT');
    expect(formatTime(new Date('2026-11-23T08:30:00Z'), 'WIB')).toBe('15:30');
  });

  it('puts an instant on the local calendar day of the checkpoint, not of UTC', () => {
    expect(localDay(instant, 'WIB')).toBe('2026-11-24');
    expect(formatDate(new Date('2026-11-23T16:59:00Z'), 'WIB')).toBe('23/11/2026');
  });

  it('turns ISO dates into the display format and leaves other text alone', () => {
    expect(isoDateToDisplay('1974-08-12')).toBe('12/08/1974');
    expect(isoDateToDisplay('bukan tanggal')).toBe('bukan tanggal');
  });
});
