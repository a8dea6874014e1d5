import type { ZoneCode } from './local-time.ts';

/**
 * The checkpoint's three shifts (pagi, siang, malam) as local start times 'HH:MM'. One definition read by counts,
 * retention and the export range, so a screening belongs to the same shift everywhere.
 */
export type ShiftStarts = readonly [string, string, string];

/** Three 8-hour shifts from 07:00, used until a checkpoint's settings say otherwise. */
export const DEFAULT_SHIFT_STARTS: ShiftStarts = ['07:00', '15:00', '23:00'];

// Indonesia has kept fixed offsets without daylight saving since 1964, so plain arithmetic is exact.
const OFFSET_HOURS: Record<ZoneCode, number> = { WIB: 7, WITA: 8, WIT: 9 };
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** Milliseconds to add to a UTC instant to get the checkpoint's wall-clock time. */
export function zoneOffsetMs(zone: ZoneCode): number {
  return OFFSET_HOURS[zone] * 60 * MINUTE;
}

/** Minutes after local midnight of 'HH:MM'; null when it is no time of day. */
export function minuteOfDay(hhmm: string): number | null {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** Error codes of a shift definition (also i18n keys). */
export type ShiftStartsError = 'shifts.error.format' | 'shifts.error.order';

/** Checks three start times: each 'HH:MM', strictly increasing within the day. */
export function checkShiftStarts(
  starts: readonly string[],
): { ok: true; starts: ShiftStarts } | { ok: false; error: ShiftStartsError } {
  const minutes = starts.map(minuteOfDay);
  if (starts.length !== 3 || minutes.some((m) => m === null))
    return { ok: false, error: 'shifts.error.format' };
  const [a, b, c] = minutes as [number, number, number];
  if (!(a < b && b < c)) return { ok: false, error: 'shifts.error.order' };
  return { ok: true, starts: [starts[0]!, starts[1]!, starts[2]!] };
}

/** The shift starts of a checkpoint's settings; the default when none (or none valid) are stored. */
export function shiftStartsOf(settings: { shiftStarts?: readonly string[] | undefined }): ShiftStarts {
  const checked = settings.shiftStarts ? checkShiftStarts(settings.shiftStarts) : null;
  return checked?.ok ? checked.starts : DEFAULT_SHIFT_STARTS;
}

/** Local start minute and length in minutes of shift `index` (0–2); the last one runs to the first next day. */
export function shiftSpan(index: 0 | 1 | 2, starts: ShiftStarts): { startMinute: number; minutes: number } {
  const minutes = starts.map((s) => minuteOfDay(s) ?? 0);
  const start = minutes[index]!;
  const next = index === 2 ? minutes[0]! + 24 * 60 : minutes[index + 1]!;
  return { startMinute: start, minutes: next - start };
}

/** The instant the shift containing `at` began. */
export function shiftStartOf(at: Date, zone: ZoneCode, starts: ShiftStarts): Date {
  const offset = zoneOffsetMs(zone);
  const local = at.getTime() + offset;
  const dayStart = Math.floor(local / DAY) * DAY;
  const minute = Math.floor((local - dayStart) / MINUTE);
  const sorted = starts.map((s) => minuteOfDay(s) ?? 0);
  const today = sorted.filter((s) => s <= minute).pop();
  const startLocal =
    today !== undefined
      ? dayStart + today * MINUTE
      : dayStart - DAY + (sorted[sorted.length - 1] ?? 0) * MINUTE;
  return new Date(startLocal - offset);
}

/** The shift of an instant as the counts name it: its start's local day 'YYYY-MM-DD' and time 'HH:MM'. */
export function shiftKeyOf(at: Date, zone: ZoneCode, starts: ShiftStarts): { day: string; start: string } {
  const local = new Date(shiftStartOf(at, zone, starts).getTime() + zoneOffsetMs(zone)).toISOString();
  return { day: local.slice(0, 10), start: local.slice(11, 16) };
}
