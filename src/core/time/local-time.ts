/** Indonesian time zones by their local abbreviation. */
export const TIME_ZONES = {
  WIB: 'Asia/Jakarta',
  WITA: 'Asia/Makassar',
  WIT: 'Asia/Jayapura',
} as const;

export type ZoneCode = keyof typeof TIME_ZONES;

function parts(date: Date, zone: ZoneCode): Map<string, string> {
  const format = new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONES[zone],
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return new Map(format.formatToParts(date).map((p) => [p.type, p.value]));
}

/** DD/MM/YYYY in the checkpoint's zone. */
export function formatDate(date: Date, zone: ZoneCode): string {
  const p = parts(date, zone);
  return `${p.get('day')}/${p.get('month')}/${p.get('year')}`;
}

/** 24-hour HH:MM in the checkpoint's zone. */
export function formatTime(date: Date, zone: ZoneCode): string {
  const p = parts(date, zone);
  return `${p.get('hour')}:${p.get('minute')}`;
}

/** DD/MM/YYYY HH:MM WIB (the zone's name appended). */
export function formatDateTime(date: Date, zone: ZoneCode): string {
  return `${formatDate(date, zone)} ${formatTime(date, zone)} ${zone}`;
}

/** The local calendar day (YYYY-MM-DD) of an instant in the checkpoint's zone. */
export function localDay(date: Date, zone: ZoneCode): string {
  const p = parts(date, zone);
  return `${p.get('year')}-${p.get('month')}-${p.get('day')}`;
}

/** An ISO date (YYYY-MM-DD) shown as DD/MM/YYYY; anything else is returned unchanged. */
export function isoDateToDisplay(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}
