import { describe, expect, it } from 'vitest';
import { checkPasswordForm } from '../../../src/console/components/password-form.ts';

describe('change-password form', () => {
  it('sends the current and new password when the new one is long enough and typed twice alike', () => {
    expect(
      checkPasswordForm({ current: 'lama-sekali-ini', next: 'baru-dan-panjang', repeat: 'baru-dan-panjang' }),
    ).toEqual({ ok: true, request: { current: 'lama-sekali-ini', next: 'baru-dan-panjang' } });
  });

  it('names every problem, in the order of the fields', () => {
    const checked = checkPasswordForm({ current: '', next: 'pendek', repeat: 'lain' });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problems.map((p) => [p.field, p.key])).toEqual([
      ['current', 'console.password.required'],
      ['next', 'console.password.short'],
      ['repeat', 'console.password.mismatch'],
    ]);
    expect(checked.problems[1]?.params).toEqual({ length: 6, min: 12 });
  });

  it('refuses a new password equal to the current one', () => {
    const same = 'sama-persis-dengan-lama';
    const checked = checkPasswordForm({ current: same, next: same, repeat: same });
    expect(checked.ok ? [] : checked.problems.map((p) => p.key)).toEqual(['console.error.passwordReused']);
  });
});
