import { useState } from 'preact/hooks';
import { CONFLICT_REASON_MIN, type ConflictDetail } from '../../core/console/conflict-api.ts';
import { t } from '../../i18n/i18n.ts';
import { ApiError, type ConsoleApi } from '../api-client.ts';
import { errorText } from '../format.ts';
import {
  EMPTY_RESOLUTION,
  RESOLUTION_REASON_MAX,
  resolutionRequest,
  type ResolutionDraft,
  type ResolutionErrors,
} from './conflict-form.ts';

type Props = {
  api: ConsoleApi;
  detail: ConflictDetail;
  onResolved: (detail: ConflictDetail) => void;
  /** Fetches the conflict again after someone else changed it; what was typed here stays. */
  onReload: () => Promise<void>;
};

/** Keep or accept, with a required reason; a refused save keeps what was typed and says why. */
export function ConflictResolve({ api, detail, onResolved, onReload }: Props) {
  const [draft, setDraft] = useState<ResolutionDraft>(EMPTY_RESOLUTION);
  const [errors, setErrors] = useState<ResolutionErrors>({});
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const c = detail.conflict;

  const submit = async () => {
    const built = resolutionRequest(draft, c.version);
    setErrors(built.ok ? {} : built.errors);
    if (!built.ok) {
      document.getElementById(built.errors.decision ? 'resolve-keep' : 'resolve-reason')?.focus();
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const next = await api.resolveConflict(c.id, built.request);
      setStale(false);
      onResolved(next);
    } catch (error) {
      const code = error instanceof ApiError ? error.code : null;
      if (code === 'console.error.staleVersion' || code === 'console.error.alreadyDecided') {
        setStale(true);
        await onReload();
      } else setProblem(errorText(error));
    } finally {
      setBusy(false);
    }
  };
  const staleAlert = stale && (
    <p class="alert alert-warn" role="alert" data-testid="conflict-stale">
      {t('conflict.resolve.stale')}
    </p>
  );
  if (c.state !== 'open')
    // Resolved meanwhile by someone else: their decision shows above; what was typed here is still readable.
    return staleAlert ? (
      <div class="card">
        {staleAlert}
        {draft.reason.trim() && (
          <p class="note">{t('conflict.resolve.yourReason', { reason: draft.reason })}</p>
        )}
      </div>
    ) : null;
  const choice = (value: 'keep' | 'accept', help: string) => (
    <label class="choice">
      <input
        type="radio"
        id={`resolve-${value}`}
        name="decision"
        value={value}
        checked={draft.decision === value}
        aria-invalid={errors.decision ? 'true' : undefined}
        onChange={() => setDraft((d) => ({ ...d, decision: value }))}
      />
      <span>
        <strong>{t(`conflict.resolve.${value}`)}</strong>
        <span class="help">{help}</span>
      </span>
    </label>
  );
  return (
    <form
      class="card action-form conflict-resolve"
      noValidate
      aria-labelledby="resolve-title"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 id="resolve-title">{t('conflict.resolve.title')}</h3>
      {staleAlert}
      <fieldset>
        <legend class="sr-only">{t('conflict.resolve.title')}</legend>
        {choice('keep', t('conflict.resolve.keepHelp'))}
        {choice('accept', t('conflict.resolve.acceptHelp', { revision: detail.latestRevision + 1 }))}
      </fieldset>
      {errors.decision && (
        <p class="field-error" role="alert">
          {t(errors.decision)}
        </p>
      )}
      <label for="resolve-reason">{t('conflict.resolve.reason', { min: CONFLICT_REASON_MIN })}</label>
      <textarea
        id="resolve-reason"
        rows={3}
        maxLength={RESOLUTION_REASON_MAX}
        value={draft.reason}
        aria-invalid={errors.reason ? 'true' : undefined}
        aria-describedby={errors.reason ? 'resolve-reason-error' : undefined}
        onInput={(e) => setDraft((d) => ({ ...d, reason: (e.currentTarget as HTMLTextAreaElement).value }))}
      />
      {errors.reason && (
        <p class="field-error" role="alert" id="resolve-reason-error">
          {t(errors.reason, { min: CONFLICT_REASON_MIN })}
        </p>
      )}
      {problem && (
        <p class="alert alert-danger" role="alert">
          {problem}
        </p>
      )}
      <div>
        <button type="submit" class="btn btn-primary" disabled={busy}>
          {busy ? t('conflict.resolve.saving') : t('conflict.resolve.submit')}
        </button>
      </div>
    </form>
  );
}
