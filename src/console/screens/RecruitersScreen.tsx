import { useCallback, useEffect, useState } from 'preact/hooks';
import type { RecruiterQuery, RecruiterSummary } from '../../core/console/recruiter-api.ts';
import { t } from '../../i18n/i18n.ts';
import type { ConsoleApi } from '../api-client.ts';
import { RecruiterTable } from '../components/RecruiterTable.tsx';
import { errorText } from '../format.ts';

type Props = { api: ConsoleApi };
type List = { items: RecruiterSummary[]; total: number; query: RecruiterQuery };

/** Parties who recur across departures, most departures first; searched by any detail, more rows on request. */
export function RecruitersScreen({ api }: Props) {
  const [q, setQ] = useState('');
  const [once, setOnce] = useState(false);
  const [list, setList] = useState<List | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(
    async (query: RecruiterQuery, after: List | null) => {
      setBusy(true);
      setError(null);
      try {
        const page = await api.recruiters(after ? { ...query, offset: after.items.length } : query);
        setList({ items: after ? [...after.items, ...page.items] : page.items, total: page.total, query });
      } catch (failure) {
        setError(errorText(failure));
      } finally {
        setBusy(false);
      }
    },
    [api],
  );
  useEffect(() => {
    void load({}, null);
  }, [load]);

  const apply = () => {
    const text = q.trim().slice(0, 100);
    void load({ ...(text ? { q: text } : {}), ...(once ? { min: 1 } : {}) }, null);
  };

  return (
    <section aria-labelledby="recruiters-title">
      <h1 id="recruiters-title">{t('recruiters.list.title')}</h1>
      <p class="help">{t('recruiters.list.intro')}</p>
      <form
        class="case-filters"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          apply();
        }}
      >
        <div class="filter-search">
          <label for="recruiter-q">{t('recruiters.list.search')}</label>
          <input
            id="recruiter-q"
            type="search"
            maxLength={100}
            value={q}
            onInput={(e) => setQ(e.currentTarget.value)}
          />
        </div>
        <label class="check">
          <input type="checkbox" checked={once} onChange={(e) => setOnce(e.currentTarget.checked)} />{' '}
          {t('recruiters.list.onceToo')}
        </label>
        <div class="filter-actions">
          <button type="submit" class="btn btn-primary" disabled={busy}>
            {t('recruiters.list.searchButton')}
          </button>
        </div>
      </form>
      {error && (
        <p class="alert alert-danger" role="alert">
          {error}
        </p>
      )}
      {list && (
        <>
          <p class="help" role="status" data-testid="recruiter-count">
            {t('recruiters.list.count', { shown: list.items.length, total: list.total })}
          </p>
          {list.items.length === 0 ? (
            <p class="alert alert-warn">{t('recruiters.list.empty')}</p>
          ) : (
            <RecruiterTable items={list.items} />
          )}
          {list.items.length < list.total ? (
            <button
              type="button"
              class="btn load-more"
              disabled={busy}
              onClick={() => void load(list.query, list)}
            >
              {busy ? t('recruiters.list.loadingMore') : t('recruiters.list.more')}
            </button>
          ) : (
            list.items.length > 0 && <p class="help">{t('recruiters.list.end')}</p>
          )}
        </>
      )}
      {!list && busy && <p aria-busy="true">{t('console.app.loading')}</p>}
    </section>
  );
}
