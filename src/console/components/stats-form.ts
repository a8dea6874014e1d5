import type { Granularity, StatsQuery } from '../../core/console/statistics-api.ts';
import { addDays, periodStartOf, statsQueryProblem, wibDay } from '../../core/console/statistics-periods.ts';
import type { MessageKey } from '../../i18n/i18n.ts';
import { isoToDisplayDate, parseDisplayDate } from '../../shared-ui/display-date.ts';

/** The statistics form as typed (dates as DD/MM/YYYY). */
export type StatsForm = { from: string; to: string; granularity: Granularity; airport: string };
export type StatsFormErrors = Partial<Record<'from' | 'to' | 'airport', MessageKey>>;

/** The last twelve weeks up to today (WIB), all airports. */
export function defaultStatsForm(now: Date): StatsForm {
  const today = wibDay(now);
  const from = addDays(periodStartOf(today, 'week'), -77);
  return { from: isoToDisplayDate(from), to: isoToDisplayDate(today), granularity: 'week', airport: '' };
}

/** The query the form asks for, or what is wrong with each field (nothing is sent then). */
export function toStatsQuery(
  form: StatsForm,
): { ok: true; query: StatsQuery } | { ok: false; errors: StatsFormErrors } {
  const errors: StatsFormErrors = {};
  const day = (key: 'from' | 'to'): string | null => {
    const read = parseDisplayDate(form[key]);
    if (read.ok) return read.iso;
    errors[key] = read.error === 'format' ? 'console.date.format' : 'console.date.impossible';
    return null;
  };
  const from = day('from');
  const to = day('to');
  const airport = form.airport.trim().toUpperCase();
  if (airport && !/^[A-Z]{3,4}$/.test(airport)) errors.airport = 'stats.airportInvalid';
  if (from && to) {
    const problem = statsQueryProblem({ from, to });
    if (problem) errors[problem.field] = problem.error;
  }
  if (!from || !to || Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    query: { from, to, granularity: form.granularity, ...(airport ? { airport } : {}) },
  };
}
