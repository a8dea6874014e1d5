import type { StatsResponse } from '../../core/console/statistics-api.ts';
import { t } from '../../i18n/i18n.ts';
import { formatCount, periodLabel } from './stats-format.ts';

type Props = { stats: StatsResponse };

const CLEARED = new Set(['CLEAR', 'CLEAR_ADVISED']);

/** Each airport and checkpoint with its screenings per period, then its cleared, flagged and total counts. */
export function CheckpointTable({ stats }: Props) {
  const labels = stats.periods.map((p) => periodLabel(p, stats.granularity));
  return (
    <figure class="chart" aria-labelledby="stats-checkpoints-caption">
      <figcaption id="stats-checkpoints-caption">{t('stats.chart.checkpoints')}</figcaption>
      <div class="chart-table-wrap">
        <table class="chart-table stats-places" data-testid="stats-checkpoints">
          <thead>
            <tr>
              <th scope="col">{t('stats.col.place')}</th>
              {labels.map((label) => (
                <th scope="col" key={label}>
                  {label}
                </th>
              ))}
              <th scope="col">{t('stats.total.clear')}</th>
              <th scope="col">{t('stats.total.flagged')}</th>
              <th scope="col">{t('stats.col.total')}</th>
            </tr>
          </thead>
          <tbody>
            {stats.checkpoints.map((place) => {
              const clear = place.outcomes
                .filter((o) => CLEARED.has(o.outcome))
                .reduce((a, o) => a + o.total, 0);
              return (
                <tr key={`${place.airport} ${place.checkpoint}`}>
                  <th scope="row">
                    {place.airport} · {place.checkpoint}
                  </th>
                  {place.counts.map((n, i) => (
                    <td key={labels[i]}>{formatCount(n)}</td>
                  ))}
                  <td>{formatCount(clear)}</td>
                  <td>{formatCount(place.total - clear)}</td>
                  <td>
                    <strong>{formatCount(place.total)}</strong>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
