import { t } from '../../../i18n/i18n.ts';
import type { PriorVisit } from '../../../core/screening/seen-before.ts';
import { formatDateTime, formatTime, type ZoneCode } from '../../../core/time/local-time.ts';
import type { WatchlistMatch } from '../../../core/watchlist/match-watchlist.ts';
import type { SeenBeforeState } from '../../hooks/use-seen-before.ts';
import { SeenBeforeVisits } from './SeenBeforeVisits.tsx';

type Props = { state: SeenBeforeState; zone: ZoneCode };

function visitText(visit: PriorVisit, names: Record<string, string>, zone: ZoneCode, today: boolean): string {
  const at = new Date(visit.createdAt);
  return t('seenBefore.visit', {
    when: today ? `${formatTime(at, zone)} ${zone}` : formatDateTime(at, zone),
    outcome: visit.outcome ? t(`screening.outcome.${visit.outcome}`) : t('export.value.undecided'),
    officer: names[visit.officerId] ?? visit.officerId,
  });
}

function hitText(hit: WatchlistMatch): string {
  return t('seenBefore.watchlistHit', {
    kind: t(`seenBefore.kind.${hit.entry.kind}`),
    name: hit.entry.name,
    reason: t(`seenBefore.reason.${hit.reason}`, { confidence: Math.round(hit.confidence * 100) }),
  });
}

/**
 * What this tablet and the pulled watchlist know about the passport just read, shown before the checklist opens:
 * earlier screenings today (a third one in a day as an alert), flagged ones before, watchlist hits, and linked
 * persons of those screenings who came with other passengers.
 */
export function SeenBeforePanel({ state, zone }: Props) {
  if (state.status === 'idle') return null;
  if (state.status === 'checking')
    return (
      <p class="help" aria-busy="true" data-testid="seen-before-checking">
        {t('seenBefore.checking')}
      </p>
    );
  if (state.status === 'failed')
    return (
      <p class="alert alert-warn" role="status">
        {t('seenBefore.failed')}
      </p>
    );
  const { facts, watchlist, handlerHits } = state;
  const nothing =
    facts.today.length === 0 &&
    facts.flaggedBefore.length === 0 &&
    facts.handlers.length === 0 &&
    watchlist.length === 0;
  if (nothing)
    return (
      <p class="help seen-before-none" role="status" data-testid="seen-before-none">
        {t('seenBefore.none')}
      </p>
    );
  const urgent = facts.repeated || watchlist.length > 0 || facts.flaggedBefore.length > 0;
  return (
    <section
      class={`card seen-before ${urgent ? 'seen-before-urgent' : ''}`}
      aria-labelledby="seen-before-title"
      data-testid="seen-before"
    >
      <h2 id="seen-before-title">{t('seenBefore.title')}</h2>
      {facts.repeated && (
        <p class="alert alert-danger" role="alert" data-testid="seen-before-repeated">
          {t('seenBefore.repeated', { count: facts.today.length, visit: facts.visitToday })}
        </p>
      )}
      {watchlist.length > 0 && (
        <div class="seen-before-group" role="alert" data-testid="seen-before-watchlist">
          <h3>{t('seenBefore.watchlistTitle')}</h3>
          <ul>
            {watchlist.map((hit) => (
              <li key={hit.entry.id}>{hitText(hit)}</li>
            ))}
          </ul>
        </div>
      )}
      <SeenBeforeVisits
        title={t('seenBefore.todayTitle')}
        visits={facts.today}
        render={(v) => visitText(v, facts.officerNames, zone, true)}
        testId="seen-before-today"
      />
      <SeenBeforeVisits
        title={t('seenBefore.flaggedTitle')}
        visits={facts.flaggedBefore}
        render={(v) => visitText(v, facts.officerNames, zone, false)}
        testId="seen-before-flagged"
      />
      {facts.handlers.length > 0 && (
        <div class="seen-before-group" data-testid="seen-before-handlers">
          <h3>{t('seenBefore.handlersTitle')}</h3>
          <ul>
            {facts.handlers.map((h) => (
              <li key={h.personId}>
                {t('seenBefore.handler', {
                  name: h.name,
                  role: t(`screening.linked.${h.role}`),
                  count: h.otherPassengers,
                  when: h.lastOtherAt ? formatDateTime(new Date(h.lastOtherAt), zone) : '—',
                })}
                {handlerHits[h.personId] && <strong> {t('seenBefore.handlerWatchlist')}</strong>}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
