import { isFlagged, type Outcome, type Screening } from '../screening/screening-schema.ts';
import type { ZoneCode } from '../time/local-time.ts';
import { DEFAULT_SHIFT_STARTS, shiftSpan, zoneOffsetMs, type ShiftStarts } from '../time/shifts.ts';

/** One of the checkpoint's shifts by its place in the shift starts (0 = the first), or the whole local day. */
export type Shift = number | 'day';

/** The choices of an export range under the checkpoint's shift starts: each shift, then the whole day. */
export function shiftChoices(starts: ShiftStarts): Shift[] {
  return [...starts.map((_start, index) => index), 'day'];
}

/** Local start minute and length in minutes of a shift under the checkpoint's shift starts. */
export function shiftWindow(shift: Shift, starts: ShiftStarts): { startMinute: number; minutes: number } {
  return shift === 'day' ? { startMinute: 0, minutes: 24 * 60 } : shiftSpan(shift, starts);
}

/** What the lead chose on the Export screen; an empty list means "any". */
export type ExportFilter = {
  fromIso: string;
  toIso: string;
  checkpoints: readonly string[];
  outcomes: readonly Outcome[];
  flaggedOnly: boolean;
};

/** Result of turning a local day and shift into instants; the error is an i18n key. */
export type RangeResult =
  { ok: true; fromIso: string; toIso: string } | { ok: false; error: 'export.error.badDay' };

/**
 * The UTC instants [from, to) of a shift starting on a local day (YYYY-MM-DD) in the checkpoint's zone, under the
 * checkpoint's shift starts (the same ones counts and retention use).
 */
export function shiftRange(
  day: string,
  shift: Shift,
  zone: ZoneCode,
  toDay: string = day,
  starts: ShiftStarts = DEFAULT_SHIFT_STARTS,
): RangeResult {
  const window = shiftWindow(shift, starts);
  const start = localToUtc(day, window.startMinute, zone);
  const endStart = localToUtc(toDay, window.startMinute, zone);
  if (start === null || endStart === null || endStart < start)
    return { ok: false, error: 'export.error.badDay' };
  const end = endStart + window.minutes * 60_000;
  return { ok: true, fromIso: new Date(start).toISOString(), toIso: new Date(end).toISOString() };
}

function localToUtc(day: string, minute: number, zone: ZoneCode): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d, 0, minute) - zoneOffsetMs(zone);
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  return ms;
}

/** The local hour (0–23) of an ISO instant in the checkpoint's zone; null for an unreadable instant. */
export function localHour(iso: string, zone: ZoneCode): number | null {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  return new Date(ms + zoneOffsetMs(zone)).getUTCHours();
}

/** Final screenings inside the range that match the checkpoint and outcome choices, oldest first. */
export function filterScreenings(screenings: readonly Screening[], filter: ExportFilter): Screening[] {
  const from = Date.parse(filter.fromIso);
  const to = Date.parse(filter.toIso);
  return screenings
    .filter((s) => {
      const at = Date.parse(s.createdAt);
      if (s.status !== 'final' || Number.isNaN(at) || at < from || at >= to) return false;
      if (filter.checkpoints.length > 0 && !filter.checkpoints.includes(s.checkpoint)) return false;
      if (filter.flaggedOnly && !isFlagged(s.outcome)) return false;
      if (filter.outcomes.length > 0 && (s.outcome === null || !filter.outcomes.includes(s.outcome)))
        return false;
      return true;
    })
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}
