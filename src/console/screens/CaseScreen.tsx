import { useCallback, useEffect, useState } from 'preact/hooks';
import type { CaseDetail, StaffUser } from '../../core/console/console-api.ts';
import { isoDateToDisplay } from '../../core/time/local-time.ts';
import { t } from '../../i18n/i18n.ts';
import { ApiError, type ConsoleApi } from '../api-client.ts';
import { CaseActions } from '../components/CaseActions.tsx';
import { CaseAnswers } from '../components/CaseAnswers.tsx';
import { CaseFacts } from '../components/CaseFacts.tsx';
import { CaseRecord } from '../components/CaseRecord.tsx';
import { CekalPropose } from '../components/CekalPropose.tsx';
import { CONSOLE_BASE, consoleNavigate } from '../console-router.ts';
import { errorText } from '../format.ts';

type Props = { api: ConsoleApi; id: string; user: StaffUser };

/** One case: its state and owner, the workflow actions, and everything the gate recorded. */
export function CaseScreen({ api, id, user }: Props) {
  const [detail, setDetail] = useState<CaseDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    try {
      setDetail(await api.caseDetail(id));
      setError(null);
    } catch (failure) {
      setError(
        failure instanceof ApiError && failure.status === 404
          ? t('console.case.notFound')
          : errorText(failure),
      );
    }
  }, [api, id]);
  useEffect(() => {
    void reload();
  }, [reload]);

  const back = (
    <a
      href={`${CONSOLE_BASE}/`}
      class="back"
      onClick={(event) => {
        event.preventDefault();
        consoleNavigate(`${CONSOLE_BASE}/`);
      }}
    >
      ← {t('console.case.back')}
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
          <p aria-busy="true">{t('console.app.loading')}</p>
        )}
      </section>
    );
  const c = detail.case;
  return (
    <article class="case" aria-labelledby="case-title" data-state={c.state} data-version={c.version}>
      {back}
      <header class="case-head">
        <h1 id="case-title">{t('console.case.title', { name: c.passengerName })}</h1>
        <p>
          <span class={`state state-${c.state}`} data-testid="case-state">
            {t(`console.state.${c.state}`)}
          </span>{' '}
          ·{' '}
          <span data-testid="case-owner">
            {c.owner ? t('console.case.owner', { name: c.owner.name }) : t('console.case.noOwner')}
          </span>
          {c.referredTo && (
            <> · {t('console.case.referredTo', { referral: t(`console.referral.${c.referredTo}`) })}</>
          )}
          {c.dueDate && <> · {t('console.case.dueDate', { date: isoDateToDisplay(c.dueDate) })}</>}
          {' · '}
          <span class="small">{t('console.case.version', { version: c.version })}</span>
        </p>
        {c.finding && (
          <p>
            {t('console.case.findingLine', { finding: t(`console.finding.${c.finding}`) })}
            {c.reason && <> · {t('console.case.reasonLine', { reason: c.reason })}</>}
          </p>
        )}
      </header>
      {error && (
        <p class="alert alert-danger" role="alert">
          {error}
        </p>
      )}
      <CaseActions api={api} detail={detail} user={user} onUpdated={setDetail} onReload={reload} />
      <CaseFacts detail={detail} />
      <CaseAnswers detail={detail} />
      <CekalPropose api={api} caseId={c.id} />
      <CaseRecord detail={detail} />
    </article>
  );
}
