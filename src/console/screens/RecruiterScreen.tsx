import { useEffect, useState } from 'preact/hooks';
import type { RecruiterDetail } from '../../core/console/recruiter-api.ts';
import { t } from '../../i18n/i18n.ts';
import { ApiError, type ConsoleApi } from '../api-client.ts';
import { RecruiterAssessment } from '../components/RecruiterAssessment.tsx';
import { RecruiterDepartures } from '../components/RecruiterDepartures.tsx';
import { RecruiterDossier } from '../components/RecruiterDossier.tsx';
import { RecruiterVariants } from '../components/RecruiterVariants.tsx';
import { CONSOLE_BASE, consoleNavigate } from '../console-router.ts';
import { errorText, when } from '../format.ts';

type Props = { api: ConsoleApi; id: string };

/** One recruiter: identifying details, departures accompanied, assessments, and the dossier for partners. */
export function RecruiterScreen({ api, id }: Props) {
  const [detail, setDetail] = useState<RecruiterDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api
      .recruiter(id)
      .then(setDetail, (failure: unknown) =>
        setError(
          failure instanceof ApiError && failure.status === 404
            ? t('console.error.notFound')
            : errorText(failure),
        ),
      );
  }, [api, id]);

  const back = (
    <a
      href={`${CONSOLE_BASE}/perekrut`}
      class="back"
      onClick={(event) => {
        event.preventDefault();
        consoleNavigate(`${CONSOLE_BASE}/perekrut`);
      }}
    >
      ← {t('recruiters.detail.back')}
    </a>
  );
  if (!detail)
    return (
      <section>
        {back}
        {error ? (
          <p class="alert alert-danger" role="alert">
            {error}
          </p>
        ) : (
          <p aria-busy="true">{t('recruiters.detail.loading')}</p>
        )}
      </section>
    );
  const r = detail.recruiter;
  return (
    <article class="recruiter" aria-labelledby="recruiter-title" data-recruiter={r.id}>
      {back}
      <header class="case-head">
        <h1 id="recruiter-title">{r.name || r.id}</h1>
        <p>
          {t('recruiters.detail.summary', {
            departures: r.departures,
            checkpoints: r.checkpoints,
            last: when(r.lastSeenAt),
          })}
          {r.latest && (
            <>
              {' · '}
              <span class={`tag${r.latest.assessment === 'suspected_recruiter' ? ' tag-danger' : ''}`}>
                {t(`recruiters.assessment.${r.latest.assessment}`)}
              </span>
            </>
          )}
        </p>
      </header>
      <div class="recruiter-columns">
        <RecruiterVariants detail={detail} />
        <RecruiterAssessment api={api} detail={detail} onUpdated={setDetail} />
        <RecruiterDossier api={api} id={r.id} />
      </div>
      <RecruiterDepartures detail={detail} />
    </article>
  );
}
