import { useRef, useState } from 'preact/hooks';
import { PASSWORD_MIN, type SessionResponse } from '../../core/console/console-api.ts';
import { t } from '../../i18n/i18n.ts';
import type { ConsoleApi } from '../api-client.ts';
import { errorText } from '../format.ts';
import {
  EMPTY_PASSWORD_FORM,
  checkPasswordForm,
  type PasswordForm,
  type PasswordFormProblem,
} from './password-form.ts';

type Props = { api: ConsoleApi; onChanged: (session: SessionResponse) => void };

const FIELDS: ReadonlyArray<{ field: keyof PasswordForm; autocomplete: string }> = [
  { field: 'current', autocomplete: 'current-password' },
  { field: 'next', autocomplete: 'new-password' },
  { field: 'repeat', autocomplete: 'new-password' },
];

/** Current password, new one twice; each problem named at its field, the first focused; nothing kept on failure but what was typed. */
export function ChangePasswordForm({ api, onChanged }: Props) {
  const [form, setForm] = useState<PasswordForm>(EMPTY_PASSWORD_FORM);
  const [problems, setProblems] = useState<PasswordFormProblem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const problemOf = (field: keyof PasswordForm) => problems.find((p) => p.field === field);

  const submit = async (event: Event) => {
    event.preventDefault();
    setError(null);
    const checked = checkPasswordForm(form);
    if (!checked.ok) {
      setProblems(checked.problems);
      const first = checked.problems[0];
      if (first) formRef.current?.querySelector<HTMLElement>(`#password-${first.field}`)?.focus();
      return;
    }
    setProblems([]);
    setBusy(true);
    try {
      const session = await api.changePassword(checked.request);
      setForm(EMPTY_PASSWORD_FORM);
      onChanged(session);
    } catch (failure) {
      setError(errorText(failure));
      formRef.current?.querySelector<HTMLElement>('#password-current')?.focus();
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="password-form" ref={formRef} onSubmit={(event) => void submit(event)} noValidate>
      {FIELDS.map(({ field, autocomplete }) => {
        const problem = problemOf(field);
        const help = field === 'next' ? 'password-next-help' : undefined;
        const describedBy = [help, problem ? `password-${field}-error` : undefined].filter(Boolean).join(' ');
        return (
          <div class="field" key={field}>
            <label for={`password-${field}`}>{t(`console.password.${field}`)}</label>
            <input
              id={`password-${field}`}
              type="password"
              autocomplete={autocomplete}
              maxLength={200}
              value={form[field]}
              onInput={(e) => {
                const value = (e.currentTarget as HTMLInputElement).value;
                setForm((current) => ({ ...current, [field]: value }));
                setProblems((current) => current.filter((p) => p.field !== field));
              }}
              aria-invalid={problem ? 'true' : undefined}
              aria-describedby={describedBy || undefined}
            />
            {help && (
              <p class="help" id={help}>
                {t('console.password.help', { min: PASSWORD_MIN })}
              </p>
            )}
            {problem && (
              <p class="field-error" id={`password-${field}-error`}>
                {t(problem.key, problem.params)}
              </p>
            )}
          </div>
        );
      })}
      {error && (
        <p class="alert alert-danger" role="alert">
          {error}
        </p>
      )}
      <button type="submit" class="btn btn-primary" disabled={busy}>
        {busy ? t('console.password.saving') : t('console.password.submit')}
      </button>
    </form>
  );
}
