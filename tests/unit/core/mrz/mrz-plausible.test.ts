import { describe, expect, it } from 'vitest';
import { uncheckedFieldsPlausible } from '../../../../src/core/mrz/mrz-plausible.ts';

const TD3 = ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10'];
const TD1 = [
  'I<UTOD231458907<<<<<<<<<<<<<<<',
  '7408122F1204159UTO<<<<<<<<<<<6',
  'ERIKSSON<<ANNA<MARIA<<<<<<<<<<',
];
const withLine = (lines: string[], row: number, at: number, text: string): string[] =>
  lines.map((line, i) => (i === row ? line.slice(0, at) + text + line.slice(at + text.length) : line));

describe('uncheckedFieldsPlausible', () => {
  it('accepts ICAO state codes, its special codes and the specimen state', () => {
    expect(uncheckedFieldsPlausible(TD3)).toBe(true);
    expect(uncheckedFieldsPlausible(TD1)).toBe(true);
    expect(uncheckedFieldsPlausible(withLine(withLine(TD3, 0, 2, 'NLD'), 1, 10, 'NLD'))).toBe(true);
    expect(uncheckedFieldsPlausible(withLine(withLine(TD3, 0, 2, 'D<<'), 1, 10, 'D<<'))).toBe(true);
    expect(uncheckedFieldsPlausible(withLine(TD3, 1, 10, 'XXA'))).toBe(true);
  });

  it('refuses a state or nationality ICAO does not know (NLO for NLD)', () => {
    expect(uncheckedFieldsPlausible(withLine(TD3, 0, 2, 'NLO'))).toBe(false);
    expect(uncheckedFieldsPlausible(withLine(TD3, 1, 10, 'NLO'))).toBe(false);
    expect(uncheckedFieldsPlausible(withLine(TD1, 1, 15, 'UT0'))).toBe(false);
  });

  it('refuses a document code the layout does not allow', () => {
    expect(uncheckedFieldsPlausible(withLine(TD3, 0, 0, 'I'))).toBe(false);
    expect(uncheckedFieldsPlausible(withLine(TD1, 0, 0, 'P'))).toBe(false);
    expect(uncheckedFieldsPlausible(withLine(TD1, 0, 0, 'ID'))).toBe(true);
    expect(uncheckedFieldsPlausible(withLine(TD3, 0, 1, '0'))).toBe(false);
  });

  it('refuses a name with a letter among its trailing fillers or a second double filler', () => {
    expect(uncheckedFieldsPlausible(withLine(TD3, 0, 43, 'C'))).toBe(false);
    expect(uncheckedFieldsPlausible(withLine(TD3, 0, 25, '<<X'))).toBe(false);
    expect(uncheckedFieldsPlausible(withLine(TD1, 2, 29, 'K'))).toBe(false);
    expect(uncheckedFieldsPlausible(withLine(TD3, 0, 5, '<'.repeat(39)))).toBe(false);
  });

  it('accepts a single name, a truncated name and names of several components', () => {
    expect(uncheckedFieldsPlausible(withLine(TD3, 0, 5, 'ERIKSSON' + '<'.repeat(31)))).toBe(true);
    expect(uncheckedFieldsPlausible(withLine(TD3, 0, 5, 'VAN<DER<BERG<<ANNA<MARIA<SOFIA<ELISABET'))).toBe(
      true,
    );
  });
});
