/** A YYMMDD MRZ date read against today: an ISO date, unknown (parts left as '<'), or impossible. */
export type MrzDate = { kind: 'date'; iso: string } | { kind: 'unknown' } | { kind: 'invalid' };

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Today's calendar day as an ISO date (the UTC day of the instant passed in). */
export function isoDay(today: Date): string {
  return `${pad(today.getUTCFullYear(), 4)}-${pad(today.getUTCMonth() + 1)}-${pad(today.getUTCDate())}`;
}

function split(text: string): { yy: number; mm: number; dd: number } | 'unknown' | null {
  if (/^\d{6}$/.test(text)) {
    return { yy: Number(text.slice(0, 2)), mm: Number(text.slice(2, 4)), dd: Number(text.slice(4, 6)) };
  }
  // ICAO 9303 allows unknown parts of a date of birth as fillers: the whole date, the month and day, or the day.
  if (/^(<{6}|\d{2}<{4}|\d{4}<{2})$/.test(text)) return 'unknown';
  return null;
}

function build(year: number, mm: number, dd: number): MrzDate {
  if (mm < 1 || mm > 12 || dd < 1 || dd > daysInMonth(year, mm)) return { kind: 'invalid' };
  return { kind: 'date', iso: `${pad(year, 4)}-${pad(mm)}-${pad(dd)}` };
}

/** A date of birth: the latest century that does not put it after today. */
export function birthDateOf(text: string, today: Date): MrzDate {
  const parts = split(text);
  if (parts === null) return { kind: 'invalid' };
  if (parts === 'unknown') return { kind: 'unknown' };
  const todayIso = isoDay(today);
  const century = Math.floor(today.getUTCFullYear() / 100) * 100;
  for (const base of [century, century - 100, century - 200]) {
    const date = build(base + parts.yy, parts.mm, parts.dd);
    if (date.kind !== 'date') {
      // 29 February exists only in some centuries: try the next one back before giving up.
      if (parts.mm === 2 && parts.dd === 29) continue;
      return date;
    }
    if (date.iso <= todayIso) return date;
  }
  return { kind: 'invalid' };
}

/** A date of expiry: the century that puts it within 50 years before or 49 years after today. */
export function expiryDateOf(text: string, today: Date): MrzDate {
  const parts = split(text);
  if (parts === null) return { kind: 'invalid' };
  if (parts === 'unknown') return { kind: 'unknown' };
  const year = today.getUTCFullYear();
  const low = year - 50;
  const century = Math.floor(low / 100) * 100;
  const full = century + parts.yy >= low ? century + parts.yy : century + 100 + parts.yy;
  return build(full, parts.mm, parts.dd);
}
