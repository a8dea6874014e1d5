import { t } from '../../../i18n/i18n.ts';
import type { RecruiterEntry } from '../../../core/export/recruiter-report.ts';
import { formatLocal } from '../../../core/export/export-rows.ts';
import type { ExportLabels } from '../../../core/export/export-table.ts';
import type { ZoneCode } from '../../../core/time/local-time.ts';

/** Options of the recruiter report the lead can change. */
export type RecruiterChoices = { reveal: boolean; includeCompanions: boolean };

/** Each linked handler/recruiter with the screenings they touch, routes, destinations and (pseudonymised) passengers. */
export function RecruiterList({
  entries,
  labels,
  zone,
  choices,
  onChoices,
}: {
  entries: RecruiterEntry[];
  labels: ExportLabels;
  zone: ZoneCode;
  choices: RecruiterChoices;
  onChoices: (next: RecruiterChoices) => void;
}) {
  const place = (code: string) => labels.places[code] ?? code;
  return (
    <div class="export-recruiters">
      <p class="help">{t('export.recruiters.help')}</p>
      <label class="export-check">
        <input
          type="checkbox"
          checked={choices.includeCompanions}
          onChange={() => onChoices({ ...choices, includeCompanions: !choices.includeCompanions })}
        />
        {t('export.recruiters.includeCompanions')}
      </label>
      <label class="export-check">
        <input
          type="checkbox"
          checked={choices.reveal}
          onChange={() => onChoices({ ...choices, reveal: !choices.reveal })}
        />
        {t('export.recruiters.reveal')}
      </label>
      {entries.length === 0 && <p class="card">{t('export.recruiters.none')}</p>}
      <ul class="plain-list">
        {entries.map((e) => (
          <li key={e.person.id} class="card export-recruiter">
            <h3>
              {e.person.name} <span class="tag">{labels.roles[e.person.role]}</span>{' '}
              <span class="tag tag-warn">
                {t('export.recruiters.screenings', { count: e.screeningIds.length })}
              </span>
            </h3>
            <p class="help">
              {[e.person.phone, e.person.claimedCompany, e.person.socialHandle].filter(Boolean).join(' · ')}
            </p>
            <p class="help">
              {t('export.recruiters.seen', {
                first: formatLocal(e.firstSeen, zone),
                last: formatLocal(e.lastSeen, zone),
              })}
            </p>
            <dl class="facts">
              <dt>{t('export.recruiters.routes')}</dt>
              <dd>{e.routes.map((r) => `${r.key} (${r.count})`).join('; ')}</dd>
              <dt>{t('export.recruiters.destinations')}</dt>
              <dd>{e.destinations.map((d) => `${place(d.key)} (${d.count})`).join('; ')}</dd>
              <dt>{t('export.recruiters.passengers')}</dt>
              <dd class="mono">{e.passengers.join(', ')}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </div>
  );
}
