import { PASSWORD_MIN, type ChangePasswordRequest } from '../../core/console/console-api.ts';
import type { MessageKey } from '../../i18n/i18n.ts';

/** The change-password form as typed. */
export type PasswordForm = { current: string; next: string; repeat: string };

export const EMPTY_PASSWORD_FORM: PasswordForm = { current: '', next: '', repeat: '' };

/** What is wrong with one field, as an i18n key and its parameters. */
export type PasswordFormProblem = {
  field: keyof PasswordForm;
  key: MessageKey;
  params?: Record<string, string | number>;
};

/** Checks the form before it is sent; every problem at once, in the order of the fields. */
export function checkPasswordForm(
  form: PasswordForm,
): { ok: true; request: ChangePasswordRequest } | { ok: false; problems: PasswordFormProblem[] } {
  const problems: PasswordFormProblem[] = [];
  if (form.current === '') problems.push({ field: 'current', key: 'console.password.required' });
  // The same count as the server's check, so the form never passes what the server refuses.
  const length = form.next.length;
  if (length < PASSWORD_MIN)
    problems.push({ field: 'next', key: 'console.password.short', params: { length, min: PASSWORD_MIN } });
  else if (form.next === form.current) problems.push({ field: 'next', key: 'console.error.passwordReused' });
  if (form.repeat !== form.next) problems.push({ field: 'repeat', key: 'console.password.mismatch' });
  return problems.length > 0
    ? { ok: false, problems }
    : { ok: true, request: { current: form.current, next: form.next } };
}
