import { useRef, useState } from 'preact/hooks';
import { CEKAL_MAX_DAYS, type CekalProposal } from '../../core/console/cekal-api.ts';
import { isoDateToDisplay, localDay } from '../../core/time/local-time.ts';
import { t } from '../../i18n/i18n.ts';
import { DateField } from '../../shared-ui/DateField.tsx';
import { ApiError, type ConsoleApi } from '../api-client.ts';
import { errorText } from '../format.ts';
import {
  REASON_MAX,
  decisionRequest,
  type DecisionDraft,
  type DecisionField,
  type Problems,
} from './watch-forms.ts';

type Props = {
  api: ConsoleApi;
  proposal: CekalProposal;
  onDecided: (proposal: CekalProposal, message: string) => void;
  onCancel: () => void;
  /** Someone else decided it meanwhile: the list is read again. */
  onStale: () => void;
};

/** An Imigrasi supervisor's decision on one proposal: approve with an end date, or refuse; a reason either way. */
export function ProposalDecision({ api, proposal, onDecided, onCancel, onStale }: Props) {
  const [draft, setDraft] = useState<DecisionDraft>({ decision: 'approve', reason: '', expiresOn: '' });
  const [problems, setProblems] = useState<Problems<DecisionField>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const prefix = `decide-${proposal.id}`;

  const submit = async (event: Event) => {
    event.preventDefault();
    setError(null);
    const built = decisionRequest(draft, localDay(new Date(), 'WIB'));
    if (!built.ok) {
      setProblems(built.problems);
      const first = (['expiresOn', 'reason'] as const).find((f) => built.problems[f]);
      formRef.current?.querySelector<HTMLElement>(`#${prefix}-${first}`)?.focus();
      return;
    }
    setProblems({});
    setBusy(true);
    try {
      const decided = await api.decideCekal(proposal.id, built.request);
      onDecided(
        decided,
        decided.state === 'approved'
          ? t('watchAdmin.decide.approved', {
              name: decided.passengerName,
              date: decided.expiresOn ? isoDateToDisplay(decided.expiresOn) : '—',
            })
          : t('watchAdmin.decide.refused', { name: decided.passengerName }),
      );
    } catch (failure) {
      // What was typed stays in the form.
      setError(errorText(failure));
      if (failure instanceof ApiError && failure.code === 'console.error.alreadyDecided') onStale();
    } finally {
      setBusy(false);
    }
  };

  const problemText = (field: DecisionField) => {
    const p = problems[field];
    return p ? t(p.key, p.params) : null;
  };
  return (
    <form class="action-form decide-form" ref={formRef} noValidate onSubmit={(event) => void submit(event)}>
      <h3>{t('watchAdmin.decide.title', { name: proposal.passengerName })}</h3>
      {error && (
        <p class="alert alert-danger" role="alert">
          {error}
        </p>
      )}
      <fieldset>
        <legend>{t('watchAdmin.decide.decision')}</legend>
        {(['approve', 'refuse'] as const).map((decision) => (
          <label key={decision} class="radio">
            <input
              type="radio"
              name={`${prefix}-decision`}
              value={decision}
              checked={draft.decision === decision}
              onChange={() => setDraft((d) => ({ ...d, decision }))}
            />{' '}
            {t(`watchAdmin.decide.${decision}`)}
          </label>
        ))}
      </fieldset>
      {draft.decision === 'approve' && (
        <>
          <DateField
            id={`${prefix}-expiresOn`}
            label={t('watchAdmin.decide.expiresOn')}
            placeholder={t('console.date.placeholder')}
            value={draft.expiresOn}
            error={problemText('expiresOn')}
            onInput={(expiresOn) => {
              setDraft((d) => ({ ...d, expiresOn }));
              setProblems((p) => ({ ...p, expiresOn: undefined }));
            }}
          />
          <p class="help">{t('watchAdmin.decide.expiresHelp', { days: CEKAL_MAX_DAYS })}</p>
        </>
      )}
      <div class="field">
        <label for={`${prefix}-reason`}>{t('watchAdmin.decide.reason')}</label>
        <textarea
          id={`${prefix}-reason`}
          rows={3}
          maxLength={REASON_MAX + 100}
          value={draft.reason}
          aria-invalid={problems.reason ? 'true' : undefined}
          aria-describedby={problems.reason ? `${prefix}-reason-error` : undefined}
          onInput={(event) => {
            const reason = (event.currentTarget as HTMLTextAreaElement).value;
            setDraft((d) => ({ ...d, reason }));
            setProblems((p) => ({ ...p, reason: undefined }));
          }}
        />
        {problems.reason && (
          <p class="field-error" id={`${prefix}-reason-error`}>
            {problemText('reason')}
          </p>
        )}
      </div>
      <div class="form-buttons">
        <button type="submit" class="btn btn-primary" disabled={busy}>
          {busy ? t('watchAdmin.decide.saving') : t('watchAdmin.decide.submit')}
        </button>
        <button type="button" class="btn btn-ghost" onClick={onCancel}>
          {t('watchAdmin.decide.cancel')}
        </button>
      </div>
    </form>
  );
}
