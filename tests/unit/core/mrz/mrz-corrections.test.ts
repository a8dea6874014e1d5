import { describe, expect, it } from 'vitest';
import { parseMrz } from '../../../../src/core/mrz/parse-mrz.ts';
import { passportMrz, replaceAt } from './mrz-test-helpers.ts';

const today = new Date('2026-11-23T03:00:00Z');
const TD3 = [
  'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<',
  'L898902C36UTO7408122F1204159ZE184226B<<<<<10',
].join('\n');
const truth = parseMrz(TD3, { today });

// A passport whose dates and check digits hold every digit with an OCR twin: 0 1 2 5 6 7 8.
const RICH = passportMrz({
  name: 'BUDI',
  number: 'A0125678',
  birth: '850617',
  expiry: '280512',
  personal: '',
});
const richTruth = parseMrz(RICH, { today });

describe('OCR confusion corrections', () => {
  it.each([
    ['O', '0'],
    ['Q', '0'],
    ['D', '0'],
    ['I', '1'],
    ['L', '1'],
    ['Z', '2'],
    ['S', '5'],
    ['G', '6'],
    ['C', '6'],
    ['T', '7'],
    ['B', '8'],
  ])('corrects %s to %s inside a date when the check digit proves it', (letter, digit) => {
    const line2 = RICH.split('\n')[1] ?? '';
    // Find the digit in the date of birth or expiry (columns 13–18, 21–26).
    const column = [13, 14, 15, 16, 17, 18, 21, 22, 23, 24, 25, 26].find((c) => line2[c] === digit);
    expect(column, `test passport has a ${digit} in a date`).toBeDefined();
    const r = parseMrz(replaceAt(RICH, 1, column!, letter), { today });
    expect(r.ok && r.valid).toBe(true);
    expect(r.ok && r.fields).toEqual(richTruth.ok && richTruth.fields);
    expect(r.ok && r.corrections).toEqual([{ line: 2, column: column! + 1, from: letter, to: digit }]);
  });

  it('corrects a check digit read as a letter', () => {
    // Birth-date check digit 2 at column 20 read as Z; document check 6 at column 10 read as G.
    const r = parseMrz(replaceAt(replaceAt(TD3, 1, 19, 'Z'), 1, 9, 'G'), { today });
    expect(r.ok && r.valid).toBe(true);
    expect(r.ok && r.corrections).toEqual([
      { line: 2, column: 10, from: 'G', to: '6' },
      { line: 2, column: 20, from: 'Z', to: '2' },
    ]);
  });

  it('corrects several confusions in one field together, reporting each', () => {
    const r = parseMrz(TD3.replace('7408122F', 'T4O8IZZF'), { today });
    expect(r.ok && r.valid).toBe(true);
    expect(r.ok && r.fields.birthDate).toBe('1974-08-12');
    expect(r.ok && r.corrections.map((c) => `${c.column}:${c.from}>${c.to}`)).toEqual([
      '14:T>7',
      '16:O>0',
      '18:I>1',
      '19:Z>2',
      '20:Z>2',
    ]);
  });

  it('does not correct when the twin digit would fail the check digit', () => {
    // 7 read as B: the twin of B is 8, and 7408122 with an 8 in place of the 7 fails; nothing is guessed.
    const r = parseMrz(replaceAt(TD3, 1, 13, 'B'), { today });
    expect(r.ok && r.valid).toBe(false);
    expect(r.ok && r.invalidFields).toContain('birthDate');
    expect(r.ok && r.corrections).toEqual([]);
    expect(r.ok && r.fields.birthDate).toBeNull();
  });

  it('does not correct a letter that has no digit twin', () => {
    const r = parseMrz(replaceAt(TD3, 1, 13, 'X'), { today });
    expect(r.ok && r.invalidFields).toContain('birthDate');
    expect(r.ok && r.corrections).toEqual([]);
  });

  it('never touches letters in alphanumeric fields, even when a swap would pass the check digit', () => {
    // The document number L898902C3 may hold letters: an O there is not impossible, so it stays, and fails.
    const r = parseMrz(replaceAt(TD3, 1, 5, 'O'), { today });
    expect(r.ok && r.fields.documentNumber).toBe('L8989O2C3');
    expect(r.ok && r.invalidFields).toContain('documentNumber');
    expect(r.ok && r.corrections).toEqual([]);
  });

  it('corrects the composite check digit itself when read as its twin', () => {
    const r = parseMrz(TD3.slice(0, -1) + 'O', { today });
    expect(r.ok && r.valid).toBe(true);
    expect(r.ok && r.corrections).toEqual([{ line: 2, column: 44, from: 'O', to: '0' }]);
  });

  it('corrects an empty personal number check digit read as O to 0 (both mean "none")', () => {
    const mrz = passportMrz({ name: 'BUDI', number: 'C1234567', birth: '900101', expiry: '300101' });
    const r = parseMrz(replaceAt(mrz, 1, 42, 'O'), { today });
    expect(r.ok && r.valid).toBe(true);
    expect(r.ok && r.fields.personalNumber).toBeNull();
  });

  it('leaves the truth unchanged on a clean read', () => {
    expect(truth.ok && truth.corrections).toEqual([]);
  });
});
