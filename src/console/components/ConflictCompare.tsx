import type { ConflictDetail } from '../../core/console/conflict-api.ts';
import { t } from '../../i18n/i18n.ts';
import { when } from '../format.ts';

/** A value of a field as text (JSON for structures); an empty one says so. */
function shown(value: unknown): string {
  if (value === null || value === undefined || value === '') return t('console.case.empty');
  return typeof value === 'string' ? value : JSON.stringify(value);
}

type Side = ConflictDetail['stored'];

/** The facts a worker weighs first, for one side. */
function SideFacts({ side, title, receivedAt }: { side: Side; title: string; receivedAt: string }) {
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

/** The stored revision and the payload sent under the same revision, side by side, then every field that differs. */
export function ConflictCompare({ detail }: { detail: ConflictDetail }) {
  return (
    <>
      <div class="conflict-sides">
        <SideFacts
          side={detail.stored}
          title={t('conflict.detail.stored')}
          receivedAt={detail.storedReceivedAt}
        />
        <SideFacts
          side={detail.incoming}
          title={t('conflict.detail.incoming')}
          receivedAt={detail.conflict.receivedAt}
        />
      </div>
      <section class="card" aria-labelledby="conflict-changes">
        <h3 id="conflict-changes">{t('conflict.detail.changes')}</h3>
        {detail.changes.every((c) => c.field === 'screening.updatedAt') ? (
          <p>{t('conflict.detail.noChanges')}</p>
        ) : null}
        <table class="conflict-diff" data-testid="conflict-diff">
          <thead>
            <tr>
              <th scope="col">{t('conflict.detail.field')}</th>
              <th scope="col">{t('conflict.detail.stored')}</th>
              <th scope="col">{t('conflict.detail.incoming')}</th>
            </tr>
          </thead>
          <tbody>
            {detail.changes.map((c) => (
              <tr key={c.field} data-field={c.field}>
                <th scope="row" class="mono">
                  {c.field}
                </th>
                <td>
                  <del>{shown(c.before)}</del>
                </td>
                <td>
                  <ins>{shown(c.after)}</ins>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
