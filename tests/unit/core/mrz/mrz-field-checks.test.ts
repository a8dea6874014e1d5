import { describe, expect, it } from 'vitest';
import { mrzFieldChecks } from '../../../../src/core/mrz/mrz-field-checks.ts';

const L1 = 'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<';
const L2 = 'L898902C36UTO7408122F1204159ZE184226B<<<<<10';
const statuses = (lines: string[], format?: Parameters<typeof mrzFieldChecks>[1]) =>
  Object.fromEntries(mrzFieldChecks(lines, format).map((c) => [c.field, c.status]));

describe('mrzFieldChecks while typing', () => {
  it('judges each check digit as soon as its field and digit are typed', () => {
    expect(statuses([L1, 'L898902C'])).toMatchObject({
      documentNumber: 'incomplete',
      birthDate: 'incomplete',
    });
    expect(statuses([L1, 'L898902C36UTO74081'])).toMatchObject({
      documentNumber: 'pass',
      birthDate: 'incomplete',
    });
    expect(statuses([L1, L2.slice(0, 20)])).toMatchObject({
      birthDate: 'pass',
      expirationDate: 'incomplete',
    });
    expect(statuses([L1, L2])).toEqual({
      documentNumber: 'pass',
      birthDate: 'pass',
      expirationDate: 'pass',
      personalNumber: 'pass',
      composite: 'pass',
    });
  });

  it('fails a mistyped field without correcting it', () => {
    expect(statuses([L1, 'L898902C35'])).toMatchObject({ documentNumber: 'fail' });
    // A typed O in a date is what the officer typed: it fails rather than being silently taken as 0.
    expect(statuses([L1, L2.replace('7408122', '74O8122')])).toMatchObject({ birthDate: 'fail' });
  });

  it('points at the check digit to highlight (1-based)', () => {
    const doc = mrzFieldChecks([L1, L2]).find((c) => c.field === 'documentNumber');
    expect(doc).toMatchObject({ line: 2, column: 10 });
  });

  it('follows the TD1 layout, including a long document number', () => {
    const lines = [
      'I<UTOD23145890<1233<<<<<<<<<<<',
      '7408122F1204159UTO<<<<<<<<<<<2',
      'ERIKSSON<<ANNA<MARIA<<<<<<<<<<',
    ];
    expect(statuses(lines, 'TD1')).toEqual({
      documentNumber: 'pass',
      birthDate: 'pass',
      expirationDate: 'pass',
      composite: 'pass',
    });
    expect(statuses(['I<UTOD23145890<12'], 'TD1')).toMatchObject({ documentNumber: 'incomplete' });
  });

  it('guesses a card layout as TD2 once a line passes 30 characters', () => {
    const lines = ['I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<', 'D231458907UTO7408122F1204159<<<<<<<6'];
    expect(statuses(lines)).toEqual({
      documentNumber: 'pass',
      birthDate: 'pass',
      expirationDate: 'pass',
      composite: 'pass',
    });
  });

  it('guesses the visa layout from the document code', () => {
    const checks = mrzFieldChecks(['V<UTOERIKSSON<<ANNA<MARIA', '']).map((c) => c.field);
    expect(checks).not.toContain('composite');
  });
});
