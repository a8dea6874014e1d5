import { Fragment } from 'preact';
import type { RecruiterDetail, Variant } from '../../core/console/recruiter-api.ts';
import type { MessageKey } from '../../i18n/i18n.ts';
import { t } from '../../i18n/i18n.ts';

/** The party's identifying details across every recorded variant, with how often each was recorded. */
export function RecruiterVariants({ detail }: { detail: RecruiterDetail }) {
  const rows: [MessageKey, Variant[], boolean][] = [
    ['recruiters.detail.names', detail.names, false],
    ['recruiters.detail.phones', detail.phones, true],
    ['recruiters.detail.idNumbers', detail.idNumbers, true],
    ['recruiters.detail.socialHandles', detail.socialHandles, false],
    ['recruiters.detail.companies', detail.companies, false],
    ['recruiters.detail.destinations', detail.destinations, true],
  ];
  return (
    <section class="card" aria-labelledby="recruiter-details">
      <h2 id="recruiter-details">{t('recruiters.detail.details')}</h2>
      <dl class="facts">
        {rows.map(([label, values, mono]) => (
          <Fragment key={label}>
            <dt>{t(label)}</dt>
            <dd class={mono ? 'mono' : undefined}>
              {values.length === 0
                ? t('recruiters.detail.none')
                : values.map((v, i) => (
                    <span key={v.value}>
                      {i > 0 && ', '}
                      {t('recruiters.detail.times', { value: v.value, count: v.count })}
                    </span>
                  ))}
            </dd>
          </Fragment>
        ))}
      </dl>
    </section>
  );
}
