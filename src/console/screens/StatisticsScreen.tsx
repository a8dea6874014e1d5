import { useCallback, useEffect, useState } from 'preact/hooks';
import type { StatsQuery, StatsResponse } from '../../core/console/statistics-api.ts';
import { t } from '../../i18n/i18n.ts';
import { isoToDisplayDate } from '../../shared-ui/display-date.ts';
import { statisticsCsvUrl, type ConsoleApi } from '../api-client.ts';
import { StatsControls } from '../components/StatsControls.tsx';
import { StatsResults } from '../components/StatsResults.tsx';
import {
  defaultStatsForm,
  toStatsQuery,
  type StatsForm,
  type StatsFormErrors,
} from '../components/stats-form.ts';
import { errorText } from '../format.ts';

type Props = { api: ConsoleApi; now?: () => Date };

/** Counts across checkpoints for a chosen period, as charts with their tables, and the same figures as CSV. */
export function StatisticsScreen({ api, now = () => new Date() }: Props) {
  const [form, setForm] = useState<StatsForm>(() => defaultStatsForm(now()));
  const [errors, setErrors] = useState<StatsFormErrors>({});
  const [stats, setStats] = useState<StatsResponse | null>(null);
  const [shown, setShown] = useState<StatsQuery | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(
    async (query: StatsQuery) => {
      setBusy(true);
      setError(null);
      try {
        setStats(await api.statistics(query));
        setShown(query);
      } catch (failure) {
        setError(errorText(failure));
      } finally {
        setBusy(false);
      }
    },
    [api],
  );
  const apply = (current: StatsForm) => {
    const read = toStatsQuery(current);
    setErrors(read.ok ? {} : read.errors);
    if (read.ok) void load(read.query);
  };
  useEffect(() => apply(form), []); // eslint-disable-line react-hooks/exhaustive-deps -- the first period only

  return (
    <section aria-labelledby="stats-title" class="stats">
      <h1 id="stats-title">{t('stats.title')}</h1>
      <p class="help">{t('stats.intro')}</p>
      <StatsControls form={form} errors={errors} busy={busy} onChange={setForm} onApply={() => apply(form)} />
      {error && (
        <p class="alert alert-danger" role="alert">
          {error}
        </p>
      )}
      {shown && (
        <div class="stats-shown">
          <p role="status">
            {t('stats.shown', {
              from: isoToDisplayDate(shown.from),
              to: isoToDisplayDate(shown.to),
              airport: shown.airport ?? t('stats.allAirports'),
            })}
          </p>
          <a class="btn" href={statisticsCsvUrl(shown)} download aria-describedby="stats-download-help">
            {t('stats.download')}
          </a>
          <span id="stats-download-help" class="help">
            {t('stats.downloadHelp')}
          </span>
        </div>
      )}
      {stats === null && busy && <p aria-busy="true">{t('stats.loading')}</p>}
      {stats && <StatsResults stats={stats} />}
    </section>
  );
}
