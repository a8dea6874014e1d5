import { describe, expect, it } from 'vitest';
import {
  checkTypedFlight,
  checkTypedPassport,
  parseDisplayDate,
} from '../../../../src/core/capture/typed-fields.ts';

const typed = {
  lastName: ' wulandari ',
  firstName: 'siti  aminah',
  passportNumber: 'c 1234567',
  birthDate: '4/3/1998',
  expiry: '01/01/2030',
  sex: 'female' as const,
  nationality: 'idn',
};

describe('typed passport and flight details', () => {
  it('reads DD/MM/YYYY dates and tells a wrong format from a day that does not exist', () => {
    expect(parseDisplayDate('17/08/1995')).toEqual({ ok: true, iso: '1995-08-17' });
    expect(parseDisplayDate('29/02/2024')).toEqual({ ok: true, iso: '2024-02-29' });
    expect(parseDisplayDate('29/02/2023')).toEqual({ ok: false, error: 'scan.invalid.dateImpossible' });
    expect(parseDisplayDate('1995-08-17')).toEqual({ ok: false, error: 'scan.invalid.dateFormat' });
  });

  it('normalises typed passport details into a passenger', () => {
    const result = checkTypedPassport(typed, '2026-11-23');
    expect(result).toEqual({
      ok: true,
      passenger: {
        lastName: 'WULANDARI',
        firstName: 'SITI AMINAH',
        sex: 'female',
        birthDate: '1998-03-04',
        nationality: 'IDN',
        passportNumber: 'C1234567',
        issuingState: 'IDN',
        passportExpiry: '2030-01-01',
      },
    });
  });

  it('reports every wrong field at once', () => {
    const result = checkTypedPassport(
      { ...typed, birthDate: '31/02/1990', expiry: '', nationality: 'INDONESIA' },
      '2026-11-23',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.birthDate).toEqual({ key: 'scan.invalid.dateImpossible', value: '31/02/1990' });
    expect(result.errors.expiry).toEqual({ key: 'scan.invalid.required' });
    expect(result.errors.nationality).toEqual({ key: 'scan.invalid.countryCode' });
  });

  it('has no default sex: a typed passport without one is refused with a message', () => {
    const result = checkTypedPassport({ ...typed, sex: '' }, '2026-11-23');
    expect(!result.ok && result.errors.sex).toEqual({ key: 'scan.invalid.sexRequired' });
  });

  it('refuses a birth date after today', () => {
    const result = checkTypedPassport({ ...typed, birthDate: '24/11/2026' }, '2026-11-23');
    expect(!result.ok && result.errors.birthDate?.key).toBe('scan.invalid.birthInFuture');
  });

  it('checks a typed flight', () => {
    expect(
      checkTypedFlight({
        carrier: 'ga',
        flightNumber: '0840',
        date: '23/11/2026',
        from: 'cgk',
        finalDestination: 'ruh',
      }),
    ).toEqual({
      ok: true,
      flight: {
        carrier: 'GA',
        flightNumber: '840',
        date: '2026-11-23',
        from: 'CGK',
        finalDestination: 'RUH',
        transits: [],
        oneWay: null,
      },
    });
    const bad = checkTypedFlight({
      carrier: 'GA',
      flightNumber: 'X1',
      date: '23/13/2026',
      from: 'CG',
      finalDestination: '',
    });
    expect(bad.ok ? [] : Object.keys(bad.errors).sort()).toEqual([
      'date',
      'finalDestination',
      'flightNumber',
      'from',
    ]);
  });
});
