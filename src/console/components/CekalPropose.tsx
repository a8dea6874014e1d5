import { useCallback, useEffect, useState } from 'preact/hooks';
import {
  CEKAL_GROUNDS_MIN,
  CEKAL_KINDS,
  type CekalKind,
  type CekalProposal,
} from '../../core/console/cekal-api.ts';
import { t } from '../../i18n/i18n.ts';
import type { ConsoleApi } from '../api-client.ts';
import { errorText, when } from '../format.ts';
import { proposalRequest, type FieldProblem } from './watch-forms.ts';

type Props = { api: ConsoleApi; caseId: string };

/** A case's cekal proposals with their state, and the form that asks Imigrasi for a cegah or atensi entry. */
export function CekalPropose({ api, caseId }: Props) {
  const [items, setItems] = useState<CekalProposal[] | null>(null);
  const [kind, setKind] = useState<CekalKind>('cegah');
  const [grounds, setGrounds] = useState('');
  const [problem, setProblem] = useState<FieldProblem | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);

  const reload = useCallback(async () => {
    try {
      setItems((await api.cekal({ caseId })).items);
    } catch (failure) {
      setError(errorText(failure));
    }
  }, [api, caseId]);
  useEffect(() => {
    void reload();
  }, [reload]);

  const submit = async (event: Event) => {
    event.preventDefault();
    setError(null);
    setSent(false);
    const built = proposalRequest({ kind, grounds }, caseId);
    if (!built.ok) {
      setProblem(built.problems.grounds ?? null);
      document.getElementById('cekal-grounds')?.focus();
      return;
    }
    setProblem(null);
    setBusy(true);
    try {
      await api.proposeCekal(built.request);
      setGrounds('');
      setSent(true);
      await reload();
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card cekal-propose" aria-labelledby="cekal-title">
      <h2 id="cekal-title">{t('watchAdmin.propose.title')}</h2>
      <h3>{t('watchAdmin.propose.existing')}</h3>
      {items === null && !error && <p aria-busy="true">{t('console.app.loading')}</p>}
      {items && items.length === 0 && <p class="help">{t('watchAdmin.propose.none')}</p>}
      {items && items.length > 0 && (
        <ul class="plain-list" data-testid="case-proposals">
          {items.map((p) => (
            <li key={p.id} data-state={p.state}>
              {t('watchAdmin.propose.line', {
                kind: t(`watchAdmin.kind.${p.kind}`),
                state: t(`watchAdmin.state.${p.state}`),
                name: p.proposedBy.name,
                when: when(p.proposedAt),
              })}
              {p.decisionReason && <div class="note small">{p.decisionReason}</div>}
            </li>
          ))}
        </ul>
      )}
      {sent && (
        <p class="alert alert-ok" role="status">
          {t('watchAdmin.propose.sent')}
        </p>
      )}
      {error && (
        <p class="alert alert-danger" role="alert">
          {error}
        </p>
      )}
      <form class="action-form" noValidate onSubmit={(event) => void submit(event)}>
        <p class="help">{t('watchAdmin.propose.intro')}</p>
        <div class="field">
          <label for="cekal-kind">{t('watchAdmin.propose.kind')}</label>
          <select
            id="cekal-kind"
            value={kind}
            onChange={(event) => setKind((event.currentTarget as HTMLSelectElement).value as CekalKind)}
          >
            {CEKAL_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`watchAdmin.kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="cekal-grounds">{t('watchAdmin.propose.grounds')}</label>
          <textarea
            id="cekal-grounds"
            rows={3}
            value={grounds}
            aria-invalid={problem ? 'true' : undefined}
            aria-describedby={problem ? 'cekal-grounds-help cekal-grounds-error' : 'cekal-grounds-help'}
            onInput={(event) => {
              setGrounds((event.currentTarget as HTMLTextAreaElement).value);
              setProblem(null);
            }}
          />
          <p class="help" id="cekal-grounds-help">
            {t('watchAdmin.propose.groundsHelp', { min: CEKAL_GROUNDS_MIN })}
          </p>
          {problem && (
            <p class="field-error" id="cekal-grounds-error">
              {t(problem.key, problem.params)}
            </p>
          )}
        </div>
        <div class="form-buttons">
          <button type="submit" class="btn btn-primary" disabled={busy}>
            {busy ? t('watchAdmin.propose.sending') : t('watchAdmin.propose.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
