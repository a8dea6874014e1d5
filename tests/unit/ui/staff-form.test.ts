import { describe, expect, it } from 'vitest';
import {
  EMPTY_STAFF_FORM,
  checkStaffForm,
  randomPassword,
} from '../../../src/console/components/staff-form.ts';

describe('staff account form', () => {
  it('gives a supervisor the chosen agency and a worker none (the server implies it)', () => {
    const base = { ...EMPTY_STAFF_FORM, username: 'Sari.S', name: 'Sari', password: 'abcdefghijkl' };
    const sup = checkStaffForm({ ...base, role: 'supervisor', agency: 'BP3MI' });
    expect(sup.ok && sup.request).toMatchObject({ username: 'sari.s', role: 'supervisor', agency: 'BP3MI' });
    const worker = checkStaffForm({ ...base, role: 'imigrasi_worker', agency: 'BP3MI' });
    expect(worker.ok && worker.request.agency).toBeNull();
  });

  it('lists the problems in field order', () => {
    const result = checkStaffForm({ ...EMPTY_STAFF_FORM, role: 'supervisor', password: 'x'.repeat(11) });
    expect(result.ok ? [] : result.problems.map((p) => p.field)).toEqual([
      'username',
      'name',
      'agency',
      'password',
    ]);
  });

  it('draws password characters without bias: bytes past the last whole alphabet cycle are skipped', () => {
    // 248 = 8 × 31 is the first byte that would favour the first characters; it must never be used.
    let call = 0;
    const random = (bytes: Uint8Array) => {
      call += 1;
      bytes.fill(call === 1 ? 248 : 0);
      return bytes;
    };
    expect(randomPassword(random)).toBe('aaaaa-aaaaa-aaaaa-aaaaa');
    expect(call).toBe(2);
    const seen = new Set(Array.from({ length: 50 }, () => randomPassword()));
    expect(seen.size).toBe(50);
    for (const p of seen) expect(p).toMatch(/^[a-hj-km-np-z2-9]{5}(-[a-hj-km-np-z2-9]{5}){3}$/);
  });
});
