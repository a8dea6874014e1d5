import type { StatKeyRow, StatsResponse } from '../../core/console/statistics-api.ts';
import { t } from '../../i18n/i18n.ts';
import { BarListChart, type BarRow } from '../../shared-ui/BarListChart.tsx';
import { OUTCOME_COLORS } from '../../shared-ui/outcome-colors.ts';
import { StackedBarChart } from '../../shared-ui/StackedBarChart.tsx';
import { CheckpointTable } from './CheckpointTable.tsx';
import {
  destinationLabel,
  districtLabel,
  districtShortLabel,
  formatCount,
  formatShare,
  indicatorLabel,
  periodAxisLabel,
  periodLabel,
} from './stats-format.ts';

type Props = { stats: StatsResponse };

const rowsOf = (
  rows: StatKeyRow[],
  label: (key: string) => string,
  short?: (key: string) => string,
): BarRow[] =>
  rows.map((r) => ({
    key: r.key,
    label: label(r.key),
    value: r.total,
    ...(short ? { shortLabel: short(r.key) } : {}),
  }));

/** The figures of one period: totals, outcomes per period, checkpoints, destinations, districts, indicators. */
export function StatsResults({ stats }: Props) {
  const { totals } = stats;
  const bars = (
    id: string,
    caption: string,
    heading: string,
    rows: BarRow[],
    color: string,
    width?: number,
  ) => (
    <BarListChart
      id={id}
      caption={caption}
      rows={rows}
      labelHeading={heading}
      valueHeading={t('stats.col.total')}
      shareHeading={t('stats.col.share')}
      whole={totals.flagged}
      color={color}
      {...(width ? { width } : {})}
      format={formatCount}
      formatShare={formatShare}
    />
  );
  return (
    <div class="stats-results">
      <dl class="stats-totals" data-testid="stats-totals">
        {(['screened', 'clear', 'clearAdvised', 'flagged'] as const).map((key) => (
          <div key={key} class={`stats-total stats-total-${key}`}>
            <dt>{t(`stats.total.${key}`)}</dt>
            <dd>{formatCount(totals[key])}</dd>
          </div>
        ))}
      </dl>
      {totals.screened === 0 && <p class="alert alert-warn">{t('stats.empty')}</p>}
      {/* Empty axes say nothing the message has not said. */}
      {totals.screened > 0 && (
        <>
          <section class="card">
            <StackedBarChart
              id="stats-outcomes"
              caption={t('stats.chart.outcomes')}
              categories={stats.periods.map((p) => periodLabel(p, stats.granularity))}
              axisLabels={stats.periods.map((p) => periodAxisLabel(p, stats.granularity))}
              series={stats.outcomes.map((o) => ({
                key: o.outcome,
                label: t(`export.outcome.${o.outcome}`),
                color: OUTCOME_COLORS[o.outcome],
                values: o.counts,
              }))}
              categoryHeading={t('stats.col.period')}
              totalHeading={t('stats.col.total')}
              format={formatCount}
            />
          </section>
          <section class="card">
            <CheckpointTable stats={stats} />
          </section>
          <p class="help">{t('stats.flaggedOnly')}</p>
          <div class="stats-grid">
            <section class="card">
              {bars(
                'stats-destinations',
                t('stats.chart.destinations'),
                t('stats.col.destination'),
                rowsOf(stats.destinations, destinationLabel),
                '#0b4f6c',
              )}
            </section>
            <section class="card">
              {bars(
                'stats-districts',
                t('stats.chart.districts'),
                t('stats.col.district'),
                rowsOf(stats.districts, districtLabel, districtShortLabel),
                '#2a7f62',
              )}
            </section>
            <section class="card stats-wide">
              {bars(
                'stats-indicators',
                t('stats.chart.indicators'),
                t('stats.col.indicator'),
                rowsOf(stats.indicators, indicatorLabel),
                '#b3541e',
                1280,
              )}
            </section>
          </div>
        </>
      )}
    </div>
  );
}
