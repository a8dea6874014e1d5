import type { MessageKey } from '../../../i18n/i18n.ts';

/** The result of reading a hand-typed DD/MM/YYYY date. */
export type DateParse = { ok: true; iso: string } | { ok: false; error: MessageKey };

/** Reads a birth date typed as DD/MM/YYYY; rejects impossible calendar dates, future dates and implausible ages. */
export function parseBirthDate(text: string, today: string): DateParse {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!m) return { ok: false, error: 'screening.date.format' };
  const day = Number(m[1]);
  const month = Number(m[2]);
  const year = Number(m[3]);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { ok: false, error: 'screening.date.impossible' };
  }
  const iso = `${m[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (iso > today) return { ok: false, error: 'screening.date.future' };
  if (year < Number(today.slice(0, 4)) - 120) return { ok: false, error: 'screening.date.tooOld' };
  return { ok: true, iso };
}
