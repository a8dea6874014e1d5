import type { CaseQuery } from '../../core/console/console-api.ts';
import { CASE_STATES } from '../../core/console/console-api.ts';
import { OUTCOMES } from '../../core/screening/screening-schema.ts';
import type { MessageKey } from '../../i18n/i18n.ts';
import { parseDisplayDate } from '../../shared-ui/display-date.ts';

/** The inbox's filter form as typed (dates as DD/MM/YYYY). */
export type InboxFilters = {
  q: string;
  from: string;
  to: string;
  airport: string;
  checkpoint: string;
  outcome: string;
  state: string;
  owner: string;
  destination: string;
  district: string;
  indicator: string;
};

export const EMPTY_FILTERS: InboxFilters = {
  q: '',
  from: '',
  to: '',
  airport: '',
  checkpoint: '',
  outcome: '',
  state: '',
  owner: '',
  destination: '',
  district: '',
  indicator: '',
};

export type FilterErrors = Partial<Record<'from' | 'to', MessageKey>>;

const dateError = (error: 'format' | 'impossible'): MessageKey =>
  error === 'format' ? 'console.date.format' : 'console.date.impossible';

/** The API query the form asks for, or what is wrong with the form (nothing is sent then). */
export function toCaseQuery(
  filters: InboxFilters,
): { ok: true; query: CaseQuery } | { ok: false; errors: FilterErrors } {
  const errors: FilterErrors = {};
  const query: CaseQuery = {};
  for (const key of ['from', 'to'] as const) {
    const text = filters[key].trim();
    if (!text) continue;
    const read = parseDisplayDate(text);
    if (read.ok) query[key] = read.iso;
    else errors[key] = dateError(read.error);
  }
  if (query.from && query.to && query.from > query.to) errors.to = 'console.date.range';
  if (errors.from || errors.to) return { ok: false, errors };
  const text = (value: string, max: number) => value.trim().slice(0, max) || undefined;
  const q = text(filters.q, 100);
  if (q) query.q = q;
  const airport = text(filters.airport.toUpperCase(), 16);
  if (airport) query.airport = airport;
  const checkpoint = text(filters.checkpoint, 80);
  if (checkpoint) query.checkpoint = checkpoint;
  const destination = text(filters.destination.toUpperCase(), 8);
  if (destination) query.destination = destination;
  const district = text(filters.district, 16);
  if (district) query.district = district;
  const indicator = text(filters.indicator, 64);
  if (indicator) query.indicator = indicator;
  const owner = text(filters.owner, 80);
  if (owner) query.owner = owner;
  const outcome = OUTCOMES.find((o) => o === filters.outcome);
  if (outcome) query.outcome = outcome;
  const state = CASE_STATES.find((s) => s === filters.state);
  if (state) query.state = state;
  return { ok: true, query };
}
