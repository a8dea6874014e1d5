import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ConflictDetail, ConflictSummary } from '../../core/console/conflict-api.ts';
import { t } from '../../i18n/i18n.ts';
import type { ConsoleApi } from '../api-client.ts';
import { ConflictDetailPanel } from '../components/ConflictDetailPanel.tsx';
import { ConflictList } from '../components/ConflictList.tsx';
import { errorText } from '../format.ts';

type Props = {
  api: ConsoleApi;
  /** The conflict the address names, shown beside the list. */
  id: string | null;
  /** Tells the menu's badge that the number of open conflicts may have changed. */
  onChanged: () => void;
};

/** Conflicts: the list (open or resolved) and, beside it, the one chosen next to the stored revision. */
export function ConflictsScreen({ api, id, onChanged }: Props) {
  const [show, setShow] = useState<'open' | 'resolved'>('open');
  const [items, setItems] = useState<ConflictSummary[] | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  const [detail, setDetail] = useState<ConflictDetail | null>(null);
  const [detailError, setDetailError] = useState<string | null>(null);
  // The outcome just saved, rendered in the language in use (the toggle may change it afterwards).
  const [done, setDone] = useState<'kept' | 'accepted' | null>(null);

  const loadList = useCallback(async () => {
    try {
      setItems((await api.conflicts(show)).items);
      setListError(null);
    } catch (failure) {
      setListError(errorText(failure));
    }
  }, [api, show]);
  const loadDetail = useCallback(async () => {
    if (id === null) return;
    try {
      setDetail(await api.conflictDetail(id));
      setDetailError(null);
    } catch (failure) {
      setDetailError(errorText(failure));
    }
  }, [api, id]);
  useEffect(() => {
    void loadList();
  }, [loadList]);
  useEffect(() => {
    setDetail(null);
    setDone(null);
    void loadDetail();
  }, [loadDetail]);

  return (
    <section aria-labelledby="conflicts-title">
      <h1 id="conflicts-title">{t('conflict.title')}</h1>
      <p class="help">{t('conflict.intro')}</p>
      <div class="conflict-layout">
        <div class="conflict-list-pane">
          <div class="segmented" role="group" aria-label={t('conflict.showLabel')}>
            {(['open', 'resolved'] as const).map((which) => (
              <button
                key={which}
                type="button"
                class="btn"
                aria-pressed={show === which}
                onClick={() => setShow(which)}
              >
                {t(`conflict.show.${which}`)}
              </button>
            ))}
          </div>
          {listError && (
            <p class="alert alert-danger" role="alert">
              {listError}
            </p>
          )}
          {items === null && !listError && <p aria-busy="true">{t('console.app.loading')}</p>}
          {items?.length === 0 && (
            <p data-testid="conflicts-empty">
              {t(show === 'open' ? 'conflict.empty' : 'conflict.emptyResolved')}
            </p>
          )}
          {items && items.length > 0 && <ConflictList items={items} selected={id} />}
        </div>
        <div class="conflict-detail-pane">
          {done && (
            <p class="alert alert-ok" role="status">
              {t('conflict.resolve.done', { state: t(`conflict.state.${done}`) })}
            </p>
          )}
          {id === null && <p class="help">{t('conflict.select')}</p>}
          {detailError && (
            <p class="alert alert-danger" role="alert">
              {detailError}
            </p>
          )}
          {id !== null && !detail && !detailError && <p aria-busy="true">{t('conflict.loading')}</p>}
          {detail && (
            <ConflictDetailPanel
              api={api}
              detail={detail}
              onReload={loadDetail}
              onResolved={(next) => {
                setDetail(next);
                setDone(next.conflict.state === 'open' ? null : next.conflict.state);
                void loadList();
                onChanged();
              }}
            />
          )}
        </div>
      </div>
    </section>
  );
}
