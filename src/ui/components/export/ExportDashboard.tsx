import { t } from '../../../i18n/i18n.ts';
import { OUTCOMES } from '../../../core/screening/screening-schema.ts';
import type { ShiftSummary } from '../../../core/export/shift-summary.ts';
import type { ExportLabels } from '../../../core/export/export-table.ts';
import { BarChartSvg, HourChartSvg } from './BarChartSvg.tsx';

/** The shift at a glance: four counts and charts by outcome, hour, destination and indicator. */
export function ExportDashboard({ summary, labels }: { summary: ShiftSummary; labels: ExportLabels }) {
  const name = (map: Record<string, string>) => (key: string) =>
    key === '' ? t('export.doc.notStated') : (map[key] ?? key);
  const counts: [string, number, string][] = [
    [t('export.doc.screened'), summary.screened, ''],
    [t('export.doc.cleared'), summary.cleared, 'export-count-ok'],
    [t('export.doc.flagged'), summary.flagged, 'export-count-flag'],
    [t('export.doc.undecided'), summary.undecided, ''],
  ];
  return (
    <div class="export-dashboard">
      <dl class="export-counts">
        {counts.map(([label, value, cls]) => (
          <div key={label} class={`card export-count ${cls}`}>
            <dd>{value}</dd>
            <dt>{label}</dt>
          </div>
        ))}
      </dl>
      <div class="export-charts">
        <BarChartSvg
          title={t('export.doc.byOutcome')}
          items={OUTCOMES.map((o) => ({ label: labels.outcomes[o], value: summary.byOutcome[o] }))}
        />
        <HourChartSvg
          title={t('export.doc.byHour')}
          all={summary.byHour.all}
          flagged={summary.byHour.flagged}
          help={t('export.chart.byHourHelp')}
        />
        <BarChartSvg
          title={t('export.doc.byDestination')}
          items={summary.byDestination
            .slice(0, 10)
            .map((c) => ({ label: name(labels.places)(c.key), value: c.count }))}
        />
        <BarChartSvg
          title={t('export.doc.byIndicator')}
          items={summary.byIndicator
            .slice(0, 10)
            .map((c) => ({ label: name(labels.indicators)(c.key), value: c.count }))}
        />
      </div>
    </div>
  );
}

/** Flagged passengers by home district, for the village prevention programmes. */
export function DistrictTable({ summary, labels }: { summary: ShiftSummary; labels: ExportLabels }) {
  return (
    <div class="card">
      <p class="help">{t('export.districts.help')}</p>
      <table class="export-table">
        <thead>
          <tr>
            <th scope="col">{t('export.districts.district')}</th>
            <th scope="col" class="num">
              {t('export.doc.flagged')}
            </th>
          </tr>
        </thead>
        <tbody>
          {summary.byDistrict.map((c) => (
            <tr key={c.key}>
              <td>{c.key === '' ? t('export.doc.notStated') : (labels.districts[c.key] ?? c.key)}</td>
              <td class="num">{c.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
