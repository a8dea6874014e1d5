import { countryName } from '../reference-data/places.ts';
import { districtName } from '../reference-data/regions.ts';
import type { StatKeyRow, StatsResponse } from './statistics-api.ts';
import { csvCell } from '../export/csv-cell.ts';

/** Byte-order mark: Excel reads the file as UTF-8 only with it. */
export const CSV_BOM = '\uFEFF';

export const STATS_CSV_HEADER = [
  'periodStart',
  'periodEnd',
  'dimension',
  'airport',
  'checkpoint',
  'outcome',
  'key',
  'label',
  'count',
] as const;

type Line = (string | number | null)[];

/**
 * The statistics as one long table, a row per period and count: every outcome of every period (zeros included),
 * then each checkpoint × outcome, destination, home district and indicator that has a count. Labels in Bahasa
 * Indonesia.
 */
export function statisticsCsv(stats: StatsResponse): string {
  const lines: Line[] = [];
  const period = (i: number): [string, string] => {
    const p = stats.periods[i];
    return [p?.start ?? '', p?.end ?? ''];
  };
  stats.outcomes.forEach((row) =>
    row.counts.forEach((count, i) =>
      lines.push([...period(i), 'outcome', null, null, row.outcome, null, null, count]),
    ),
  );
  for (const place of stats.checkpoints)
    for (const row of place.outcomes)
      row.counts.forEach((count, i) => {
        if (count > 0)
          lines.push([
            ...period(i),
            'checkpoint',
            place.airport,
            place.checkpoint,
            row.outcome,
            null,
            null,
            count,
          ]);
      });
  const keyed = (dimension: string, rows: StatKeyRow[], label: (key: string) => string | null): void => {
    for (const row of rows)
      row.counts.forEach((count, i) => {
        if (count > 0)
          lines.push([...period(i), dimension, null, null, null, row.key, label(row.key), count]);
      });
  };
  keyed('destination', stats.destinations, (key) => (/^[A-Z]{2}$/.test(key) ? countryName(key, 'id') : null));
  keyed('district', stats.districts, (key) => districtName(key));
  keyed('indicator', stats.indicators, () => null);
  const text = [STATS_CSV_HEADER.join(','), ...lines.map((line) => line.map(csvCell).join(','))];
  return `${CSV_BOM}${text.join('\r\n')}\r\n`;
}
