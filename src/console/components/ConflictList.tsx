import type { ConflictSummary } from '../../core/console/conflict-api.ts';
import { t } from '../../i18n/i18n.ts';
import { conflictPath, consoleNavigate } from '../console-router.ts';
import { when } from '../format.ts';

const outcome = (o: ConflictSummary['outcome']) => (o ? t(`export.outcome.${o}`) : '—');

/** The conflicts, newest first; a row opens its conflict beside the list. Every value is rendered as text. */
export function ConflictList({ items, selected }: { items: ConflictSummary[]; selected: string | null }) {
  return (
    <table class="case-table conflict-table">
      <thead>
        <tr>
          <th scope="col">{t('conflict.col.received')}</th>
          <th scope="col">{t('conflict.col.passenger')}</th>
          <th scope="col">{t('conflict.col.revision')}</th>
          <th scope="col">{t('conflict.col.outcome')}</th>
          <th scope="col">{t('conflict.col.state')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr
            key={item.id}
            data-conflict={item.id}
            class={item.id === selected ? 'selected' : undefined}
            aria-current={item.id === selected ? 'true' : undefined}
          >
            <td class="nowrap">{when(item.receivedAt)}</td>
            <td>
              <a
                href={conflictPath(item.id)}
                aria-label={t('conflict.open', { name: item.passengerName, revision: item.revision })}
                onClick={(event) => {
                  event.preventDefault();
                  consoleNavigate(conflictPath(item.id));
                }}
              >
                {item.passengerName || item.recordId}
              </a>
              <div class="small">
                {item.airport} · {item.checkpoint}
              </div>
            </td>
            <td class="num">{item.revision}</td>
            <td>
              {outcome(item.storedOutcome)} → {outcome(item.outcome)}
            </td>
            <td>
              <span class={`state state-conflict-${item.state}`}>{t(`conflict.state.${item.state}`)}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
