import type { RecruiterSummary } from '../../core/console/recruiter-api.ts';
import { t } from '../../i18n/i18n.ts';
import { consoleNavigate, recruiterPath } from '../console-router.ts';
import { when } from '../format.ts';

/** The recruiter groups; the name opens the recruiter's page. Every value is rendered as text. */
export function RecruiterTable({ items }: { items: RecruiterSummary[] }) {
  return (
    <table class="case-table recruiter-table">
      <thead>
        <tr>
          <th scope="col">{t('recruiters.list.col.name')}</th>
          <th scope="col" class="num">
            {t('recruiters.list.col.departures')}
          </th>
          <th scope="col" class="num">
            {t('recruiters.list.col.checkpoints')}
          </th>
          <th scope="col">{t('recruiters.list.col.airports')}</th>
          <th scope="col">{t('recruiters.list.col.lastSeen')}</th>
          <th scope="col">{t('recruiters.list.col.matchedBy')}</th>
          <th scope="col">{t('recruiters.list.col.assessment')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id} data-recruiter={item.id}>
            <td>
              <a
                href={recruiterPath(item.id)}
                aria-label={t('recruiters.list.open', { name: item.name })}
                onClick={(event) => {
                  event.preventDefault();
                  consoleNavigate(recruiterPath(item.id));
                }}
              >
                {item.name || item.id}
              </a>
              <div class="small">
                {t('recruiters.list.persons', { count: item.persons })}
                {item.otherNames > 0 && <> · {t('recruiters.list.otherNames', { count: item.otherNames })}</>}
              </div>
            </td>
            <td class="num">{item.departures}</td>
            <td class="num">{item.checkpoints}</td>
            <td>{item.airports.join(', ') || '—'}</td>
            <td class="nowrap">{when(item.lastSeenAt)}</td>
            <td>{item.matchedBy.map((k) => t(`recruiters.match.${k}`)).join(', ') || '—'}</td>
            <td>
              {item.latest ? (
                <span class={`tag${item.latest.assessment === 'suspected_recruiter' ? ' tag-danger' : ''}`}>
                  {t(`recruiters.assessment.${item.latest.assessment}`)}
                </span>
              ) : (
                <span class="small">{t('recruiters.list.notAssessed')}</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
