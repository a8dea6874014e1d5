import { CATALOGUE_V1 } from '../../core/checklist/builtin-catalogue.ts';
import type { Granularity, StatPeriod } from '../../core/console/statistics-api.ts';
import { countryName } from '../../core/reference-data/places.ts';
import { districtName } from '../../core/reference-data/regions.ts';
import { getLang, t } from '../../i18n/i18n.ts';

const locale = (): string => (getLang() === 'id' ? 'id-ID' : 'en-GB');

/** A count as the reader's language writes it (1.234 / 1,234). */
export function formatCount(n: number): string {
  return new Intl.NumberFormat(locale()).format(n);
}

/** A share as a percentage with one decimal. */
export function formatShare(fraction: number): string {
  return new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 1 }).format(fraction);
}

const dayMonth = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}`;

/** A week as 30/11–06/12, a month as "Des 2026" (a month cut by the period keeps its name). */
export function periodLabel(period: StatPeriod, granularity: Granularity): string {
  if (granularity === 'week')
    return t('stats.weekLabel', { start: dayMonth(period.start), end: dayMonth(period.end) });
  const date = new Date(`${period.start}T00:00:00Z`);
  return new Intl.DateTimeFormat(locale(), { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** A destination country's name (the code as typed when it names no country). */
export function destinationLabel(key: string): string {
  if (key === '') return t('stats.notStated');
  return /^[A-Z]{2}$/.test(key) ? countryName(key, getLang()) : key;
}

/** A kabupaten/kota's name with its code. */
export function districtLabel(key: string): string {
  if (key === '') return t('stats.notStated');
  const name = districtName(key);
  return name ? `${name} (${key})` : key;
}

/** A kabupaten/kota's name short enough for a chart ("Kab. Lombok Timur"). */
export function districtShortLabel(key: string): string {
  if (key === '') return t('stats.notStated');
  return (districtName(key) ?? key).replace(/^Kabupaten /, 'Kab. ').replace(/^Kota Administrasi /, 'Kota ');
}

/** The first day of a period as DD/MM, for the axis under the bars. */
export function periodAxisLabel(period: StatPeriod, granularity: Granularity): string {
  return granularity === 'week' ? dayMonth(period.start) : periodLabel(period, granularity);
}

/** An indicator's question in the reader's language (its id when the catalogue does not know it). */
export function indicatorLabel(key: string): string {
  const indicator = CATALOGUE_V1.indicators.find((i) => i.id === key);
  return indicator ? indicator.question[getLang()] : key;
}
