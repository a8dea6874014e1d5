import { describe, expect, it } from 'vitest';
import { mrzTyping } from '../../../../src/core/capture/mrz-typing.ts';

const L1 = 'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<';
const L2 = 'L898902C36UTO7408122F1204159ZE184226B<<<<<10';
const status = (text: string): Record<string, string> =>
  Object.fromEntries(mrzTyping(text).checks.map((check) => [check.field, check.status]));

describe('MRZ typed by hand', () => {
  it('shows each check digit as soon as its field is typed', () => {
    expect(status(`${L1}\nL898902C36`)).toMatchObject({ documentNumber: 'pass', birthDate: 'incomplete' });
    expect(status(`${L1}\n${L2}`)).toEqual({
      documentNumber: 'pass',
      birthDate: 'pass',
      expirationDate: 'pass',
      personalNumber: 'pass',
      composite: 'pass',
    });
  });

  it('names the field whose check digit is wrong', () => {
    const wrong = L2.slice(0, 27) + '8' + L2.slice(28);
    expect(status(`${L1}\n${wrong}`)).toMatchObject({ expirationDate: 'fail', birthDate: 'pass' });
  });

  it('counts characters per line against the format', () => {
    expect(mrzTyping(`${L1}\nL8989`).lines).toEqual([
      { count: 44, expected: 44 },
      { count: 5, expected: 44 },
    ]);
  });
});
