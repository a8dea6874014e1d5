import type { ConflictDetail } from '../../core/console/conflict-api.ts';
import { t } from '../../i18n/i18n.ts';
import type { ConsoleApi } from '../api-client.ts';
import { casePath, consoleNavigate } from '../console-router.ts';
import { when } from '../format.ts';
import { ConflictCompare } from './ConflictCompare.tsx';
import { ConflictResolve } from './ConflictResolve.tsx';

type Props = {
  api: ConsoleApi;
  detail: ConflictDetail;
  onResolved: (detail: ConflictDetail) => void;
  onReload: () => Promise<void>;
};

/** One conflict: where it came from, both versions side by side, and the decision (or the one already made). */
export function ConflictDetailPanel({ api, detail, onResolved, onReload }: Props) {
  const c = detail.conflict;
  const r = detail.resolution;
  return (
    <article aria-labelledby="conflict-heading" data-testid="conflict-detail" data-state={c.state}>
      <h2 id="conflict-heading">
        {c.passengerName || c.recordId}
        <span class={`state state-conflict-${c.state}`}>{t(`conflict.state.${c.state}`)}</span>
      </h2>
      <p class="small">
        {t('conflict.detail.heading', { id: c.recordId, revision: c.revision })} ·{' '}
        {t('conflict.detail.device', { device: c.deviceId, count: c.timesReceived })} ·{' '}
        {t('conflict.detail.latest', { revision: detail.latestRevision })}
      </p>
      <p class="small">
        {c.hasCase ? (
          <a
            href={casePath(c.recordId)}
            onClick={(event) => {
              event.preventDefault();
              consoleNavigate(casePath(c.recordId));
            }}
          >
            {t('conflict.detail.openCase')}
          </a>
        ) : (
          t('conflict.detail.noCase')
        )}
      </p>
      {r && (
        <div class="card resolution" data-testid="conflict-resolution">
          <strong>
            {t('conflict.resolution.line', {
              state: t(`conflict.state.${c.state}`),
              name: r.by.name,
              at: when(r.at),
            })}
          </strong>
          <div>{t('conflict.resolution.reason', { reason: r.reason })}</div>
          {r.acceptedRevision !== null && (
            <div>{t('conflict.resolution.accepted', { revision: r.acceptedRevision })}</div>
          )}
        </div>
      )}
      <ConflictCompare detail={detail} />
      <ConflictResolve key={c.id} api={api} detail={detail} onResolved={onResolved} onReload={onReload} />
    </article>
  );
}
