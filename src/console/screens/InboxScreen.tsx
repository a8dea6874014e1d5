import { useCallback, useEffect, useState } from 'preact/hooks';
import type { CaseQuery, CaseSummary } from '../../core/console/console-api.ts';
import { t } from '../../i18n/i18n.ts';
import type { ConsoleApi } from '../api-client.ts';
import { CaseFilters } from '../components/CaseFilters.tsx';
import { CaseTable } from '../components/CaseTable.tsx';
import { toCaseQuery, type FilterErrors, type InboxFilters } from '../components/inbox-filters.ts';
import { errorText } from '../format.ts';

type Props = { api: ConsoleApi; filters: InboxFilters; onFilters: (next: InboxFilters) => void };

type List = { items: CaseSummary[]; nextCursor: string | null; query: CaseQuery };

/** Every flagged departure, newest first, filtered and searched; more rows come by cursor. */
export function InboxScreen({ api, filters, onFilters }: Props) {
  const [draft, setDraft] = useState(filters);
  const [errors, setErrors] = useState<FilterErrors>({});
  const [list, setList] = useState<List | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(
    async (query: CaseQuery, after: List | null) => {
      setBusy(true);
      setError(null);
      try {
        const page = await api.cases(after?.nextCursor ? { ...query, cursor: after.nextCursor } : query);
        setList({
          items: after ? [...after.items, ...page.items] : page.items,
          nextCursor: page.nextCursor,
          query,
        });
      } catch (failure) {
        setError(errorText(failure));
      } finally {
        setBusy(false);
      }
    },
    [api],
  );

  useEffect(() => {
    const read = toCaseQuery(filters);
    if (read.ok) void load(read.query, null);
    // Only the filters the worker applied trigger a load, not every keystroke.
  }, [filters, load]);

  const apply = () => {
    const read = toCaseQuery(draft);
    setErrors(read.ok ? {} : read.errors);
    if (!read.ok) return;
    if (JSON.stringify(draft) === JSON.stringify(filters)) void load(read.query, null);
    else onFilters(draft);
  };

  return (
    <section aria-labelledby="inbox-title">
      <h1 id="inbox-title">{t('console.inbox.title')}</h1>
      <p class="help">{t('console.inbox.intro')}</p>
      <CaseFilters filters={draft} errors={errors} onChange={setDraft} onApply={apply} />
      {error && (
        <p class="alert alert-danger" role="alert">
          {error}
        </p>
      )}
      {list && (
        <>
          <p class="help" role="status" data-testid="inbox-count">
            {t('console.inbox.count', { count: list.items.length })}
          </p>
          {list.items.length === 0 ? (
            <p class="alert alert-warn">{t('console.inbox.empty')}</p>
          ) : (
            <CaseTable items={list.items} />
          )}
          {list.nextCursor ? (
            <button
              type="button"
              class="btn load-more"
              disabled={busy}
              onClick={() => void load(list.query, list)}
            >
              {busy ? t('console.inbox.loadingMore') : t('console.inbox.more')}
            </button>
          ) : (
            list.items.length > 0 && <p class="help">{t('console.inbox.end')}</p>
          )}
        </>
      )}
      {!list && busy && <p aria-busy="true">{t('console.app.loading')}</p>}
    </section>
  );
}
