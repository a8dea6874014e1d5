import { isFlagged, type Outcome, type Screening } from '../screening/screening-schema.ts';
import type { ZoneCode } from '../time/local-time.ts';

/** The three checkpoint shifts, in local time of the checkpoint's zone. */
export const SHIFTS = ['morning', 'afternoon', 'night', 'day'] as const;
export type Shift = (typeof SHIFTS)[number];

const ZONE_OFFSET_HOURS: Record<ZoneCode, number> = { WIB: 7, WITA: 8, WIT: 9 };
// Local start hour and length of each shift; 'day' is the whole calendar day.
const SHIFT_HOURS: Record<Shift, { start: number; hours: number }> = {
  morning: { start: 6, hours: 8 },
  afternoon: { start: 14, hours: 8 },
  night: { start: 22, hours: 8 },
  day: { start: 0, hours: 24 },
};

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

/** The UTC instants [from, to) of a shift starting on a local day (YYYY-MM-DD) in the checkpoint's zone. */
export function shiftRange(day: string, shift: Shift, zone: ZoneCode, toDay: string = day): RangeResult {
  const start = localToUtc(day, SHIFT_HOURS[shift].start, zone);
  const endStart = localToUtc(toDay, SHIFT_HOURS[shift].start, zone);
  if (start === null || endStart === null || endStart < start)
    return { ok: false, error: 'export.error.badDay' };
  const end = endStart + SHIFT_HOURS[shift].hours * 3_600_000;
  return { ok: true, fromIso: new Date(start).toISOString(), toIso: new Date(end).toISOString() };
}

function localToUtc(day: string, hour: number, zone: ZoneCode): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d, hour - ZONE_OFFSET_HOURS[zone]);
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  return ms;
}

/** Milliseconds to add to a UTC instant to get the checkpoint's wall-clock time (Indonesia has no DST). */
export function zoneOffsetMs(zone: ZoneCode): number {
  return ZONE_OFFSET_HOURS[zone] * 3_600_000;
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
