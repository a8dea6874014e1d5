import type { ConflictDetail } from '../../core/console/conflict-api.ts';
import { OUTCOMES as OUTCOMES_LIST, type Outcome } from '../../core/screening/screening-schema.ts';
import { t } from '../../i18n/i18n.ts';
import { when } from '../format.ts';
import { ConflictSide } from './ConflictSide.tsx';

const ANSWERS = new Set(['yes', 'no', 'unknown']);
const OUTCOMES = new Set<string>(OUTCOMES_LIST);

/**
 * A value of a field as a worker reads it: answers, outcomes and instants in words, other text as sent, structures
 * as JSON; an empty one says so.
 */
function shown(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return t('console.case.empty');
  if (typeof value !== 'string') return JSON.stringify(value);
  if (field.includes('.answers.') && ANSWERS.has(value))
    return t(`screening.answer.${value as 'yes' | 'no' | 'unknown'}`);
  if (/\.(outcome|recommended)$/.test(field) && OUTCOMES.has(value))
    return t(`export.outcome.${value as Outcome}`);
  if (/At$/.test(field) && !Number.isNaN(Date.parse(value))) return when(value);
  return value;
}

/** The stored revision and the payload sent under the same revision, side by side, then every field that differs. */
export function ConflictCompare({ detail }: { detail: ConflictDetail }) {
  return (
    <>
      <div class="conflict-sides">
        <ConflictSide
          side={detail.stored}
          title={t('conflict.detail.stored')}
          receivedAt={detail.storedReceivedAt}
        />
        <ConflictSide
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
                  {c.field.replace(/^screening\./, '')}
                </th>
                <td>
                  <del>{shown(c.field, c.before)}</del>
                </td>
                <td>
                  <ins>{shown(c.field, c.after)}</ins>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
