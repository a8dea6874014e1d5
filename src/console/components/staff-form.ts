import {
  PASSWORD_MIN,
  STAFF_ROLES,
  USERNAME_PATTERN,
  type CreateUserRequest,
  type StaffRole,
} from '../../core/console/console-api.ts';
import type { MessageKey } from '../../i18n/i18n.ts';

/** What the administrator has typed in the new-account form, as typed. */
export type StaffForm = {
  username: string;
  name: string;
  role: StaffRole;
  agency: '' | 'IMIGRASI' | 'BP3MI';
  password: string;
};

export const EMPTY_STAFF_FORM: StaffForm = {
  username: '',
  name: '',
  role: 'bp3mi_worker',
  agency: '',
  password: '',
};

export const NAME_MAX = 120;

/** One problem with a field, with its message key and parameters. */
export type StaffFormProblem = {
  field: keyof StaffForm;
  key: MessageKey;
  params?: Record<string, string | number>;
};

/**
 * Checks the form the way the server will (username rule, name, password length, a supervisor's agency) and
 * builds the request; every problem is listed, in the order of the fields, so the first can be focused.
 */
export function checkStaffForm(
  form: StaffForm,
): { ok: true; request: CreateUserRequest } | { ok: false; problems: StaffFormProblem[] } {
  const problems: StaffFormProblem[] = [];
  const username = form.username.trim().toLowerCase();
  const name = form.name.trim();
  if (!USERNAME_PATTERN.test(username))
    problems.push({ field: 'username', key: 'console.staff.error.usernameFormat' });
  if (name === '' || name.length > NAME_MAX)
    problems.push({ field: 'name', key: 'console.staff.error.nameRequired' });
  if (!STAFF_ROLES.includes(form.role)) problems.push({ field: 'role', key: 'console.error.invalid' });
  if (form.role === 'supervisor' && form.agency === '')
    problems.push({ field: 'agency', key: 'console.staff.error.agencyRequired' });
  if (form.password.length < PASSWORD_MIN)
    problems.push({
      field: 'password',
      key: 'console.staff.error.passwordShort',
      params: { length: form.password.length, min: PASSWORD_MIN },
    });
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    request: {
      username,
      name,
      role: form.role,
      agency: form.role === 'supervisor' && form.agency !== '' ? form.agency : null,
      password: form.password,
    },
  };
}

/** Letters and digits that cannot be mistaken for one another when read aloud or from paper (no 0/O, 1/l/I). */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A random initial password: 4 groups of 5 characters (about 99 bits), from the browser's secure generator. */
export function randomPassword(
  random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b),
): string {
  const groups: string[] = [];
  // Rejection sampling keeps every character equally likely (256 is not a multiple of the alphabet's size).
  const limit = 256 - (256 % ALPHABET.length);
  let group = '';
  while (groups.length < 4) {
    for (const byte of random(new Uint8Array(32))) {
      if (byte >= limit) continue;
      group += ALPHABET[byte % ALPHABET.length];
      if (group.length === 5) {
        groups.push(group);
        group = '';
        if (groups.length === 4) break;
      }
    }
  }
  return groups.join('-');
}
