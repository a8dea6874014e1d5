import { useRef, useState } from 'preact/hooks';
import { PASSWORD_MIN, STAFF_ROLES, type StaffRole } from '../../core/console/console-api.ts';
import { t } from '../../i18n/i18n.ts';
import type { ConsoleApi } from '../api-client.ts';
import { errorText } from '../format.ts';
import {
  EMPTY_STAFF_FORM,
  NAME_MAX,
  checkStaffForm,
  randomPassword,
  type StaffForm,
  type StaffFormProblem,
} from './staff-form.ts';

/** A new account with the password to hand over (shown once, never stored in the browser). */
export type CreatedStaff = { username: string; name: string; password: string };

type Props = {
  api: ConsoleApi;
  onCreated: (created: CreatedStaff) => Promise<void>;
  onError: (message: string | null) => void;
};

/** The administrator's form for a new staff account; every problem is named at its field and the first focused. */
export function StaffCreateForm({ api, onCreated, onError }: Props) {
  const [form, setForm] = useState<StaffForm>(EMPTY_STAFF_FORM);
  const [problems, setProblems] = useState<StaffFormProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const set =
    (field: keyof StaffForm) =>
    (event: Event): void => {
      const value = (event.currentTarget as HTMLInputElement | HTMLSelectElement).value;
      setForm((current) => ({ ...current, [field]: value }) as StaffForm);
      setProblems((current) => current.filter((p) => p.field !== field));
    };
  const problemOf = (field: keyof StaffForm) => problems.find((p) => p.field === field);
  const describedBy = (field: keyof StaffForm, help?: string) =>
    [help, problemOf(field) ? `staff-${field}-error` : undefined].filter(Boolean).join(' ') || undefined;
  const fieldError = (field: keyof StaffForm) => {
    const problem = problemOf(field);
    return (
      problem && (
        <p class="field-error" id={`staff-${field}-error`}>
          {t(problem.key, problem.params)}
        </p>
      )
    );
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    onError(null);
    const checked = checkStaffForm(form);
    if (!checked.ok) {
      setProblems(checked.problems);
      const first = checked.problems[0];
      if (first) formRef.current?.querySelector<HTMLElement>(`#staff-${first.field}`)?.focus();
      return;
    }
    setProblems([]);
    setBusy(true);
    try {
      const user = await api.createStaff(checked.request);
      setForm(EMPTY_STAFF_FORM);
      await onCreated({ username: user.username, name: user.name, password: checked.request.password });
    } catch (failure) {
      // The form keeps what was typed, so a taken username is corrected, not retyped.
      onError(errorText(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="card staff-form" ref={formRef} onSubmit={(event) => void submit(event)} noValidate>
      <h2>{t('console.staff.create')}</h2>
      <div class="field">
        <label for="staff-username">{t('console.staff.username')}</label>
        <input
          id="staff-username"
          autocomplete="off"
          autocapitalize="none"
          spellcheck={false}
          maxLength={40}
          value={form.username}
          onInput={set('username')}
          aria-invalid={problemOf('username') ? 'true' : undefined}
          aria-describedby={describedBy('username', 'staff-username-help')}
        />
        <p class="help" id="staff-username-help">
          {t('console.staff.usernameHelp')}
        </p>
        {fieldError('username')}
      </div>
      <div class="field">
        <label for="staff-name">{t('console.staff.name')}</label>
        <input
          id="staff-name"
          autocomplete="off"
          maxLength={NAME_MAX}
          value={form.name}
          onInput={set('name')}
          aria-invalid={problemOf('name') ? 'true' : undefined}
          aria-describedby={describedBy('name')}
        />
        {fieldError('name')}
      </div>
      <div class="field">
        <label for="staff-role">{t('console.staff.role')}</label>
        <select id="staff-role" value={form.role} onChange={set('role')}>
          {STAFF_ROLES.map((role: StaffRole) => (
            <option key={role} value={role}>
              {t(`console.role.${role}`)}
            </option>
          ))}
        </select>
      </div>
      {form.role === 'supervisor' && (
        <div class="field">
          <label for="staff-agency">{t('console.staff.agency')}</label>
          <select
            id="staff-agency"
            value={form.agency}
            onChange={set('agency')}
            aria-invalid={problemOf('agency') ? 'true' : undefined}
            aria-describedby={describedBy('agency')}
          >
            <option value="">{t('console.staff.agencyChoose')}</option>
            <option value="IMIGRASI">{t('store.agency.IMIGRASI')}</option>
            <option value="BP3MI">{t('store.agency.BP3MI')}</option>
          </select>
          {fieldError('agency')}
        </div>
      )}
      <div class="field">
        <label for="staff-password">{t('console.staff.password')}</label>
        <input
          id="staff-password"
          type="text"
          class="mono"
          autocomplete="new-password"
          spellcheck={false}
          maxLength={200}
          value={form.password}
          onInput={set('password')}
          aria-invalid={problemOf('password') ? 'true' : undefined}
          aria-describedby={describedBy('password', 'staff-password-help')}
        />
        <button
          type="button"
          class="btn"
          onClick={() => {
            setForm((current) => ({ ...current, password: randomPassword() }));
            setProblems((current) => current.filter((p) => p.field !== 'password'));
          }}
        >
          {t('console.staff.generate')}
        </button>
        <p class="help" id="staff-password-help">
          {t('console.staff.passwordHelp', { min: PASSWORD_MIN })}
        </p>
        {fieldError('password')}
      </div>
      <button type="submit" class="btn btn-primary" disabled={busy}>
        {busy ? t('console.staff.saving') : t('console.staff.submit')}
      </button>
    </form>
  );
}
