import type { ComponentType } from 'preact';
import type { CaseStateRow } from '../../storage/db.ts';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n/i18n.ts';
import { isFlagged, type Screening } from '../../core/screening/screening-schema.ts';
import { formatTime, localDay } from '../../core/time/local-time.ts';
import type { ScreeningDetail as Detail } from '../components/history/ScreeningDetail.tsx';
import { useCaseStates } from '../hooks/use-case-states.ts';
import { useSession } from '../hooks/use-session.ts';
import { navigate } from '../router.ts';
import '../components/screening/screening.css';
import '../components/history/history.css';

function Row({
  screening,
  zone,
  caseState,
  onOpen,
}: {
  screening: Screening;
  zone: 'WIB' | 'WITA' | 'WIT';
  caseState: CaseStateRow['state'] | undefined;
  onOpen: () => void;
}) {
  const p = screening.passenger;
  return (
    <li>
      <button type="button" class="btn history-row" onClick={onOpen}>
        <span class="history-time">{formatTime(new Date(screening.createdAt), zone)}</span>
        <span class="history-name">
          {p.lastName}
          {p.firstName ? `, ${p.firstName}` : ''}
        </span>
        <span class="mono">{p.passportNumber}</span>
        <span class={`tag ${isFlagged(screening.outcome) ? 'tag-warn' : 'tag-ok'}`}>
          {screening.outcome ? t(`screening.outcome.${screening.outcome}`) : '—'}
        </span>
        {screening.revision > 1 && (
          <span class="tag">{t('history.revision', { revision: screening.revision })}</span>
        )}
        {caseState && (
          <span class="tag" data-testid="history-case-state">
            {t(`sync.caseState.${caseState}`)}
          </span>
        )}
      </button>
    </li>
  );
}

/** Route /history: today's screenings, search by name or passport number, and one screening with its revisions. */
export function HistoryScreen() {
  const { store, device } = useSession();
  const [today, setToday] = useState<Screening[] | null>(null);
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Screening[] | null>(null);
  // "/history?open=<id>" opens one screening (after a save, to record its handover).
  const [openId, setOpenId] = useState<string | null>(() => new URLSearchParams(location.search).get('open'));
  const caseStates = useCaseStates([...(today ?? []), ...(results ?? [])].map((s) => s.id));
  // The detail view reads the catalogue; it loads on first use, out of the first load.
  const [ScreeningDetail, setDetail] = useState<ComponentType<Parameters<typeof Detail>[0]> | null>(null);
  useEffect(() => {
    if (openId && !ScreeningDetail)
      void import('../components/history/ScreeningDetail.tsx').then((m) =>
        setDetail(() => m.ScreeningDetail),
      );
  }, [openId, ScreeningDetail]);
  useEffect(() => {
    void store.listDay(localDay(new Date(), device.zone)).then(setToday);
  }, [store, device.zone, openId]);
  if (openId) {
    return (
      <section class="screen">
        <h1>{t('history.title')}</h1>
        {ScreeningDetail ? (
          <ScreeningDetail
            id={openId}
            store={store}
            zone={device.zone}
            onBack={() => {
              setOpenId(null);
              if (location.search) navigate('/history', { replace: true });
            }}
          />
        ) : (
          <p aria-busy="true">{t('app.loading')}</p>
        )}
      </section>
    );
  }
  const list = (items: Screening[]) => (
    <ul class="plain-list history-list">
      {items.map((s) => (
        <Row
          key={s.id}
          screening={s}
          zone={device.zone}
          caseState={caseStates.get(s.id)?.state}
          onOpen={() => setOpenId(s.id)}
        />
      ))}
    </ul>
  );
  return (
    <section class="screen">
      <h1>{t('history.title')}</h1>
      <form
        class="history-search"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          const q = query.trim();
          if (q === '') setResults(null);
          else void store.search(q).then(setResults);
        }}
      >
        <label for="history-q" class="visually-hidden">
          {t('history.search')}
        </label>
        <input
          id="history-q"
          type="search"
          placeholder={t('history.search')}
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
        <button type="submit" class="btn btn-primary">
          {t('history.searchButton')}
        </button>
      </form>
      {results && (
        <>
          <h2>{t('history.results', { count: results.length })}</h2>
          {results.length === 0 ? <p class="help">{t('history.noResults')}</p> : list(results)}
        </>
      )}
      <h2>{t('history.today', { count: today?.length ?? 0 })}</h2>
      {today === null ? (
        <p aria-busy="true">{t('app.loading')}</p>
      ) : today.length === 0 ? (
        <p class="help">{t('history.empty')}</p>
      ) : (
        list(today)
      )}
    </section>
  );
}
