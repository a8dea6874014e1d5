import type { CaseDetail } from '../../core/console/console-api.ts';
import { isoDateToDisplay } from '../../core/time/local-time.ts';
import { t } from '../../i18n/i18n.ts';
import { when } from '../format.ts';

/** A changed value as text (JSON for structures); an empty one says so. */
function shown(value: unknown): string {
  if (value === null || value === undefined || value === '') return t('console.case.empty');
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Linked persons, the tablet's revisions with what changed, its audit events, and the case's own history. */
export function CaseRecord({ detail }: { detail: CaseDetail }) {
  return (
    <>
      <section class="card" aria-labelledby="case-linked">
        <h2 id="case-linked">{t('console.case.linked')}</h2>
        {detail.linkedPersons.length === 0 ? (
          <p>{t('console.case.noLinked')}</p>
        ) : (
          <ul class="plain-list">
            {detail.linkedPersons.map((person) => (
              <li key={person.id} data-linked={person.id}>
                <strong>{person.name}</strong> · {t(`console.case.linkedRole.${person.role}`)}
                {person.phone && <span> · {person.phone}</span>}
                {person.claimedCompany && (
                  <span> · {t('console.case.company', { company: person.claimedCompany })}</span>
                )}
                {person.idNumber && <span> · {t('console.case.idNumber', { id: person.idNumber })}</span>}
                {person.socialHandle && (
                  <span> · {t('console.case.social', { handle: person.socialHandle })}</span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section class="card" aria-labelledby="case-revisions">
        <h2 id="case-revisions">{t('console.case.revisions')}</h2>
        <ol class="plain-list">
          {detail.revisions.map((r) => (
            <li key={r.revision}>
              <strong>
                {t('console.case.revision', {
                  revision: r.revision,
                  officer: r.officerId,
                  at: when(r.updatedAt),
                })}
              </strong>
              {r.changes.length === 0 ? (
                <div class="small">{t('console.case.firstRevision')}</div>
              ) : (
                <ul class="changes">
                  {r.changes.map((c) => (
                    <li key={c.field}>
                      <span class="mono">{c.field}</span>: <del>{shown(c.before)}</del> →{' '}
                      <ins>{shown(c.after)}</ins>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      </section>
      <section class="card" aria-labelledby="case-device-audit">
        <h2 id="case-device-audit">{t('console.case.deviceAudit')}</h2>
        {detail.deviceAudit.length === 0 ? (
          <p>{t('console.case.noDeviceAudit')}</p>
        ) : (
          <ol class="plain-list">
            {detail.deviceAudit.map((e) => (
              <li key={e.seq}>
                {when(e.at)} · {e.actor} · <span class="mono">{e.action}</span>
                {e.detail &&
                  Object.entries(e.detail).map(([k, v]) => (
                    <span key={k} class="small">
                      {' '}
                      · {k}: {v}
                    </span>
                  ))}
              </li>
            ))}
          </ol>
        )}
      </section>
      <section class="card" aria-labelledby="case-history">
        <h2 id="case-history">{t('console.case.history')}</h2>
        <ol class="plain-list history" data-testid="case-history">
          {detail.history.map((h, i) => (
            <li key={i} data-action={h.action}>
              <strong>{t(`console.case.historyAction.${h.action}`)}</strong> →{' '}
              {t(`console.state.${h.toState}`)} ·{' '}
              {t('console.case.historyLine', {
                at: when(h.at),
                who: h.actor?.name ?? t('console.case.system'),
              })}
              {h.forced && h.previousOwner && (
                <div class="small">{t('console.case.forced', { name: h.previousOwner.name })}</div>
              )}
              {h.referredTo && (
                <div class="small">
                  {t('console.case.referredTo', { referral: t(`console.referral.${h.referredTo}`) })}
                </div>
              )}
              {h.dueDate && (
                <div class="small">{t('console.case.dueDate', { date: isoDateToDisplay(h.dueDate) })}</div>
              )}
              {h.finding && (
                <div class="small">
                  {t('console.case.findingLine', { finding: t(`console.finding.${h.finding}`) })}
                </div>
              )}
              {h.reason && <div class="small">{t('console.case.reasonLine', { reason: h.reason })}</div>}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
