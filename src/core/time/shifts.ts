import type { ZoneCode } from './local-time.ts';

/**
 * The checkpoint's shifts (1 to 4) as local start times 'HH:MM', in order within the day. One definition read by
 * counts, retention and the export range, so a screening belongs to the same shift everywhere. The last shift runs
 * to the first one's start on the next day.
 */
export type ShiftStarts = readonly string[];

/** How many shifts a checkpoint may define. */
export const MIN_SHIFTS = 1;
export const MAX_SHIFTS = 4;

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
export type ShiftStartsError = 'shifts.error.count' | 'shifts.error.format' | 'shifts.error.order';

/** What is wrong with a shift definition, and at which start (0-based) when it is one of them. */
export type ShiftStartsCheck =
  { ok: true; starts: ShiftStarts } | { ok: false; error: ShiftStartsError; index?: number };

/** Checks 1 to 4 start times: each 'HH:MM' (00:00–23:59), strictly increasing (so distinct) within the day. */
export function checkShiftStarts(starts: readonly unknown[]): ShiftStartsCheck {
  if (starts.length < MIN_SHIFTS || starts.length > MAX_SHIFTS)
    return { ok: false, error: 'shifts.error.count' };
  const minutes = starts.map((s) => (typeof s === 'string' ? minuteOfDay(s.trim()) : null));
  const bad = minutes.findIndex((m) => m === null);
  if (bad >= 0) return { ok: false, error: 'shifts.error.format', index: bad };
  const unordered = minutes.findIndex((m, i) => i > 0 && m! <= minutes[i - 1]!);
  if (unordered >= 0) return { ok: false, error: 'shifts.error.order', index: unordered };
  return { ok: true, starts: starts.map((s) => (s as string).trim()) };
}

/** The shift starts of a checkpoint's settings; the default when none (or none valid) are stored. */
export function shiftStartsOf(settings: { shiftStarts?: readonly string[] | undefined }): ShiftStarts {
  const checked = settings.shiftStarts ? checkShiftStarts(settings.shiftStarts) : null;
  return checked?.ok ? checked.starts : DEFAULT_SHIFT_STARTS;
}

/** Local start minute and length in minutes of shift `index`; the last one runs to the first next day. */
export function shiftSpan(index: number, starts: ShiftStarts): { startMinute: number; minutes: number } {
  const minutes = starts.map((s) => minuteOfDay(s) ?? 0);
  const last = minutes.length - 1;
  const i = Math.min(Math.max(0, Math.trunc(index)), last);
  const start = minutes[i]!;
  const next = i === last ? minutes[0]! + 24 * 60 : minutes[i + 1]!;
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
