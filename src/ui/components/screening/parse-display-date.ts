import type { MessageKey } from '../../../i18n/i18n.ts';
import { parseDisplayDate } from '../../../shared-ui/display-date.ts';

/** The result of reading a hand-typed DD/MM/YYYY date. */
export type DateParse = { ok: true; iso: string } | { ok: false; error: MessageKey };

/** Reads a birth date typed as DD/MM/YYYY; rejects impossible calendar dates, future dates and implausible ages. */
export function parseBirthDate(text: string, today: string): DateParse {
  const read = parseDisplayDate(text);
  if (!read.ok)
    return {
      ok: false,
      error: read.error === 'format' ? 'screening.date.format' : 'screening.date.impossible',
    };
  const { iso } = read;
  if (iso > today) return { ok: false, error: 'screening.date.future' };
  if (Number(iso.slice(0, 4)) < Number(today.slice(0, 4)) - 120)
    return { ok: false, error: 'screening.date.tooOld' };
  return { ok: true, iso };
}
