import type { Granularity, StatPeriod, StatsQuery } from './statistics-api.ts';
import { STATS_MAX_DAYS } from './statistics-api.ts';

const DAY_MS = 86_400_000;
/** WIB is UTC+7 all year (no daylight saving). */
const WIB_OFFSET_MS = 7 * 3_600_000;

const toUtc = (day: string): number => Date.parse(`${day}T00:00:00Z`);
const fromUtc = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** Whether `day` is a real calendar day written YYYY-MM-DD. */
export function isCalendarDay(day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const ms = toUtc(day);
  return !Number.isNaN(ms) && fromUtc(ms) === day;
}

/** The WIB calendar day of an instant. */
export function wibDay(instant: Date): string {
  return fromUtc(instant.getTime() + WIB_OFFSET_MS);
}

/** `day` moved by a number of days. */
export function addDays(day: string, days: number): string {
  return fromUtc(toUtc(day) + days * DAY_MS);
}

/** Days from `from` to `to`, both included. */
export function daysInRange(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS) + 1;
}

/** First day of the week (Monday) or month that holds `day`. */
export function periodStartOf(day: string, granularity: Granularity): string {
  if (granularity === 'month') return `${day.slice(0, 7)}-01`;
  const weekday = (new Date(toUtc(day)).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return addDays(day, -weekday);
}

function nextPeriodStart(start: string, granularity: Granularity): string {
  if (granularity === 'week') return addDays(start, 7);
  const year = Number(start.slice(0, 4));
  const month = Number(start.slice(5, 7));
  return fromUtc(Date.UTC(month === 12 ? year + 1 : year, month === 12 ? 0 : month, 1));
}

/** The weeks or months from `from` to `to`, the first and last cut to those days. */
export function statPeriods(from: string, to: string, granularity: Granularity): StatPeriod[] {
  const periods: StatPeriod[] = [];
  let start = periodStartOf(from, granularity);
  while (start <= to) {
    const next = nextPeriodStart(start, granularity);
    const end = addDays(next, -1);
    periods.push({ start: start < from ? from : start, end: end > to ? to : end });
    start = next;
  }
  return periods;
}

/** Error codes of a statistics query that parses but cannot be answered (also i18n keys). */
export type StatsQueryProblem = {
  error: 'console.error.invalid' | 'console.error.periodOrder' | 'console.error.periodTooLong';
  field: 'from' | 'to';
};

/** Why a statistics query cannot be answered, naming the field to change, or null. */
export function statsQueryProblem(query: Pick<StatsQuery, 'from' | 'to'>): StatsQueryProblem | null {
  if (!isCalendarDay(query.from)) return { error: 'console.error.invalid', field: 'from' };
  if (!isCalendarDay(query.to)) return { error: 'console.error.invalid', field: 'to' };
  if (query.from > query.to) return { error: 'console.error.periodOrder', field: 'to' };
  if (daysInRange(query.from, query.to) > STATS_MAX_DAYS)
    return { error: 'console.error.periodTooLong', field: 'from' };
  return null;
}
