import type { RecruiterDetail } from '../../core/console/recruiter-api.ts';
import { t } from '../../i18n/i18n.ts';
import { casePath, consoleNavigate } from '../console-router.ts';
import { when } from '../format.ts';

const ROLES = new Set(['sponsor', 'agent', 'companion']);

/** Every departure the party accompanied, newest first; the passenger by name only where the role allows. */
export function RecruiterDepartures({ detail }: { detail: RecruiterDetail }) {
  return (
    <section aria-labelledby="recruiter-departures">
      <h2 id="recruiter-departures">{t('recruiters.detail.departures')}</h2>
      <p class="help">{t('recruiters.detail.identityRule')}</p>
      <p class="help" data-testid="identities-shown">
        {t('recruiters.detail.identitiesShown', {
          shown: detail.identitiesShown,
          total: detail.departures.length,
        })}
      </p>
      <table class="case-table">
        <thead>
          <tr>
            <th scope="col">{t('recruiters.detail.col.date')}</th>
            <th scope="col">{t('recruiters.detail.col.place')}</th>
            <th scope="col">{t('recruiters.detail.col.passenger')}</th>
            <th scope="col">{t('recruiters.detail.col.role')}</th>
            <th scope="col">{t('recruiters.detail.col.outcome')}</th>
            <th scope="col">{t('recruiters.detail.col.destination')}</th>
            <th scope="col">{t('recruiters.detail.col.case')}</th>
          </tr>
        </thead>
        <tbody>
          {detail.departures.map((d) => (
            <tr key={d.screeningId} data-departure={d.screeningId}>
              <td class="nowrap">{when(d.screenedAt)}</td>
              <td>
                {d.airport}
                <div class="small">{d.checkpoint}</div>
              </td>
              <td>
                {d.identity ? (
                  <>
                    {d.identity.name}
                    <div class="mono small">{d.identity.passportNumber}</div>
                  </>
                ) : (
                  <span class="mono" title={t('recruiters.detail.pseudonym', { pseudonym: d.pseudonym })}>
                    {d.pseudonym}
                  </span>
                )}
              </td>
              <td>{ROLES.has(d.role) ? t(`console.case.linkedRole.${d.role as 'agent'}`) : d.role}</td>
              <td>{d.outcome ? t(`checklist.outcome.${d.outcome}`) : '—'}</td>
              <td>{d.destination ?? '—'}</td>
              <td>
                {d.caseState ? (
                  <>
                    <a
                      href={casePath(d.screeningId)}
                      onClick={(event) => {
                        event.preventDefault();
                        consoleNavigate(casePath(d.screeningId));
                      }}
                    >
                      {t('recruiters.detail.openCase')}
                    </a>
                    <div>
                      <span class={`state state-${d.caseState}`}>{t(`console.state.${d.caseState}`)}</span>
                    </div>
                  </>
                ) : (
                  <span class="small">{t('recruiters.detail.noCase')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
