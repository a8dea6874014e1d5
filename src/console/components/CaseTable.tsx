import type { CaseSummary } from '../../core/console/console-api.ts';
import { isoDateToDisplay } from '../../core/time/local-time.ts';
import { t } from '../../i18n/i18n.ts';
import { casePath, consoleNavigate } from '../console-router.ts';
import { when } from '../format.ts';

/** The inbox rows; the passenger's name opens the case. Every value is rendered as text. */
export function CaseTable({ items }: { items: CaseSummary[] }) {
  return (
    <table class="case-table">
      <thead>
        <tr>
          <th scope="col">{t('console.inbox.col.screenedAt')}</th>
          <th scope="col">{t('console.inbox.col.passenger')}</th>
          <th scope="col">{t('console.inbox.col.place')}</th>
          <th scope="col">{t('console.inbox.col.outcome')}</th>
          <th scope="col">{t('console.inbox.col.score')}</th>
          <th scope="col">{t('console.inbox.col.destination')}</th>
          <th scope="col">{t('console.inbox.col.state')}</th>
          <th scope="col">{t('console.inbox.col.owner')}</th>
          <th scope="col">{t('console.inbox.col.followUp')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id} data-case={item.id}>
            <td class="nowrap">{when(item.screenedAt)}</td>
            <td>
              <a
                href={casePath(item.id)}
                aria-label={t('console.inbox.open', { name: item.passengerName })}
                onClick={(event) => {
                  event.preventDefault();
                  consoleNavigate(casePath(item.id));
                }}
              >
                {item.passengerName}
              </a>
              <div class="mono small">
                {item.passportNumber} · {item.nationality}
              </div>
            </td>
            <td>
              {item.airport}
              <div class="small">{item.checkpoint}</div>
            </td>
            <td>{item.outcome ? t(`checklist.outcome.${item.outcome}`) : '—'}</td>
            <td class="num">{item.score}</td>
            <td>{item.destination ?? '—'}</td>
            <td>
              <span class={`state state-${item.state}`}>{t(`console.state.${item.state}`)}</span>
            </td>
            <td>{item.owner?.name ?? t('console.inbox.noOwner')}</td>
            <td>
              {item.referredTo ? t(`console.referral.${item.referredTo}`) : '—'}
              {item.dueDate && (
                <div class="small">{t('console.inbox.due', { date: isoDateToDisplay(item.dueDate) })}</div>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
