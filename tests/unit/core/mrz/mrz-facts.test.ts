import { describe, expect, it } from 'vitest';
import { isKnownIcaoCode } from '../../../../src/core/mrz/icao-codes.ts';
import { mrzFacts } from '../../../../src/core/mrz/mrz-facts.ts';

const base = {
  birthDate: '2000-11-24',
  expirationDate: '2030-01-01',
  issuingState: 'IDN',
  nationality: 'IDN',
};

describe('mrzFacts', () => {
  it('gives age in full years on the day of departure', () => {
    expect(mrzFacts(base, '2026-11-23').ageAtDeparture).toBe(25);
    expect(mrzFacts(base, '2026-11-24').ageAtDeparture).toBe(26);
    expect(mrzFacts({ ...base, birthDate: '2008-02-29' }, '2026-02-28').ageAtDeparture).toBe(17);
    expect(mrzFacts({ ...base, birthDate: null }, '2026-11-23').ageAtDeparture).toBeNull();
  });

  it('tells expired, expiring within 6 months, and valid apart', () => {
    const on = (expirationDate: string) => mrzFacts({ ...base, expirationDate }, '2026-11-23');
    expect(on('2026-11-22')).toMatchObject({ expired: true, expiresWithin6Months: false });
    expect(on('2026-11-23')).toMatchObject({ expired: false, expiresWithin6Months: true });
    expect(on('2027-05-22')).toMatchObject({ expired: false, expiresWithin6Months: true });
    expect(on('2027-05-23')).toMatchObject({ expired: false, expiresWithin6Months: false });
    expect(mrzFacts({ ...base, expirationDate: null }, '2026-11-23')).toMatchObject({
      expired: false,
      expiresWithin6Months: false,
    });
  });

  it('judges a Date by its calendar day', () => {
    expect(
      mrzFacts({ ...base, expirationDate: '2026-11-23' }, new Date('2026-11-23T23:59:00Z')).expired,
    ).toBe(false);
    expect(
      mrzFacts({ ...base, expirationDate: '2026-11-23' }, new Date('2026-11-24T00:01:00Z')).expired,
    ).toBe(true);
  });

  it('flags issuing state and nationality codes ICAO does not know', () => {
    expect(mrzFacts(base, '2026-11-23')).toMatchObject({
      unknownIssuingState: false,
      unknownNationality: false,
    });
    const odd = mrzFacts({ ...base, issuingState: 'UTO', nationality: 'XYZ' }, '2026-11-23');
    expect(odd).toMatchObject({ unknownIssuingState: true, unknownNationality: true });
  });

  it('knows ISO codes and the ICAO special codes', () => {
    for (const code of [
      'IDN',
      'MYS',
      'SAU',
      'TWN',
      'D',
      'GBD',
      'GBN',
      'GBO',
      'GBP',
      'GBS',
      'UNO',
      'UNA',
      'UNK',
    ]) {
      expect(isKnownIcaoCode(code), code).toBe(true);
    }
    for (const code of [
      'XXA',
      'XXB',
      'XXC',
      'XXX',
      'EUE',
      'XOM',
      'XPO',
      'XCC',
      'XES',
      'XMP',
      'XBA',
      'XIM',
      'RKS',
    ]) {
      expect(isKnownIcaoCode(code), code).toBe(true);
    }
    expect(isKnownIcaoCode('ZZZ')).toBe(true);
    expect(isKnownIcaoCode('D<<')).toBe(true);
    for (const code of ['DEU1', 'UTO', 'XYZ', 'IN', '', 'ID0'])
      expect(isKnownIcaoCode(code), code).toBe(false);
  });
});
