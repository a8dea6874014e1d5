import type { ConflictDetail } from '../../core/console/conflict-api.ts';
import { t } from '../../i18n/i18n.ts';
import { when } from '../format.ts';

type Side = ConflictDetail['stored'];

/** The facts a worker weighs first, for one side of a conflict (stored or sent). */
export function ConflictSide({ side, title, receivedAt }: { side: Side; title: string; receivedAt: string }) {
  const s = side.screening;
  return (
    <section class="card conflict-side" aria-label={title}>
      <h3>{title}</h3>
      <dl class="facts">
        <dt>{t('conflict.detail.receivedAt')}</dt>
        <dd>{when(receivedAt)}</dd>
        <dt>{t('conflict.detail.savedAt')}</dt>
        <dd>{when(s.updatedAt)}</dd>
        <dt>{t('conflict.detail.officer')}</dt>
        <dd>{s.officerId}</dd>
        <dt>{t('conflict.detail.outcome')}</dt>
        <dd>{s.outcome ? t(`checklist.outcome.${s.outcome}`) : '—'}</dd>
        <dt>{t('conflict.detail.score')}</dt>
        <dd>{s.score}</dd>
        <dt>{t('conflict.detail.note')}</dt>
        <dd class="note">{s.note || '—'}</dd>
      </dl>
    </section>
  );
}
