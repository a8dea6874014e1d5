/** A hand-typed DD/MM/YYYY date read as ISO, or why it cannot be. */
export type DisplayDate = { ok: true; iso: string } | { ok: false; error: 'format' | 'impossible' };

/** Reads DD/MM/YYYY (also with `.` or `-`); refuses what is not a calendar date (31/02, 00/01, …). */
export function parseDisplayDate(text: string): DisplayDate {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!m) return { ok: false, error: 'format' };
  const day = Number(m[1]);
  const month = Number(m[2]);
  const year = Number(m[3]);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { ok: false, error: 'impossible' };
  }
  return { ok: true, iso: `${m[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
}

/** An ISO date (YYYY-MM-DD) as DD/MM/YYYY for a date field; anything else unchanged. */
export function isoToDisplayDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}
